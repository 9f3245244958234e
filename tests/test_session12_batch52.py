"""Session 12, the classes batch 52 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events


@pytest.mark.parametrize("head, day", [
    # a site's running clock above the headline and the page's posting date below it: the lead's day of that year
    ("Thứ năm Ngày 16 Tháng 05 Năm 2024, 09:41:07\n\nTư lệnh Quân khu thăm tỉnh Luông Nậm Thà\n\n"
     "Ngày đăng: 21/09/2022\n\n", "2022-09-20"),
    # near-miss: a bare date bar above the headline and the article's own dateline with its clock below it
    ("Thứ năm, 16/05/2024\n\nTư lệnh Quân khu thăm tỉnh Luông Nậm Thà\n\nCập nhật: 10:12 ngày 21/09/2022\n\n",
     "2022-09-20"),
])
def test_dates_a_posting_date_outranks_a_sites_running_clock(head, day):
    text = head + ("Ngày 20-9, Thiếu tướng Nguyễn Hồng Thái, Tư lệnh Quân khu, cùng một đoàn sĩ quan đã tới thăm và làm việc "
                   "tại tỉnh Luông Nậm Thà, nước Cộng hòa dân chủ nhân dân Lào.\n")
    assert [d for t, _, d in events(text) if t == "VISIT"] == [day]


@pytest.mark.parametrize("text, day", [
    # a year reviewed and the next planned in one sentence: before October, the planned year
    ("Ngày 14/6, Bộ Chỉ huy Quân sự hai tỉnh họp liên tịch, cùng điểm lại kết quả phối hợp năm 2023 và bàn kế hoạch "
     "công tác năm 2024.", "2024-06-14"),
    # ... from October on, the reviewed year
    ("Ngày 14/11, Bộ Chỉ huy Quân sự hai tỉnh họp liên tịch, cùng điểm lại kết quả phối hợp năm 2023 và bàn kế hoạch "
     "công tác năm 2024.", "2023-11-14"),
    # near-miss: the years are not one after the other
    ("Ngày 14/6, Bộ Chỉ huy Quân sự hai tỉnh họp liên tịch, cùng điểm lại kết quả phối hợp năm 2020 và bàn kế hoạch "
     "công tác năm 2024.", None),
])
def test_dates_a_year_reviewed_and_the_next_planned(text, day):
    from tests.extracted import published
    assert published(text) == day
