"""Talks told first as the frame of what was agreed ("Tại cuộc hội đàm sáng 30/7, A và B nhất trí …") are the talks,
with the sentence's subjects as their people, when no talks were told before; told after the talks, the frame still
points back to them (no second event). Session 7, batch 9; our own sentences."""
import pytest

import bangiao

_LEAD = "Bộ trưởng Ngoại giao Chile Alberto van Klaveren thăm chính thức Việt Nam từ ngày 28 đến 31/7/2024.\n\n"
_PAIR = ("person:alberto-van-klaveren", "person:bui-thanh-son")


def _talks(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    doc = bangiao.extract(_LEAD + text, published="2024-07-31")
    return [(tuple(sorted(e.participants)), e.date.value if e.date else None) for e in doc.events if e.type == "TALKS"]


@pytest.mark.parametrize("text, talks", [
    ("Tại cuộc hội đàm sáng 30/7, Bộ trưởng Bùi Thanh Sơn và Bộ trưởng Alberto van Klaveren nhất trí tăng cường hợp "
     "tác.", [(_PAIR, "2024-07-30")]),
    ("Tại hội đàm, Bộ trưởng Bùi Thanh Sơn và Bộ trưởng Alberto van Klaveren nhất trí mở rộng thương mại.",
     [(_PAIR, None)]),
    # near-miss: the talks told before; the frame is them, not a second event
    ("Sáng 30/7, Bộ trưởng Bùi Thanh Sơn hội đàm với Bộ trưởng Alberto van Klaveren. Tại cuộc hội đàm, hai Bộ trưởng "
     "nhất trí tăng cường hợp tác.", [(_PAIR, "2024-07-30")]),
])
def test_events_talks_told_first_as_a_frame(text, talks):
    got = _talks(text)
    assert [p for p, _ in got] == [p for p, _ in talks]
    assert [d for _, d in got if d] == [d for _, d in talks if d] or all(d is None for _, d in talks)


def test_events_talks_told_as_a_frame_after_the_visit_frame():
    # "Trong khuôn khổ chuyến thăm …, tại cuộc hội đàm sáng 30/7, A khẳng định …": the talks, told first inside
    text = ("Trong khuôn khổ chuyến thăm chính thức Chile từ ngày 29-31/7 của Bộ trưởng Ngoại giao Bùi Thanh Sơn, tại "
            "cuộc hội đàm sáng 30/7, Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam coi trọng quan hệ với Chile.")
    doc = bangiao.extract(text, published="2024-07-31")
    assert [e.type for e in doc.events if e.type == "TALKS"] == ["TALKS"]

