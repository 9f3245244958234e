"""Batch 7: a delegation received and led by someone named ("A tiếp Đoàn đại biểu Đảng X do ông B … dẫn đầu, sang
thăm và dự Hội thảo …"): B visits, with A as host, not A (our own sentences)."""
import pytest

import bangiao

_RECEIVED = ("Ngày 5/8, tại Trụ sở Trung ương Đảng, Thường trực Ban Bí thư Lương Cường tiếp Đoàn đại biểu Đảng Cộng "
             "sản Cuba do ông Roberto Morales Ojeda")


def _visits(text: str) -> list[tuple[str, ...]]:
    return [e.participants for e in bangiao.extract(text, published="2023-08-06").events if e.type == "VISIT"]


@pytest.mark.parametrize("text, wanted", [
    (_RECEIVED + ", Ủy viên Bộ Chính trị, dẫn đầu, sang thăm và dự Hội thảo lý luận lần thứ V giữa hai Đảng.",
     [("person:roberto-morales-ojeda", "person:luong-cuong")]),
    (_RECEIVED + " dẫn đầu sang thăm chính thức Việt Nam.", [("person:roberto-morales-ojeda", "person:luong-cuong")]),
    # near-misses: a reception with no visit word; the one who travels
    (_RECEIVED + " dẫn đầu.", []),
    ("Ngày 5/8, Thường trực Ban Bí thư Lương Cường đã sang thăm và dự Hội thảo lý luận lần thứ V giữa hai Đảng tại "
     "Havana.", [("person:luong-cuong",)]),
])
def test_events_received_delegation_visits(text, wanted):
    assert _visits(text) == wanted
