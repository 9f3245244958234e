"""Session 9, the classes batch 27 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): an order given only under a photo is news; people living and working abroad make no visit; a restating frame over talks told only under a photo is those
talks; a country inside a long title's name run; "Trung" of "Trung ương" names no China."""
import pytest

import bangiao
from bangiao.extract.entities import find_entities


def _events(text, published=None):
    doc = bangiao.extract(text, published=published)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, sorted(names[p] for p in e.participants)) for e in doc.events]


def test_events_an_order_given_under_a_photo_is_news():
    text = ("date 2025-12-01 Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith trao tặng Huân chương Vàng Quốc gia cho "
            "Tổng Bí thư Tô Lâm. Ảnh: Thống Nhất - TTXVN\n\nDự buổi lễ có Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.\n\n"
            "Phát biểu tại buổi lễ, Tổng Bí thư Tô Lâm cảm ơn Đảng, Nhà nước và nhân dân Lào.")
    assert ("AWARD", ["Thongloun Sisoulith", "Tô Lâm"]) in _events(text)


@pytest.mark.parametrize("sentence, visits", [
    ("Thủ tướng cho biết Việt Nam bảo đảm an toàn cho công dân nước ngoài đang sinh sống và làm việc tại Việt Nam.", 0),
    ("Thủ tướng cho biết Việt Nam bảo đảm an toàn cho sinh viên nước ngoài đang học tập và làm việc tại Việt Nam.", 0),
    # near-miss: a minister who comes to work in the country visits it
    ("Bộ trưởng Thương mại Thụy Điển Anna Hallberg sẽ thăm và làm việc tại Việt Nam.", 1),
])
def test_events_people_living_and_working_abroad_make_no_visit(sentence, visits):
    text = ("Chiều 15/4, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Thụy Điển Stefan Löfven về phòng chống dịch.\n"
            f"{sentence}")
    assert sum(kind == "VISIT" for kind, _ in _events(text, "2020-04-15")) == visits


def test_events_a_restating_frame_over_talks_told_under_a_photo():
    text = ("Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Trung Quốc Vương Nghị. (Ảnh: TTXVN) |\n"
            "Tại cuộc hội đàm, hai bên cùng chuyển lời thăm hỏi thân thiết của Tổng Bí thư Tô Lâm.\n"
            "Bộ trưởng Bùi Thanh Sơn cảm ơn Bộ trưởng Vương Nghị đã dành thời gian.")
    talks = [p for kind, p in _events(text, "2025-08-15") if kind == "TALKS"]
    assert talks == [["Bùi Thanh Sơn", "Vương Nghị"]]


@pytest.mark.parametrize("text, people, countries", [
    ("Bộ trưởng Chuyển đổi và Hành chính Công Pháp Amelie de Montchallin chủ trì lễ đón.", {"Amelie de Montchallin"},
     {"Pháp"}),
    # near-misses: a Vietnamese name ending in a country's one-syllable name; "Bí thư Trung ương" names no China
    ("Thứ trưởng Nguyễn Thị Lan Anh dự lễ đón.", {"Nguyễn Thị Lan Anh"}, set()),
    ("Dự có các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương, Ủy viên Trung ương.", set(), set()),
])
def test_entities_a_country_inside_a_long_title(text, people, countries):
    found = find_entities(text, None)
    assert {e.name for e in found if e.type == "PERSON"} == people
    assert {e.name for e in found if e.type == "COUNTRY"} == countries
