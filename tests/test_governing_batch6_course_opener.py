"""Batch 6 (609; sample 02): a sentence opening with "Trước khi" before a part of the meeting just told ("Trước khi đi
vào thảo luận, lãnh đạo các nước đã nghe …", "Trước khi bước vào phiên họp toàn thể, hai Thủ tướng có cuộc gặp riêng")
goes on with that meeting's day (tests/dev/README.md, Event dates: the day of the sentence it follows on from), not an
earlier time. Near-miss: "Trước khi lên đường, …" stays undated."""
import pytest

import bangiao

LEAD = "Ngày 11/5/2023, Thủ tướng Phạm Minh Chính dự Phiên toàn thể Hội nghị Cấp cao ASEAN lần thứ 42. "

CASES = [
    (LEAD + "Trước khi đi vào thảo luận, lãnh đạo các nước đã nghe Tổng thống Indonesia Joko Widodo phát biểu.",
     ("SPEECH", "2023-05-11")),
    (LEAD + "Trước khi bước vào phiên họp hẹp, Thủ tướng Phạm Minh Chính đã gặp Tổng thống Indonesia Joko Widodo.",
     ("MEET", "2023-05-11")),
    # near-miss: before setting off: another time
    (LEAD + "Trước khi lên đường, Thủ tướng Phạm Minh Chính đã gặp Đại sứ Indonesia Denny Abdi.", ("MEET", None)),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_governing_course_opener(text, expected):
    assert expected in [(e.type, e.date.value if e.date else None) for e in bangiao.extract(text).events]
