"""Session 12, the class batch 55 showed (issue 12; our own sentences, with near-misses): a chamber's name ("Phòng
Thương mại và Công nghiệp …") before a person is a body, not part of the person's name."""
import pytest

from tests.extracted import named


@pytest.mark.parametrize("text, people", [
    ("Phó Chủ tịch nước tiếp Chủ tịch Phòng Thương mại và Công nghiệp Oman Faisal Al Rawas.", ["Faisal Al Rawas"]),
    # near-miss: a person with no chamber before him
    ("Phó Chủ tịch nước tiếp ông Faisal Al Rawas.", ["Faisal Al Rawas"]),
])
def test_entities_a_chamber_before_a_name(text, people):
    doc, _ = named(text)
    assert [e.name for e in doc.entities if e.type == "PERSON"] == people
