"""Batch 7: a delegation received and led by someone named ("A đón tiếp Đoàn cán bộ Đảng X do ông B làm trưởng đoàn
sang thăm và dự hội thảo …"): B visits, with A as host (our own sentences)."""
import pytest

import bangiao

_RECEIVED = "Sáng 5/8, Thường trực Ban Bí thư Lương Cường đón tiếp Đoàn cán bộ Đảng Cộng sản Cuba do ông Roberto Morales Ojeda"


def _visits(text: str) -> list[tuple[str, ...]]:
    return [e.participants for e in bangiao.extract(text, published="2023-08-06").events if e.type == "VISIT"]


@pytest.mark.parametrize("text, wanted", [
    (_RECEIVED + " làm trưởng đoàn sang thăm và dự hội thảo chuyên đề của hai Đảng.",
     [("person:roberto-morales-ojeda", "person:luong-cuong")]),
    (_RECEIVED + " dẫn đầu sang thăm chính thức Việt Nam.", [("person:roberto-morales-ojeda", "person:luong-cuong")]),
    # near-misses: a reception with no visit word; the one who travels
    (_RECEIVED + " dẫn đầu.", []),
    ("Sáng 5/8, Thường trực Ban Bí thư Lương Cường đã sang thăm và dự hội thảo chuyên đề của hai Đảng tại Havana.",
     [("person:luong-cuong",)]),
])
def test_events_received_delegation_visits(text, wanted):
    assert _visits(text) == wanted
