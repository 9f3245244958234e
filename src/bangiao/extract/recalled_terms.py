"""A sentence framed by someone's past term sums up what happened during it (issue 12, batch 7).

"Trong nhiệm kỳ của Đại sứ X, Thủ tướng Y đã sang Hà Nội và chứng kiến lễ ký …": the
signing, a meeting or a session told after such a frame is no event of the article; a visit recalled is a VISIT of
its own (the guideline), so VISIT is left to the finder. A term still ahead ("trong nhiệm kỳ tới") frames nothing.
Vocabulary: ``data/events.toml`` [recalled_terms].
"""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation

_FILE = "events.toml"


@functools.cache
def _frame() -> re.Pattern[str]:
    data = datafiles.load(_FILE, "events")
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, "recalled_terms", key)))  # noqa: E731
    return re.compile(rf"(?<!\w)(?:{words('frames')})(?!\w)(?!\s+(?:{words('ahead')})(?!\w))")


def in_past_term(low: str, start: int, trigger: int) -> bool:
    """Whether the event word at ``trigger`` follows, in its sentence (from ``start``), a past term's frame."""
    return _frame().search(low, start, trigger) is not None
