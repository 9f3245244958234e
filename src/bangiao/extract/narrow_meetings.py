"""A restricted meeting that opens the talks: "Sau lễ đón, hai nhà lãnh đạo gặp hẹp, rồi … hội đàm".

Leaders who meet in restricted format and then lead their delegations in talks hold one occurrence, the talks (the
dev gold of 095, 116, 119 and 120): the MEET the finder makes of "gặp hẹp" in a sentence that goes on to the talks
("rồi", "sau đó" … "hội đàm") is dropped when a TALKS of one of its participants, or of its sentence, is found. A restricted meeting
told alone ("sẽ có cuộc gặp riêng và ăn tối với B", no talks after it in its sentence) stays a MEET.
Vocabulary: ``data/narrow_meetings.toml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation
from bangiao.model import Event

_FILE = "narrow_meetings.toml"


@functools.cache
def _pattern() -> re.Pattern[str]:
    data = datafiles.load(_FILE, "narrow_meetings")
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, "words", key)))  # noqa: E731
    return re.compile(rf"(?<!\w)(?:{words('narrow')})(?!\w).*?(?<!\w)(?:{words('then')})(?!\w)"
                      rf".*?(?<!\w)(?:{words('talks')})(?!\w)", re.S)


def without_narrow_meetings(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """``events`` without the MEET of a restricted meeting that opens talks found as a TALKS (see the module)."""
    talks = [e for e in events if e.type == "TALKS"]
    if not talks:
        return events
    talked = {p for e in talks for p in e.participants} | {e.evidence.start for e in talks}
    kept = tuple(e for e in events if not _opens_talks(e, talked))
    if len(kept) == len(events):
        return events
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(kept, start=1))


def _opens_talks(event: Event, talked: set[str | int]) -> bool:
    """A MEET of a restricted meeting whose sentence goes on to talks found (of one of its people, or in it)."""
    return event.type == "MEET" and bool(talked.intersection((*event.participants, event.evidence.start))) \
        and _pattern().search(lower(event.evidence.text)) is not None
