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
from bangiao.extract.project_data import KBProject, Words, automaton, kb_projects, vocabulary
from bangiao.extract.sentences import sentence_end, sentence_start, sentence_starts
from bangiao.model import Amount, Date, Entity, Project, Span

_WORD = re.compile(r"\w")
_FORWARD_STOP = re.compile(r"[,;:()\n]")  # a stage word reaches a project named after it only within its clause
_QUOTED = re.compile(r' ["“](?=[A-ZĐÀ-Ỹ])([^"“”\n]{2,80})["”]')  # a name in quotes opens with a capital
_NUMBER_AFTER = re.compile(r" (?:\d+[A-Z]?|[IVX]{1,4})(?![\w%]|[.,]\d)")
_NUMBER_FIRST = re.compile(r"\d{1,3}[A-Z]?(?![\w%]|[.,]\d)")
_PREVIOUS_WORD = re.compile(r"(\w[\w'’-]*) $")
_SEGMENT_MARK = re.compile(r"[,;]")
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


def find_projects(text: str, entities: tuple[Entity, ...], dating: Dating) -> tuple[Project, ...]:
    """The projects ``text`` names, one per project, each with the stage and date it reports."""
    words, low = vocabulary(), lower(text)
    mentions, stages, bare = _read(text, low, entities, words)
    mentions = sorted(mentions + _anaphors(text, low, mentions, bare, words), key=lambda m: m.start)
    _assign(text, mentions, stages, words)
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        groups.setdefault(m.key, []).append(m)
    starts = [m.start for m in mentions]
    return tuple(_project(text, low, ms, mentions, starts, entities, dating, words) for ms in groups.values()
                 if any(not m.needs_cue or m.wrapped or m.stages or _aid_told(text, low, m, words) for m in ms))


