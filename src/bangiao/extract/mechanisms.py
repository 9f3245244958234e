"""Standing cooperation mechanisms listed by name are a description, not sessions held (issue 12, batch 7).

"Hai nước vận hành đều đặn các cơ chế hợp tác gồm Ủy ban hỗn hợp, Tham vấn chính trị và Đối thoại quốc phòng":
an event word inside the list after "các cơ chế" is no event. The list ends at a new clause ("…, và sẽ tổ chức Tham
vấn chính trị lần thứ 5", "đã", "lần thứ": one session) or at a semicolon. Vocabulary: ``data/events.toml``
[mechanisms].
"""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation

_FILE = "events.toml"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = datafiles.load(_FILE, "events")
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, "mechanisms", key)))  # noqa: E731
    return (re.compile(rf"(?<!\w)(?:{words('heads')})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{words('breaks')})(?!\w)|[;:]"))


def listed(low: str, start: int, trigger: int, end: int | None = None) -> bool:
    """Whether the event word at ``trigger`` (its sentence from ``start``) is a mechanism named in such a list; the
    word's own phrase, up to ``end`` (its sentence's end when not given), must not open a session ("lần thứ 5")."""
    head, breaks = _patterns()
    opened = [m.end() for m in head.finditer(low, start, trigger)]
    if not opened:
        return False
    phrase_end = min((m.start() for m in re.finditer(r"[,;.]", low[trigger:end or len(low)])), default=None)
    after = low[trigger:trigger + phrase_end] if phrase_end is not None else low[trigger:end or len(low)]
    return breaks.search(low, opened[-1], trigger) is None and breaks.search(after) is None
