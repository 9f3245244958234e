"""Occasions listed in one sentence: visits with their dates, one per person; meetings held in turn.

A background paragraph often lists earlier visits: "Đoàn Việt Nam thăm Qatar gồm có: Phó Thủ tướng Nguyễn Sinh Hùng
(12/2007); Thủ tướng Nguyễn Tấn Dũng (3/2009); …" or "các chuyến thăm của Tổng thống A năm 1993, B năm 1997". Each
person followed by a month or year is a VISIT of its own, dated at that precision ("năm 2004" → "2004", "(3/2009)" →
"2009-03"); one whose item says "dự …" also attended a meeting then (a CONFERENCE). A sentence is a list when a
visit word comes before its first person and at least two persons have a date right after them. The events the
event finder made of such a sentence lose the listed people (they are not one occasion together) and are dropped when
no person is left or the persons left have such an event elsewhere; a listed visit another event already tells (same person, same date) is not told twice.

"Bộ trưởng A đã lần lượt gặp B; C và D" is one meeting of A with each of B, C and D (the event finder tells the
first), dated as the one the finder made of that sentence, else by the date governing it; "… đồng chủ trì Hội nghị A,
Hội nghị B và tham dự Hội nghị C" is one CONFERENCE per meeting, of the people and day of the finder's conference
of that sentence. Vocabulary: ``data/visit_lists.toml``.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import replace

from bangiao import datafiles
from bangiao.extract.dating import Dating
from bangiao.extract.gazetteer import lower
from bangiao.extract.governing import governing_date
from bangiao.extract.sentences import alternation, sentence_end, sentence_start
from bangiao.model import Date, Entity, Event, Span

_FILE = "visit_lists.toml"
# Right after a person (and the words of the item): "(12/2007)", "(năm 2012)", "năm 1997", "tháng 4/2013".
_WHEN = re.compile(r"[ \t]*(?:\([ \t]*)?(?:(?:tháng|năm)[ \t]+)?(?:(\d{1,2})[ \t]*/[ \t]*)?((?:19|20)\d\d)(?!\d)[ \t]*\)?")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ITEM_END = re.compile(r"[;:]")
_MORE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:và[ \t]+(?:(?:tháng|năm)[ \t]+)?|(?:tháng|năm)[ \t]+)(?:(\d{1,2})[ \t]*/[ \t]*)?((?:19|20)\d\d)(?!\d)")  # "… năm 1997 và năm 2004"
_IN_A_DAY = re.compile(r"[\d][/.\-]\d{0,2}$")  # a day and its separator right before a month: "26/2/2019"
# A date right before its person, joined by "của" and the person's title: "năm 2000 của Tổng thống A" (to the person).
_OF_WHOM = re.compile(r"(?<!\w)(?:tháng|năm)[ \t]+(?:(\d{1,2})[ \t]*/[ \t]*)?((?:19|20)\d\d)(?!\d)[ \t]+của[ \t]+[^\d,;.()]{0,40}$")
_BORN = re.compile(r"(?<!\w)(?:sinh|tuổi|thọ)(?!\w)")  # "(sinh năm 1960)": a birth year, no visit


@functools.cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = datafiles.load(_FILE, "visit_lists")
    pattern = lambda key: re.compile(  # noqa: E731
        rf"(?<!\w)(?:{alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, 'words', key)))})(?!\w)")
    return pattern("visit"), pattern("attended")


def with_listed_visits(events: tuple[Event, ...], text: str, entities: tuple[Entity, ...],
                       reference: str | None) -> tuple[Event, ...]:
    """``events`` with the visits of every list sentence of ``text`` told one per person (see the module);
    ``reference``: the article's date (a listed date after it is no visit told as held)."""
    people = sorted(((m.start, m.end, e) for e in entities if e.type == "PERSON" for m in e.mentions),
                    key=lambda x: x[:2])
    if len(people) < 2 or not _YEAR.search(text):
        return events
    lists = list(_lists(text, people, reference))
    if not lists:
        return events
    out: list[Event | None] = list(events)
    told = _Told(events)
    for (start, stop, listed), here in zip(lists, _events_in(lists, events)):
        ids = {e.id for _, _, e, _ in listed}
        for n in here:
            told.swap(out, n, _without(out[n], ids) if out[n] else None)
        for n in [n for n in here if out[n] is not None and told.elsewhere(out[n])]:
            told.swap(out, n, None)
        for at, end, person, when in listed:
            for kind in ("VISIT", "CONFERENCE") if _attended(text, at, end) else ("VISIT",):
                if not told.dated[(kind, person.id, when.value)]:
                    told.add(Event("", kind, _cameo(kind), Span.of(text, at, end), when, (person.id,)))
    if not told.added and None not in out:
        return events
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate([e for e in out if e] + told.added, start=1))