def _aid_told(text: str, low: str, m: _Mention, words: Words) -> bool:
    """Does the sentence of ``m`` say it is given as aid ("do Việt Nam viện trợ", "quà tặng của …")?"""
    return bool(words.cue_words.search(low, sentence_start(text, m.start), sentence_end(text, m.start)))


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
          words: Words) -> tuple[list[_Mention], list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The project mentions, the stage words (those told as reached) and the heads without a name ("Tuyến cao tốc
    được …") of the text, in order."""
    mentions: list[_Mention] = []
    stages: list[tuple[int, int, str]] = []
    bare: list[tuple[int, int, str]] = []
    reach = told = 0
    for start, end, what, value in _matches(low):
        if start < reach:
            continue  # inside a name read past its head
        if what == "PROJECT":
            p = kb_projects()[value]
            found = _elsewhere(text, low, start, end, p, words)
            mentions.append(found or _Mention(start, end, p.id, p.id, p.kind, p.name, p, p.venue is not None,
                                              _wrapped(low, start, words)))
            reach = mentions[-1].end
        elif what == "HEAD":
            found = _unknown(text, low, start, end, value, entities, words)
            if isinstance(found, _Mention):
                mentions.append(found)
                reach = found.end
            elif found:
                bare.append((start, end, value))
        elif what == "STAGE":
            if not _planned(text, low, max(told, start - words.planned_window), start, words):
                stages.append((start, end, value))
            told = end
    return mentions, stages, bare


def _wrapped(low: str, start: int, words: Words) -> bool:
    """Is the name at ``start`` written after "dự án" or "công trình"?"""
    before = low[max(0, start - 30):start]
    return any(before.endswith(w + " ") for w in words.wrappers)


def _planned(text: str, low: str, floor: int, start: int, words: Words) -> bool:
    """Is the stage word at ``start`` a plan or a wish ("sẽ khởi công", "phấn đấu hoàn thành")? The words looked
    at start after ``floor`` (the stage word before it: "sẽ hoàn thành nghiên cứu khả thi" is studying) and after
    the last clause mark, and are written in lower case ("Bộ Kế hoạch và Đầu tư" is a name)."""
    cut = max(low.rfind(",", floor, start), low.rfind(";", floor, start), low.rfind(".", floor, start))
    return any(text[m.start()].islower() for m in words.planned.finditer(low, max(floor, cut + 1), start))


def _unknown(text: str, low: str, start: int, end: int, kind: str, entities: tuple[Entity, ...],
             words: Words) -> _Mention | bool:
    """The project a head opens ("tuyến đường sắt" + "Lào Cai – Hà Nội"); True when no proper name follows it (a
    bare head), False when the head is part of another name ("Tổng công ty Đường sắt Việt Nam")."""
    if _inside_a_name(text, start, entities, words):
        return False
    stop = _name_stop(text, end, words, quoted_only=kind == "other")
    if stop <= end:
        return True
    name = text[start:stop]
    quoted = kind == "programme" and text[stop - 1] in "\"”"  # a programme's own name: "Mái ấm biên cương"
    cue = _named_thing(entities, start, end + 1, stop) or low[start:end] in words.cue_heads and not quoted
    return _Mention(start, stop, f"{kind}:{slug(text[end:stop])}", f"project:{slug(_without_wrapper(name, words))}", kind, name, None, cue,
                    _wrapped(low, start, words))


def _name_stop(text: str, end: int, words: Words, quoted_only: bool = False) -> int:
    """Where the proper name after a head ending at ``end`` ends (``end`` when there is none): a quoted name, or
    (unless ``quoted_only``: "dự án “…”") capitalised words (``bodies.name_end``), with the place words before or
    inside them ("Bệnh viện huyện Văng Viêng", "… tỉnh Hủa Phăn") and a number ("Vĩnh Tân 4") that continue it."""
    if quoted := _QUOTED.match(text, end):
        return quoted.end()
    if quoted_only or text[end:end + 1] != " ":
        return end
    if number := _NUMBER_FIRST.match(text, end + 1):  # "Quốc lộ 13 Nam", "Đường 9"
        return name_end(text, number.end() + 1) if CAP.match(text, number.end() + 1) else number.end()
    opening = next((w for w in words.inner if text.startswith(f"{w} ", end + 1)), "")
    if not CAP.match(text, end + 1 + (len(opening) + 1 if opening else 0)):
        return end
    stop = name_end(text, end + 1 + (len(opening) + 1 if opening else 0))
    while stop > end + 1:
        inner = next((w for w in words.inner if text.startswith(f" {w} ", stop) and CAP.match(text, stop + len(w) + 2)), None)
        further = name_end(text, stop + len(inner) + 2) if inner else stop
        if further <= stop + (len(inner) + 2 if inner else 0):
            break
        stop = further
    if stop > end + 1 and (number := _NUMBER_AFTER.match(text, stop)):
        stop = number.end()
    return stop if stop > end + 1 else end


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
        if not (start in opening and text[start].isupper() or text.startswith(" này", end) or singular) \
                or low.startswith(words.anaphor_stops, end + 1):
            continue
        k = bisect.bisect_left(starts, start) - 1
        if k + 1 < len(mentions) and mentions[k + 1].start <= end + 1:
            continue  # "Dự án [đường cao tốc X]": the name follows
        while k >= 0 and kind != "other" and mentions[k].kind != kind and start - mentions[k].end <= words.anaphor_reach:
            k -= 1
        if k < 0 or start - mentions[k].end > words.anaphor_reach or kind not in ("other", mentions[k].kind):
            continue
        last = mentions[k]
        found.append(_Mention(start, end, last.key, last.id, last.kind, last.name, last.project, last.needs_cue, False))
    return found


def _assign(text: str, mentions: list[_Mention], stages: list[tuple[int, int, str]], words: Words) -> None:
    """Each stage word to the project it tells of: the one named right after it in its clause, else the one named
    last before it in its sentence."""
    starts = [m.start for m in mentions]
    for start, end, stage in stages:
        k = bisect.bisect_left(starts, end)
        if k < len(mentions) and mentions[k].start - end <= words.forward \
                and not _FORWARD_STOP.search(text, end, mentions[k].start) and sentence_start(text, mentions[k].start) <= start:
            mentions[k].stages.append((start, end, stage))
            continue
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and mentions[k].end <= start and start - mentions[k].end <= words.backward \
                and mentions[k].start >= sentence_start(text, start) and ";" not in text[mentions[k].end:start]:
            mentions[k].stages.append((start, end, stage))


# ---------------------------------------------------------------- one record a project


def _project(text: str, low: str, ms: list[_Mention], mentions: list[_Mention], starts: list[int],
             entities: tuple[Entity, ...], dating: Dating, words: Words) -> Project:
    chosen = next((m for m in ms if m.stages), ms[0])
    first, last = sentence_start(text, chosen.start), sentence_end(text, chosen.start)
    said = max(chosen.stages, key=lambda s: words.order[s[2]]) if chosen.stages else None
    return Project(chosen.id, chosen.project.name if chosen.project else _without_wrapper(chosen.name, words),
                   chosen.kind, Span.of(text, first, max(last, chosen.end)),  # type: ignore[arg-type]
                   _parties(entities, chosen, first, last), _places(entities, chosen, first, last),
                   _value(text, low, ms, mentions, starts, words), said[2] if said else None,  # type: ignore[arg-type]
                   _date(text, dating, first, last, said[0], chosen.stages,
                         lower(text[said[0]:said[1]]) in words.ongoing) if said else None)


def _without_wrapper(name: str, words: Words) -> str:
    low = lower(name)
    cut = next((len(w) + 1 for w in words.wrappers if low.startswith(w + " ")), 0)
    return name[cut:]


def _date(text: str, dating: Dating, first: int, last: int, pos: int, told: list[tuple[int, int, str]],
          ongoing: bool) -> Date | None:
    """When the project reached the stage told at ``pos``: a time written in the stage word's part of the sentence,
    the nearest after it first ("khởi công năm 2017 và khánh thành năm 2021"); none when the time written is that
    of another stage of it ("động thổ tháng 11/2017, hoàn thành sau ba năm") or the word tells a state ("đang
    thi công"); else the date that governs the sentence ("Ngày 4/1, hai bên bàn giao …")."""
    own = _times(text, dating, first, last, pos)
    if own:
        return dates.resolve(min(own, key=lambda e: (e.start < pos, abs(e.start - pos))), dating.reference)
    if ongoing or any(_times(text, dating, first, last, start) for start, _, _ in told if start != pos):
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
