"""Session 9, the classes batch 29 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): a reception an embassy holds on a day of its own to celebrate a national day is of that day, its
country the host side; a country opening a name run; a decoration given "được sự ủy quyền của" someone."""
import pytest

import bangiao
from bangiao.extract.entities import find_entities


def _events(text, published=None):
    doc = bangiao.extract(text, published=published)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, [names[p] for p in e.participants], e.date.value if e.date else None) for e in doc.events]


@pytest.mark.parametrize("sentence, expected", [
    ("Tối 26/11, Đại sứ quán Lào tổ chức tiệc chiêu đãi tại một khách sạn ở Hà Nội nhân kỷ niệm 50 năm Quốc khánh "
     "Lào. Dự tiệc về phía Việt Nam có Phó Chủ tịch Quốc hội Nguyễn Thị Thanh.",
     ("CEREMONY", ["Lào", "Nguyễn Thị Thanh"], "2025-11-26")),
    # near-miss: a guest who comes to attend the celebration attends it on the national day
    ("Ngày 1/12, Chủ tịch nước Lương Cường đã gặp Thủ tướng Lào Sonexay Siphandone, người sang dự lễ kỷ niệm 50 năm "
     "Quốc khánh Lào tại Viêng Chăn.", ("CEREMONY", ["Lương Cường", "Sonexay Siphandone"], "2025-12-02")),
])
def test_dating_a_national_day_celebrated_on_a_day_of_its_own(sentence, expected):
    ceremonies = [e for e in _events(sentence, "2025-12-01") if e[0] == "CEREMONY"]
    assert ceremonies == [expected]


@pytest.mark.parametrize("text, people, countries", [
    ("Quốc vụ khanh Bộ Quan hệ Quốc hội và Thanh tra Campuchia Sopheak Thavy cũng có mặt tại buổi lễ.",
     {"Sopheak Thavy"}, {"Campuchia"}),
    # near-miss: a Vietnamese name is no country's
    ("Thứ trưởng Đặng Hoàng Giang dự lễ.", {"Đặng Hoàng Giang"}, set()),
])
def test_entities_a_country_opening_a_name_run(text, people, countries):
    found = find_entities(text, None)
    assert {e.name for e in found if e.type == "PERSON"} == people
    assert {e.name for e in found if e.type == "COUNTRY"} == countries


@pytest.mark.parametrize("opening, giver", [
    ("Được sự ủy quyền của Chủ tịch nước Tô Lâm, Phó Thủ tướng Bùi Thanh Sơn", "Bùi Thanh Sơn"),
    ("Thừa ủy quyền của Chủ tịch nước Tô Lâm, Phó Thủ tướng Bùi Thanh Sơn", "Bùi Thanh Sơn"),
])
def test_events_a_decoration_given_on_someones_behalf(opening, giver):
    text = f"Ngày 27/8, {opening} đã trao Huân chương Hữu nghị tặng Đại sứ Trung Quốc Hùng Ba, ghi nhận đóng góp của ông."
    awards = [p for kind, p, _ in _events(text, "2024-08-28") if kind == "AWARD"]
    assert awards == [[giver, "Hùng Ba"]]
