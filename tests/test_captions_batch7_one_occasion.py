"""Issue 12, batch 7: a photo caption's meeting of the same two people as the body's talks ("A tiếp B" under a photo
of the talks the body tells) is the body's occasion, not a second event. Our own sentences; near-misses: a caption
naming another pair, or of another kind, still adds its event."""
import pytest

import bangiao

_BODY = ("Chiều 14/5, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Ấn Độ Subrahmanyam "
         "Jaishankar. Chủ tịch nước Lương Cường cũng có mặt tại Hà Nội.\n\n")
_TAIL = "\n\nHai bên nhất trí tăng cường hợp tác quốc phòng và thương mại."


@pytest.mark.parametrize("caption, types, captioned", [
    # the same two people: one occasion, the caption is a second evidence of the talks
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar. Ảnh: TTXVN",
     ["TALKS"], "TALKS"),
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar. Ảnh: TTXVN",
     ["TALKS"], "TALKS"),
    # near-miss: another pair (the President receives the guest) is news
    ("Chủ tịch nước Lương Cường tiếp Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar. Ảnh: TTXVN",
     ["TALKS", "MEET"], "MEET"),
    # near-miss: the same kind stays merged as before
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar. Ảnh: TTXVN",
     ["TALKS"], "TALKS"),
])
def test_captions_batch7_a_meeting_under_a_photo_of_the_talks_is_the_talks(caption, types, captioned):
    doc = bangiao.extract(_BODY + caption + _TAIL, published="2024-05-14")
    assert [r.kind for r in doc.removed].count("caption") == 1
    assert sorted(e.type for e in doc.events if e.type in {"TALKS", "MEET"}) == sorted(types)
    assert [e.type for e in doc.events if e.captions] == [captioned]


def test_captions_batch7_talks_under_a_photo_of_a_meeting_is_the_meeting():
    body = ("Chiều 14/5, tại Hà Nội, Chủ tịch nước Lương Cường tiếp Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar.\n\n")
    caption = "Chủ tịch nước Lương Cường hội đàm với Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar. Ảnh: TTXVN"
    doc = bangiao.extract(body + caption + _TAIL, published="2024-05-14")
    assert [(e.type, bool(e.captions)) for e in doc.events if e.type in {"TALKS", "MEET"}] == [("MEET", True)]
