"""Session 12, the classes batch 47 showed (issue 12; our own sentences, with near-misses)."""
import pytest

import bangiao
from tests.extracted import events, published


_HEAD = "Thủ tướng hội đàm với Thủ tướng Thái Lan\n"
_BODY = ("Hai bên bàn các biện pháp mở rộng giao thương, du lịch và giáo dục, đồng ý sớm mở thêm đường bay "
         "thẳng.\n")
_LEAD = "Sáng 16.5, Thủ tướng Phạm Minh Chính có cuộc hội đàm với Thủ tướng Thái Lan tại Hà Nội.\n"


@pytest.mark.parametrize("byline, kept", [
    # a byline with its day and time under the headline ends a related block above: the article's own head
    ("Minh Anh | 16/05/2024 10:12\n", True),
    # near-miss: a teaser's headline and its dated lead with no byline stay teasers
    ("", False),
])
def test_clean_a_stamped_byline_ends_a_related_block(byline, kept):
    page = "MỚI NHẤT\nGiá vàng hôm nay tăng mạnh\n\n" + _HEAD + byline + _LEAD + _BODY
    doc = bangiao.extract(page)
    assert ("Thủ tướng Phạm Minh Chính có cuộc hội đàm" in doc.text) is kept


@pytest.mark.parametrize("text, day", [
    # a lunar year written with its year: that year, not its cycle's others
    ("Tối 10/2, Bộ trưởng Quốc phòng Lào tới Hà Nội. Hai bên gặp nhau đúng dịp đầu Xuân Mậu Tý 2008.", "2008-02-10"),
    # near-miss: the cycle alone leaves three years, the text names none of them
    ("Tối 10/2, Bộ trưởng Quốc phòng Lào tới Hà Nội. Hai bên gặp nhau đúng dịp đầu Xuân Mậu Tý.", None),
])
def test_dates_a_lunar_year_written_with_its_year(text, day):
    assert published(text) == day


@pytest.mark.parametrize("sentence, kinds", [
    # a list of who attended, a comma before "có": no event of its own
    ("Tới dự, có các vị Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào Chansamone Chanyalath và Vilay "
     "Lakhamfong.", []),
    ("Tham dự chương trình, có thiếu tướng Lê Đức Thái, Tư lệnh Bộ đội biên phòng.", []),
    # a great festival attended ("dự Đại lễ Phật đản …") is a ceremony, not a conference
    ("Ngày 22/5/2024, Đại sứ Lào Khamphao Ernthavanh dự Đại lễ Phật đản Phật lịch 2568 tại Hà Nội.", ["CEREMONY"]),
    # near-miss: attending a conference stays one
    ("Ngày 22/5/2024, Đại sứ Lào Khamphao Ernthavanh dự Hội nghị Phật giáo thế giới tại Hà Nội.", ["CONFERENCE"]),
])
def test_events_attendees_listed_and_festivals_attended(sentence, kinds):
    assert [t for t, _, _ in events(sentence)] == kinds


_AWARDED = ("Đại sứ Việt Nam được Tổng thống Indonesia trao huân chương\n\n"
            "Tin, ảnh: Đại sứ quán Việt Nam tại Indonesia - Thứ tư, ngày 24/08/2022 09:15 GMT+7\n\n"
            "Tổng thống Indonesia Joko Widodo trao huân chương cho Đại sứ.\n\n"
            "Ngày 22/8 tại Dinh Tổng thống ở Jakarta, Đại sứ Việt Nam Phạm Vinh Quang đã được Tổng thống Indonesia "
            "Joko Widodo trao tặng Huân chương Bintang Jasa Utama.\n\nPhát biểu tại buổi lễ, Tổng thống Joko Widodo "
            "đánh giá cao đóng góp của Đại sứ.\n")


def test_dates_a_long_byline_with_its_clock_dates_no_event_and_a_speech_its_occasion_day():
    found = {t: d for t, _, d in events(_AWARDED)}
    assert found["AWARD"] == "2022-08-22" and found["SPEECH"] == "2022-08-22"


@pytest.mark.parametrize("clause, visit", [
    # visits exchanged or kept up, plural: no visit of the article
    ("nhất trí tích cực trao đổi các chuyến thăm trong năm 2014", False),
    ("nhất trí duy trì các chuyến thăm cấp cao", False),
    # near-miss: one visit named
    ("nhất trí chuẩn bị tốt chuyến thăm Việt Nam của Ngoại trưởng John Kerry", True),
])
def test_events_visits_exchanged_are_no_visit(clause, visit):
    text = f"Ngày 5/3/2013, Bộ trưởng Phạm Bình Minh điện đàm với Ngoại trưởng Hoa Kỳ John Kerry, {clause}."
    assert ("VISIT" in [t for t, _, _ in events(text)]) is visit
