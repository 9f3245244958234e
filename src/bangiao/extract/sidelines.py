"""The meeting a sidelines meeting was held at: "bên lề Hội nghị X, Thủ tướng A đã gặp B".

A meeting told as held "bên lề" (on the sidelines of) a conference, summit or forum says its subject attended
that meeting: a CONFERENCE of the subject (the meeting's first person), with its day and mood, the evidence running
from "bên lề" to the next comma. Only for the article's news: a meeting not dated, dated to a month before the
article's, or told with words of earlier times ("từng", "Trước đó", "nhắc lại") is the occasion of a past meeting
recalled, no event (tests/dev/README.md: recalled visits, past meetings). One such CONFERENCE a person, none when
the person already has one. Vocabulary: ``data/sidelines.toml``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from bangiao import datafiles
from bangiao.extract.dating import Dating
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation, sentence_starts
from bangiao.extract.visit_lists import cameo
from bangiao.model import Event, Span

_FILE = "sidelines.toml"
_MEETS = ("MEET", "TALKS")
_END = re.compile(r"[,;.\n]")


@functools.cache
def _words() -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    data = datafiles.load(_FILE, "sidelines")
    words = lambda key: tuple(lower(w) for w in datafiles.strings(_FILE, data, "words", key))  # noqa: E731
    frame = words("frame")
    at = re.compile(rf"(?<!\w)(?:{alternation(frame)})\s+(?:các\s+)?(?:{alternation(words('meetings'))})(?!\w)")
    earlier = re.compile(rf"(?<!\w)(?:{alternation(words('earlier'))})(?!\w)")
    return frame[0], at, earlier


def with_sideline_conferences(events: tuple[Event, ...], text: str, dating: Dating) -> tuple[Event, ...]:
    """``events`` with a CONFERENCE of the subject of each meeting held on the sidelines of one (see the module)."""
    frame, at, earlier = _words()
    low = lower(text)
    if frame not in low:
        return events
    starts = sentence_starts(text)
    attended = {p for e in events if e.type == "CONFERENCE" for p in e.participants}
    meetings = sorted((e.evidence.start, n) for n, e in enumerate(events) if e.type in _MEETS and e.evidence.end)
    added = []
    for m in at.finditer(low):
        k = bisect.bisect_right(starts, m.start())
        start, stop = starts[k - 1], starts[k] if k < len(starts) else len(text)
        if earlier.search(low, start, m.start()) or earlier.search(low, m.end(), stop):
            continue
        told = meetings[bisect.bisect_left(meetings, (start, -1)):bisect.bisect_left(meetings, (stop, -1))]
        held = [events[n] for _, n in told]  # the sentence's meetings, found by bisection (no scan of the rest)
        meeting = next((e for e in held if e.date and not _before_month(e.date.value, dating)), None)
        subject = next((p for p in meeting.participants if p.startswith("person:")), None) if meeting else None
        if subject is None or subject in attended:
            continue
        attended.add(subject)
        found = _END.search(text, m.end(), stop)
        added.append(Event("", "CONFERENCE", cameo("CONFERENCE"), Span.of(text, m.start(), found.start() if found else stop), meeting.date, (subject,), None, (),
                           meeting.status))
    if not added:
        return events
    return tuple(replace(e, id=f"e{n}") for n, e in enumerate(events + tuple(added), start=1))


def _before_month(value: str, dating: Dating) -> bool:
    return dating.published is not None and value[:7] < dating.published.value[:7]
