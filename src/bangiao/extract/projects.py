"""Projects: named pieces of cooperation (a road, a port, a school given as aid) with the stage the text reports
them at, linked to the knowledge base's projects file where the name is known (EXTRACTION.md, Project).

One pass of one automaton (``project_data.automaton``) finds the knowledge base's names, the heads that open a
name ("đường cao tốc", "nhà máy thủy điện") and the stage words. A head followed by a proper name ("tuyến đường
sắt Viêng Chăn – Vũng Áng", a quoted programme) is a project the knowledge base does not hold, its id a slug of
its name. A stage word tells of the project named right after it ("khánh thành Bệnh viện …") or, failing that,
of the one named before it in its sentence ("… đã được bàn giao"); a stage word after "sẽ", "dự kiến", "phấn
đấu" is a plan and tells none. A project gets one record a document: the first sentence that states a stage of
it (else the first that names it) is its evidence, dates it and gives its cost.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from bangiao import datafiles
from bangiao.extract import dates, positions
from bangiao.extract.bodies import name_end
from bangiao.extract.dating import Dating
from bangiao.extract.figures import amounts
from bangiao.extract.found import CAP, slug
from bangiao.extract.gazetteer import lower
from bangiao.extract.governing import governing_date
from bangiao.extract.kb import knowledge_base
from bangiao.extract.project_data import KBProject, Words, automaton, kb_projects, numbered_part, vocabulary
from bangiao.extract.project_names import known, project_id, read_name
from bangiao.extract.project_routes import listed_routes
from bangiao.extract.sentences import sentence_end, sentence_start, sentence_starts
from bangiao.model import Amount, Date, Entity, Project, Span

_WORD = re.compile(r"\w")
_FORWARD_STOP = re.compile(r"[,;:()\n]")  # a stage word reaches a project named after it only within its clause
_PREVIOUS_WORD = re.compile(r"(\w[\w'’-]*) $")
_SEGMENT_MARK = re.compile(r"[,;]")
_LIST_MOST = 12  # names a list of projects holds, at most (the walk back to its "như" stays short)
_NAMED_PLACE_KINDS = frozenset({"capital", "city", "province", "region"})


@dataclass(slots=True)
class _Mention:
    """One place the text names a project: [start, end) holds its name (with its head)."""

    start: int
    end: int
    key: str  # the same for every mention of one project
    id: str
    kind: str
    name: str
    project: KBProject | None
    needs_cue: bool
    wrapped: bool
    stages: list[tuple[int, int, str]] = field(default_factory=list)
    topic: bool = False  # the sentence opens with it: "Với tuyến đường sắt, …"


@dataclass(slots=True)
class _Told:
    """Where the stage words told as announced (dated by no time) and those an act begins (dated by it) are."""

    announced: set[int]
    begun: set[int]
    ceremonies: set[int]  # "sẽ dự lễ khởi công": of the project named after it only


def find_projects(text: str, entities: tuple[Entity, ...], dating: Dating) -> tuple[Project, ...]:
    """The projects ``text`` names, one per project, each with the stage and date it reports."""
    words, low = vocabulary(), lower(text)
    mentions, stages, bare, told = _read(text, low, entities, words)
    mentions = sorted(mentions + _anaphors(text, low, mentions, bare, words), key=lambda m: m.start)
    for m in mentions:
        m.topic = m.topic or _topic(text, low, m.start, words)
    _assign(text, mentions, stages, words, told.ceremonies)
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        groups.setdefault(m.key, []).append(m)
    starts = [m.start for m in mentions]
    return tuple(_project(text, low, ms, mentions, starts, entities, dating, words, told) for ms in groups.values()
                 if any(not m.needs_cue or m.wrapped or m.stages or _aid_told(text, low, m, words)
                        or _listed(low, m, mentions, starts, words) for m in ms))


def _aid_told(text: str, low: str, m: _Mention, words: Words) -> bool:
    """Does the sentence of ``m`` say it is given as aid ("do Việt Nam viện trợ", "quà tặng của …")?"""
    return bool(words.cue_words.search(low, sentence_start(text, m.start), sentence_end(text, m.start)))


def _listed(low: str, m: _Mention, mentions: list[_Mention], starts: list[int], words: Words) -> bool:
    """Is ``m`` named in a list of projects ("các dự án trọng điểm như bến cảng Vũng Áng, sân bay Noọng Khăng")?
    Only other names (at most ``_LIST_MOST``) and ", "/" và " stand between it and the list's "như"."""
    pos, k = m.start, bisect.bisect_left(starts, m.start) - 1
    for _ in range(_LIST_MOST):
        if low.endswith("như ", 0, pos):
            return any(found.end() == pos for found in words.listing.finditer(low, max(0, pos - 80), pos))
        joint = 2 if low.endswith(", ", 0, pos) else 4 if low.endswith(" và ", 0, pos) else 0
        if not joint or k < 0 or mentions[k].end != pos - joint:
            return False
        pos, k = mentions[k].start, k - 1
    return False


