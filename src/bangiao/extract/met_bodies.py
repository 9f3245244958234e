"""A meeting with a body's delegation or leaders, no person named: "gặp gỡ Đoàn đại biểu Hội hữu nghị X", "làm việc
với các đồng chí lãnh đạo tỉnh Y" is a MEET with the body (ORG) or the province (PLACE) named right after the words
for its delegation or leaders (tests/dev/README.md: when no principal person is named, the bodies or places take
part). Vocabulary: ``data/events.toml`` [rules] met_delegation.
"""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation
from bangiao.model import Entity

_FILE = "events.toml"
_REACH = 60  # characters from the meeting's word to the body's name


@functools.cache
def _words() -> re.Pattern[str]:
    words = alternation(tuple(lower(w) for w in datafiles.strings(_FILE, datafiles.load(_FILE, "events"), "rules",
                                                                   "met_delegation")))
    return re.compile(rf"\s+(?:với\s+)?(?:các\s+|những\s+)?(?:đồng chí\s+)?(?:{words})\s+(?:của\s+)?(?:tỉnh\s+|thành phố\s+)?")


def body_met(low: str, mentions: list[tuple[int, Entity]], word_end: int, end: int) -> str | None:
    """The body or province whose delegation or leaders the meeting word ending at ``word_end`` names right after it
    ("gặp gỡ Đoàn đại biểu Hội X" → Hội X), before ``end``; None when a person or nothing is named there."""
    m = _words().match(low, word_end, min(end, word_end + _REACH))
    if m is None:
        return None
    return next((e.id for pos, e in mentions if pos == m.end() and e.type in ("ORG", "PLACE")), None)
