"""Batch 5, class 3: a sentence listing who attended a meeting ("Tham dự kỳ họp còn có …") is no event of its own
(our own sentences)."""
import pytest

import bangiao
from bangiao.extract.attendance import lists_attendees

_SESSION = ("Ngày 16/11, tại Hà Nội, Phó Thủ tướng Bùi Thanh Sơn và Bộ trưởng Năng lượng Algeria Mohamed Arkab đồng "
            "chủ trì kỳ họp lần thứ 12 Ủy ban liên Chính phủ Việt Nam - Algeria. ")


@pytest.mark.parametrize("sentence, listed", [
    ("Tham dự kỳ họp còn có lãnh đạo một số bộ, ngành của hai nước.", True),
    ("Dự buổi lễ có đại diện các bộ, ngành hai nước.", True),
    ("Cùng tham dự hội nghị về phía Việt Nam có Bộ trưởng Nguyễn Hồng Diên.", True),
    # near-misses: the attendance framing what someone did, a plan ("Dự kiến …"), an attendance told as the news
    ("Tham dự hội nghị, Thủ tướng Phạm Minh Chính có bài phát biểu quan trọng.", False),
    ("Dự kiến Thủ tướng sẽ có cuộc gặp với lãnh đạo các nước.", False),
    ("Thủ tướng Phạm Minh Chính tham dự hội nghị và có bài phát biểu.", False),
])
def test_attendance_sentences_listing_attendees(sentence, listed):
    low = sentence.lower()
    assert lists_attendees(low, 0, len(low)) is listed


def test_attendance_attendees_make_no_second_conference():
    doc = bangiao.extract(_SESSION + "Tham dự kỳ họp còn có Thứ trưởng Bộ Công Thương Phan Thị Thắng cùng đại diện "
                          "Đại sứ quán hai nước.", published="2025-11-16")
    conferences = [e for e in doc.events if e.type == "CONFERENCE"]
    assert len(conferences) == 1 and not any("phan-thi-thang" in p for p in conferences[0].participants)
