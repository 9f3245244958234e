"""Session 11, the classes batch 42 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): a site's date bar with no time of day gives way to the lead's own full date; the lead's day written
with its year as the last day of a span; a yearly meeting of a year with a few words between; a speaker who conveys
a greeting ("chuyển tới") is the one named before it."""
import pytest

import bangiao
from extracted import published as _published


@pytest.mark.parametrize("bar, published", [
    ("Thứ hai, 9-3-2026", "2026-03-06"),
    # near-miss: the article's own stamp, with its time of day
    ("Thứ hai, 9-3-2026 10:15", "2026-03-09"),
])
def test_pipeline_a_date_bar_without_a_time_of_day(bar, published):
    text = (f"Bộ Công Thương hai nước thúc đẩy hợp tác năng lượng\n{bar}\nChiều ngày 06/03/2026, tại thủ đô Viêng "
            "Chăn, Thứ trưởng Bộ Công Thương Nguyễn Hoàng Long làm việc với Thứ trưởng Bộ Công Thương Lào về hợp tác "
            "năng lượng giữa hai nước trong thời gian tới.")
    assert _published(text) == published


@pytest.mark.parametrize("span, published", [
    ("Từ ngày 8/7 đến 12/7/2023", "2023-07-12"),
    # near-miss: a span that does not end on the lead's day names no year for it
    ("Từ ngày 8/5 đến 12/5/2023", None),
])
def test_dating_the_leads_day_ending_a_span_written_with_its_year(span, published):
    text = (f"Chiều 12/7, Đoàn công tác tỉnh Hà Giang đã về nước sau chuyến làm việc tại tỉnh Vân Nam.\n{span}, "
            "Đoàn công tác tỉnh Hà Giang làm việc tại tỉnh Vân Nam.")
    assert _published(text) == published


@pytest.mark.parametrize("named, published", [
    ("Đây là Hội nghị thường niên của hai Bộ trong năm 2016.", "2016-08-09"),
    # near-miss: a meeting of the year with no yearly word
    ("Đây là cuộc gặp của hai Bộ trong năm 2016.", None),
])
def test_dating_a_yearly_meeting_with_words_between(named, published):
    text = f"Hôm nay (9/8), tại Viêng Chăn, Bộ Nông nghiệp hai nước họp bàn kế hoạch hợp tác.\n{named}"
    assert _published(text) == published


@pytest.mark.parametrize("said, speaker", [
    ("Đại sứ Lê Văn Bàng đã chuyển tới Tổng thống Barack Obama lời chào trân trọng của lãnh đạo Việt Nam",
     "Lê Văn Bàng"),
    # near-miss: no saying word before the host: the one named last speaks
    ("Tổng thống Barack Obama khẳng định coi trọng quan hệ với Việt Nam", "Barack Obama"),
])
def test_events_a_speaker_conveying_a_greeting(said, speaker):
    text = f"Ngày 5/3/2010, tại Nhà Trắng, Đại sứ Lê Văn Bàng trình Quốc thư. Phát biểu tại buổi lễ, {said}."
    doc = bangiao.extract(text)
    names = {e.id: e.name for e in doc.entities}
    assert [names[p] for e in doc.events if e.type == "SPEECH" for p in e.participants] == [speaker]
