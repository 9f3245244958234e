"""Batch 6 (612): a conference named as a trip's purpose ("đã đến Tokyo để tham dự Hội nghị X") does not take the
arrival's day: it is the session told later with its own day ("Sáng 9/10, cùng lãnh đạo các nước, Thủ tướng sẽ dự
Phiên họp …"), one event (our own sentences)."""
import pytest

import bangiao


def _conferences(text: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in bangiao.extract(text, published="2024-10-07").events
            if e.type == "CONFERENCE"]


@pytest.mark.parametrize("text, wanted", [
    ("Chiều 7/10, Thủ tướng Phạm Minh Chính đã đến Tokyo để tham dự Hội nghị Cấp cao Hợp tác Mekong - Nhật Bản lần "
     "thứ 15 và thăm Nhật Bản. Sáng 9/10, cùng lãnh đạo các nước, Thủ tướng sẽ dự Phiên họp cấp cao Mekong - Nhật "
     "Bản lần thứ 15.",
     ["2024-10-09"]),
    # near-miss: a conference attended on the day told keeps it
    ("Chiều 7/10, Thủ tướng Phạm Minh Chính đã tham dự Hội nghị hợp tác đầu tư Việt Nam - Nhật Bản tại Tokyo.",
     ["2024-10-07"]),
])
def test_events_a_trips_purpose_takes_no_arrival_day(text, wanted):
    assert _conferences(text) == wanted
