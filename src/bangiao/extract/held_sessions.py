"""A session told with no one named: "Kỳ họp lần thứ 3 của Ủy ban hỗn hợp đã được tổ chức hồi tháng 9/2021".

A CONFERENCE is a session of bodies or of many parties (tests/dev/README.md: two-leader summits are meetings).
When its sentence names no person, the event finder gives it the article's protagonist alone, who is not told to be
there; its participants are the bodies and countries the sentence names instead ("Hội nghị Cấp cao ASEAN lần thứ
37 … cũng do Việt Nam chủ trì": ASEAN and Việt Nam). Only when the sentence names a body: a sentence that names a
person, by name or by a title alone ("Thủ tướng sẽ dự Hội nghị …") or as a pair ("Hai nhà lãnh đạo chứng kiến …"),
keeps its people, and so does one naming countries only ("Hội nghị cấp cao giữa hai tỉnh A (Việt Nam) và B (Lào)":
the leaders of the two provinces, named later). When the sentence tells someone attends it before naming its body
("Chuyến công tác kết hợp việc tham dự Hội nghị … của Diễn đàn Y"), the protagonist stays and the bodies join.

A statement agreeing to hold a session may list further mechanisms after the one the event finder tells ("nhất trí
sớm tổ chức Tham vấn chính trị lần thứ 4, Ủy ban hỗn hợp … lần thứ 7"): each joint committee named with its round is a
session of it too, a planned CONFERENCE of the announced event's sides and date.
Vocabulary: ``data/held_sessions.toml`` (the words to hold a session: ``data/events.toml`` rules.hold).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation
from bangiao.extract.event_vocab import cameo_of
from bangiao.model import Entity, Event, Span

_FILE = "held_sessions.toml"
_SIDES = ("ORG", "COUNTRY")


@functools.cache
def _attend() -> re.Pattern[str]:
    data = datafiles.load(_FILE, "held_sessions")
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, "words", key)))  # noqa: E731
    return re.compile(rf"(?<!\w)(?:{words('attend')})(?!\w)(?!\s+(?:{words('not_after')})(?!\w))")


@functools.cache
def _listed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A hold word; and a hold word, or a list's comma or "và", then a joint committee with its round ("Ủy ban hỗn
    hợp … lần thứ 7")."""
    data, rules = datafiles.load(_FILE, "held_sessions"), datafiles.load("events.toml", "events")
    words = lambda d, f, key: alternation(tuple(lower(w) for w in datafiles.strings(f, d, *key)))  # noqa: E731
    hold, committees = words(rules, "events.toml", ("rules", "hold")), words(data, _FILE, ("held", "committees"))
    rounds = words(data, _FILE, ("held", "rounds"))
    return (re.compile(rf"(?<!\w)(?:{hold})(?!\w)"),
            re.compile(rf"(?:(?<!\w)(?:{hold})|,|(?<!\w)và)\s+((?:{committees})(?!\w)[^,.;:()]{{0,80}}?(?<!\w)(?:{rounds})\s+\d+)(?!\d)"))


def with_held_sessions(events: tuple[Event, ...], text: str, entities: tuple[Entity, ...]) -> tuple[Event, ...]:
    """``events`` with the bodies and countries as participants of each session whose sentence names no person, and
    the joint committees' sessions a statement agrees to hold beside the event it announces."""
    if any(e.type == "CONFERENCE" for e in events):
        named = sorted((m.start, e.type, e.id) for e in entities for m in e.mentions)
        changed = tuple(_held(e, named, text) if e.type == "CONFERENCE" else e for e in events)
        events = events if changed == events else changed
    added = _listed_committees(events, text)
    if not added:
        return events
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(events + added, start=1))


def _listed_committees(events: tuple[Event, ...], text: str) -> tuple[Event, ...]:
    """A planned CONFERENCE for each joint committee with its round listed after a hold word in the sentence of a
    planned event, unless a CONFERENCE already tells it (its evidence covers the name)."""
    sessions = [(e.evidence.start, e.evidence.end) for e in events if e.type == "CONFERENCE"]
    added: list[Event] = []
    for e in events:
        start, end = e.evidence.start, e.evidence.end
        if e.status != "planned" or end <= start:
            continue
        low = lower(text[start:end])
        held = _listed()[0].search(low)
        for m in _listed()[1].finditer(low, held.start()) if held else ():
            at, stop = start + m.start(1), start + m.end(1)
            if any(a <= at < b for a, b in sessions):
                continue
            sessions.append((at, stop))
            added.append(Event("", "CONFERENCE", cameo_of("CONFERENCE"), Span.of(text, at, stop), e.date,
                               e.participants, status="planned"))
    return tuple(added)



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
