"""Batch 6 (608): a session named as what preparations told as a thing are for ("rà soát những việc liên quan chuẩn bị
cho Phiên họp lần thứ 15") is their topic, no event; a commitment to prepare it well ("nhất trí chuẩn bị tốt
cho Phiên họp …") still announces it (our own sentences)."""
import pytest

import bangiao

_CALL = "Ngày 16/7, Thứ trưởng Ngoại giao Đỗ Hùng Việt đã điện đàm với Thứ trưởng Ngoại giao Nhật Bản Mori Takeo"


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in bangiao.extract(text, published="2024-07-16").events]


@pytest.mark.parametrize("text, wanted", [
    (_CALL + ", rà soát những việc liên quan chuẩn bị cho Phiên họp lần thứ 15 Ủy ban hợp tác Việt Nam - Nhật Bản.",
     [("CALL", "happened")]),
    (_CALL + "; hai bên nhất trí chuẩn bị tốt cho Phiên họp lần thứ 15 Ủy ban hợp tác Việt Nam - Nhật Bản.",
     [("CALL", "happened"), ("CONFERENCE", "planned")]),
])
def test_event_kinds_a_session_prepared_for_is_their_topic(text, wanted):
    assert _events(text) == wanted
