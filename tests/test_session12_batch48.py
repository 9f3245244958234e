"""Session 12, the classes batch 48 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events, named, published


@pytest.mark.parametrize("text, people", [
    # an initial opening a foreign name ("V. Ipatov"), after a title written with a lower-case word, after a body
    ("Đoàn nghị sĩ Belarus do Phó chủ tịch Viện Đại biểu A. Mikhailov dẫn đầu đã tới Hà Nội.", ["A. Mikhailov"]),
    ("Phó chủ tịch N. Kolesnikov dẫn đầu đoàn.", ["N. Kolesnikov"]),
    # near-misses: a district's abbreviation before a Vietnamese name; an initial inside a name
    ("Cuộc gặp diễn ra tại Q. Ba Đình, Hà Nội.", []),
    ("Ông Michael R. Pompeo tới Hà Nội.", ["Mike Pompeo"]),
])
def test_entities_an_initial_opening_a_foreign_name(text, people):
    doc, _ = named(text)
    assert [e.name for e in doc.entities if e.type == "PERSON"] == people


def test_entities_a_body_stops_before_its_head_initial():
    doc, _ = named("Phó Chủ tịch Viện Đại biểu S. Rachkov dẫn đầu đoàn công tác.")
    assert "Viện Đại biểu" in [e.name for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize("text, day", [
    # AIPA-44 (Jakarta, August 2023) in the KB: the year of a lead day named beside it
    ("Tối 6/8, bên lề Đại hội đồng AIPA lần thứ 44, Chủ tịch Hạ viện Philippines đến chào Chủ tịch Quốc hội Vương Đình "
     "Huệ.", "2023-08-06"),
    # near-miss: a session the KB does not hold
    ("Tối 6/8, bên lề Đại hội đồng AIPA lần thứ 33, Chủ tịch Hạ viện Philippines đến chào Chủ tịch Quốc hội.", None),
])
def test_dates_aipa_sessions_in_the_kb(text, day):
    assert published(text) == day
