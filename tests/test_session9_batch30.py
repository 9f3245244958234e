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
    ("Hai bên đánh giá cao việc Lào đảm nhận tốt vai trò Chủ tịch ASEAN 2016, với nhiều hội nghị được tổ chức thành "
     "công.", "2016"),
    # near-miss: a chair wished for is that year or the one before: not pinned
    ("Quốc hội Việt Nam sẵn sàng ủng hộ Lào đảm nhận tốt vai trò Chủ tịch ASEAN 2016.", None),
])
def test_dating_a_chair_held_now_dates_an_article_without_a_day(clause, year):
    text = f"Sáng nay, hai đoàn đại biểu Quốc hội của Việt Nam và Lào đã có cuộc hội đàm tại Hà Nội. {clause}"
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == year


@pytest.mark.parametrize("text, people", [
    # batch 31: "Vương" opens a kingdom's name however capitalised, not a person's
    ("Những năm gần đây, hợp tác giữa Việt Nam với Vương Quốc Oman phát triển tích cực.", set()),
    # near-miss: a person with the family name Vương
    ("Đại sứ Oman đến chào Chủ tịch Quốc hội Vương Đình Huệ tại Hà Nội.", {"Vương Đình Huệ"}),
])
def test_entities_a_kingdom_is_no_person(text, people):
    assert {e.name for e in find_entities(text, None) if e.type == "PERSON"} == people
