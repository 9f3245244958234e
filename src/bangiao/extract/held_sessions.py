"""A session told with no one named: "Kỳ họp lần thứ 3 của Ủy ban hỗn hợp đã được tổ chức hồi tháng 9/2021".

A CONFERENCE is a session of bodies or of many parties (tests/dev/README.md: two-leader summits are meetings).
When its sentence names no person, the event finder gives it the article's protagonist alone, who is not told to be
there; its participants are the bodies and countries the sentence names instead ("Hội nghị Cấp cao ASEAN lần thứ
37 … cũng do Việt Nam chủ trì": ASEAN and Việt Nam). Only when the sentence names a body: a sentence that names a
person, by name or by a title alone ("Thủ tướng sẽ dự Hội nghị …") or as a pair ("Hai nhà lãnh đạo chứng kiến …"),
keeps its people, and so does one naming countries only ("Hội nghị cấp cao giữa hai tỉnh A (Việt Nam) và B (Lào)":
the leaders of the two provinces, named later). When the sentence tells someone attends it before naming its body
("Chuyến công tác kết hợp việc tham dự Hội nghị … của Diễn đàn Y"), the protagonist stays and the bodies join.
Vocabulary: ``data/held_sessions.toml``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation
from bangiao.model import Entity, Event

_FILE = "held_sessions.toml"
_SIDES = ("ORG", "COUNTRY")


@functools.cache
def _attend() -> re.Pattern[str]:
    data = datafiles.load(_FILE, "held_sessions")
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, "words", key)))  # noqa: E731
    return re.compile(rf"(?<!\w)(?:{words('attend')})(?!\w)(?!\s+(?:{words('not_after')})(?!\w))")


def with_held_sessions(events: tuple[Event, ...], text: str, entities: tuple[Entity, ...]) -> tuple[Event, ...]:
    """``events`` with the bodies and countries as participants of each session whose sentence names no person."""
    if not any(e.type == "CONFERENCE" for e in events):
        return events
    named = sorted((m.start, e.type, e.id) for e in entities for m in e.mentions)
    changed = tuple(_held(e, named, text) if e.type == "CONFERENCE" else e for e in events)
    return events if changed == events else changed


def _held(event: Event, named: list[tuple[int, str, str]], text: str) -> Event:
    if len(event.participants) != 1 or not event.participants[0].startswith("person:"):
        return event  # (not the protagonist alone: "Hai nhà lãnh đạo chứng kiến …" names its pair)
    start, end = event.evidence.start, event.evidence.end
    inside = named[bisect.bisect_left(named, (start, "", "")):bisect.bisect_left(named, (end, "", ""))]
    if any(kind == "PERSON" for _, kind, _ in inside):
        return event
    body = next((pos for pos, kind, _ in inside if kind == "ORG"), None)
    if body is None:
        return event  # "Hội nghị cấp cao giữa hai tỉnh A (Việt Nam) và B (Lào)": the provinces' leaders, told later
    sides = tuple(dict.fromkeys(pid for _, kind, pid in inside if kind in _SIDES))
    attended = _attend().search(lower(text[start:body])) is not None  # "kết hợp việc tham dự Hội nghị … của Y"
    return replace(event, participants=(event.participants + sides) if attended else sides)
