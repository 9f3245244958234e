"""Batch 7: the body whose delegation is named right before a visit's word, no person before it ("… dành cho Đoàn
đại biểu Quốc hội Việt Nam nhân dịp thăm chính thức Chile"), is the visitor; a leader named keeps the visit his
(our own sentences)."""
import pytest

import bangiao

_MET = "Ngày 3/4, Chủ tịch Quốc hội Vương Đình Huệ hội kiến Tổng thống Chile Gabriel Boric. "


def _visitors(text: str) -> list[str]:
    return [e.participants[0] for e in bangiao.extract(text, published="2023-04-06").events if e.type == "VISIT"]


@pytest.mark.parametrize("text, wanted", [
    (_MET + "Cảm ơn sự đón tiếp chu đáo mà Chile đã dành cho Đoàn đại biểu Quốc hội Việt Nam nhân dịp thăm chính thức "
     "Chile vào tháng 4/2019, Chủ tịch Quốc hội khẳng định Việt Nam coi trọng quan hệ với Chile.",
     ["org:vn-national-assembly"]),
    # near-misses: a leader named after the delegation, or before it, is the visitor
    ("Ngày 3/4, Đoàn đại biểu Quốc hội Việt Nam do Chủ tịch Quốc hội Vương Đình Huệ dẫn đầu đã thăm chính thức Chile.",
     ["person:vuong-dinh-hue"]),
    ("Ngày 3/4, Chủ tịch Quốc hội Vương Đình Huệ dẫn đầu Đoàn đại biểu Quốc hội Việt Nam thăm chính thức Chile.",
     ["person:vuong-dinh-hue"]),
])
def test_visitors_body_delegation_visits(text, wanted):
    assert _visitors(text) == wanted
