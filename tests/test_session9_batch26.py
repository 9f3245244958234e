"""Session 9, the classes batch 26 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): of two datelines the one with a time of day is the article's; a page's stamp with no day written dates
the page; a stamp on a day of the lead's span; a one-day event dated by a visit's span takes the article's day;
"N năm qua, kể từ khi … YYYY"; the one named right before a movement makes it; "cuộc tiếp xúc", "trao nhiều văn
kiện"."""
import pytest

import bangiao


def _events(text, published=None):
    doc = bangiao.extract(text, published=published)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, [names[p] for p in e.participants], e.date.value if e.date else None) for e in doc.events]


@pytest.mark.parametrize("head, published", [
    ("Thứ tư, 8/5/2024\nThứ năm, 23/3/2017, 09:45 (GMT+7)", "2017-03-23"),
    # near-miss: one dateline, without a time, is the article's
    ("Thứ năm, 23/3/2017", "2017-03-23"),
])
def test_dating_of_two_datelines_the_one_with_a_time(head, published):
    text = f"{head}\n\nSáng nay, Thủ tướng Singapore Lý Hiển Long được Thủ tướng Nguyễn Xuân Phúc đón chính thức tại " \
        "Hà Nội."
    assert bangiao.extract(text).published.value == published


@pytest.mark.parametrize("text, published", [
    ("date 2022-11 Ngoại trưởng Papua New Guinea Justin Tkatchenko có cuộc gặp với Bộ trưởng Bùi Thanh Sơn bên lề hội "
     "nghị.", "2022-11"),
    # near-miss: a stamp deep in the body is no stamp
    ("Ngoại trưởng Papua New Guinea Justin Tkatchenko có cuộc gặp với Bộ trưởng Bùi Thanh Sơn bên lề hội nghị. "
     + "Hai bên trao đổi. " * 30 + "date 2022-11", None),
])
def test_dating_a_stamp_over_a_text_with_no_day(text, published):
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published


def test_dating_a_stamp_on_a_day_of_the_leads_span():
    text = ("date 2025-10-23 Tổng thống Nam Phi Cyril Ramaphosa, người đang thăm cấp nhà nước Việt Nam ngày 23-24/10, được "
            "Chủ tịch nước Lương Cường đón bằng nghi lễ trọng thể ở Quảng trường Ba Đình.\n\nSau lễ đón, hai nhà lãnh đạo "
            "tiến hành hội đàm.")
    assert bangiao.extract(text).published.value == "2025-10-23"
    found = _events(text)
    assert [d for kind, _, d in found if kind in ("CEREMONY", "TALKS")] == ["2025-10-23", "2025-10-23"]


def test_events_a_meeting_after_a_welcome_dated_by_a_visits_span():
    text = ("Tổng thống Nam Phi Cyril Ramaphosa, người đang thăm cấp nhà nước Việt Nam ngày 23-24/10, được Chủ tịch nước "
            "Lương Cường đón bằng nghi lễ trọng thể ở Quảng trường Ba Đình.\n\nSau lễ đón, hai nhà lãnh đạo tiến hành hội "
            "đàm.")
    doc = bangiao.extract(text, published="2025-10-24")
    dates = {e.type: (e.date.value, e.date.end) if e.date else None for e in doc.events}
    assert dates["TALKS"] == ("2025-10-24", None)  # the article's day, within the span
    assert dates["VISIT"] == ("2025-10-23", "2025-10-24")  # near-miss: the visit keeps its span


@pytest.mark.parametrize("clause, year", [
    ("26 năm qua, kể từ khi Seoul và Hà Nội chính thức thiết lập quan hệ vào ngày 22/12/1992, hợp tác song phương không "
     "ngừng mở rộng.", "2018"),
    ("Sau 30 năm, kể từ năm 1995, Việt Nam luôn là thành viên tích cực của ASEAN.", "2025"),
    # near-miss: years counted with no starting year written tell nothing
    ("26 năm qua, hợp tác song phương không ngừng mở rộng.", None),
])
def test_dating_years_counted_since(clause, year):
    text = f"Lãnh đạo hai nước gặp gỡ tại Hà Nội. {clause}"
    doc = bangiao.extract(text)
    assert (doc.published.value[:4] if doc.published else None) == year


@pytest.mark.parametrize("who, visitor", [
    ("ông Kumaran", "Shri Periasamy Kumaran"),
    ("ông", "Shri Periasamy Kumaran"),
])
def test_events_the_one_named_right_before_a_movement_makes_it(who, visitor):
    text = (f"Thứ trưởng Nguyễn Mạnh Cường chiều 30/1 đã tiếp Thứ trưởng Ngoại giao Ấn Độ Shri Periasamy Kumaran tại trụ "
            f"sở Bộ nhân dịp {who} sang Việt Nam tham dự Diễn đàn kinh tế số khu vực.")
    assert [p for kind, p, _ in _events(text, "2026-01-30") if kind == "VISIT"] == [[visitor]]


@pytest.mark.parametrize("text, kind", [
    ("Sáng 23/3, trước khi rời Hà Nội, Thủ tướng Lý Hiển Long đã có cuộc tiếp xúc ngắn với Chủ tịch nước Trần Đại Quang.",
     "MEET"),
    ("Sáng 23/3, Singapore và Việt Nam trao nhiều văn kiện về kinh tế số và năng lượng sạch.", "SIGN"),
])
def test_events_more_words_of_meetings_and_signings(text, kind):
    assert [k for k, _, _ in _events(text, "2017-03-23")] == [kind]


def test_events_meeting_voters_is_no_meeting():
    # near-miss: "tiếp xúc cử tri" without "cuộc" is no foreign meeting
    assert _events("Sáng 23/3, Chủ tịch nước Trần Đại Quang tiếp xúc cử tri quận Hoàn Kiếm.", "2017-03-23") == []
