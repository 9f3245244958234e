"""Batch 5 (undated, 102): "N năm Cách mạng Tháng Mười Nga" counts from 7/11/1917 like the fixed days of Việt Nam's
own history: with tenures that leave several years, it pins the article's year. Near-miss: a count of years of the
revolution's ideas (no "năm" before the name) is no anniversary."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


CASES = [
    ("Sáng 10/7, tại Moskva, Chủ tịch nước Trần Đại Quang hội kiến Tổng thống Nga Vladimir Putin. Chuyến thăm diễn ra "
     "trong năm hai nước kỷ niệm 100 năm Cách mạng Tháng Mười Nga.", "2017-07-10"),
    ("Sáng 10/7, tại Moskva, Chủ tịch nước Trần Đại Quang hội kiến Tổng thống Nga Vladimir Putin. Hai bên nhắc tới "
     "ý nghĩa 100 năm Cách mạng Tháng 10 Nga.", "2017-07-10"),
    # near-miss: the revolution named with no count of years
    ("Sáng 10/7, tại Moskva, Chủ tịch nước Trần Đại Quang hội kiến Tổng thống Nga Vladimir Putin. Hai bên nhắc tới "
     "những giá trị của Cách mạng Tháng Mười Nga.", None),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_fixed_day(text, expected):
    assert _published(text) == expected