def _topic(text: str, low: str, start: int, words: Words) -> bool:
    """Does the sentence open with the name at ``start`` after a word of topic ("Về cao tốc …, ", "Với tuyến …,")?"""
    first = sentence_start(text, start)
    return start - first <= 12 and bool(words.topic.fullmatch(low, first, start))


# ---------------------------------------------------------------- reading names and stage words


def _matches(low: str) -> list[tuple[int, int, str, str]]:
    """Every whole-word match of the automaton, leftmost-longest, without overlaps: (start, end, what, value)."""
    found = []
    for last, (length, what, value) in automaton().iter(low):
        start, end = last - length + 1, last + 1
        if not (start > 0 and _WORD.match(low[start - 1]) or end < len(low) and _WORD.match(low[end])):
            found.append((start, end, what, value))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    chosen, reach = [], 0
    for f in found:
        if f[0] >= reach:
            chosen.append(f)
            reach = f[1]
    return chosen


def _read(text: str, low: str, entities: tuple[Entity, ...],
          words: Words) -> tuple[list[_Mention], list[tuple[int, int, str]], list[tuple[int, int, str]], _Told]:
    """The project mentions, the stage words (those told as reached), the heads without a name ("Tuyến cao tốc
    được …") of the text, in order, and where the stage words told as announced are (they are dated by no time:
    "sẽ dự lễ khởi công", "sẽ hoàn thành nghiên cứu khả thi trong năm 2017") and the study words that an act
    begins ("ký bản ghi nhớ để nghiên cứu, khảo sát": dated by the act)."""
    mentions: list[_Mention] = []
    stages: list[tuple[int, int, str]] = []
    bare: list[tuple[int, int, str]] = []
    announced: set[int] = set()
    purposed: set[int] = set()
    ceremonies: set[int] = set()
    reach = told = 0
    planned_end = -2
    for start, end, what, value in _matches(low):
        if start < reach:
            continue  # inside a name read past its head
        if what == "PROJECT":
            p = kb_projects()[value]
            found = _elsewhere(text, low, start, end, p, words)
            mentions.append(found or _Mention(start, end, p.id, p.id, p.kind, p.name, p,
                                              p.needs_cue and not numbered_part(low[start:end], p),
                                              _wrapped(low, start, words)))
            reach = mentions[-1].end
        elif what == "HEAD":
            found = _unknown(text, low, start, end, value, entities, words)
            if isinstance(found, _Mention):
                mentions.append(found)
                reach = found.end
            elif found and (routes := _routes(text, low, start, end, value, entities, words)):
                mentions.extend(routes)  # "các tuyến đường sắt … kết nối với Đồng Đăng - Hà Nội, Móng Cái - Hải Phòng"
                reach = routes[-1].end
            elif found:
                bare.append((start, end, value))
        elif what == "STAGE":
            planned = _planned(text, low, max(told, start - words.planned_window), start, words, value)
            if planned and not low.endswith("lễ ", 0, start):  # "sẽ dự lễ khởi công": an event announced
                planned_end = end
            else:
                stages.append((start, end, value))
                if planned or start - planned_end <= 1:
                    announced.add(start)
                if planned:
                    ceremonies.add(start)
                if _purpose(low, start, value, words) or stages[-2:-1] and stages[-2][0] in purposed \
                        and _SEGMENT_MARK.fullmatch(low, stages[-2][1], start - 1):
                    purposed.add(start)
            told = end
    return mentions, stages, bare, _Told(announced, purposed, ceremonies)


def _wrapped(low: str, start: int, words: Words) -> bool:
    """Is the name at ``start`` written after "dự án" or "công trình"?"""
    before = low[max(0, start - 30):start]
    return any(before.endswith(w + " ") for w in words.wrappers)


