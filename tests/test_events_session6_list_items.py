"""A summary sentence listing a visit's activities with ';' ("…; hội kiến A; tới dự và có bài phát biểu tại …"): an
event word in a list item without a subject of its own is the sentence subject's, with the people of its own item
only — not everyone met in the other items (session 6, batch 8 first contact; our own sentences)."""
import pytest

import bangiao

_LEAD = "Ngày 20/11, Thủ tướng Phạm Minh Chính đến Kuala Lumpur, bắt đầu chuyến thăm chính thức Malaysia. "


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.type, sorted(e.participants)) for e in bangiao.extract(_LEAD + text, published="2024-11-20").events
            if e.type in ("SPEECH", "CONFERENCE", "CEREMONY")]


@pytest.mark.parametrize("text, wanted", [
    ("Tại Kuala Lumpur, Thủ tướng Phạm Minh Chính có cuộc hội đàm với Thủ tướng Malaysia Anwar Ibrahim; hội kiến "
     "Quốc vương Malaysia Sultan Ibrahim; tới dự và có bài phát biểu tại Hội nghị xúc tiến đầu tư vào các tỉnh phía "
     "Nam.", [["person:pham-minh-chinh"]]),
    ("Trong hai ngày ở Malaysia, Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Malaysia Anwar Ibrahim; dự lễ khai "
     "trương Phòng trưng bày sản phẩm Việt Nam tại Kuala Lumpur.", [["person:pham-minh-chinh"]]),
])
def test_events_list_item_takes_the_subject_and_its_own_people(text, wanted):
    assert [p for _, p in _events(text)] == wanted


def test_events_list_item_with_a_subject_of_its_own_keeps_the_guest():
    # near-miss: the item names its own subject (the host), and the guest told before it is still the ceremony's
    text = ("Chiều 20/11, đoàn xe chở Thủ tướng Phạm Minh Chính tiến vào khuôn viên Perdana Putra; Thủ tướng Malaysia "
            "Anwar Ibrahim ra tận nơi đón và chủ trì lễ đón.")
    got = _events(text)
    assert any(k == "CEREMONY" and "person:pham-minh-chinh" in p and "person:anwar-ibrahim" in p for k, p in got)
