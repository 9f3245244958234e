"""A year-less article dated by an occasion the knowledge base dates (a summit named without its number, within days
of the article's day), or by one elected but not yet in office ("Tổng thống đắc cử")."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _date(text):
    return date_document(text, find_entities(text))


APEC = ("{day}, Chủ tịch nước Trần Đại Quang cùng Tổng Bí thư Nguyễn Phú Trọng mở tiệc chiêu đãi Chủ tịch Trung Quốc Tập "
        "Cận Bình, người sang thăm Việt Nam và dự Hội nghị Cấp cao APEC.")
G7 = ("{day}, Thủ tướng Phạm Minh Chính sẽ dự Hội nghị Thượng đỉnh G7 mở rộng ở Hiroshima (Nhật Bản), do Thủ tướng "
      "Kishida Fumio mời.")

# (text, the article's date or None, a word its reason must contain)
CASES = [
    # the president's tenure leaves 2016 and 2017; the summit in Đà Nẵng ended on 11/11/2017, Lima's was on 19/11/2016
    (APEC.format(day="Tối 12/11"), "2017-11-12", "APEC"),
    # Kishida leaves 2022-2024; the summit the KB dates on those days is Hiroshima's
    (G7.format(day="Từ ngày 19-21/5"), "2023-05", "G7"),  # announced: the month (test_dating_clues)
    # one elected, not yet in office: the weeks before his term; with Tô Lâm as General Secretary, 2024
    ("Tối 11/11, Tổng Bí thư Tô Lâm điện đàm với Tổng thống đắc cử Mỹ Donald Trump.", "2024-11-11", "đắc cử"),
    # near-misses: a day far from any session the KB dates; a president in office
    (APEC.format(day="Tối 2/11"), None, None),
    (G7.format(day="Ngày 10/7"), None, None),
    ("Tối 11/11, Tổng Bí thư Tô Lâm điện đàm với Tổng thống Mỹ Donald Trump.", None, None),
]


@pytest.mark.parametrize("text, value, why", CASES)
def test_dating_occasions_date_the_year(text, value, why):
    dating = _date(text)
    assert (dating.published.value if dating.published else None) == value, dating.warnings
    if why:
        assert dating.published.basis == "inferred" and why in dating.published.reason
