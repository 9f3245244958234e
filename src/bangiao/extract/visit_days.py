"""Which day or year a visit's words and spans give (for extract/governing.py and extract/anchors.py): "năm Y" right
after a visit's words is that visit's year, unless it names a period reviewed or planned ("Hội nghị tổng kết công tác
năm 2019"); a one-day event dated by a visit's span of days takes the article's day within it."""
from __future__ import annotations

import functools
import re

from bangiao.extract.dates import TimeExpr
from bangiao.extract.dating import Dating
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import word_alternation
from bangiao.model import Date


def one_day(dating: Dating, found: Date | None) -> Date | None:
    """A one-day event dated by a span of days (the visit's, written in its sentence: "chủ trì lễ đón B đang thăm …
    ngày 23-24/10"): the article's day when it falls in the span, else the span."""
    day = dating.published.value if dating.published is not None and dating.published.precision == "day" else None
    if found is None or not found.end or found.precision != "day" or day is None or not found.value <= day <= found.end:
        return found
    return dating.published


YEAR_AFTER = 40  # characters from a visit's words to "năm 2004" written after it with no break: the visit's year


def year_right_after(text: str, until: int, year: TimeExpr) -> bool:
    """Whether "năm Y" follows the visit's words closely, with no break ("tới thăm năm 2004", "chuyến thăm Việt Nam năm
    2010"), not a year of another thing ("…, năm 2004 …", "… và kết quả năm 2012", "Chuyến thăm này là sự kiện quan
    trọng nhất trong năm 2024")."""
    between = text[until:year.start] if year.start > until else ""
    return year.text.lower().startswith("năm") and len(between) <= YEAR_AFTER \
        and not re.search(r"[,;:()]|(?<!\w)(?:và|là|trong|được|có|nhất)(?!\w)", between.lower()) \
        and not _period_named().search(lower(between))  # "… là sự kiện lớn nhất trong năm 2024"


@functools.cache
def _period_named() -> re.Pattern[str]:
    """Words that make the year after them a period reviewed or planned, not a day of the event ("dự Hội nghị tổng kết
    công tác năm 2019", "ký Kế hoạch phối hợp năm 2020": data/dates.toml period_review, plan_kinds)."""
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'period_review')}|{word_alternation('document', 'plan_kinds')})(?!\w)")