def _purpose(low: str, start: int, stage: str, words: Words) -> bool:
    """Is the study word at ``start`` the purpose of an act ("ký bản ghi nhớ để nghiên cứu, khảo sát")? The study
    starts with the act, dated by it."""
    return stage == "studying" and any(low.endswith(f"{w} ", 0, start) for w in words.purpose)


def _planned(text: str, low: str, floor: int, start: int, words: Words, stage: str) -> bool:
    """Is the stage word at ``start`` a plan or a wish ("sẽ khởi công", "phấn đấu hoàn thành")? The words looked
    at start after ``floor`` (the stage word before it: "sẽ hoàn thành nghiên cứu khả thi" is studying) and after
    the last clause mark, and are written in lower case ("Bộ Kế hoạch và Đầu tư" is a name). A study as the purpose
    of an act ("ký bản ghi nhớ để nghiên cứu khả thi") is one under way."""
    cut = max(low.rfind(",", floor, start), low.rfind(";", floor, start), low.rfind(".", floor, start))
    return any(text[m.start()].islower() and not (stage == "studying" and m.group() in words.purpose)
               for m in words.planned.finditer(low, max(floor, cut + 1), start))


def _unknown(text: str, low: str, start: int, end: int, kind: str, entities: tuple[Entity, ...],
             words: Words) -> _Mention | bool:
    """The project a head opens ("tuyến đường sắt" + "Lào Cai – Hà Nội"); True when no proper name follows it (a
    bare head), False when the head is part of another name ("Tổng công ty Đường sắt Việt Nam")."""
    if _inside_a_name(text, start, entities, words):
        return False
    found = read_name(text, low, start, end, kind, words)
    if found is None:
        return True
    if p := known(text[start:end], found.tail, words):
        return _Mention(start, found.stop, p.id, p.id, p.kind, p.name, p, p.needs_cue, _wrapped(low, start, words))
    quoted = kind == "programme" and text[found.stop - 1] in "\"”"  # a programme's own name: "Mái ấm biên cương"
    cue = found.described or _named_thing(entities, start, end + 1, found.stop) or low[start:end] in words.cue_heads and not quoted
    return _Mention(start, found.stop, f"{kind}:{slug(found.tail)}", project_id(text[start:end], found.tail, words), kind,
                    found.name, None, cue, _wrapped(low, start, words))


def _routes(text: str, low: str, start: int, end: int, kind: str, entities: tuple[Entity, ...],
            words: Words) -> list[_Mention]:
    """The routes a plural head lists (``project_routes``), each a project of the head's kind, the knowledge base's
    when it holds the pair ("các tuyến đường sắt gồm Lào Cai – Hà Nội – Hải Phòng"); a pair of countries ("các tuyến
    đường sắt kết nối Việt Nam - Trung Quốc") is the countries' link, no route."""
    head, found = text[start:end], []
    for r in listed_routes(text, low, start, end, words):
        if len(_mentioned(entities, r.start, r.stop, "COUNTRY")) >= r.places:
            continue
        p = known(head, r.tail, words)
        found.append(_Mention(r.start, r.stop, p.id, p.id, p.kind, p.name, p, False, False) if p else
                     _Mention(r.start, r.stop, f"{kind}:{slug(r.tail)}", project_id(head, r.tail, words), kind, r.name,
                              None, False, False))
    return found


def _elsewhere(text: str, low: str, start: int, end: int, p: KBProject, words: Words) -> _Mention | None:
    """A project of the knowledge base's name with another place after it is another one: "Bệnh viện Hữu nghị Lào
    – Việt Nam [tỉnh Xiêng Khoảng]" is not the one of Hủa Phăn."""
    inner = next((w for w in words.inner if text.startswith(f" {w} ", end) and CAP.match(text, end + len(w) + 2)), None)
    if inner is None or inner == "số":
        return None
    stop = name_end(text, end + len(inner) + 2)
    name = text[start:stop]
    return _Mention(start, stop, f"{p.kind}:{slug(name)}", f"project:{slug(name)}", p.kind, name, None,
                    p.kind in words.cue_kinds, _wrapped(low, start, words))


