"""Commitments: what the sides agreed, committed to, set as a target or asked of each other, one undertaking
each, linked to the projects, agreements and target figures of the same record (EXTRACTION.md, Commitment).

A verb of ``data/commitments.toml`` ("nhất trí", "cam kết", "phấn đấu", "đề nghị") opens a group of undertakings
in its sentence. The sentence is cut at ";", ":", "," and "và" (never inside a name: an entity's mention, an
agreement's or a project's name); after the first, an undertaking opens at ";" or ":" or before a word that opens
one ("tăng cường", "phối hợp", "đẩy mạnh"), and any other piece goes on with the undertaking before it ("hợp tác
quốc phòng, an ninh"). Who undertakes is the subject before the verb: a collective ("hai bên") stands for the
two countries of the meeting (the two people ``events.collective_pair`` finds), one person for that person; the
one asked is named right after a request's verb ("đề nghị phía Lào …"; a request naming no one asks nothing). A
recalled commitment ("như hai bên đã nhất trí năm 2023") takes the date the text gives it; the others the governing
date of their verb. A figure set as a goal makes a target, one per figure; a view ("coi X là …"), a talk or a result
in the list is none; a sentence without a verb that opens with an undertaking's words goes on with the list before
it. The words are extract/commitment_vocab.py's, the subjects' sides extract/commitment_text.py's; what a headline,
a lead or a crosshead tells again is taken from the body (extract/restatements.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bangiao.extract import dates, positions
from bangiao.extract.commitment_text import Doc, document, fold
from bangiao.extract.commitment_vocab import Vocab, compiled, key, vocab
from bangiao.extract.dating import Dating
from bangiao.extract.figures import amounts
from bangiao.extract.gazetteer import lower
from bangiao.extract.governing import governing_date
from bangiao.extract.restatements import headline_end, in_crosshead, without_crossheads_restated, \
    without_lead_restated
from bangiao.extract.sentences import sentence_end, sentence_start
from bangiao.model import About, Agreement, Commitment, Date, Entity, Figure, Project, Span

__all__ = ["compiled", "find_commitments"]


# ---------------------------------------------------------------- one sentence


@dataclass
class _Group:
    """What one verb says of the undertakings that follow it."""

    kind: str
    by: tuple[str, ...]
    of: tuple[str, ...]
    date: Date | None
    verb: tuple[int, int]
    recalled: bool = False
    before: str | None = None  # a target word inside another verb's list: that verb's kind, for its clauses with no figure


@dataclass
class _Item:
    group: _Group
    start: int
    end: int
    kind: str
    fallback: tuple[str, int] | None = None  # a target without a number: (the kind it falls back to, where it starts)
    after_goal: bool = False  # right after a target of its group ("phấn đấu đưa … lên 20 tỷ USD và tăng gấp đôi …")
    header: bool = False  # the words between the verb and a ":" list
    view: bool = False  # a view, no undertaking ("coi hợp tác quốc phòng là trụ cột")


def _zones(d: Doc, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The names of the sentence: entity mentions (no cut, no verb inside) and agreement and project names (no cut
    at "," or ":", no verb inside: "Hiệp định về hợp tác kinh tế, văn hóa …")."""
    mentions = [(a, b) for a, b, _ in positions.mentions_in(d.entities, start, end)]
    names = [(n.start, n.end) for n in positions.starting_in(d.agreements, start, end) if n.located]
    return mentions, names + [(a, b) for a, b, _ in _project_spans(d, start, end)]


