"""Visits listed with their dates in one sentence, one visit per person.

A background paragraph often lists earlier visits: "Đoàn Việt Nam thăm Qatar gồm có: Phó Thủ tướng Nguyễn Sinh Hùng
(12/2007); Thủ tướng Nguyễn Tấn Dũng (3/2009); …" or "các chuyến thăm của Tổng thống A năm 1993, B năm 1997". Each
person followed by a month or year is a VISIT of its own, dated at that precision ("năm 2004" → "2004", "(3/2009)" →
"2009-03"); one whose item says "dự …" also attended a meeting then (a CONFERENCE). A sentence is a list when a
visit word comes before its first person and at least two persons have a date right after them. The events the
event finder made of such a sentence lose the listed people (they are not one occasion together) and are dropped when
no person is left or the persons left have such an event elsewhere; a listed visit another event already tells (same person, same date) is not told twice. Vocabulary:
``data/visit_lists.toml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation, sentence_end, sentence_start
from bangiao.model import Date, Entity, Event, Span

_FILE = "visit_lists.toml"
# Right after a person (and the words of the item): "(12/2007)", "(năm 2012)", "năm 1997", "tháng 4/2013".
_WHEN = re.compile(r"[ \t]*(?:\([ \t]*)?(?:(?:tháng|năm)[ \t]+)?(?:(\d{1,2})[ \t]*/[ \t]*)?((?:19|20)\d\d)(?!\d)[ \t]*\)?")
_ITEM_END = re.compile(r"[;:]")
_BORN = re.compile(r"(?<!\w)(?:sinh|tuổi|thọ)(?!\w)")  # "(sinh năm 1960)": a birth year, no visit
_CAMEO = {"VISIT": "042", "CONFERENCE": "040"}


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
    if len(people) < 2 or not _WHEN.search(text):
        return events
    out, added = list(events), []
    for start, stop, listed in _lists(text, people, reference):
        ids = {e.id for _, _, e, _ in listed}
        out = [x for x in (_without(e, ids) if start <= e.evidence.start < stop else e for e in out) if x is not None]
        out = [e for e in out if not (start <= e.evidence.start < stop and _told_elsewhere(e, out))]
        for at, end, person, when in listed:
            for kind in ("VISIT", "CONFERENCE") if _attended(text, at, end) else ("VISIT",):
                if not any(e.type == kind and person.id in e.participants and e.date and e.date.value == when.value
                           for e in out + added):
                    added.append(Event("", kind, _CAMEO[kind], Span.of(text, at, end), when, (person.id,)))
    if not added and len(out) == len(events):
        return events
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(out + added, start=1))


def _lists(text: str, people: list[tuple[int, int, Entity]], reference: str | None):
    """(sentence start, end, [(item start, end, person, date)]) of each sentence that lists visits."""
    visit, _ = _words()
    seen: set[int] = set()
    for begin, _, _ in people:
        start = sentence_start(text, begin)
        if start in seen:
            continue
        seen.add(start)
        stop = sentence_end(text, begin)
        inside = [(a, b, e) for a, b, e in people if start <= a < stop]
        listed = [x for x in (_dated(text, inside, k, stop, reference) for k in range(len(inside))) if x]
        if len({x[2].id for x in listed}) >= 2 and visit.search(lower(text[start:listed[0][0]])):
            yield start, stop, listed


def _dated(text: str, inside: list, k: int, stop: int, reference: str | None):
    """The k-th person of the sentence and the date right after their item, if it has one."""
    a, b, person = inside[k]
    end = inside[k + 1][0] if k + 1 < len(inside) else stop
    cut = _ITEM_END.search(text, b, end)
    segment_end = cut.start() if cut else end
    found = _WHEN.search(text, b, segment_end)
    if found is None or found.start() - b > 60 or _BORN.search(text, max(b, found.start() - 12), found.start() + 6):
        return None
    month, year = found.group(1), int(found.group(2))
    value = f"{year:04d}-{int(month):02d}" if month and 1 <= int(month) <= 12 else f"{year:04d}"
    if reference and value > reference[:len(value)]:
        return None
    return a, found.start() + len(found.group().rstrip()), person, Date(value, "month" if len(value) == 7 else "year", "stated", None,
                                        found.group().strip(" ()"))


def _attended(text: str, start: int, end: int) -> bool:
    return bool(_words()[1].search(lower(text[start:end])))


def _without(event: Event, listed: set[str]) -> Event | None:
    """An event of a list sentence without the listed people; None if no person is left."""
    kept = tuple(p for p in event.participants if p not in listed)
    if not any(p.startswith("person:") for p in kept):
        return None
    return replace(event, participants=kept)


def _told_elsewhere(event: Event, events: list[Event]) -> bool:
    """Whether every person left in ``event`` has an event of its type elsewhere: a restatement, not an occasion."""
    people = [p for p in event.participants if p.startswith("person:")]
    return all(any(o is not event and o.type == event.type and p in o.participants for o in events) for p in people)
