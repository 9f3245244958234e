"""Batch 6 (616, found on its lead alone): the "của" of an invitation after a visit's word ("chuyến thăm chính thức
Việt Nam theo lời mời của Tổng Bí thư, Chủ tịch nước X") names who invited it, not whose visit it is: the visitor
stays first (our own sentences)."""
import pytest

import bangiao


def _visits(text: str) -> list[tuple[str, ...]]:
    return [e.participants for e in bangiao.extract(text, published="2024-09-08").events if e.type == "VISIT"]


@pytest.mark.parametrize("text, wanted", [
    ("Chiều 8/9, Tổng thống Kenya William Ruto đã đến Thủ đô Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam theo lời "
     "mời của Tổng Bí thư, Chủ tịch nước Tô Lâm.",
     [("person:william-ruto", "person:to-lam")]),
    # near-miss: a visit that is someone's ("chuyến thăm Việt Nam của X") is X's
    ("Hai bên nhắc lại chuyến thăm Việt Nam của Tổng thống Kenya William Ruto tháng 9/2024.",
     [("person:william-ruto",)]),
])
def test_visitors_an_invitations_owner_is_the_host(text, wanted):
    assert _visits(text) == wanted
