"""Session 6, issue 12, class 3: a restricted meeting that opens the talks ("gặp hẹp, rồi … hội đàm") is part of the
talks, no MEET of its own; told alone it stays a MEET (our own sentences)."""
import pytest

import bangiao

_LEAD = ("Thủ tướng Phạm Minh Chính thăm chính thức Ba Lan từ ngày 15 đến 17/1. Sáng 16/1, Thủ tướng Donald Tusk "
         "chủ trì lễ đón Thủ tướng Phạm Minh Chính.\n")

_CASES = [
    # (sentence, MEETs wanted in it)
    ("Ngay sau lễ đón, hai Thủ tướng gặp hẹp, rồi cùng dẫn đầu đoàn đại biểu hai nước hội đàm.", 0),
    ("Sau lễ đón, Thủ tướng Phạm Minh Chính và Thủ tướng Donald Tusk có cuộc gặp riêng, sau đó hội đàm.", 0),
    # near-misses: a restricted meeting with no talks after it, and talks before a meeting of others
    ("Tối 16/1, Thủ tướng Phạm Minh Chính có cuộc gặp riêng và ăn tối với Thủ tướng Donald Tusk.", 1),
    ("Sau hội đàm, Thủ tướng Phạm Minh Chính gặp Tổng thống Andrzej Duda.", 1),
]


@pytest.mark.parametrize(("text", "wanted"), _CASES)
def test_narrow_meetings_opening_talks(text, wanted):
    events = bangiao.extract(_LEAD + text, published="2025-01-17").events
    meets = [e for e in events if e.type == "MEET" and e.evidence.start >= len(_LEAD)]
    assert len(meets) == wanted
