"""Batch 7: a welcome of a visitor whose visit was told before with its host ("A hoan nghênh B sang thăm Việt Nam
lần này") makes no second VISIT with the welcomer as host; a visit told with no host takes the welcomer (merged),
and a welcome alone is the visit (our own sentences)."""
import pytest

import bangiao

_INVITED = ("Ngày 3/4, Tổng thống Chile Gabriel Boric bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam theo lời mời của "
            "Chủ tịch nước Võ Văn Thưởng. ")
_MET = "Chiều 3/4, Thủ tướng Phạm Minh Chính tiếp Tổng thống Chile Gabriel Boric. "
_WELCOME = "Thủ tướng Phạm Minh Chính hoan nghênh Tổng thống Gabriel Boric sang thăm Việt Nam lần này."


def _visits(text: str) -> list[tuple[str, ...]]:
    return [e.participants for e in bangiao.extract(text, published="2023-04-06").events if e.type == "VISIT"]


@pytest.mark.parametrize("text, wanted", [
    (_INVITED + _MET + _WELCOME, [("person:gabriel-boric", "person:vo-van-thuong")]),
    # near-misses: the welcome alone is the visit; a visit told with no host takes the welcomer
    (_MET + _WELCOME, [("person:gabriel-boric", "person:pham-minh-chinh")]),
    ("Ngày 3/4, Tổng thống Chile Gabriel Boric bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam. " + _MET + _WELCOME,
     [("person:gabriel-boric", "person:pham-minh-chinh")]),
])
def test_events_welcomed_visit_told_before(text, wanted):
    assert _visits(text) == wanted