def _events_in(lists: list, events: tuple[Event, ...]) -> list[list[int]]:
    """For each list sentence, the indexes of the events told in it (the sentences are in order and apart)."""
    starts, found = [start for start, _, _ in lists], [[] for _ in lists]
    for n, e in enumerate(events):
        k = bisect.bisect_right(starts, e.evidence.start) - 1
        if k >= 0 and e.evidence.start < lists[k][1]:
            found[k].append(n)
    return found


class _Told:
    """Counts of what the events tell, kept as they change: who has an event of a type (``kinds``, the finder's
    events only) and who has one of a type on a date (``dated``, the listed visits added too), so that no list
    sentence looks through all the events."""

    def __init__(self, events: tuple[Event, ...]) -> None:
        self.kinds, self.dated, self.added = Counter(), Counter(), []
        for e in events:
            self._count(e, +1)

    def _count(self, e: Event, sign: int, kinds: bool = True) -> None:
        for p in set(e.participants):
            if kinds:
                self.kinds[(e.type, p)] += sign
            if e.date:
                self.dated[(e.type, p, e.date.value)] += sign

    def swap(self, out: list, n: int, new: Event | None) -> None:
        """The finder's event ``out[n]`` becomes ``new`` (None: dropped)."""
        if out[n] is not None:
            self._count(out[n], -1)
        if new is not None:
            self._count(new, +1)
        out[n] = new

    def elsewhere(self, e: Event) -> bool:
        """Whether every person of ``e`` has another of the finder's events of its type: a restatement."""
        return all(self.kinds[(e.type, p)] > 1 for p in set(e.participants) if p.startswith("person:"))

    def add(self, e: Event) -> None:
        self.added.append(e)
        self._count(e, +1, kinds=False)


@functools.cache
def cameo(kind: str) -> str:
    """The CAMEO code of an event type (``data/events.toml``)."""
    data = datafiles.load("events.toml", "events")
    return next(t["cameo"] for t in data["type"] if t["name"] == kind)


_cameo = cameo


@functools.cache
def _in_turn() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = datafiles.load(_FILE, "visit_lists")
    return tuple((kind, re.compile(rf"(?<!\w)(?:{alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, 'in_turn', kind)))})(?!\w)"))
                 for kind in ("MEET", "TALKS", "CALL"))


@functools.cache
def _markers() -> tuple[str, ...]:
    return tuple(datafiles.strings(_FILE, datafiles.load(_FILE, "visit_lists"), "in_turn", "markers"))


