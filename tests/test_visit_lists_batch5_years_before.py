"""Batch 5, class 3: recalled visits listed with their dates written BEFORE each visitor and "của" ("các chuyến
thăm tháng 8/2001 của Tổng thống A và năm 2018 của Tổng thống B") are one visit each, dated by their own month or
year — not one visit of both, nor the article's day. Near-misses: a date after each person keeps its old reading, and
a year with no "của" before a person is the year of a sentence, no list."""
import pytest

import bangiao

ARRIVAL = ("Chiều 30/10/2023, Tổng thống Hàn Quốc Yoon Suk Yeol đã tới Hà Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt "
           "Nam từ ngày 31/10 đến 2/11.\n\n")


def _visits(text):
    doc = bangiao.extract(ARRIVAL + text)
    return sorted((e.participants, e.date.value if e.date else None) for e in doc.events if e.type == "VISIT")


CASES = [
    ("Sau các chuyến thăm tháng 8/2001 của Tổng thống Kim Dae-jung và năm 2018 của Tổng thống Moon Jae-in, đây là dịp "
     "hai nước tiếp tục làm sâu sắc quan hệ.",
     [(("person:kim-dae-jung",), "2001-08"), (("person:moon-jae-in",), "2018"), (("person:yoon-suk-yeol",), "2023-10-31")]),
    # near-miss: the date after each person (the form handled before) stays as it was
    ("Trước đó có các chuyến thăm của Tổng thống Kim Dae-jung năm 2001 và Tổng thống Moon Jae-in năm 2018.",
     [(("person:kim-dae-jung",), "2001"), (("person:moon-jae-in",), "2018"), (("person:yoon-suk-yeol",), "2023-10-31")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_listed_visits(text, expected):
    assert _visits(text) == expected


def test_year_without_of_is_no_list():
    """"Năm 2018, Tổng thống B thăm …; năm 2022, …": no "của" between year and person — not read as this list."""
    from bangiao.extract import visit_lists
    text = "Năm 2018, Tổng thống Moon Jae-in thăm Việt Nam; năm 2022, Tổng thống Yoon Suk Yeol thăm Hà Nội."
    assert visit_lists._OF_WHOM.search(text, 0, text.index("Moon")) is None