def _project_spans(d: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Where the projects are named in ``[start, end)``: (start, end, project id)."""
    if d.names is None or end <= start:
        return []
    # the slice, not iter(text, start, end): the automaton reads its whole string on every call (quadratic)
    return [(start + last + 1 - size, start + last + 1, pid) for last, (size, pid) in d.names.iter(d.folded[start:end])]


def _inside(zones: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in zones)


def _segments(d: Doc, v: Vocab, start: int, end: int, zones) -> list[tuple[str, int, int]]:
    """The pieces of a sentence, each with the mark that opened it ("" for the first, ";", ":", "," or " ")."""
    mentions, names = zones
    pieces, mark, at = [], "", start
    quoted = [m.span() for m in _QUOTED.finditer(d.low, start, end)]
    for m in v.boundary.finditer(d.low, start, end):
        p, c = m.start(), m.group()
        if _inside(mentions, p) or c in ",:" and _inside(names, p) or c in ",:" and \
                d.low[p - 1:p].isdigit() and d.low[p + 1:p + 2].isdigit() or c == ":" and _QUOTE.match(d.low, p + 1) \
                or _inside(quoted, p):
            continue  # "Việt Nam, Lào", "1,7 tỷ", "9:30", "nội hàm mới: “A, B”" (a quotation, no list)
        pieces.append((mark, at, p))
        mark, at = c, m.end()
    return pieces + [(mark, at, end)]


_QUOTE = re.compile(r"\s*[“\"«]")
_QUOTED = re.compile(r"“[^“”;]{0,200}”|«[^«»;]{0,200}»")


def _accepted(d: Doc, v: Vocab, m: re.Match[str], start: int, mentions: list[tuple[int, int]]) -> bool:
    """Whether a verb makes an undertaking: not inside a name ("Dinh Thống Nhất"), not a noun ("sự thống nhất",
    "theo đề nghị của"), not agreement with a view ("nhất trí cao về kết quả"), not a reference ("như đã nhất trí")."""
    pos, low = m.start(), d.low
    if _inside(mentions, pos) or d.text[pos].isupper() and low[start:pos].strip(" \"“'(-") \
            and not low[max(0, pos - 3):pos].rstrip().endswith(":"):
        return False
    if v.kinds[key(m.group())] != "target" and v.not_before.search(low, max(start, pos - 30), pos) or \
            v.kinds[key(m.group())] == "target" and v.goal_noun.search(low, max(start, pos - 20), pos):
        return False
    if key(m.group()) in v.will and not _will(d, v, m):
        return False  # "khẳng định quan hệ … là tài sản vô giá": a view; "cho biết sẽ sang dự lễ": a programme
    return not v.not_after.match(low, m.end()) and not v.as_agreed.search(low, max(start, pos - 60), pos)


_OPENING = re.compile(r"[\s\"“'(-]*")


def _will(d: Doc, v: Vocab, m: re.Match[str]) -> bool:
    """Whether a verb of [will] commits: "sẽ" in its clause, not before a stop of a programme ("sẽ tham dự"), and for
    a verb that only reports ("cho biết", "thông báo") "sẽ" right after it or a side named before "sẽ" ("cho biết
    Cuba sẽ …", not "bày tỏ tin tưởng chuyến thăm sẽ …")."""
    will = v.will_word.match(d.low, m.end())
    if not will or v.will_not.match(d.low, will.end()):
        return False
    if key(m.group()) not in v.reported or not will.group(1).strip():
        return True  # ("Thủ tướng bày tỏ sẽ quan tâm …": the subject before the verb)
    return bool(_candidates(d, v, will.start(1), will.end(1)))


def _opening_recall(d: Doc, v: Vocab, start: int, end: int) -> re.Match[str] | None:
    """The verb of a sentence that opens recalling it ("Như hai bên đã nhất trí năm 2023, …")."""
    lead = _OPENING.match(d.low, start).end()
    m = v.verbs.search(d.low, lead, min(end, lead + 60))
    if m and v.as_agreed.search(d.low, lead, m.start()) and re.match(r"(?:theo )?như\s", d.low[lead:m.start()]):
        return m
    return None


def _subject(d: Doc, v: Vocab, lo: int, hi: int) -> tuple[str, ...]:
    """Who the words before a verb name as its subject: the last collective or name of the verb's own clause (after
    the last "," or ";"), else the sentence's first ("Hai nhà lãnh đạo đánh giá … của Tổng Bí thư A; nhất trí …");
    people or countries joined by "và" stand for their countries; () when none."""
    cut = max(d.low.rfind(",", lo, hi), d.low.rfind(";", lo, hi)) + 1
    own = _candidates(d, v, max(lo, cut), hi)
    if own:
        return _who(d, own, len(own) - 1)
    every = _candidates(d, v, lo, hi)
    return _who(d, every, 0) if every else ()


def _candidates(d: Doc, v: Vocab, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """The collectives and names (not places) in ``[lo, hi)`` as (start, end, type, id or phrase), in order; not a
    name inside another, nor a country right before a person ("Thủ tướng Lào Sonexay Siphandone")."""
    found = [(m.start(), m.end(), "COLL", m.group()) for m in v.collective.finditer(d.low, lo, hi)]
    found += [(a, b, e.type, e.id) for a, b, e in positions.mentions_in(d.entities, lo, hi)
              if e.type != "PLACE" or e.id in d.provinces]
    found.sort(key=lambda c: (c[0], -c[1]))
    kept: list[tuple[int, int, str, str]] = []
    outer = -1
    for c in found:
        if c[0] < outer:
            continue  # inside the one before
        outer = c[1]
        if kept and kept[-1][2] == "COUNTRY" and c[2] == "PERSON" and c[0] - kept[-1][1] <= 2:
            kept.pop()
        if not v.no_subject.search(d.low, max(lo, c[0] - 16), c[0]):
            kept.append(c)  # (not "tại trụ sở Quốc hội Peru", "hội kiến Chủ tịch Quốc hội …": a place, an object)
    return kept


def _who(d: Doc, found: list[tuple[int, int, str, str]], i: int) -> tuple[str, ...]:
    """The subject ``found[i]`` names, with the names of its type joined to it by "và" (their countries when they
    are of two countries)."""
    start, _, kind, ref = found[i]
    if kind == "COLL":
        return d.sides(ref, start)
    same = [c for c in found if c[2] == kind]
    lo = hi = same.index(found[i])
    while lo > 0 and _joined(d, same[lo - 1], same[lo]):
        lo -= 1
    while hi + 1 < len(same) and _joined(d, same[hi], same[hi + 1]):
        hi += 1
    ids = tuple(dict.fromkeys(c[3] for c in same[lo:hi + 1]))
    countries = tuple(dict.fromkeys(c for i in ids if (c := d.country_of(i))))
    return countries if len(ids) > 1 and len(countries) > 1 else ids


def _joined(d: Doc, a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    """Whether two names are joined by "và" (or a dash: "Việt Nam - Lào") with no "," or ";" between."""
    gap = d.low[a[1]:b[0]]
    return len(gap) <= 80 and not re.search(r"[,;]", gap) and (" và " in f" {gap} " or gap.strip() in ("-", "–"))


def _addressee(d: Doc, v: Vocab, pos: int, by: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """The one a request asks ("đề nghị phía Lào", "đề nghị Chính phủ Lào" → Lào; "phía Bạn" → the other side;
    "hai bên" → both) and where the undertaking asked starts; ((), pos) when none is named."""
    lead = v.addressee_lead.match(d.low, pos)
    for at in dict.fromkeys((pos, lead.end() if lead else pos)):
        if other := v.other_side.match(d.text, at):
            asking = {d.country_of(b) or b for b in by}
            return tuple(c for c in d.sides("hai bên", pos) if c not in asking), other.end()
        gap = len(d.low[at:at + 3]) - len(d.low[at:at + 3].lstrip())
        if coll := v.collective.match(d.low, at + gap):
            return d.sides(coll.group(), coll.start()), coll.end()
        if asked := _named_at(d, v, at + gap):
            (first, b), along = asked, v.along.match(d.low, asked[1])  # "Bộ A cùng Bộ B phối hợp …": both asked
            second = _named_at(d, v, along.end()) if along else None
            return (first, second[0]) if second else (first,), second[1] if second else b
    return (), lead.end() if lead else pos  # "đề nghị các bộ, ngành rà soát …": asked, no one named


def _named_at(d: Doc, v: Vocab, pos: int) -> tuple[str, int] | None:
    """The one named at ``pos`` (a government stands for its country; a ministry or a parliament for itself) and
    where its name ends."""
    here = positions.mentions_in(d.entities, pos, pos + 1)
    if not here:
        return None
    _, b, e = max(here, key=lambda x: x[1])
    whole = e.type == "ORG" and v.government.match(e.name)
    return (d.country_of(e.id) or e.id if whole else e.id), b


def _made(d: Doc, m: re.Match[str], lo: int, hi: int, recalled: bool) -> Date | None:
    """When it was made: the time the text gives a recalled one (the first not a deadline), else the governing
    date of its verb."""
    if not recalled:
        return governing_date(d.dating, d.text, m.start(), False, m.end())
    for e in positions.starting_in(d.dating.expressions, lo, hi):
        if e.year and not vocab().deadline.search(d.low, max(lo, e.start - 20), e.start):
            return dates.resolve(e, d.dating.reference)
    return None


def _group(d: Doc, v: Vocab, m: re.Match[str], lo: int, hi: int, previous: _Group | None,
           recalled: bool = False) -> tuple[_Group, int] | None:
    """The group a verb opens (with who undertakes it: the subject in ``low[lo:verb]``, else the one before) and
    where its first undertaking starts; None for a wish ("mong muốn quan hệ … phát triển", "mong muốn phía Bạn …")."""
    if key(m.group()) in v.wishes:
        return None
    kind = v.kinds[key(m.group())]
    by = _subject(d, v, lo, m.start()) or (previous.by if previous else ()) or \
        (d.main_pair if kind == "agree" else d.last_by or d.main_pair)  # an agreement takes two
    recalled = recalled or bool(v.recalled.search(d.low, max(lo, m.start() - 12), m.start()))
    of, pos = _addressee(d, v, m.end(), by) if kind == "request" else \
        ((), m.start() if kind == "target" and _DIGIT_NEXT.match(d.low, m.end()) else m.end())
    if key(m.group()) in v.will and (will := v.will_word.match(d.low, m.end())):
        by, pos = _subject(d, v, will.start(1), will.end(1)) or by, will.end()  # "khẳng định Việt Nam sẽ …"
    if kind == "request" and not of and not v.addressee_lead.match(d.low, m.end()):
        return None  # "đề nghị cần …", "nêu ba đề xuất: …": no one asked, no request
    before = previous.kind if previous and kind == "target" and previous.kind != "target" else None
    if before:  # "nhất trí …, phấn đấu đưa kim ngạch tăng trưởng …": without a figure it stays an agreement
        pos, of = m.start(), previous.of if before == "request" else of
    return _Group(kind, by, of, _made(d, m, lo, hi, recalled), m.span(), recalled, before), pos


def _item(d: Doc, v: Vocab, group: _Group, pos: int, end: int, mentions) -> _Item:
    """The undertaking from ``pos``: lead-ins skipped ("sẽ", "về việc"); a verb right there takes it over
    ("thống nhất phấn đấu đưa kim ngạch lên …" is a target)."""
    item = _Item(group, v.lead_ins.match(d.low, pos, end).end(), end, group.kind)
    if group.before:
        item.fallback = (group.before, item.start)
    while (m := v.verbs.match(d.low, item.start, end)) and v.kinds[key(m.group())] != "request" \
            and not (group.kind == "request" and v.kinds[key(m.group())] == "commit") \
            and not v.goal_kept.match(d.low, item.start, end) and not _DIGIT_NEXT.match(d.low, m.end(), end) \
            and _accepted(d, v, m, item.start, mentions):  # "thống nhất mục tiêu phấn đấu nâng …": one target
        item.fallback = item.fallback or (group.kind, item.start)
        item.kind, item.start = v.kinds[key(m.group())], v.lead_ins.match(d.low, m.end(), end).end()
    item.view = bool(v.views.match(d.low, item.start, len(d.low)) or v.asides.match(d.low, item.start, end)) \
        or _new_subject(d, item.start)
    return item


def _new_subject(d: Doc, pos: int) -> bool:
    """Whether a piece opens with a person of its own ("…; Chủ tịch nước mời Tổng thống … sớm thăm Việt Nam"): the
    list is over."""
    return d.text[pos:pos + 1].isupper() and any(  # (a capital mid-sentence: a title or a name)
        e.type == "PERSON" for _, _, e in positions.mentions_in(d.entities, pos, pos + _TITLE))


_TITLE = 40


def _items(d: Doc, v: Vocab, start: int, end: int, carried: _Group | None = None) -> list[_Item]:
    """The undertakings of one sentence, in order (``carried``: the group of the sentence before, which a sentence
    without a verb of its own continues)."""
    zones = _zones(d, start, end)
    items: list[_Item] = []
    group: _Group | None = carried
    asking = False
    if recall := _opening_recall(d, v, start, end):
        opened = _group(d, v, recall, start, end, None, recalled=True)
        group = opened[0] if opened else None
    pieces = _segments(d, v, start, end, zones)
    for n, (mark, a, b) in enumerate(pieces):
        s, prev = v.joiners.match(d.low, a, b).end(), pieces[n - 1] if n else ("", start, start)
        verbs = [m for m in v.verbs.finditer(d.low, s, b) if _accepted(d, v, m, start, zones[0] + zones[1])
                 and (group is None and not asking or key(m.group()) not in v.opening)]
        aside = bool(v.views.match(d.low, s, end) or v.asides.match(d.low, s, b))  # a view, a talk, a result
        opens = bool(v.openers.match(d.low, s) and not v.fields.match(d.low, s) or aside
                     or v.strong.match(d.low, a, b)) and group is not None
        if verbs and not (opens and verbs[0].start() > s):
            opened = _group(d, v, verbs[0], start if group is None else s, b, group)
            if opened:
                group = opened[0]
                items.append(_item(d, v, group, opened[1], b, zones[0]))
                continue
            asking = True  # a request asking no one: its list opens nothing ("đề nghị cần duy trì …, quyết tâm …")
            if verbs[0].start() == s:
                group = None  # "… phục hồi kinh tế và mong muốn thương mại …": its list is no part of the one before
                continue
        if group is None:
            continue
        if recall and n == 1 and not items:  # "Như hai bên đã nhất trí năm 2023, hai nước sẽ …": the main clause
            items.append(_recalled_clause(d, v, group, s, b))
        elif mark in ";:" and mark or opens and (aside or not _goes_on(d, v, prev, items, mark)):
            if mark == ":" and items and items[-1].end == a - 1 and items[-1].end - items[-1].start < 60:
                items[-1].header = True  # "nhất trí các nội dung sau: …": the list's heading
            items.append(_item(d, v, group, s, b, zones[0]))
        elif items:
            items[-1].end = b  # "hợp tác quốc phòng, an ninh", "phối hợp, hỗ trợ …": the same undertaking goes on
    kept = _aims_joined(d, v, _shared_objects(d, [i for i in items if not i.header and not i.view]))
    for before, item in zip(kept, kept[1:]):
        item.after_goal = before.group is item.group and before.kind == "target"
    return [piece for i in kept for piece in _per_figure(d, v, i)]


def _goes_on(d: Doc, v: Vocab, piece: tuple[str, int, int], items: list[_Item], mark: str) -> bool:
    """Whether a piece opening with an act goes on with the undertaking before: the piece before is verbs without an
    object (from its undertaking's start when that is inside it), sharing what follows ("phối hợp rà soát, giải
    quyết …"); or it ends in the head of acts made nouns, whose objects follow ("công tác quản lý, bảo vệ biên
    giới"); or the undertaking assigns the acts after it ("giao các đơn vị trao đổi kỹ, sớm xây dựng dự thảo …"); or
    a "," goes on in its purpose clause ("tạo thuận lợi để doanh nghiệp kinh doanh ổn định, mở rộng đầu tư")."""
    own = items[-1].start if items else piece[1]
    start = max(piece[1], own if own < piece[2] else piece[1])
    return bool(v.verb_last.match(d.low, v.joiners.match(d.low, start).end(), piece[2])
                or v.nominal.search(d.low, own, piece[2]) or items and v.assigning.match(d.low, own)
                or mark == "," and items and v.in_order_to.search(d.low, own, piece[2]))


def _aims_joined(d: Doc, v: Vocab, items: list[_Item]) -> list[_Item]:
    """An aim without a figure after an undertaking is part of it ("làm sâu sắc quan hệ Đối tác toàn diện, hướng
    tới xây dựng quan hệ Đối tác chiến lược")."""
    kept: list[_Item] = []
    for item in items:
        start = item.fallback[1] if item.fallback else item.start  # (where its target word stands)
        if kept and v.aims.match(d.low, start, item.end) and not _has_number(d, start, item.end) \
                and re.fullmatch(r"[\s,]*", d.low[kept[-1].end:start]):
            kept[-1].end = item.end
            continue
        kept.append(item)
    return kept


def _shared_objects(d: Doc, items: list[_Item]) -> list[_Item]:
    """Two verbs sharing one object are one undertaking: a verb alone ("tiếp tục phối hợp", "cụ thể hóa") goes
    with the undertaking right after it ("… phối hợp, hỗ trợ trong việc tìm kiếm hài cốt")."""
    kept: list[_Item] = []
    for item in reversed(items):
        nxt = kept[-1] if kept else None
        words = _BARE_WORDS.sub("", d.low[item.start:item.end]).split()
        if nxt and nxt.group is item.group and len(words) <= _BARE \
                and re.fullmatch(r"[\s,]*(?:và)?\s*", d.low[item.end:nxt.start]):
            nxt.start = item.start
            continue
        kept.append(item)
    return kept[::-1]


_BARE = 3
_BARE_WORDS = re.compile(r"^\s*tiếp tục\s|\schặt chẽ\s*$")  # "tiếp tục phối hợp chặt chẽ" is a verb alone


def _per_figure(d: Doc, v: Vocab, item: _Item) -> list[_Item]:
    """A target cut before each further sum it joins with "và" or "," ("lên 2 tỷ USD trong năm 2024 và 3 tỷ USD vào
    năm 2026": two targets, one a figure), and every undertaking cut before a tail that only recalls who set it
    ("…, như lãnh đạo hai nước đã đề ra", "… được lãnh đạo hai nước đặt ra"). An undertaking whose purpose clause
    sets a figure is a target, the clause in it ("triển khai các biện pháp nhằm phấn đấu nâng kim ngạch lên …")."""
    if tail := v.tail.search(d.low, item.start, item.end):
        item.end = tail.start()
    if (goal := v.purpose.search(d.low, item.start, item.end)) and v.openers.match(d.low, goal.end()) \
            and _has_number(d, goal.end(), item.end):  # "…, nhằm sớm đạt mục tiêu nâng kim ngạch lên 100 tỉ USD"
        item = replace(item, kind="target", fallback=None)  # its purpose clause stays in it: one target
    if item.kind != "target":
        return [item]
    pieces, last, end = [item], None, item.end
    for m, _, _ in amounts(d.low, item.start, end):
        if last is not None and (join := _FIGURE_JOIN.search(d.low, last, m.start())):
            pieces[-1].end = join.start()
            pieces.append(replace(item, start=join.start(1), end=end, fallback=None))  # "và hướng tới 10 tỷ USD"
        last = m.end()
    return pieces


_FIGURE_JOIN = re.compile(r"(?:\s*,|\s+và)\s*((?:[^\d,;]{0,12}\s)?)$")


def _recalled_clause(d: Doc, v: Vocab, group: _Group, s: int, b: int) -> _Item:
    """The main clause after an opening recall, its own subject ("hai nước") taking the undertaking over."""
    coll = v.collective.match(d.low, s)
    if coll:
        group.by, s = d.sides(coll.group(), coll.start()), coll.end()
    return _item(d, v, group, s, b, [])


# ---------------------------------------------------------------- one undertaking


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.…"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    return start, end


def _has_number(d: Doc, a: int, b: int) -> bool:
    """Whether a figure stands in ``[a, b)``: a number other than in a time expression or a count of years ("5 tỷ
    USD", "tăng 20%", not "kỷ niệm 50 năm"), or a multiple ("tăng gấp đôi")."""
    times = [(e.start, e.end) for e in positions.starting_in(d.dating.expressions, max(0, a - 20), b)]
    return any(not _inside(times, m.start()) for m in _DIGIT.finditer(d.low, a, b)) or \
        bool(_MULTIPLE.search(d.low, a, b))


def _goal(d: Doc, v: Vocab, item: _Item, a: int) -> bool:
    """Whether an undertaking sets a figure as a goal whatever its verb: a target word before a figure in its clause
    ("… để đạt mục tiêu 15 tỷ USD"), or a sum or a multiple right after a target ("… và tăng gấp đôi đầu tư")."""
    if word := v.goal_words.search(d.low, a, item.end):
        return _has_number(d, word.end(), item.end)
    return item.after_goal and (bool(_MULTIPLE.search(d.low, a, item.end)) or any(amounts(d.low, a, item.end)))


_DIGIT_NEXT = re.compile(r"\s+\d")  # "hướng tới 10 tỷ USD": the target word stays before a bare figure
_DIGIT = re.compile(r"\d(?![\d.,/]*\s*năm(?!\s*\d))")
_MULTIPLE = re.compile(r"(?<!\w)gấp (?:đôi|ba|\d+ lần)(?!\w)")


def _figures(d: Doc, a: int, b: int, target: bool) -> tuple[int, ...]:
    """The indexes of the record's figures whose sums stand in ``[a, b)`` (a target one first where both are)."""
    if not d.sums:  # the figures by their sums, once: a text of thousands of sums does not read them all for each
        for i, f in enumerate(d.figures):
            d.sums.setdefault((f.unit, round(f.value)), []).append(i)
    found = []
    for _, value, unit in amounts(d.low, a, b):
        same = sorted(d.sums.get((unit, round(value)), ()), key=lambda i: d.figures[i].is_target != target)
        found += same[:1]
    return tuple(dict.fromkeys(found))


def _projects(d: Doc, a: int, b: int) -> tuple[str, ...]:
    """The projects named in ``[a, b)``, or whose evidence lies in it."""
    inside = (n.id for n in positions.starting_in(d.evidence, a, b) if n.end <= b)
    return tuple(dict.fromkeys([*(pid for _, _, pid in _project_spans(d, a, b)), *inside]))


def _agreements(d: Doc, a: int, b: int) -> tuple[str, ...]:
    """The agreements named in ``[a, b)`` (where only an agreement's evidence is known: it inside ``[a, b)``)."""
    near = positions.starting_in(d.agreements, a - 2000, b)
    return tuple(n.id for n in near if (n.start < b and a < n.end) if n.located or a <= n.start and n.end <= b)


def _deadline(d: Doc, a: int, b: int) -> Date | None:
    """The time written with an undertaking after a deadline word: a year ("đến năm 2025") or this year and the
    next ("trong năm nay", resolved against the article's date)."""
    for e in positions.starting_in(d.dating.expressions, a, b):
        if (e.year or e.kind == "relative-year") and vocab().deadline.search(d.low, max(a, e.start - 20), e.start):
            return dates.resolve(e, d.dating.reference)
    return None


def _topic(d: Doc, v: Vocab, kind: str, a: int, b: int, projects: tuple[str, ...]) -> str:
    """The topic of the first keyword in the clause ("other" when it names fields of ``_MANY_TOPICS`` topics or
    more: "hợp tác năng lượng, giáo dục, y tế"); else of its first weak keyword ("quan hệ", "kỷ niệm"), of its
    project, and a target of a sum is trade."""
    found = list(dict.fromkeys(v.topics[key(m.group())] for m in v.topic_words.finditer(d.low, a, b)))
    if found:
        return found[0] if len(found) < _MANY_TOPICS else "other"
    if m := v.weak_words.search(d.low, a, b):
        return v.weak_topics[key(m.group())]
    by_project = (v.project_topics[d.projects[p].kind] for p in projects if d.projects[p].kind in v.project_topics)
    return next(by_project, "economy_trade" if kind == "target" and any(amounts(d.low, a, b)) else "other")


_MANY_TOPICS = 3


def _cameo(d: Doc, v: Vocab, kind: str, topic: str, a: int, b: int) -> str:
    if kind == "request":
        return v.request_cameo
    m = v.cameo_words.search(d.low, a, min(b, a + 30))
    return v.cameo_codes[key(m.group())] if m else v.cameo_topics[topic]


def _commitment(d: Doc, v: Vocab, item: _Item, evidence: Span) -> Commitment | None:
    kind, a = item.kind, item.start
    kind = "target" if kind != "target" and _goal(d, v, item, a) else kind
    if kind == "target" and not _has_number(d, a, item.end):
        if item.fallback is None:
            return None
        kind, a = item.fallback  # "nhất trí phấn đấu hoàn thành …": agreed, the goal without a figure
    a = v.lead_ins.match(d.low, v.joiners.match(d.low, a, max(a, item.end)).end(), max(a, item.end)).end()
    a, b = _trimmed(d.text, a, item.end)  # "; và đặc biệt là …"
    if (when := next(iter(positions.starting_in(d.dating.expressions, a, a + 1)), None)) and item.group.recalled:
        a, b = _trimmed(d.text, when.end, b)  # "đã cam kết năm 2022 viện trợ …": the date it was made, not the what
    if b <= a:
        return None
    projects = _projects(d, a, b)
    topic = _topic(d, v, kind, a, b, projects)
    about = About(projects, _agreements(d, a, b), _figures(d, a, b, kind == "target"))
    of = item.group.of  # (a target a request carries keeps the one asked)
    return Commitment("", kind, Span.of(d.text, a, b), evidence, _cameo(d, v, kind, topic, a, b), topic,  # type: ignore[arg-type]
                      item.group.by, of, about, _deadline(d, a, b), item.group.date)


def _sentence(d: Doc, v: Vocab, start: int, end: int, carried: _Group | None = None) -> list[Commitment]:
    a, b = _trimmed(d.text, start, end)
    evidence = Span.of(d.text, a, b)
    items = _items(d, v, a, b, carried)
    d.last_group = items[-1].group if items else None
    if items:
        d.last_by = items[-1].group.by
    return [c for i in items if (c := _commitment(d, v, i, evidence))]


def _continued(d: Doc, v: Vocab, done: int) -> tuple[int, int] | None:
    """The sentence after ``done`` when it goes on with the list of the one before: no verb of its own nor a person
    (who would be its subject), and it opens with the words of an undertaking ("Tiếp tục thúc đẩy …", "Bên cạnh
    đó, tăng cường …")."""
    start = _NEXT.match(d.low, done).end()
    if d.last_group is None or start >= len(d.low):
        return None
    end = sentence_end(d.text, start)
    lead = v.continuation.match(d.low, start, end)
    at = lead.end() if lead else start
    if not v.openers.match(d.low, at) or v.fields.match(d.low, at) or v.verbs.search(d.low, start, end) \
            or any(e.type == "PERSON" for _, _, e in positions.mentions_in(d.entities, start, end)) \
            or d.text[start - 1:start] == "\n" and d.text[end:end + 1] in ("\n", "") \
            and d.text[start:end].rstrip()[-1:] not in ".!?…":
        return None  # (a line of its own without a final mark is a crosshead: it restates, goes on with nothing)
    return start, end


def find_commitments(text: str, entities: tuple[Entity, ...], dating: Dating, projects: tuple[Project, ...],
                     agreements: tuple[Agreement, ...], figures: tuple[Figure, ...]) -> tuple[Commitment, ...]:
    """The undertakings ``text`` reports, each apart, with who undertakes them and what they concern; the same
    undertaking told again (headline, lead, body) once."""
    v, low = vocab(), lower(text)
    if not v.verbs.search(low):
        return ()
    d = document(text, entities, dating, projects, agreements, figures, low)
    found: dict[tuple, Commitment] = {}
    done = head = headline_end(text)
    for m in v.verbs.finditer(low, head):
        if m.start() < done or key(m.group()) in v.will and not v.will_word.match(low, m.end()):
            continue  # (a sentence whose only verb is "cho biết" without "sẽ" is not read)
        start, done = sentence_start(text, m.start()), max(sentence_end(text, m.start()), m.end())
        found_in = _sentence(d, v, start, done)
        while (after := _continued(d, v, done)) is not None:  # "Tiếp tục thúc đẩy …" after "Hai bên nhất trí …"
            start, done = after
            found_in += _sentence(d, v, start, done, d.last_group)
        for c in found_in:
            told = (c.kind, c.by, " ".join(fold(c.what.text).split()))
            if told not in found or in_crosshead(text, found[told]):
                found[told] = c
    kept = without_lead_restated(figures, list(found.values()), text.find("\n", head) if head else -1)
    kept = without_crossheads_restated(text, figures, kept)
    return tuple(replace(c, id=f"c{n}") for n, c in enumerate(kept, start=1))


_NEXT = re.compile(r"[\s.!?…\"“”'()-]*")
