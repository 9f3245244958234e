"""Session 10, the classes batch 32 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): an occasion framing a sentence ("Nhân dịp tháp tùng A thăm Lào, chiều 5/2, B gặp C") does not give its
people to the events after it, and a visit inside the frame is made by the sentence's subject; one named only as who
sent an envoy is not the article's protagonist; a report's own day ("ngày 1/12 cho biết") is not the day of the events
it reports; a guest received "cùng các thành viên trong đoàn đến thăm làm việc tại địa phương" visits; a title that
runs past a place to a name ends at that name, not at a form of address further on."""
import pytest

from bangiao.extract.entities import find_entities
from extracted import events


def _events(text: str, published: str | None = None) -> list[tuple[str, set[str], str | None]]:
    return [(kind, set(people), date) for kind, people, date in events(text, published)]


@pytest.mark.parametrize("text, wanted", [
    ("Nhân dịp tháp tùng đồng chí Tổng Bí thư Tô Lâm sang thăm cấp Nhà nước Lào, chiều 5/2/2026, Bộ trưởng Công an "
     "Lương Tam Quang đã gặp riêng Bộ trưởng An ninh Lào Vilay Lakhamphong.",
     ("MEET", {"Lương Tam Quang", "Vilay Lakhamfong"}, "2026-02-05")),
    # near-misses: without a frame, the first person named stays the subject
    ("Chiều 5/2/2026, Bộ trưởng Công an Lương Tam Quang đã gặp riêng Bộ trưởng An ninh Lào Vilay Lakhamphong.",
     ("MEET", {"Lương Tam Quang", "Vilay Lakhamfong"}, "2026-02-05")),
])
def test_events_the_people_of_an_opening_frame_are_not_the_subjects(text, wanted):
    assert wanted in _events(text)


def test_events_a_visit_inside_a_frame_is_the_subjects():
    text = ("Thủ tướng Phạm Minh Chính tiếp Đại sứ Trung Quốc Hà Vĩ ngày 3/2/2026. Ngày 4/2/2026, trong khuôn khổ chuyến "
            "thăm Trung Quốc nhằm thông báo về Đại hội XIV, Bộ trưởng Lê Hoài Trung có buổi hội đàm với ông "
            "Lưu Hải Tinh, Trưởng Ban Liên lạc Đối ngoại Trung ương.")
    visits = [people for kind, people, _ in _events(text) if kind == "VISIT"]
    assert visits == [{"Lê Hoài Trung"}]


def test_events_one_who_sends_an_envoy_is_not_the_protagonist():
    text = ("Đặc phái viên của Tổng Bí thư Tô Lâm gặp Trưởng Ban Đối ngoại Lưu Hải Tinh\n\nNgày 4/2/2026 ở Bắc Kinh, "
            "Bộ trưởng Ngoại giao Lê Hoài Trung, Đặc phái viên của Tổng Bí thư Tô Lâm, có cuộc hội đàm với ông Lưu "
            "Hải Tinh, Trưởng Ban Liên lạc Đối ngoại Trung ương.")
    for kind, people, _ in _events(text):
        assert "Tô Lâm" not in people, kind


@pytest.mark.parametrize("text, day", [
    ("Phía Hàn Quốc ngày 1/12/2021 cho biết nhân chuyến thăm Hà Nội, Thứ trưởng Choi Jong-kun ngày 30/11 đã gặp "
     "Bộ trưởng Bùi Thanh Sơn.", "2021-11-30"),
    # near-miss: a report with no other day: the visit it frames keeps the sentence's day
    ("Phía Hàn Quốc ngày 1/12/2021 cho biết nhân chuyến thăm Hà Nội, Thứ trưởng Choi Jong-kun đã gặp Bộ trưởng "
     "Bùi Thanh Sơn.", "2021-12-01"),
])
def test_governing_a_reports_own_day_is_not_the_events(text, day):
    assert {date for kind, _, date in _events(text) if kind == "VISIT"} == {day}


@pytest.mark.parametrize("tail, visitor", [
    ("cùng các thành viên trong đoàn đến thăm làm việc tại địa phương.", {"Him Chhem"}),
    # near-miss: a reception with no visit word is no visit
    ("cùng các thành viên trong đoàn.", None),
])
def test_events_a_guest_received_with_his_party_visits(tail, visitor):
    text = ("Ngày 14/3/2018, tại tỉnh Bình Dương, Chủ tịch UBND tỉnh Trần Thanh Liêm đã tiếp ông Him Chhem, Bộ trưởng Bộ "
            "Lễ nghi và Tôn giáo Campuchia " + tail)
    visits = [people for kind, people, _ in _events(text) if kind == "VISIT"]
    assert visits == ([visitor] if visitor else [])


@pytest.mark.parametrize("text, titled", [
    ("Tham dự có Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng; ông Nguyễn Duy Trung, Chủ tịch Tổng hội người Việt Nam tại "
     "Lào.", {"Nguyễn Bá Hùng": ("Đại sứ Việt Nam tại Lào",), "Nguyễn Duy Trung": ()}),
    # near-miss: a form of address right after the place stays the name's
    ("Tham dự có Bộ trưởng Hoàng cung Samdech Kong Sam Ol.", {"Kong Sam Ol": ("Bộ trưởng Hoàng cung",)}),
])
def test_entities_a_title_past_a_place_ends_at_its_name(text, titled):
    people = {e.name: e.titles for e in find_entities(text, None) if e.type == "PERSON"}
    assert people == titled
