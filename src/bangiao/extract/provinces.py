"""Signings between provinces: "Ngày 25/12, tỉnh A (Việt Nam) và đoàn đại biểu các tỉnh B (Lào) ký kết biên bản
hợp tác".

When a SIGN's sentence names no person and, before its signing word, names provinces as its subject ("tỉnh A",
"các tỉnh B"), the sides are those places (tests/dev/README.md: with no principal person named, the sides), not a
person the finder took from elsewhere ("lãnh đạo hai tỉnh đã ký … giữa tỉnh A và tỉnh B" keeps the leaders). A
SIGN of the title line naming one of those places ("A: ký kết biên bản hợp tác với các tỉnh B") restates the
report: no second SIGN.
"""
from __future__ import annotations

import re
from dataclasses import replace

from bangiao.model import Entity, Event

_PROVINCE = re.compile(r"(?<!\w)(?:các\s+)?(?:tỉnh|thành phố)\s+$", re.IGNORECASE)
_SIGN = re.compile(r"(?<!\w)(?:ký|Ký)(?!\w)")


def with_provincial_sides(events: tuple[Event, ...], text: str, entities: tuple[Entity, ...]) -> tuple[Event, ...]:
    """``events`` with the places as the sides of a signing between provinces (see the module)."""
    signs = [n for n, e in enumerate(events) if e.type == "SIGN" and e.evidence.end > e.evidence.start]
    if not signs:
        return events
    people = [m.start for e in entities if e.type == "PERSON" for m in e.mentions]
    places = sorted((m.start, e.id) for e in entities if e.type == "PLACE" for m in e.mentions)
    out, sides = list(events), set()
    for n in signs:
        a, b = events[n].evidence.start, events[n].evidence.end
        word = _SIGN.search(text, a, b)
        named = [(s, p) for s, p in places if a <= s < (word.start() if word else a)]
        if any(a <= s < b for s in people) or not any(_PROVINCE.search(text, max(a, s - 14), s) for s, _ in named):
            continue
        ids = tuple(dict.fromkeys(p for _, p in named))
        if len(ids) >= 2:
            out[n] = replace(events[n], participants=ids)
            sides |= set(ids)
    title = text.find("\n")
    dropped = {n for n in signs if out[n] is events[n] and events[n].evidence.start < title
               and any(p in sides for s, p in places if events[n].evidence.start <= s < events[n].evidence.end)}
    if out == list(events):
        return events
    return tuple(replace(e, id=f"e{i}") for i, e in enumerate((e for n, e in enumerate(out) if n not in dropped), start=1))
