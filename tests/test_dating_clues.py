"""More clues to a year-less article's year: an anniversary still to come whose day is past in the calendar, the
first months of a year reported before they are over, and a death told (the mourned person's tenure set aside)."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _date(text):
    return date_document(text, find_entities(text))


# (text, the article's date or None, a word its reason must contain)
CASES = [
    # "hướng tới kỷ niệm … (…–8/5/2024)" told on 25/9: the anniversary is still to come, so 2023
    ("Sáng 25/9, Thủ tướng Phạm Minh Chính và Tổng thống Brazil Lula da Silva hội đàm khi Việt Nam và Brazil đang hướng "
     "tới kỷ niệm 35 năm Ngày thiết lập quan hệ ngoại giao (8/5/1989 - 8/5/2024).", "2023-09-25", "still to come"),
    # near-miss: told before the anniversary's day in the calendar, the anniversary's year stays possible
    ("Sáng 25/3, Thủ tướng Phạm Minh Chính và Tổng thống Brazil Lula da Silva hội đàm khi Việt Nam và Brazil đang hướng "
     "tới kỷ niệm 35 năm Ngày thiết lập quan hệ ngoại giao (8/5/1989 - 8/5/2024).", None, None),
    # near-miss: celebrated already ("đã hướng tới" is not said; a celebration after the day is of its year)
    ("Sáng 25/9, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Brazil Lula da Silva; hai bên hài lòng về chuỗi sự kiện "
     "kỷ niệm 35 năm Ngày thiết lập quan hệ ngoại giao (8/5/1989 - 8/5/2024).", "2024-09-25", "falls in 2024"),
    # eleven months' trade told in January: of a later year than theirs
    ("Sáng 29/1, Chủ tịch nước Lương Cường đón Chủ tịch Hội đồng châu Âu António Costa. Trong 11 tháng đầu năm 2025, "
     "thương mại hai chiều đạt 66 tỷ USD.", "2026-01-29", "later year than 2025"),
    # near-miss: a plan for the months is not their result
    ("Sáng 29/1, Chủ tịch nước Lương Cường đón Chủ tịch Hội đồng châu Âu António Costa. Hai bên đặt mục tiêu trong 11 "
     "tháng đầu năm 2025 đưa thương mại lên 66 tỷ USD.", None, None),
    # condolences on a death: the mourned leader's tenure, ended days before, does not bound the article
    ("Chiều 22/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Uzbekistan trao đổi qua điện thoại. Bộ "
     "trưởng Uzbekistan bày tỏ lời chia buồn tới Chủ tịch nước Tô Lâm và gia đình Tổng Bí thư Nguyễn Phú Trọng trước "
     "sự ra đi của ông.", "2024-07-22", "Tô Lâm"),
    # near-miss: no death told, the tenures contradict: nothing is guessed from them
    ("Chiều 22/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Uzbekistan trao đổi qua điện thoại. Bộ "
     "trưởng Uzbekistan gửi lời chào tới Chủ tịch nước Tô Lâm và Tổng Bí thư Nguyễn Phú Trọng.", None, None),
]


@pytest.mark.parametrize("text, value, why", CASES)
def test_dating_clues_date_the_year(text, value, why):
    dating = _date(text)
    assert (dating.published.value if dating.published else None) == value, dating.warnings
    if why:
        assert dating.published.basis == "inferred" and why in dating.published.reason


@pytest.mark.parametrize("text, value, precision", [
    # a lead span of days the article announces: written before it, in the month of its first day
    ("Nhận lời mời của Chủ tịch nước Lương Cường, Quốc vương Brunei Hassanal Bolkiah sẽ thăm cấp nhà nước Việt Nam. "
     "Theo Bộ Ngoại giao, chuyến thăm sẽ diễn ra ngày 30/11-2/12. Trong 5 tháng đầu năm, thương mại tương đương mức cùng "
     "kỳ năm 2024.", "2025-11", "month"),
    ("Thủ tướng sẽ thăm chính thức Lào từ ngày 8-10/1/2024 theo lời mời của Thủ tướng Lào.", "2024-01", "month"),
    # near-misses: a span reported as done keeps its last day; an announced day of a report stays the day
    ("Thủ tướng đã thăm chính thức Lào từ ngày 8-10/1/2024 theo lời mời của Thủ tướng Lào.", "2024-01-10", "day"),
    ("Chiều 20/8/2024, người phát ngôn cho biết Thủ tướng sẽ tham dự hội nghị tại Viêng Chăn.", "2024-08-20", "day"),
])
def test_dating_an_announced_span_dates_the_month(text, value, precision):
    dating = _date(text)
    assert dating.published is not None, dating.warnings
    assert (dating.published.value, dating.published.precision) == (value, precision)


def test_dating_an_agreed_span_is_no_announcement():
    # "nhất trí" tells what was agreed: the span of the visit is reported, its last day dates the article
    dating = _date("Trong khuôn khổ chuyến thăm chính thức Lào từ ngày 8-10/1/2024, hai bên đã nhất trí nâng cấp quan hệ.")
    assert (dating.published.value, dating.published.precision) == ("2024-01-10", "day")


@pytest.mark.parametrize("text, value", [
    # the tenure leaves 2021-2025; 6/12 fell on a Friday in 2024 only
    ("Chiều thứ Sáu, ngày 6/12, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào tại Hà Nội.", "2024-12-06"),
    ("Sáng Chủ nhật, 4/12, Chủ tịch nước Nguyễn Xuân Phúc đến Seoul, bắt đầu thăm cấp Nhà nước Hàn Quốc.", "2022-12-04"),
    # near-misses: a weekday that fits no year of the tenure is set aside, not believed; no weekday, no choice
    ("Chiều thứ Năm, ngày 6/12, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào tại Hà Nội.", None),
    ("Chiều ngày 6/12, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào tại Hà Nội.", None),
])
def test_dating_a_weekday_picks_the_year(text, value):
    dating = _date(text)
    assert (dating.published.value if dating.published else None) == value, dating.warnings
    if value:
        assert "falls on a" in dating.published.reason


@pytest.mark.parametrize("text, value", [
    # relations of 28/5/1975 nearly 45 years old on 17/12: 2019 (the tenures leave 2018-2020)
    ("Sáng 17/12, Tổng thống Myanmar Win Myint đón Thủ tướng Nguyễn Xuân Phúc, khẳng định chuyến thăm góp phần củng cố "
     "quan hệ hữu nghị truyền thống Việt Nam - Myanmar trong suốt gần 45 năm qua.", "2019-12-17"),
    # near-misses: no "gần" (a round figure, not a bound); a count that fits no year of the tenures is set aside
    ("Sáng 17/12, Tổng thống Myanmar Win Myint đón Thủ tướng Nguyễn Xuân Phúc, khẳng định chuyến thăm góp phần củng cố "
     "quan hệ hữu nghị truyền thống Việt Nam - Myanmar trong suốt 45 năm qua.", None),
    ("Sáng 17/12, Tổng thống Myanmar Win Myint đón Thủ tướng Nguyễn Xuân Phúc, khẳng định chuyến thăm góp phần củng cố "
     "quan hệ hữu nghị truyền thống Việt Nam - Myanmar trong suốt gần 30 năm qua.", None),
])
def test_dating_relations_nearly_n_years_old(text, value):
    dating = _date(text)
    assert (dating.published.value if dating.published else None) == value, dating.warnings


@pytest.mark.parametrize("text, value", [
    # a year-less span first, then a recalled day of its year earlier in the calendar: the span is the lead
    ("Hai bên sẽ họp Kỳ họp lần thứ 17 Ủy ban hỗn hợp do Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đồng chủ trì "
     "tại Phnom Penh từ ngày 20-21/8. Hai bên đã kỷ niệm 40 năm chiến thắng biên giới Tây Nam (Hà Nội ngày 4/1/2019).",
     "2019-08"),
    # near-misses: a day within the span's days stays the lead; so does a later day of the calendar
    ("Thủ tướng Ấn Độ thăm chính thức Việt Nam từ ngày 2-3/9. Sáng 3/9/2016, hai Thủ tướng hội đàm.", "2016-09-03"),
    ("Thủ tướng Ấn Độ thăm chính thức Việt Nam từ ngày 2-3/9. Ngày 10/9/2016, hai bên ra thông cáo.", "2016-09-10"),
])
def test_dating_a_leading_span_before_a_recalled_day(text, value):
    dating = _date(text)
    assert (dating.published.value if dating.published else None) == value, dating.warnings
