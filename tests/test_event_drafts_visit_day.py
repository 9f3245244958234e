"""One visit told on two days (the lead's day while it goes on, the arrival's day in the body): its date is its
first day (issue 12: a visit's date given by a later mention of it)."""
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