def _inside_a_name(text: str, start: int, entities: tuple[Entity, ...], words: Words) -> bool:
    """Is the head at ``start`` inside a name found before it ("Cửa khẩu quốc tế Cầu Treo"), one that runs on
    from a capitalised word ("Cục Đường sắt Việt Nam") or a word ("yêu cầu", "nhu cầu")?"""
    if words.compounds.search(text, max(0, start - 12), start):
        return True
    for k, (_, end, _) in enumerate(positions.mentions_before(entities, start)):
        if end > start:
            return True
        if k >= 2:
            break
    previous = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return bool(previous and CAP.match(text, start) and CAP.match(previous.group(1)))


def _named_thing(entities: tuple[Entity, ...], head: int, name: int, stop: int) -> bool:
    """Does a known place, person or country take the span ("Trường Sa", "cảng Hải Phòng" as a venue)?"""
    return any(e.type != "ORG" and s in (head, name) and end >= stop - 1
               for s, end, e in positions.mentions_in(entities, head, name + 1))


def _anaphors(text: str, low: str, mentions: list[_Mention], bare: list[tuple[int, int, str]],
              words: Words) -> list[_Mention]:
    """Heads without a name that speak of the project named last before them (within ``anaphora.reach``): at the
    start of a sentence ("Công trình được hoàn thành sau 38 tháng thi công.", "Tuyến cao tốc nối hai thủ đô …") or
    before "này"; "dự án", "công trình" (kind other) anywhere but after a plural ("các dự án"), and they speak of
    any project, another head of one of its kind."""
    found, starts, opening = [], [m.start for m in mentions], set(sentence_starts(text))
    for start, end, kind in bare:
        singular = kind == "other" and not words.plural.search(low, max(0, start - 12), start)
        topic = _topic(text, low, start, words)
        if not (start in opening and text[start].isupper() or text.startswith(" này", end) or singular or topic) \
                or low.startswith(words.anaphor_stops, end + 1):
            continue
        k = bisect.bisect_left(starts, start) - 1
        if k + 1 < len(mentions) and mentions[k + 1].start <= end + 1:
            continue  # "Dự án [đường cao tốc X]": the name follows
        reach = words.topic_reach if topic else words.anaphor_reach  # "Với tuyến đường sắt, …": the one the text is on
        while k >= 0 and kind != "other" and mentions[k].kind != kind and start - mentions[k].end <= reach:
            k -= 1
        if k < 0 or start - mentions[k].end > reach or kind not in ("other", mentions[k].kind):
            continue
        last = mentions[k]
        found.append(_Mention(start, end, last.key, last.id, last.kind, last.name, last.project, last.needs_cue, False,
                              topic=topic))
    return found


def _assign(text: str, mentions: list[_Mention], stages: list[tuple[int, int, str]], words: Words,
            forward_only: set[int]) -> None:
    """Each stage word to the project it tells of: the one named right after it in its clause, else (unless it is
    in ``forward_only``) the one named last before it in its sentence."""
    starts = [m.start for m in mentions]
    for start, end, stage in stages:
        k = bisect.bisect_left(starts, end)
        if k < len(mentions) and mentions[k].start - end <= words.forward \
                and not _FORWARD_STOP.search(text, end, mentions[k].start) and sentence_start(text, mentions[k].start) <= start:
            mentions[k].stages.append((start, end, stage))
            continue
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and start not in forward_only and mentions[k].end <= start and (start - mentions[k].end <= words.backward or mentions[k].topic) \
                and mentions[k].start >= sentence_start(text, start) and ";" not in text[mentions[k].end:start]:
            mentions[k].stages.append((start, end, stage))


# ---------------------------------------------------------------- one record a project


def _project(text: str, low: str, ms: list[_Mention], mentions: list[_Mention], starts: list[int],
             entities: tuple[Entity, ...], dating: Dating, words: Words, told: _Told) -> Project:
    chosen = next((m for m in ms if m.stages), ms[0])
    first, last = sentence_start(text, chosen.start), sentence_end(text, chosen.start)
    said = max(chosen.stages, key=lambda s: words.order[s[2]]) if chosen.stages else None
    return Project(chosen.id, chosen.project.name if chosen.project else _without_wrapper(chosen.name, words),
                   chosen.kind, Span.of(text, first, max(last, chosen.end)),  # type: ignore[arg-type]
                   _parties(entities, chosen, first, last), _places(entities, chosen, first, last),
                   _value(text, low, ms, mentions, starts, words), said[2] if said else None,  # type: ignore[arg-type]
                   _date(text, dating, first, last, said[0], chosen.stages,
                         lower(text[said[0]:said[1]]) in words.ongoing and said[0] not in told.begun, words.background)
                   if said and said[0] not in told.announced else None)


