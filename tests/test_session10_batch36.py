"""Session 10, the classes batch 36 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): a year naming a holiday after a visit ("thăm …, chúc mừng Tết Nguyên đán Bính Ngọ năm 2026") is the
holiday's, not the visit's; an attendance word with nothing after it ("… cùng tham dự.") and a heading of one or two
words make no event; an occasion named as a time ("trước thềm Hội nghị …") is no event; "Ai Len" is Ireland."""
import pytest

from bangiao.extract.entities import find_entities
from extracted import events


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(kind, date) for kind, _, date in events(text)]


@pytest.mark.parametrize("tail, date", [
    ("đến thăm tỉnh An Giang và chúc mừng Tết Nguyên đán Bính Ngọ năm 2026.", "2026-02-06"),
    # near-miss: a year right after a visit's words is its own
    ("đã thăm tỉnh An Giang năm 2024.", "2024"),
])
def test_events_a_year_naming_a_holiday_after_a_visit(tail, date):
    text = ("Chiều 6/2/2026, Đoàn Hiến binh Hoàng gia Campuchia gồm 20 thành viên do Đại tướng Sin Sophany làm Trưởng "
            "đoàn " + tail)
    assert [d for kind, d in _events(text) if kind == "VISIT"] == [date]


@pytest.mark.parametrize("said, conferences", [
    ("Lãnh đạo một số sở, ngành của tỉnh cùng tham dự.", 0),
    ("Hội nghị", 0),
    # near-miss: attending a conference named after the word
    ("Lãnh đạo một số sở, ngành của tỉnh cùng tham dự hội nghị xúc tiến đầu tư.", 1),
])
def test_events_an_attendance_word_with_nothing_after(said, conferences):
    text = "Chiều 6/2/2026, Phó Chủ tịch UBND tỉnh An Giang Nguyễn Thị Minh Thúy tiếp Đoàn Hiến binh Campuchia.\n" + said
    assert sum(kind == "CONFERENCE" for kind, _ in _events(text)) == conferences


@pytest.mark.parametrize("said, conferences", [
    ("Hai Thủ tướng điện đàm trước thềm Hội nghị Cấp cao ASEAN lần thứ 37.", 0),
    # near-miss: the same summit attended is one
    ("Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị Cấp cao ASEAN lần thứ 37.", 1),
])
def test_events_an_occasion_named_as_a_time(said, conferences):
    text = ("Chiều 10/11/2020, Thủ tướng Nguyễn Xuân Phúc điện đàm trực tuyến với Thủ tướng Lào Thongloun "
            "Sisoulith. " + said)
    assert sum(kind == "CONFERENCE" for kind, _ in _events(text)) == conferences


def test_entities_ai_len_is_ireland():
    text = "Thủ tướng tiếp Đại sứ đặc mệnh toàn quyền nước Cộng hòa Ai Len tại Việt Nam."
    assert [e.name for e in find_entities(text, None) if e.type == "COUNTRY"] == ["Ireland", "Việt Nam"]
