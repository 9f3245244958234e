"""Batch 7: the body whose delegation is named right before a visit's word, no person before it ("… dành cho Đoàn
đại biểu Quốc hội Việt Nam trong dịp thăm hữu nghị Chile"), is the visitor; a leader named keeps the visit his
(our own sentences)."""
import pytest

import bangiao

_MET = "Ngày 3/4, Chủ tịch Quốc hội Vương Đình Huệ hội kiến Tổng thống Chile Gabriel Boric. "


def _visitors(text: str) -> list[str]:
    return [e.participants[0] for e in bangiao.extract(text, published="2023-04-06").events if e.type == "VISIT"]


@pytest.mark.parametrize("text, wanted", [
    (_MET + "Nhắc tới tình cảm mà bạn bè Chile dành cho Đoàn đại biểu Quốc hội Việt Nam trong dịp thăm hữu nghị Chile "
     "năm 2019, Chủ tịch Quốc hội cho biết Việt Nam coi trọng Chile.",
     ["org:vn-national-assembly"]),
    # near-misses: a leader named after the delegation, or before it, is the visitor
    ("Ngày 3/4, Đoàn đại biểu Quốc hội Việt Nam do Chủ tịch Quốc hội Vương Đình Huệ dẫn đầu đã thăm chính thức Chile.",
     ["person:vuong-dinh-hue"]),
    ("Ngày 3/4, Chủ tịch Quốc hội Vương Đình Huệ dẫn đầu Đoàn đại biểu Quốc hội Việt Nam thăm chính thức Chile.",
     ["person:vuong-dinh-hue"]),
])
def test_visitors_body_delegation_visits(text, wanted):
    assert _visitors(text) == wanted
