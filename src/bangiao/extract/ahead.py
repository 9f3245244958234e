"""An event told as held is never after the article: a day or month whose year was inferred, told without "sẽ",
more than two months after the article's date belongs to the year before (for extract/governing.py and events.py)."""
from __future__ import annotations

from datetime import date

from bangiao.model import Date


AHEAD_DAYS = 60  # an untensed event up to this far after the article is announced; further, it is last year's


def ahead_of(found: Date | None, reference: date | None) -> int:
    """How many days an inferred day or month lies after the article's date (0 when not after, a day's slack:
    an article dated by its last reported day may tell the next morning)."""
    if found is None or reference is None or found.basis != "inferred" or found.precision not in ("day", "month"):
        return 0
    try:
        first = date.fromisoformat(found.value if found.precision == "day" else f"{found.value}-01")
    except ValueError:
        return 0
    if found.precision == "month" and found.value <= reference.isoformat()[:7]:
        return 0
    days = (first - reference).days
    return days if days > 1 else 0


def not_after_reference(found: Date | None, reference: date | None) -> Date | None:
    """A day or month whose year was inferred, told without "sẽ", more than ``AHEAD_DAYS`` after the article's
    date belongs to the year before ("Ngày 28/12, …" in an article of 3 January)."""
    if ahead_of(found, reference) <= AHEAD_DAYS:
        return found
    back = lambda v: v and f"{int(v[:4]) - 1:04d}{v[4:]}"  # noqa: E731
    why = f"{found.reason + '; ' if found.reason else ''}after the article's date {reference.isoformat()} but told as held: the year before"
    return Date(back(found.value), found.precision, found.basis, back(found.end), found.text, why)
