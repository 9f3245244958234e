"""Batch 6, class 2: an audience with a monarch ("yết kiến Nhà vua X") is a MEET with the monarch, and a conference
told in the same sentence before it does not take the monarch as a participant (our own sentences)."""
import pytest

import bangiao


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, e.participants) for e in bangiao.extract(text, published="2024-06-05").events]


@pytest.mark.parametrize("text, wanted", [
    # an audience: a MEET of the one received with the monarch
    ("Chiều 3/4, Chủ tịch nước Võ Văn Thưởng đã yết kiến Quốc vương Campuchia Norodom Sihamoni tại Hoàng cung.",
     [("MEET", ("person:vo-van-thuong", "person:norodom-sihamoni"))]),
    # the summit before it in the sentence is the leader's alone; the monarch is the audience's
    ("Ngày 14/11, Thủ tướng Phạm Minh Chính sẽ dự Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 26; cùng các trưởng đoàn "
     "yết kiến Nhà vua Thái Lan Maha Vajiralongkorn.",
     [("CONFERENCE", ("person:pham-minh-chinh",)), ("MEET", ("person:pham-minh-chinh", "person:maha-vajiralongkorn"))]),
    # near-miss: the people named before the conference's word all attend it
    ("Ngày 5/6, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone tham dự Hội nghị hợp tác đầu tư.",
     [("CONFERENCE", ("person:pham-minh-chinh", "person:sonexay-siphandone"))]),
])
def test_events_audience_with_a_monarch(text, wanted):
    assert _events(text) == wanted