def _without_wrapper(name: str, words: Words) -> str:
    low = lower(name)
    cut = next((len(w) + 1 for w in words.wrappers if low.startswith(w + " ")), 0)
    return name[cut:]


def _date(text: str, dating: Dating, first: int, last: int, pos: int, told: list[tuple[int, int, str]],
          ongoing: bool, background: tuple[str, ...]) -> Date | None:
    """When the project reached the stage told at ``pos``: a time written in the stage word's part of the sentence,
    the nearest after it first ("khởi công năm 2017 và khánh thành năm 2021"); none when the time written is that
    of another stage of it ("động thổ tháng 11/2017, hoàn thành sau ba năm"), the word tells a state ("đang
    thi công") or the paragraph tells what came before ("Trước đó, … Ở Trung Lào, X cũng đã được đưa vào sử
    dụng."); else the date that governs the sentence ("Ngày 4/1, hai bên bàn giao …")."""
    own = _times(text, dating, first, last, pos)
    if own:
        return dates.resolve(min(own, key=lambda e: (e.start < pos, abs(e.start - pos))), dating.reference)
    paragraph = text.rfind("\n", 0, pos) + 1
    if ongoing or any(_times(text, dating, first, last, start) for start, _, _ in told if start != pos) \
            or lower(text[paragraph:paragraph + 12]).startswith(background):
        return None
    return governing_date(dating, text, pos)


def _times(text: str, dating: Dating, first: int, last: int, pos: int) -> list:
    """The time expressions of the part of the sentence [first, last) around ``pos`` (between commas)."""
    lo = max((m.end() for m in _SEGMENT_MARK.finditer(text, first, pos)), default=first)
    hi = next((m.start() for m in _SEGMENT_MARK.finditer(text, pos, last)), last)
    return [e for e in positions.starting_in(dating.expressions, lo, hi) if e.kind != "anniversary"]


def _mentioned(entities: tuple[Entity, ...], start: int, end: int, etype: str) -> list[str]:
    return list(dict.fromkeys(e.id for _, _, e in positions.mentions_in(entities, start, end) if e.type == etype))


def _parties(entities: tuple[Entity, ...], m: _Mention, first: int, last: int) -> tuple[str, ...]:
    """The countries its name gives and, for a project of the knowledge base, those the knowledge base gives; for
    another, failing its name, those of its sentence."""
    named = _mentioned(entities, m.start, m.end, "COUNTRY")
    if m.project is not None:
        return tuple(dict.fromkeys(named + [f"country:{c}" for c in m.project.parties]))
    return tuple(named or _mentioned(entities, first, last, "COUNTRY"))


def _places(entities: tuple[Entity, ...], m: _Mention, first: int, last: int) -> tuple[str, ...]:
    """The places its name gives and those the knowledge base gives; failing both, the provinces and cities of its
    sentence (not its venues)."""
    named = _mentioned(entities, m.start, m.end, "PLACE") + list(m.project.places if m.project else ())
    if named:
        return tuple(dict.fromkeys(named))
    kb = knowledge_base().entities
    return tuple(p for p in _mentioned(entities, first, last, "PLACE")
                 if p in kb and kb[p].facts.get("kind") in _NAMED_PLACE_KINDS)


@functools.cache
def _currencies() -> frozenset[str]:
    return frozenset(datafiles.load("figures.toml", "figures").get("currencies", {}))


def _value(text: str, low: str, ms: list[_Mention], mentions: list[_Mention], starts: list[int],
           words: Words) -> Amount | None:
    """Its cost: a sum of money after a value word ("tổng vốn đầu tư 1,5 tỷ USD") in a sentence that names it,
    between it and the project named next (or, before it, the one named last)."""
    for m in sorted(ms, key=lambda m: not m.stages):
        k = bisect.bisect_left(starts, m.start)
        lo = max(sentence_start(text, m.start), mentions[k - 1].end if k else 0)
        hi = min(sentence_end(text, m.start), mentions[k + 1].start if k + 1 < len(mentions) else len(text))
        for match, value, unit in amounts(low, lo, max(lo, hi)):
            if unit in _currencies() and words.value.search(low, max(lo, match.start() - words.value_window), match.start()):
                return Amount(value, unit)
    return None
