"""A summary sentence listing a visit's activities with ';' ("…; gặp A; dự và phát biểu khai mạc Diễn đàn …"): an
event word in a list item without a subject of its own is the sentence subject's, with the people of its own item
only — not everyone met in the other items (session 6, batch 8 first contact; our own sentences)."""
import pytest

import bangiao

_LEAD = "Ngày 5/3, Thủ tướng Phạm Minh Chính đến Bangkok, bắt đầu chuyến thăm chính thức Thái Lan. "


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.type, sorted(e.participants)) for e in bangiao.extract(_LEAD + text, published="2024-03-05").events
            if e.type in ("SPEECH", "CONFERENCE", "CEREMONY")]


@pytest.mark.parametrize("text, wanted", [
    ("Trong khuôn khổ chuyến thăm, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Thái Lan Srettha Thavisin; gặp "
     "Chủ tịch Thượng viện Thái Lan Porntep Techapaibul; dự và phát biểu khai mạc Diễn đàn Doanh nghiệp Việt Nam – "
     "Thái Lan.",
     [("SPEECH", ["person:pham-minh-chinh"]), ("CONFERENCE", ["person:pham-minh-chinh"])]),
    ("Trong thời gian ở Bangkok, Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Thái Lan Srettha Thavisin; dự lễ khai "
     "mạc Tuần lễ Hàng Việt Nam tại Bangkok.",
     [("CONFERENCE", ["person:pham-minh-chinh"])]),  # (the opening's type is not what this tests)
])
def test_events_list_item_takes_the_subject_and_its_own_people(text, wanted):
    assert [p for _, p in _events(text)] == [p for _, p in wanted]


def test_events_list_item_with_a_subject_of_its_own_keeps_the_guest():
    # near-miss: the item names its own subject (the host), and the guest told before it is still the ceremony's
    text = ("Chiều 5/3, đoàn xe chở Thủ tướng Phạm Minh Chính tiến vào Phủ Thủ tướng; Thủ tướng Thái Lan Srettha "
            "Thavisin ra tận nơi đón và chủ trì lễ đón.")
    got = _events(text)
    assert any(k == "CEREMONY" and "person:pham-minh-chinh" in p and "person:srettha-thavisin" in p for k, p in got)
