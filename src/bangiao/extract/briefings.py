"""Statements at a press briefing: "Tại cuộc họp báo thường kỳ …, Người phát ngôn X cho biết …", "X cho biết thông
tin trên tại họp báo" are a SPEECH of the one who speaks (tests/dev/README.md, Leaders at the press) — the speaker,
who reports the sentence's other events and takes no part in them, is this event's participant."""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.model import Entity

_FILE = "events.toml"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = datafiles.load(_FILE, "events")

    def alternation(key: str) -> str:
        words = datafiles.strings(_FILE, data, "rules", key)
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return (re.compile(rf"(?<!\w)(?:{alternation('briefing')})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{alternation('briefing_says')})(?!\w)"))


def speaker(low: str, start: int, end: int, named: list[tuple[int, Entity]]) -> tuple[int, str] | None:
    """In a sentence naming a press briefing, the person named last before its first word of saying ("cho biết",
    "khẳng định", "nói"), with where the briefing is named; else None."""
    briefing, says = _patterns()
    at = briefing.search(low, start, end)
    said = says.search(low, start, end) if at else None  # (most sentences name no briefing: one search)
    if at is None or said is None:
        return None
    people = [e.id for pos, e in named if e.type == "PERSON" and start <= pos < said.start()]
    return (at.start(), people[-1]) if people else None
