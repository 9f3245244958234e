"""Session 6, issue 12 ("never confidently wrong"): classes of the dev set's events dated wrongly, each with its
near-misses, in our own sentences."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _date(text):
    return date_document(text, find_entities(text))


_HELD = ("{day}, Thủ tướng Phạm Minh Chính tiếp Đại sứ Bồ Đào Nha tại Hà Nội. Hai nước {how} 50 năm thiết lập quan "
         "hệ ngoại giao (1/7/1975 - 1/7/2025).")

# (text, the article's date or None, a word its reason must contain)
ANNIVERSARIES = [
    # told as already held ("vừa kỷ niệm"), on a day earlier in the calendar than the anniversary's: the year after it
    (_HELD.format(day="Sáng 12/2", how="vừa kỷ niệm"), "2026-02-12", "already held"),
    (_HELD.format(day="Sáng 12/2", how="đã long trọng kỷ niệm"), "2026-02-12", "already held"),
    # held, on a later day in the calendar: the anniversary's own year
    (_HELD.format(day="Sáng 12/9", how="vừa kỷ niệm"), "2025-09-12", "already held"),
    # near-miss: not told as held, before the day: its run-up or the year after, not decided
    (_HELD.format(day="Sáng 12/2", how="đang tích cực chuẩn bị kỷ niệm"), None, None),
    # told as ahead ("sắp kỷ niệm"), on a later day in the calendar: the year before it
    (_HELD.format(day="Sáng 12/9", how="sắp kỷ niệm"), "2024-09-12", "still to come"),
]


@pytest.mark.parametrize("text, value, why", ANNIVERSARIES)
def test_dating_session6_anniversary_held_or_ahead_bounds_the_year(text, value, why):
    found = _date(text).published
    assert (found.value if found else None) == value, found
    if why:
        assert why in found.reason
