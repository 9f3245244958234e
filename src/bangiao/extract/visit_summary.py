"""Whether an article's lead sums a visit up ("Chiều 13/3, … kết thúc tốt đẹp chuyến thăm … từ ngày 11 đến 13/3"), for
extract/governing.py: a later sentence without a day of its own is then of some day of the visit, not of the lead's.
Vocabulary: ``data/dates.toml`` [governing] ended.
"""
from __future__ import annotations

import functools
import re

from bangiao.extract.dates import TimeExpr
from bangiao.extract.dating import Dating
from bangiao.extract.gazetteer import lower
from bangiao.extract.reported_years import PAGE_CLOCK
from bangiao.extract.sentences import sentence_end, sentence_start, word_alternation


@functools.cache
def _ended() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('governing', 'ended')})(?!\w)")


def lead_sums_up(dating: Dating, text: str, start: int) -> bool:
    """Whether the article's lead sums a visit up ("Chiều 13/3, … kết thúc tốt đẹp chuyến thăm … từ ngày 11
    đến 13/3") and ``start`` is a later sentence."""
    lead = _lead_days(dating, text)
    return lead is not None and start > lead.start and _lead_sums_up(text, lead.start, lead.end)


_LEAD: list = [None]  # the last article's dating and its first day or days: every event asks
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:h]\d{2}\s*[,|-]?\s*$")  # "15:30 | 07/05/2025": a byline's stamp


def _lead_days(dating: Dating, text: str) -> TimeExpr | None:
    """The lead's first day or span of days (found once for an article, not once for each of its events), not a page's
    stamp with its time ("Nguyễn Hồng 15:30 | 07/05/2025")."""
    last = _LEAD[0]
    if last is None or last[0] is not dating:
        last = _LEAD[0] = (dating, next((e for e in dating.expressions if e.kind in ("day", "day-range")
                                         and not _stamped(text, e)), None))
    return last[1]


def _stamped(text: str, e: TimeExpr) -> bool:
    return bool(e.year) and (_CLOCK_BEFORE.search(text, max(0, e.start - 12), e.start) is not None
                             or PAGE_CLOCK.match(text, e.end, e.end + 12) is not None)


@functools.lru_cache(maxsize=4)  # asked for every event of one article
def _lead_sums_up(text: str, start: int, end: int) -> bool:
    return bool(_ended().search(lower(text[sentence_start(text, start):sentence_end(text, end)])))
