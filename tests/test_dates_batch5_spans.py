"""A span of days written with its month in words ("từ ngày 10 – 15 tháng 9 năm 2016") is one span whose value is
its first day — not the last day read alone (batch 5, class 2); near-misses keep what they were."""
import pytest

from bangiao.extract import dates
from bangiao.extract.gazetteer import lower


def _found(text):
    return [(e.kind, e.year, e.month, e.day, e.end_day) for e in dates.find(text, lower(text))]


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng sẽ thăm chính thức Lào từ ngày 3 – 6 tháng 5 năm 2019.", [("day-range", 2019, 5, 3, 6)]),
    ("Đoàn sẽ làm việc tại Viêng Chăn từ ngày 3-6 tháng 5 năm 2019.", [("day-range", 2019, 5, 3, 6)]),
    ("Hội nghị diễn ra từ ngày 21 đến 23 tháng 11 năm 2022 tại Phnom Penh.", [("day-range", 2022, 11, 21, 23)]),
    ("Kỳ họp diễn ra trong hai ngày 5 và 6 tháng 3.", [("day-range", None, 3, 5, 6)]),
    # near-misses: one day in words stays a day; counts before a day in words keep the day; a second number not
    # after the first is no span
    ("Ngày 15 tháng 9 năm 2016, hai bên ký biên bản.", [("day", 2016, 9, 15, None)]),
    ("khoảng 10 - 15 tháng 9 các đoàn sẽ tới", [("day", None, 9, 15, None)]),
    ("ngày 15 - 12 tháng 9 năm 2016", [("day", 2016, 9, 12, None)]),
])
def test_span_in_words(text, expected):
    assert _found(text) == expected
