"""'Tại hội đàm, …' opening a sentence with no day of its own dates its other events by the talks, not by a day told
in passing between (issue 12)."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.events import find_events
from bangiao.model import Date

LEAD = ("Sáng 15/3, Thủ tướng Úc Malcolm Turnbull chủ trì lễ đón Thủ tướng Nguyễn Xuân Phúc. Ngay sau đó, hai Thủ tướng "
        "đã hội đàm.\n\nThủ tướng Nguyễn Xuân Phúc tới Canberra chiều 14/3, bắt đầu chuyến thăm chính thức Australia.\n\n")


def _dates(text, kind):
    dating = date_document(text, find_entities(text), Date("2018-03-15", "day", "stated"))
    return [e.date.value if e.date else None for e in find_events(text, find_entities(text), dating) if e.type == kind]


@pytest.mark.parametrize("sentence, kind, dates", [
    # the signing at the talks is the talks' day, not the arrival's told in passing
    ("Tại hội đàm, hai Thủ tướng đã ký Tuyên bố chung về quan hệ Đối tác chiến lược.", "SIGN", ["2018-03-15"]),
    # … a founding day in the sentence does not stop it
    ("Tại hội đàm, hai Thủ tướng đã ký Tuyên bố chung, mở ra giai đoạn mới sau 45 năm thiết lập quan hệ ngoại giao "
     "(26/2/1973 - 26/2/2018).", "SIGN", ["2018-03-15"]),
    # near-misses: a day of its own in the sentence stays the event's; without "Tại hội đàm" the last day is inherited
    ("Chiều 16/3, tại hội đàm, hai Thủ tướng đã ký Tuyên bố chung về quan hệ Đối tác chiến lược.", "SIGN",
     ["2018-03-16"]),
    ("Hai Thủ tướng đã ký Tuyên bố chung về quan hệ Đối tác chiến lược.", "SIGN", ["2018-03-14"]),
])
def test_events_at_anchor_dates_by_the_named_event(sentence, kind, dates):
    assert _dates(LEAD + sentence, kind) == dates


@pytest.mark.parametrize("text, dates", [
    # after a meeting held over several days the day is not told: undated, not the meeting's first day
    ("Trong hai ngày 4 và 5/2, hai Thủ tướng đồng chủ trì Kỳ họp lần thứ 40 Ủy ban liên Chính phủ Việt Nam - Lào tại "
     "Viêng Chăn. Sau Kỳ họp, hai Thủ tướng chứng kiến lễ ký 12 văn kiện hợp tác.", [None]),
    # near-miss: after a one-day meeting the day is that meeting's
    ("Ngày 4/2, hai Thủ tướng đồng chủ trì Kỳ họp lần thứ 40 Ủy ban liên Chính phủ Việt Nam - Lào tại Viêng Chăn. "
     "Sau Kỳ họp, hai Thủ tướng chứng kiến lễ ký 12 văn kiện hợp tác.", ["2018-02-04"]),
])
def test_events_anchor_after_a_meeting_of_several_days_is_undated(text, dates):
    dating = date_document(text, find_entities(text), Date("2018-02-05", "day", "stated"))
    got = [e.date.value if e.date else None for e in find_events(text, find_entities(text), dating) if e.type == "SIGN"]
    assert got == dates
