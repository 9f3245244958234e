"""Session 9, the classes batch 30 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): Burmese forms of address ("U", "Daw") are no part of a name; a chair held "đảm nhận tốt vai trò Chủ
tịch ASEAN 2016" dates an article with no day of its own."""
import pytest

import bangiao
from bangiao.extract.entities import find_entities


@pytest.mark.parametrize("text, people", [
    ("Tham dự có Bộ trưởng Thông tin Myanmar U Pe Myint và Thứ trưởng Daw Hla Hla Yee.", {"Pe Myint", "Hla Hla Yee"}),
    # near-miss: a capital U inside a place's name or a team's name is no form of address
    ("Đoàn đã tới tỉnh U Đôm Xay của Lào.", set()),
])
def test_entities_burmese_forms_of_address(text, people):
    assert {e.name for e in find_entities(text, None) if e.type == "PERSON"} == people


@pytest.mark.parametrize("clause, year", [
    ("Hai bên hài lòng khi Lào đảm nhận tốt vai trò Chủ tịch ASEAN 2016 và tổ chức thành công các hội nghị.", "2016"),
    # near-miss: a chair wished for is that year or the one before: not pinned
    ("Việt Nam ủng hộ Lào đảm nhận tốt vai trò Chủ tịch ASEAN 2016.", None),
])
def test_dating_a_chair_held_now_dates_an_article_without_a_day(clause, year):
    text = f"Sáng nay, tại Nhà Quốc hội, Đoàn đại biểu Quốc hội Việt Nam hội đàm với Đoàn đại biểu Quốc hội Lào. {clause}"
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == year


@pytest.mark.parametrize("text, people", [
    # batch 31: "Vương" opens a kingdom's name however capitalised, not a person's
    ("Quan hệ Việt Nam và Vương Quốc Oman đã có bước tiến đáng kể.", set()),
    # near-miss: a person with the family name Vương
    ("Chủ tịch Quốc hội Vương Đình Huệ tiếp Đại sứ Oman.", {"Vương Đình Huệ"}),
])
def test_entities_a_kingdom_is_no_person(text, people):
    assert {e.name for e in find_entities(text, None) if e.type == "PERSON"} == people