def with_meetings_in_turn(events: tuple[Event, ...], text: str, entities: tuple[Entity, ...],
                          dating: Dating) -> tuple[Event, ...]:
    """``events`` with one meeting of the subject with each person named after "lần lượt gặp" (see the module),
    dated as the finder's meeting of that sentence, else by the date governing the sentence."""
    if not any(w in text for w in _markers()):
        return events
    people = sorted(((m.start, m.end, e) for e in entities if e.type == "PERSON" for m in e.mentions), key=lambda x: x[:2])
    low, added, starts = lower(text), [], [a for a, _, _ in people]
    by_person: dict[tuple[str, str], list[tuple[int, int, Event]]] = {}  # the events of a type each person takes
    met = {(e.type, a, b) for e in events for a in e.participants for b in e.participants}  # part in, by where told
    for n, e in enumerate(events):
        for p in dict.fromkeys(e.participants):
            by_person.setdefault((e.type, p), []).append((e.evidence.start, n, e))
    for told in by_person.values():
        told.sort(key=lambda x: x[:2])
    for kind, pattern in _in_turn():
        for m in pattern.finditer(low):
            start, stop = sentence_start(text, m.start()), sentence_end(text, m.start())
            before = bisect.bisect_left(starts, m.start())
            if before == bisect.bisect_left(starts, start):
                continue
            subject = people[before - 1][2]
            told = _told_in(by_person.get((kind, subject.id), []), start, stop)
            after = people[bisect.bisect_left(starts, m.end()):bisect.bisect_left(starts, stop)]
            for a, b, person in ((a, b, e) for a, b, e in after if e.id != subject.id):
                if (kind, person.id, subject.id) in met:
                    continue
                met |= {(kind, person.id, subject.id), (kind, subject.id, person.id)}
                cut = max(text.rfind(";", m.end(), a), text.rfind(",", m.end(), a), text.rfind(" và ", m.end(), a) + 4,
                          m.end())
                cut += text[cut:cut + 1] in ";,"
                cut += len(text[cut:b]) - len(text[cut:b].lstrip())
                added.append(Event("", kind, _cameo(kind), Span.of(text, cut, b),
                                   told[0].date if told else governing_date(dating, text, m.start(), False, m.end()),
                                   (subject.id, person.id), None, (),
                                   told[0].status if told else "happened"))
    if not added:
        return events
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(events + tuple(added), start=1))


def _told_in(told: list[tuple[int, int, Event]], start: int, stop: int) -> list[Event]:
    """The events told in [start, stop), in the finder's order (by bisection: a subject of thousands of events is not
    scanned for each "lần lượt gặp")."""
    inside = told[bisect.bisect_left(told, start, key=lambda x: x[0]):bisect.bisect_left(told, stop, key=lambda x: x[0])]
    return [e for _, _, e in sorted(inside, key=lambda x: x[1])]


@functools.cache
def _conference_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = datafiles.load(_FILE, "visit_lists")
    verbs = alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, "conferences", "verbs")))
    names = alternation(tuple(datafiles.strings(_FILE, data, "conferences", "names")))
    first = re.compile(rf"(?<!\w)(?:{verbs})\s+(?=(?:{alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, 'conferences', 'names')))})\s)")
    listed = re.compile(rf"(?:,\s*|\s+và\s+(?:(?:{verbs})\s+)?)(?=(?:{names})\s+[A-ZÀ-ỸĐ0-9])")  # case: the name's words
    return first, listed


def with_listed_conferences(events: tuple[Event, ...], text: str) -> tuple[Event, ...]:
    """``events`` with one CONFERENCE for each further meeting a conference sentence lists (see the module)."""
    first, listed = _conference_words()
    added, low = [], lower(text)
    told: dict[tuple[int, int], list[Event]] = {}
    for e in events:
        if e.type == "CONFERENCE" and e.evidence.end > e.evidence.start:
            told.setdefault((e.evidence.start, e.evidence.end), []).append(e)
    for (start, stop), same in told.items():
        verb = first.search(low, start, stop)
        more = list(listed.finditer(text, verb.end(), stop)) if verb else []
        for m in more[len(same) - 1:]:  # the finder tells as many of the sentence's meetings as it made events
            end = min(x for x in (text.find(",", m.end(), stop), text.find(" và ", m.end(), stop), stop) if x >= 0)
            added.append(replace(same[0], id="", evidence=Span.of(text, m.end(), end)))
    if not added:
        return events
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(events + tuple(added), start=1))


