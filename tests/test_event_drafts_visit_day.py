"""One visit told on two days (the lead's day while it goes on, the arrival's day in the body): its date is its
first day; a meeting told with the trip's span and again with its own narrower one takes its own (issue 12)."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.events import find_events
from bangiao.model import Date

LEAD = "Chiều 13/11, Chủ tịch nước Lương Cường hội đàm với Tổng thống Peru Dina Boluarte, trong chuyến thăm chính thức Peru."


def _visits(text):
    dating = date_document(text, find_entities(text), Date("2024-11-13", "day", "stated"))
    return [e.date.value if e.date else None for e in find_events(text, find_entities(text), dating) if e.type == "VISIT"]


@pytest.mark.parametrize("text, dates", [
    # the body's arrival day, earlier than the lead's, is the visit's
    (LEAD + "\n\nChủ tịch nước Lương Cường tới Lima chiều 12/11, bắt đầu thăm chính thức Peru.", ["2024-11-12"]),
    # near-misses: a later day of the same visit does not move it; a span of days told with the visit stays
    (LEAD.replace("trong chuyến thăm", "bắt đầu chuyến thăm").replace("Chiều 13/11", "Chiều 12/11")
     + "\n\nSáng 14/11, Chủ tịch nước Lương Cường tiếp tục thăm chính thức Peru.", ["2024-11-12"]),
    ("Chủ tịch nước Lương Cường thăm chính thức Peru từ ngày 13 đến 15/11.\n\nChủ tịch nước Lương Cường tới Lima chiều "
     "12/11, bắt đầu thăm chính thức Peru.", None),
])
def test_event_drafts_a_visit_keeps_its_first_day(text, dates):
    got = _visits(text)
    if dates is None:
        assert got and got[0] == "2024-11-13"
    else:
        assert got == dates


def _conferences(text):
    dating = date_document(text, find_entities(text), Date("2018-03-15", "day", "stated"))
    return [(e.date.value, e.date.end) if e.date else None for e in find_events(text, find_entities(text), dating)
            if e.type == "CONFERENCE"]


TRIP = ("Thủ tướng Nguyễn Xuân Phúc tới Canberra chiều 14/3, bắt đầu chuyến thăm chính thức Australia và dự Hội nghị Cấp "
        "cao đặc biệt ASEAN - Australia từ ngày 14 đến 18/3.\n\n")


@pytest.mark.parametrize("text, spans", [
    # the meeting's own span, inside the trip's, is the meeting's
    (TRIP + "Từ ngày 16/3, Thủ tướng sẽ tới Sydney dự Hội nghị Cấp cao đặc biệt ASEAN - Australia diễn ra trong hai ngày "
     "17 và 18/3.", [("2018-03-17", "2018-03-18")]),
    # near-miss: the same span told again leaves it
    (TRIP + "Hội nghị Cấp cao đặc biệt ASEAN - Australia diễn ra từ ngày 14 đến 18/3 tại Sydney.",
     [("2018-03-14", "2018-03-18")]),
])
def test_event_drafts_a_meeting_keeps_its_own_narrower_span(text, spans):
    assert _conferences(text) == spans


def _visit_dates(text, published):
    dating = date_document(text, find_entities(text), Date(published, "day", "stated"))
    return [e.date.value if e.date else None for e in find_events(text, find_entities(text), dating) if e.type == "VISIT"]


@pytest.mark.parametrize("text, dates", [
    # "chuyến công tác này": the visit told before, not a year later in the sentence's predicate
    ("Ngày 8/10, Thủ tướng Phạm Minh Chính đến Vientiane dự Hội nghị Cấp cao ASEAN. Chuyến công tác này được xem là "
     "hoạt động đối ngoại nổi bật của Việt Nam với khu vực trong năm 2024.", ["2024-10-08"]),
    ("Ngày 8/10, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào. Chuyến thăm này là sự kiện quan trọng nhất trong "
     "năm 2024.", ["2024-10-08"]),
    # near-miss: a visit with its own year right after it keeps it
    ("Ngày 8/10, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào. Hai bên nhắc lại chuyến thăm Lào năm 2019 "
     "của Thủ tướng Nguyễn Xuân Phúc.", ["2019"]),
])
def test_event_drafts_this_visit_is_the_one_told_before(text, dates):
    assert _visit_dates(text, "2024-10-08") == dates
