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
    text = ("date 2025-12-01 Đồng chí Thongloun Sisoulith, Tổng Bí thư, Chủ tịch nước Lào, trao tặng Tổng Bí thư Tô Lâm "
            "Huân chương Vàng Quốc gia. Ảnh: Văn Điệp - TTXVN\n\nBuổi lễ có sự hiện diện của nhiều lãnh đạo hai Đảng, trong đó có "
            "đồng chí Thongloun Sisoulith, Tổng Bí thư, Chủ tịch nước Lào.\n\nPhát biểu đáp từ, Tổng Bí thư Tô Lâm gửi lời "
            "cảm ơn chân thành tới lãnh đạo và nhân dân các bộ tộc Lào.")
    assert ("AWARD", ["Thongloun Sisoulith", "Tô Lâm"]) in _events(text)


@pytest.mark.parametrize("sentence, visits", [
    ("Thủ tướng cho biết chính quyền luôn chăm lo cho các chuyên gia Thụy Điển sinh sống và làm việc tại Việt Nam.", 0),
    ("Thủ tướng cho biết chính quyền luôn chăm lo cho du học sinh Thụy Điển học tập và làm việc tại Việt Nam.", 0),
    # near-miss: a minister who comes to work in the country visits it
    ("Bộ trưởng Thương mại Thụy Điển Anna Hallberg sẽ thăm và làm việc tại Việt Nam.", 1),
])
def test_events_people_living_and_working_abroad_make_no_visit(sentence, visits):
    text = ("Thủ tướng Nguyễn Xuân Phúc chiều 15/4 điện đàm với Thủ tướng Stefan Löfven của Thụy Điển về hợp tác ứng phó "
            f"dịch bệnh.\n{sentence}")
    assert sum(kind == "VISIT" for kind, _ in _events(text, "2020-04-15")) == visits


def test_events_a_restating_frame_over_talks_told_under_a_photo():
    text = ("Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Trung Quốc Vương Nghị tại Bắc Kinh. (Ảnh: TTXVN) |\n"
            "Tại cuộc hội đàm, hai bên trước hết chuyển lời chào của Tổng Bí thư Tô Lâm tới lãnh đạo cấp cao Trung Quốc.\n"
            "Bộ trưởng Bùi Thanh Sơn cảm ơn Bộ trưởng Vương Nghị về sự đón tiếp chu đáo.")
    talks = [p for kind, p in _events(text, "2025-08-15") if kind == "TALKS"]
    assert talks == [["Bùi Thanh Sơn", "Vương Nghị"]]


@pytest.mark.parametrize("text, people, countries", [
    ("Bộ trưởng Chuyển đổi và Hành chính Công Pháp Amelie de Montchallin ra sân bay đón đoàn.", {"Amelie de Montchallin"},
     {"Pháp"}),
    # near-misses: a Vietnamese name ending in a country's one-syllable name; "Bí thư Trung ương" names no China
    ("Thứ trưởng Nguyễn Thị Lan Anh dự lễ đón.", {"Nguyễn Thị Lan Anh"}, set()),
    ("Cùng dự có một số Ủy viên Bộ Chính trị, Bí thư Trung ương, Ủy viên Trung ương.", set(), set()),
])
def test_entities_a_country_inside_a_long_title(text, people, countries):
    found = find_entities(text, None)
    assert {e.name for e in found if e.type == "PERSON"} == people
    assert {e.name for e in found if e.type == "COUNTRY"} == countries
