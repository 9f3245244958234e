"""Session 8, batch 20 (issue 12; our own sentences, with near-misses): "tân" marks someone new only before a title
("Vụ lễ tân" is a protocol office); a page's month stamp ("date 2019-08") gives a year-less lead its year; a day after
the comma closing a founding's clause is the news's day; a numbered session with an acronym between its name and its
number ("Đại hội đồng Liên hợp quốc (UNGA) khóa 73"); the same time told in Việt Nam's zone ("tức rạng sáng 28/9 theo
giờ Việt Nam") is not the event's day; "hơn 50 năm quan hệ ngoại giao" puts the article after the anniversary's day; a
working lunch given by a host is a ceremony; a building handed over is a ceremony."""
import pytest

import bangiao


def _doc(text: str, published: str | None = None):
    return bangiao.extract(text, published=published)


def _published(text: str) -> str | None:
    doc = _doc(text)
    return doc.published.value if doc.published else None


@pytest.mark.parametrize("greeters, published", [
    ("Ra sân bay đón Thủ tướng Nguyễn Xuân Phúc có một Phó vụ trưởng Vụ lễ tân của bang Hessen.", "2017-07-05"),
    # near-miss: the same report without the protocol office
    ("", "2017-07-05"),
])
def test_dating_new_in_office_only_before_a_title(greeters, published):
    text = ("Sáng 5-7, Thủ tướng Nguyễn Xuân Phúc tới Frankfurt, mở đầu chuyến công du Đức để dự Hội nghị thượng đỉnh G20 "
            f"tại Hamburg. {greeters}")
    assert _published(text) == published


@pytest.mark.parametrize("head, published", [
    (" date 2019-08 Thời sự\n", "2019-08-27"),
    # near-miss: no stamp leaves the two years the tenures allow
    ("", None),
])
def test_dating_page_month_stamp(head, published):
    text = head + "Sáng 27/8, tại Putrajaya, Thủ tướng Malaysia Mahathir Mohamad cùng Thủ tướng Nguyễn Xuân Phúc họp báo chung."
    assert _published(text) == published


@pytest.mark.parametrize("text, day", [
    ("Nhân dịp tròn 70 năm thiết lập quan hệ ngoại giao, ngày 29-9, Tổng Bí thư Nguyễn Phú Trọng có cuộc điện đàm với "
     "Chủ tịch Tập Cận Bình.", "2020-09-29"),
    # near-miss: the founding's own day, with its year, is history
    ("Việt Nam và Trung Quốc thiết lập quan hệ ngoại giao ngày 18-1-1950. Ngày 29-9, Tổng Bí thư Nguyễn Phú Trọng có "
     "cuộc điện đàm với Chủ tịch Tập Cận Bình.", "2020-09-29"),
])
def test_dating_day_after_a_founding_clause(text, day):
    calls = [e for e in _doc(text, "2020-09-30").events if e.type == "CALL"]
    assert [c.date.value for c in calls] == [day]


def test_dating_acronym_between_a_session_and_its_number():
    text = ("Chiều 27/9, bên lề Đại hội đồng Liên hợp quốc (UNGA) khóa 73 ở New York, Thủ tướng Nguyễn Xuân Phúc đã gặp "
            "Tổng Thư ký LHQ Antonio Guterres.")
    assert _published(text) == "2018-09-27"


def test_dating_time_in_vietnams_zone_is_not_the_events_day():
    text = ("Chiều 27/9 (giờ New York, tức rạng sáng 28/9 theo giờ Việt Nam), tại trụ sở Liên hợp quốc, Thủ tướng Nguyễn "
            "Xuân Phúc đã gặp Tổng Thư ký LHQ Antonio Guterres.")
    assert [e.date.value for e in _doc(text, "2018-09-28").events if e.type == "MEET"] == ["2018-09-27"]


@pytest.mark.parametrize("phrase, published", [
    ("Trải qua hơn 50 năm quan hệ ngoại giao", "2024-01-24"),
    # near-miss: the anniversary itself
    ("Nhân dịp 50 năm quan hệ ngoại giao", "2023-01-24"),
])
def test_dating_more_than_n_years_of_relations(phrase, published):
    text = (f"Sáng 24-1, Chủ tịch Quốc hội Vương Đình Huệ tiếp các doanh nghiệp Nhật Bản tại Hà Nội. {phrase}, Tokyo và "
            "Hà Nội đã trở thành đối tác tin cậy.")
    assert _published(text) == published


@pytest.mark.parametrize("text, kinds", [
    ("Trưa 5-7, tại Wiesbaden, Thủ hiến bang Hessen Volker Bouffier chủ trì ăn trưa làm việc với Thủ tướng Nguyễn Xuân "
     "Phúc.", ["CEREMONY"]),
    # near-miss: a dinner with someone, after a meeting with them, is the meeting
    ("Tối 27/2, Tổng thống Donald Trump có cuộc gặp riêng và ăn tối với Chủ tịch Triều Tiên Kim Jong Un.", ["MEET"]),
])
def test_events_working_lunch_given_by_a_host(text, kinds):
    assert [e.type for e in _doc(text, "2019-02-28").events] == kinds


def test_events_building_handed_over_and_the_speech_at_it():
    text = ("Ngày 16/1, tại Luang Prabang, Quân khu 2 đã bàn giao công trình nhà ở cho cán bộ, chiến sĩ một trung đoàn "
            "Quân đội Lào. Phát biểu tại lễ bàn giao, Thượng tướng Khamlien Outhakaysone đánh giá cao chất lượng công trình.")
    events = {e.type: e.date.value if e.date else None for e in _doc(text, "2024-01-17").events}
    assert events == {"CEREMONY": "2024-01-16", "SPEECH": "2024-01-16"}
