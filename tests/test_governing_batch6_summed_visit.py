"""Batch 6, class 6 (tests/dev/README.md, Event dates): in an article summing up a visit ("Chiều 9/5, … rời Hà Nội, kết
thúc chuyến thăm … từ ngày 6 - 9/5/2019"), the visit takes the days written after it even past the trip's other
purpose joined by "và dự" (their first day), and a sentence opening with a sequence word names an event the text
has not told ("Ngay sau lễ đón, …"): it is some day of the visit, undated. Near-misses: "Sau hội đàm, …" after talks
told with their day keeps that day; a span after a long clause not joined by "và dự" is no visit's."""
import pytest

import bangiao

LEAD = ("Chiều 9/5, Chủ tịch Quốc hội Campuchia Heng Samrin và Đoàn đại biểu Quốc hội Campuchia lên đường về nước, "
        "kết thúc tốt đẹp chuyến thăm Việt Nam và dự các hoạt động kỷ niệm 40 năm Hiệp ước hữu nghị giữa hai nước cùng "
        "20 năm ngày ra đời Nhóm nghị sĩ hữu nghị của hai Quốc hội, được tổ chức ở Tây Ninh, từ ngày 6 - 9/5/2019. ")


def _dates(text):
    return [(e.type, e.date.value if e.date else None) for e in bangiao.extract(text).events]


def test_governing_summed_visit_takes_its_first_day():
    assert ("VISIT", "2019-05-06") in _dates(LEAD)


def test_governing_sequence_to_an_untold_event_is_undated():
    found = _dates(LEAD + "Ngay sau lễ đón, Chủ tịch Quốc hội Heng Samrin đã làm việc với lãnh đạo tỉnh Tây Ninh.")
    assert ("MEET", None) in found and ("MEET", "2019-05-09") not in found


def test_governing_sequence_to_a_told_event_keeps_its_day():
    text = ("Chiều 9/5, Chủ tịch Quốc hội Heng Samrin kết thúc chuyến thăm Việt Nam sau cuộc hội đàm với Chủ tịch "
            "Quốc hội Nguyễn Thị Kim Ngân chiều 9/5/2019. Sau hội đàm, hai Chủ tịch Quốc hội gặp gỡ báo chí.")
    assert ("SPEECH", "2019-05-09") in _dates(text)


@pytest.mark.parametrize("between", [
    # near-miss: the span far past a long clause not joined by "và dự" stays no visit's
    ", một chuyến thăm mà hai bên đánh giá là thành công tốt đẹp trên mọi phương diện, góp phần thắt chặt tình hữu nghị "
    "giữa hai Quốc hội và nhân dân hai nước, được tổ chức tại nhiều địa phương, ",
])
def test_governing_span_past_a_long_clause(between):
    text = ("Chiều 9/5, Chủ tịch Quốc hội Heng Samrin lên đường về nước, kết thúc tốt đẹp chuyến thăm Việt Nam" + between +
            "từ ngày 6 - 9/5/2019.")
    assert ("VISIT", "2019-05-06") not in _dates(text)
