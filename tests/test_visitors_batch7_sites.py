"""Batch 7: a visit to a site and then its place ("tới thăm địa điểm từng diễn ra cuộc họp … tại tỉnh Cao Bằng", "thăm khu di
tích … ở tỉnh Y") is a VISIT; a site with no place named, or no site word, stays as before (our own sentences)."""
import pytest

import bangiao

_WHO = "Chiều 3/4, Chủ tịch nước Lào Thongloun Sisoulith đã đến thăm "


def _kinds(text: str) -> list[str]:
    return [e.type for e in bangiao.extract(text, published="2023-04-06").events]


@pytest.mark.parametrize("text, wanted", [
    (_WHO + "địa điểm từng diễn ra cuộc họp lịch sử tại tỉnh Cao Bằng.", ["VISIT"]),
    (_WHO + "khu di tích Pác Bó ở tỉnh Cao Bằng.", ["VISIT"]),
    # near-misses: no place after the site; a place named straight after the visit word
    (_WHO + "địa điểm từng diễn ra cuộc họp lịch sử.", []),
    (_WHO + "tỉnh Cao Bằng.", ["VISIT"]),
])
def test_visitors_site_then_place(text, wanted):
    assert _kinds(text) == wanted
