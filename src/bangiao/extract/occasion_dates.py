"""The KB's dates of the occasions an event word names ("tham dự Diễn đàn … lần thứ 3", "… và dự Hội nghị cấp cao APEC"):
a numbered session the dating found, or the one session of a series named without its number in the article's year
(for extract/governing.py and extract/events.py); and whether a national day's celebration was held on a day of its own."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from bangiao.extract.ahead import ahead_of
from bangiao.extract.dates import TimeExpr
from bangiao.extract.dating import NATIONAL_DAY, Dating
from bangiao.extract.gazetteer import lower
from bangiao.extract.kb import KnowledgeBase, knowledge_base
from bangiao.extract.meetings import sessions_of_the_year
from bangiao.extract.sentences import word_alternation, words_pattern
from bangiao.model import Date


def occasion_named(dating: Dating, text: str, pos: int, stop: int) -> Date | None:
    """The KB's date of a session named at or right after an event word ("… và dự Hội nghị cấp cao APEC"), its first
    day: a numbered one, or the one session of a series named without its number in the article's year (begun by the
    article's day)."""
    found = occasion_after(dating, pos, stop)
    if found is None:
        kb, low = knowledge_base(), lower(text[pos:min(stop, pos + 160)])
        held = sessions_of_the_year(kb, low, dating.reference)
        found = next((_session_date(kb, series, number) for series, number, start, _ in held if start <= 12), None)
    return replace(found, end=None) if found else None


def _session_date(kb: KnowledgeBase, series: str, number: int) -> Date:
    session = next(s for s in kb.sessions if s.series == series and s.number == number)
    why = f"{kb.series[series].name} of the article's year: lần thứ {number}, {session.start} in the knowledge base"
    return Date(session.start, "day" if len(session.start) == 10 else "month", "inferred", None, None, why)  # type: ignore[arg-type]


def occasion_after(dating: Dating, pos: int, stop: int) -> Date | None:
    """The KB's date of an occasion named in the clause or right after it ("tham dự Diễn đàn … lần thứ 3")."""
    k = bisect.bisect_left(dating.occasions, pos, key=lambda o: o[0])  # (in order of their start)
    return dating.occasions[k][2] if k < len(dating.occasions) and dating.occasions[k][0] < min(stop, pos + 60) else None


def national_day_held(dating: Dating, low: str, own: list[TimeExpr], occasion: Date, planned: bool, start: int,
                       pos: int) -> bool:
    """A celebration of a national day's anniversary told as held on a day the sentence gives before it ("Tối cùng
    ngày, …, A đã dự Lễ kỷ niệm 78 năm Quốc khánh …", "tối 21/8, … long trọng tổ chức lễ kỷ niệm …"), or held before
    the national day comes (after the article's date): held that day, abroad and ahead, often, not on the national
    day itself (``low`` is the sentence's, from ``start``)."""
    if planned or not (occasion.reason or "").startswith(NATIONAL_DAY) \
            or _held_that_day_words().search(low, max(0, pos - start - 25), pos - start) is None:
        return False
    return any(e.kind == "day" and e.end <= pos for e in own) or ahead_of(occasion, dating.reference) > 0 \
        or words_pattern("governing", "same_day_inside").search(low, 0, pos - start) is not None


@functools.cache
def _held_that_day_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('governing', 'held_that_day')})\s+(?:(?:buổi|các)\s+)?$")
