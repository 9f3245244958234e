"""Batch 6, class 1: contributions heard at a session ("cùng lắng nghe tham luận từ hai vị khách là A và B") are a
SPEECH of each speaker named after the word, not of those who listen; one's own contribution ("trình bày tham luận")
is theirs (our own sentences)."""
import pytest

import bangiao

_SUMMIT = "Ngày 26/10, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 47. "


def _speeches(text: str) -> list[tuple[str, ...]]:
    return [e.participants for e in bangiao.extract(text, published="2025-10-26").events if e.type == "SPEECH"]


@pytest.mark.parametrize("text, wanted", [
    (_SUMMIT + "Trong phiên mở rộng, lãnh đạo mười nước cùng lắng nghe tham luận từ hai vị khách là Thủ tướng Canada "
     "Mark Carney và Tổng Giám đốc WTO Ngozi Okonjo-Iweala.",
     [("person:mark-carney",), ("person:ngozi-okonjo-iweala",)]),
    ("Ngày 26/10, Thủ tướng Phạm Minh Chính lắng nghe phát biểu của Tổng thống Pháp Emmanuel Macron tại Diễn đàn.",
     [("person:emmanuel-macron",)]),
    # a contribution presented is its presenter's (and the near-miss: the listener above makes none)
    ("Ngày 26/10, Bộ trưởng Ngoại giao Bùi Thanh Sơn trình bày tham luận tại phiên thảo luận chung của Hội nghị.",
     [("person:bui-thanh-son",)]),
])
def test_event_kinds_speeches_heard_are_the_speakers(text, wanted):
    assert _speeches(text) == wanted