def _lists(text: str, people: list[tuple[int, int, Entity]], reference: str | None):
    """(sentence start, end, [(item start, end, person, date)]) of each sentence that lists visits."""
    visit, _ = _words()
    years = [m.start() for m in _YEAR.finditer(text)]
    if not any(b - a < 300 for a, b in zip(years, years[1:])):
        return  # (most articles: no two years close enough to be a list)
    seen: set[int] = set()
    starts = [a for a, _, _ in people]  # (sorted: a sentence's people are a slice, found by bisection)
    for begin, _, _ in people:
        start = sentence_start(text, begin)
        if start in seen:
            continue
        seen.add(start)
        stop = sentence_end(text, begin)
        if bisect.bisect_left(years, stop) - bisect.bisect_left(years, start) < 2:
            continue  # (most sentences: fewer than two years, no list)
        inside = people[bisect.bisect_left(starts, start):bisect.bisect_left(starts, stop)]
        listed = [x for k in range(len(inside)) for x in _dated(text, inside, k, stop, reference)]
        if len({x[2].id for x in listed}) >= 2 and visit.search(lower(text[start:listed[0][0]])):
            yield start, stop, listed


def _dated(text: str, inside: list, k: int, stop: int, reference: str | None) -> list:
    """The k-th person of the sentence with each date right after their item: "X năm 1997 và năm 2004" is two."""
    a, b, person = inside[k]
    end = inside[k + 1][0] if k + 1 < len(inside) else stop
    cut = _ITEM_END.search(text, b, end)
    segment_end = cut.start() if cut else end
    if ahead := _OF_WHOM.search(text, max(inside[k - 1][1] if k else 0, a - 60), a):
        return _before(ahead, b, person, reference)  # "các chuyến thăm năm 2000 của Tổng thống A và năm 2006 của …"
    found = _WHEN.search(text, b, segment_end)
    if found is None or found.start() - b > 60 or _BORN.search(text, max(b, found.start() - 12), found.start() + 6) \
            or _IN_A_DAY.search(text, max(b, found.start() - 4), (found.start(1) if found.group(1) else found.start(2)) + 1):
        return []  # (nor the tail "2/2019" of a day "ngày 25-26/2/2019": the day's own sentence dates it)
    dated = []
    while found is not None:
        month, year = found.group(1), int(found.group(2))
        value = f"{year:04d}-{int(month):02d}" if month and 1 <= int(month) <= 12 else f"{year:04d}"
        if not (reference and value > reference[:len(value)]):
            precision = "month" if len(value) == 7 else "year"
            dated.append((a, found.start() + len(found.group().rstrip()), person,
                          Date(value, precision, "stated", None, found.group().strip(" ()"))))  # type: ignore[arg-type]
        found = _MORE.match(text, found.end(), segment_end)
    return dated


def _before(found: re.Match[str], b: int, person: Entity, reference: str | None) -> list:
    """The item of a date written before its person with "của" ("năm 2006 của Tổng thống B"), from the date."""
    month, year = found.group(1), int(found.group(2))
    value = f"{year:04d}-{int(month):02d}" if month and 1 <= int(month) <= 12 else f"{year:04d}"
    if reference and value > reference[:len(value)]:
        return []
    said = found.group(0)[:found.end(2) - found.start()]
    return [(found.start(), b, person, Date(value, "month" if len(value) == 7 else "year", "stated", None, said))]  # type: ignore[arg-type]


def _attended(text: str, start: int, end: int) -> bool:
    return bool(_words()[1].search(lower(text[start:end])))


def _without(event: Event, listed: set[str]) -> Event | None:
    """An event of a list sentence without the listed people; None if no person is left."""
    kept = tuple(p for p in event.participants if p not in listed)
    if not any(p.startswith("person:") for p in kept):
        return None
    return replace(event, participants=kept)
