"""Batch 6, class 5 (606, 605): a meeting with a body's delegation or a province's leaders, no person named ("gặp gỡ
Đoàn đại biểu Hội hữu nghị X", "làm việc với lãnh đạo tỉnh Y") is a MEET with the body or the province; the
delegation the article follows still stands for its leader (our own sentences)."""
import pytest

import bangiao


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, e.participants) for e in bangiao.extract(text, published="2024-06-05").events]


@pytest.mark.parametrize("text, wanted", [
    ("Chiều 5/6, Thủ tướng Campuchia Hun Manet đã gặp gỡ Đoàn đại biểu Hội hữu nghị Việt Nam - Campuchia.",
     [("MEET", ("person:hun-manet", "org:vn-kh-friendship-association"))]),
    ("Chiều 5/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã làm việc với lãnh đạo tỉnh Quảng Ninh.",
     [("MEET", ("person:bui-thanh-son", "place:quang-ninh"))]),
    # near-misses: the delegation the article follows is its leader's; a community named with no body's name
    ("Ngày 5/6, Đoàn đại biểu tỉnh Hủa Phăn do Bí thư Tỉnh ủy Khamphan Sitthidampha dẫn đầu đã đến thăm tỉnh Thanh "
     "Hóa. Chiều cùng ngày, Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn đã làm việc với đoàn tỉnh Hủa Phăn.",
     [("VISIT", ("person:khamphan-sitthidampha",)), ("MEET", ("person:do-minh-tuan", "person:khamphan-sitthidampha"))]),
    ("Chiều 5/6, Thủ tướng Campuchia Hun Manet đã gặp gỡ đại diện cộng đồng người Việt tại Phnom Penh.",
     [("MEET", ("person:hun-manet",))]),
])
def test_met_bodies_meeting_a_delegation_or_leaders(text, wanted):
    assert _events(text) == wanted
