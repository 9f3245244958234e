"""A tour of several countries, listed: "A sẽ thực hiện chuyến công du ba nước châu Âu là X, Y và Z".

A trip word, a count of countries ("3 nước", "bốn quốc gia") and a listing word ("gồm", "là") before the countries
the sentence names make one VISIT of the trip's subject (the last person named before the trip words in the
sentence) to each country listed, undated (the day of each stop is not told), announced when a planning word
("sẽ", "dự kiến") comes before the trip words. A country the subject's visit already told names (in its evidence) is
not visited twice; a visit the event finder made of the tour's own sentence is the first stop's (each it made, one
stop each), undated as the others. Vocabulary: ``data/tours.toml``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation, sentence_starts
from bangiao.extract.visit_lists import cameo
from bangiao.model import Entity, Event, Span

_FILE = "tours.toml"


@functools.cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = datafiles.load(_FILE, "tours")
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, "words", key)))  # noqa: E731
    tour = re.compile(rf"(?<!\w)(?:{words('trip')})\s+(?:\d{{1,2}}|{words('count')})\s+(?:{words('countries')})"
                      rf"(?!\w)[^.;:]{{0,60}}?(?:,\s*|\s+)(?:{words('listing')})(?:\s*:)?\s")
    return tour, re.compile(rf"(?<!\w)(?:{words('planned')})(?!\w)")


def with_tours(events: tuple[Event, ...], text: str, entities: tuple[Entity, ...]) -> tuple[Event, ...]:
    """``events`` with one VISIT for each country a tour lists (see the module)."""
    tour, planned = _words()
    low = lower(text)
    found = list(tour.finditer(low))
    if not found:
        return events
    starts = sentence_starts(text)
    people = sorted((m.start, e.id) for e in entities if e.type == "PERSON" for m in e.mentions)
    countries = sorted((m.start, m.end, e.id) for e in entities if e.type == "COUNTRY" for m in e.mentions)
    named = {e.id: sorted(m.start for m in e.mentions) for e in entities if e.type == "COUNTRY"}  # where each is named
    visits: dict[str, list[Event]] = {}  # each person's VISITs: a tour is weighed against its subject's only
    for e in events:
        for p in dict.fromkeys(e.participants) if e.type == "VISIT" else ():
            visits.setdefault(p, []).append(e)
    added, undated = [], set()
    for m in found:
        k = bisect.bisect_right(starts, m.start())
        start, stop = starts[k - 1], starts[k] if k < len(starts) else len(text)
        before = bisect.bisect_left(people, (m.start(), ""))
        if before == 0 or people[before - 1][0] < start:
            continue
        subject = people[before - 1][1]
        told = visits.get(subject, [])
        listed = dict.fromkeys(c for _, _, c in countries[bisect.bisect_left(countries, (m.end(), 0, "")):
                                                          bisect.bisect_left(countries, (stop,))])
        if len(listed) < 2:
            continue
        here = [e for e in told if e.evidence.start <= m.start() < e.evidence.end]  # the finder's own of the tour
        elsewhere = [e for e in told if e not in here]
        left = [c for c in listed if not any(_named_in(named[c], e.evidence.start, e.evidence.end) for e in elsewhere)]
        undated.update(id(e) for e in here)  # the finder's own of the tour is its first stop, undated as the others
        for _ in left[len(here):]:  # (the finder makes one of each country listed right after its word)
            added.append(Event("", "VISIT", cameo("VISIT"), Span.of(text, m.start(), _end(text, stop)), None, (subject,),
                               None, (), "planned" if planned.search(low, start, m.start()) else "happened"))
    if not added and not undated:
        return events
    events = tuple(replace(e, date=None) if id(e) in undated else e for e in events)
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(events + tuple(added), start=1))


def _named_in(starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``starts`` is in [start, end)."""
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def _end(text: str, stop: int) -> int:
    while stop > 0 and (text[stop - 1].isspace() or text[stop - 1] == "."):
        stop -= 1
    return stop
