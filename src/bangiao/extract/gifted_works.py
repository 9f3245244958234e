"""The ceremony of works one country gives another: "lễ khánh thành Bệnh viện X, công trình do A viện trợ cho B".

Such a ceremony's principals are the two countries (tests/dev/README.md: attendance is not participation; the
seed's "lễ khánh thành Bệnh viện Hữu nghị"), unless the text names a principal person: when its sentence names no
one (the finder then takes the article's protagonist) or only people who attended it ("A và B đã dự lễ khánh
thành …"), its participants become the countries its sentence names, with those of the next sentence when that one
tells the gift ("Đây là công trình do … Việt Nam tặng … Lào"). Only when the works are told as a gift ("tặng",
"viện trợ", "món quà"): "Chủ tịch nước sẽ dự lễ khởi công tòa nhà …" keeps its person, and so does a ceremony
co-chaired ("A và B đồng chủ trì Lễ khánh thành …"). Vocabulary: ``data/gifted_works.toml``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation, sentence_starts
from bangiao.model import Entity, Event

_FILE = "gifted_works.toml"


@functools.cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = datafiles.load(_FILE, "gifted_works")
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, "words", key)))  # noqa: E731
    return (re.compile(rf"(?<!\w)(?:{words('works')})(?!\w)"), re.compile(rf"(?<!\w)(?:{words('gift')})(?!\w)"),
            re.compile(rf"\s*(?:{words('gift_next')})(?!\w)"), re.compile(rf"(?<!\w)(?:{words('attend')})\s+$"))


def with_gifted_works(events: tuple[Event, ...], text: str, entities: tuple[Entity, ...]) -> tuple[Event, ...]:
    """``events`` with the countries as participants of each ceremony of gifted works (see the module)."""
    works, _, _, _ = _words()
    low = lower(text)
    if not any(e.type == "CEREMONY" for e in events) or works.search(low) is None:
        return events
    starts = sentence_starts(text)
    named = sorted((m.start, e.id, e.type) for e in entities for m in e.mentions)
    changed = tuple(_gifted(e, low, starts, named) if e.type == "CEREMONY" else e for e in events)
    return events if changed == events else changed


def _gifted(event: Event, low: str, starts: tuple[int, ...], named: list[tuple[int, str, str]]) -> Event:
    works, gift, gift_next, attend = _words()
    start, end = event.evidence.start, event.evidence.end
    word = works.search(low, start, end)
    if word is None:
        return event
    people = [(pos, pid) for pos, pid, kind in _within(named, start, end) if kind == "PERSON"]
    attended = attend.search(low[start:word.start()]) is not None
    if any(pos > word.start() for pos, _ in people) or people and not attended:
        return event  # "lễ khánh thành do A chủ trì", "A cắt băng khánh thành": a principal person
    stop = end
    if gift.search(low, start, end) is None:
        k = bisect.bisect_left(starts, end)  # the next sentence, [starts[k], starts[k + 1])
        after = starts[k] if k < len(starts) else len(low)
        stop = starts[k + 1] if k + 1 < len(starts) else len(low)
        if not gift_next.match(low, after, stop) or gift.search(low, after, stop) is None:
            return event
    countries = list(dict.fromkeys(pid for _, pid, kind in _within(named, start, stop) if kind == "COUNTRY"))
    return replace(event, participants=tuple(countries)) if countries else event


def _within(named: list[tuple[int, str, str]], start: int, end: int) -> list[tuple[int, str, str]]:
    return named[bisect.bisect_left(named, (start, "", "")):bisect.bisect_left(named, (end, "", ""))]
