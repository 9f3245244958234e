"""Batch 5, class 4: events of an announced programme told in a clause of the whole visit with its span ("Theo
chương trình, trong thời gian ở Hà Nội từ 12 - 14/3/2023, Bộ trưởng sẽ hội kiến …, dự lễ ký …") are undated — their
own day is not told (tests/dev/README.md: null in a sentence summing up a visit and when announced without a day) —
not the span's first day. The visit itself keeps its days; near-misses: an event's own day inside the clause, and a
span opening the sentence without words of a whole visit."""
import pytest

import bangiao

ANNOUNCED = "Ngày 12/3/2023 tới, Bộ trưởng Ngoại giao Australia Penny Wong sẽ thăm chính thức Việt Nam. "

CASES = [
    (ANNOUNCED + "Theo chương trình, trong thời gian ở Hà Nội từ 12 - 14/3/2023, Bộ trưởng Penny Wong sẽ hội kiến Thủ "
     "tướng Phạm Minh Chính và dự lễ ký một bản ghi nhớ.", [("VISIT", "2023-03-12"), ("MEET", None), ("SIGN", None)]),
    (ANNOUNCED + "Trong chuyến thăm từ ngày 12 đến 14/3/2023, Bộ trưởng Penny Wong sẽ hội kiến Thủ tướng Phạm Minh Chính.",
     [("VISIT", "2023-03-12"), ("MEET", None)]),
    # near-miss: the event's own day in the clause
    (ANNOUNCED + "Trong thời gian ở Hà Nội, sáng 13/3/2023, Bộ trưởng Penny Wong sẽ hội kiến Thủ tướng Phạm Minh Chính.",
     [("VISIT", "2023-03-12"), ("MEET", "2023-03-13")]),
    # near-miss: a span opening the sentence with no words of a whole visit stays the sentence's date
    ("Từ ngày 12 - 14/3/2023, Bộ trưởng Ngoại giao Australia Penny Wong thăm chính thức Việt Nam và hội kiến Thủ tướng "
     "Phạm Minh Chính.", [("VISIT", "2023-03-12"), ("MEET", "2023-03-12")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_whole_visit_span(text, expected):
    assert [(e.type, e.date.value if e.date else None) for e in bangiao.extract(text).events] == expected
