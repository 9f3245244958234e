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
    ("Thứ tư, 8/5/2024\nThứ năm, 23/3/2017, 16:27 (GMT+7)", "2017-03-23"),
    # near-miss: one dateline, without a time, is the article's
    ("Thứ năm, 23/3/2017", "2017-03-23"),
])
def test_dating_of_two_datelines_the_one_with_a_time(head, published):
    text = f"{head}\n\nThủ tướng Nguyễn Xuân Phúc sáng nay chủ trì lễ đón Thủ tướng Singapore Lý Hiển Long tại Hà Nội."
    assert bangiao.extract(text).published.value == published


@pytest.mark.parametrize("text, published", [
    ("date 2022-11 Bộ trưởng Bùi Thanh Sơn gặp Bộ trưởng Ngoại giao Papua New Guinea Justin Tkatchenko.", "2022-11"),
    # near-miss: a stamp deep in the body is no stamp
    ("Bộ trưởng Bùi Thanh Sơn gặp Bộ trưởng Ngoại giao Papua New Guinea Justin Tkatchenko. " + "Hai bên trao đổi. " * 30
     + "date 2022-11", None),
])
def test_dating_a_stamp_over_a_text_with_no_day(text, published):
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published


def test_dating_a_stamp_on_a_day_of_the_leads_span():
    text = ("date 2025-10-23 Chủ tịch nước Lương Cường chủ trì lễ đón Tổng thống Nam Phi Cyril Ramaphosa đang thăm cấp "
            "nhà nước Việt Nam ngày 23-24/10.\n\nSau lễ đón, hai lãnh đạo hội đàm.")
    assert bangiao.extract(text).published.value == "2025-10-23"
    found = _events(text)
    assert [d for kind, _, d in found if kind in ("CEREMONY", "TALKS")] == ["2025-10-23", "2025-10-23"]


def test_events_a_meeting_after_a_welcome_dated_by_a_visits_span():
    text = ("Chủ tịch nước Lương Cường chủ trì lễ đón Tổng thống Nam Phi Cyril Ramaphosa đang thăm cấp nhà nước Việt Nam "
            "ngày 23-24/10.\n\nSau lễ đón, hai lãnh đạo hội đàm.")
    doc = bangiao.extract(text, published="2025-10-24")
    dates = {e.type: (e.date.value, e.date.end) if e.date else None for e in doc.events}
    assert dates["TALKS"] == ("2025-10-24", None)  # the article's day, within the span
    assert dates["VISIT"] == ("2025-10-23", "2025-10-24")  # near-miss: the visit keeps its span


@pytest.mark.parametrize("clause, year", [
    ("26 năm qua, kể từ khi hai nước thiết lập quan hệ ngoại giao vào ngày 22/12/1992, quan hệ phát triển tốt đẹp.",
     "2018"),
    ("Sau 30 năm, kể từ năm 1995, Việt Nam luôn là thành viên tích cực của ASEAN.", "2025"),
    # near-miss: years counted with no starting year written tell nothing
    ("26 năm qua, quan hệ hai nước phát triển tốt đẹp.", None),
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
    text = (f"Ngày 30/1, Thứ trưởng Nguyễn Mạnh Cường đã tiếp ông Shri Periasamy Kumaran, Thứ trưởng Ngoại giao Ấn Độ, "
            f"nhân dịp {who} sang Việt Nam dự Hội thảo quốc tế về chuyển đổi số.")
    assert [p for kind, p, _ in _events(text, "2026-01-30") if kind == "VISIT"] == [[visitor]]


@pytest.mark.parametrize("text, kind", [
    ("Sáng 23/3, Thủ tướng Lý Hiển Long còn có cuộc tiếp xúc với Chủ tịch nước Trần Đại Quang.", "MEET"),
    ("Sáng 23/3, Việt Nam và Singapore trao nhiều văn kiện hợp tác quan trọng.", "SIGN"),
])
def test_events_more_words_of_meetings_and_signings(text, kind):
    assert [k for k, _, _ in _events(text, "2017-03-23")] == [kind]


def test_events_meeting_voters_is_no_meeting():
    # near-miss: "tiếp xúc cử tri" without "cuộc" is no foreign meeting
    assert _events("Sáng 23/3, Chủ tịch nước Trần Đại Quang tiếp xúc cử tri tại Hà Nội.", "2017-03-23") == []
