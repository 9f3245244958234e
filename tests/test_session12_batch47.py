"""Session 12, the classes batch 47 showed (issue 12; our own sentences, with near-misses)."""
import pytest

import bangiao
from tests.extracted import events, published


_HEAD = "Thủ tướng chủ trì lễ đón chính thức Thủ tướng Thái Lan\n"
_BODY = ("Hai bên trao đổi về hợp tác kinh tế, thương mại, đầu tư và du lịch trong thời gian tới, nhất trí tăng cường "
         "trao đổi đoàn các cấp.\n")
_LEAD = "Sáng 16.5, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức Thủ tướng Thái Lan.\n"


@pytest.mark.parametrize("byline, kept", [
    # a byline with its day and time under the headline ends a related block above: the article's own head
    ("Minh Anh | 16/05/2024 10:12\n", True),
    # near-miss: a teaser's headline and its dated lead with no byline stay teasers
    ("", False),
])
def test_clean_a_stamped_byline_ends_a_related_block(byline, kept):
    page = "MỚI NHẤT\nGiá vàng hôm nay tăng mạnh\n\n" + _HEAD + byline + _LEAD + _BODY
    doc = bangiao.extract(page)
    assert ("Thủ tướng Phạm Minh Chính chủ trì lễ đón" in doc.text) is kept


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
    ("Tới dự, có các đồng chí Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào Bounthong Chitmany và Xaysomphone "
     "Phomvihane.", []),
    ("Tham dự chương trình, có thiếu tướng Lê Đức Thái, Tư lệnh Bộ đội biên phòng.", []),
    # a great festival attended ("dự Đại lễ Phật đản …") is a ceremony, not a conference
    ("Ngày 12/5/2019, Phó Tổng thống Ấn Độ Venkaiah Naidu dự Đại lễ Phật đản Liên Hợp Quốc Vesak 2019 tại Hà Nam.",
     ["CEREMONY"]),
    # near-miss: attending a conference stays one
    ("Ngày 12/5/2019, Phó Tổng thống Ấn Độ Venkaiah Naidu dự Hội nghị Phật giáo thế giới tại Hà Nam.", ["CONFERENCE"]),
])
def test_events_attendees_listed_and_festivals_attended(sentence, kinds):
    assert [t for t, _, _ in events(sentence)] == kinds


_AWARDED = ("Tổng thống trao huân chương cho Đại sứ Việt Nam\n\n"
            "Tin, ảnh: Đại sứ quán Việt Nam tại Indonesia - Thứ sáu, ngày 13/01/2017 10:47 GMT+7\n\n"
            "Tổng thống Indonesia Joko Widodo trao huân chương cho Đại sứ.\n\n"
            "Ngày 10/1 tại Phủ Tổng thống Indonesia, Đại sứ Việt Nam Hoàng Anh Tuấn đã được Tổng thống Indonesia Joko "
            "Widodo trao tặng Huân chương Bintang Jasa.\n\nPhát biểu tại buổi lễ, Tổng thống Joko Widodo cảm ơn Đại "
            "sứ.\n")


def test_dates_a_long_byline_with_its_clock_dates_no_event_and_a_speech_its_occasion_day():
    found = {t: d for t, _, d in events(_AWARDED)}
    assert found["AWARD"] == "2017-01-10" and found["SPEECH"] == "2017-01-10"


@pytest.mark.parametrize("clause, visit", [
    # visits exchanged or kept up, plural: no visit of the article
    ("nhất trí thúc đẩy trao đổi các chuyến thăm trong năm 2013", False),
    ("nhất trí duy trì các chuyến thăm cấp cao", False),
    # near-miss: one visit named
    ("nhất trí chuẩn bị tốt chuyến thăm Việt Nam của Ngoại trưởng John Kerry", True),
])
def test_events_visits_exchanged_are_no_visit(clause, visit):
    text = f"Ngày 5/3/2013, Bộ trưởng Phạm Bình Minh điện đàm với Ngoại trưởng Hoa Kỳ John Kerry, {clause}."
    assert ("VISIT" in [t for t, _, _ in events(text)]) is visit
