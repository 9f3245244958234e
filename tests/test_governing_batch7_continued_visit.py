"""Batch 7, class 4: a sentence going on with a visit ("Tiếp tục chuyến thăm Australia, sáng 12/3, ông đã đến …")
names the visit as the whole trip: the VISIT is not of that sentence's day (undated without days written right after
it); the sentence's other events keep its day. Near-misses: a visit with its days written right after it; a visit
word without "tiếp tục" before it takes the day as before."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.governing import governing_date

TRIP = "Chiều 10/3/2019, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tới Canberra. "


def _governing(text, phrase, spans_days):
    dating = date_document(text, find_entities(text))
    pos = text.index(phrase)
    got = governing_date(dating, text, pos, False, pos + len(phrase), spans_days)
    return got.value if got else None


CASES = [
    (TRIP + "Tiếp tục chuyến thăm Australia, sáng 12/3, Chủ tịch Quốc hội đã đến thăm một trường đại học.",
     "chuyến thăm Australia", True, None),
    (TRIP + "Tiếp tục chương trình chuyến thăm chính thức Australia, sáng 12/3, Chủ tịch Quốc hội gặp kiều bào.",
     "chuyến thăm chính thức Australia", True, None),
    # the sentence's own meeting keeps its day
    (TRIP + "Tiếp tục chuyến thăm Australia, sáng 12/3, Chủ tịch Quốc hội đã gặp Thủ tướng Australia.",
     "gặp Thủ tướng", False, "2019-03-12"),
    # near-misses: days written right after the visit; no "tiếp tục"
    (TRIP + "Tiếp tục chuyến thăm Australia từ ngày 10 đến 14/3, sáng 12/3, Chủ tịch Quốc hội gặp kiều bào.",
     "chuyến thăm Australia", True, "2019-03-10"),
    (TRIP + "Sáng 12/3, Chủ tịch Quốc hội bắt đầu chuyến thăm Australia.", "chuyến thăm Australia", True, "2019-03-12"),
]


@pytest.mark.parametrize("text, phrase, spans_days, expected", CASES)
def test_governing_visit_gone_on_with_is_the_whole_trip(text, phrase, spans_days, expected):
    assert _governing(text, phrase, spans_days) == expected


NEAR_LATER = [
    # a new leg later in the sentence, after its day: of that day
    (TRIP + "Sáng 14/3, Chủ tịch Quốc hội rời Canberra, tiếp tục chuyến công du tới New Zealand.",
     "chuyến công du tới New Zealand", True, "2019-03-14"),
    # the opener itself where the visit is named (the evidence starts with it)
    (TRIP + "Tiếp tục chuyến thăm Australia, sáng 12/3, Chủ tịch Quốc hội đã đến thăm một trường đại học.",
     "Tiếp tục chuyến thăm Australia", True, None),
]


@pytest.mark.parametrize("text, phrase, spans_days, expected", NEAR_LATER)
def test_governing_only_the_opening_visit_is_gone_on_with(text, phrase, spans_days, expected):
    assert _governing(text, phrase, spans_days) == expected
