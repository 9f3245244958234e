"""Session 13, the classes batch 61 showed (issue 12; our own sentences, with near-misses)."""
import pytest

import bangiao
from tests.extracted import published

_TALKS = ("Ngày 29/6, tại London, Thứ trưởng Quốc phòng Lê Huy Vịnh đồng chủ trì đối thoại chính sách quốc phòng. Chủ "
          "tịch Quốc hội Vương Đình Huệ đã gửi lời chúc mừng. ")


@pytest.mark.parametrize("second, day", [
    # a month among the results a sentence reviews as done: the article is not before it
    ("Hai bên đã đánh giá kết quả hợp tác, nổi bật là chuyến thăm Việt Nam của Bộ trưởng Quốc phòng Anh vào tháng "
     "7/2021.", None),
    # near-miss: a month agreed on after the review is still ahead, no floor
    ("Hai bên đã đánh giá kết quả hợp tác và nhất trí tổ chức đối thoại tiếp theo vào tháng 7/2021.", "2021-06-29"),
])
def test_dating_a_month_among_results_reviewed(second, day):
    assert published(_TALKS + second) == day


@pytest.mark.parametrize("text, years", [
    # the governor of Hủa Phăn's term (2023-10-05 to 2025-12-18) bounds a year-less day
    ("Ngày 20/12, Tỉnh trưởng tỉnh Hủa Phăn Khampheng Saysompheng tiếp đoàn đại biểu tỉnh Sơn La.", "[2023, 2024]"),
    # near-miss: named without that title, his name alone bounds nothing
    ("Ngày 20/12, ông Khampheng Saysompheng tiếp đoàn đại biểu tỉnh Sơn La.", "no clue to the year"),
])
def test_kb_the_governor_of_houaphanh(text, years):
    doc = bangiao.extract(text)
    assert doc.published is None and any(years in w for w in doc.warnings)
