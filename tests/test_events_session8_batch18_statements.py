"""Session 8, batch 18 (issue 12; our own sentences, with near-misses): attendance listed right after "Tham dự có" is
no event; "chuyến thăm lần này" with no owner is the visit told before; "vui mừng được đến thăm" is the speaker's own
visit; thanks for "việc … tổ chức Hội nghị X" announce nothing (an agreed "việc sớm tổ chức" still does); "Hai bên
hài lòng trước việc A và B đã có cuộc gặp" is A's meeting with B; a meeting "trong thời gian Hội nghị" with no day of
its own is undated; a signing that is only a purpose or set for no time is no SIGN."""
import pytest

import bangiao

LEAD = "Sáng 6/7, tại Hà Nội, Ngoại trưởng Nga Sergey Lavrov có cuộc hội đàm về năng lượng với Bộ trưởng Bùi Thanh Sơn. "


def _events(text: str, published: str = "2022-07-06") -> list[tuple[str, tuple[str, ...], str | None, str]]:
    doc = bangiao.extract(text, published=published)
    return [(e.type, tuple(sorted(e.participants)), e.date.value if e.date else None, e.status) for e in doc.events]


@pytest.mark.parametrize("second, kinds", [
    ("Tham dự có đại diện hai bộ và nhiều nhà báo.", ["TALKS"]),
    ("Tham dự hội đàm còn có Đại sứ Nga tại Việt Nam.", ["TALKS"]),
    # near-miss: a sentence that opens "Dự kiến có …" tells a meeting
    ("Dự kiến có cuộc gặp giữa Ngoại trưởng Sergey Lavrov và Thủ tướng Phạm Minh Chính vào chiều nay.", ["TALKS", "MEET"]),
])
def test_events_attendance_listed_right_after_its_word(second, kinds):
    assert [e[0] for e in _events(LEAD + second)] == kinds


@pytest.mark.parametrize("second, visits", [
    ("Mở đầu, Ngoại trưởng Sergey Lavrov nói ông vui mừng được đến thăm Việt Nam lần nữa.", [("person:sergey-lavrov",)]),
    ("Ngoại trưởng Sergey Lavrov rất vui được thăm lại Việt Nam.", [("person:sergey-lavrov",)]),
    # near-miss: a visit only praised, owned by no one, is no event
    ("Ngoại trưởng Sergey Lavrov đánh giá cao các chuyến thăm trao đổi đoàn.", []),
])
def test_events_glad_to_visit_is_the_speakers_visit(second, visits):
    assert [e[1] for e in _events(LEAD + second) if e[0] == "VISIT"] == visits


def test_events_this_visit_without_owner_is_the_one_told_before():
    text = ("Sáng 11/11, tại Santiago, Tổng thống Chile Gabriel Boric và Chủ tịch nước Lương Cường hội đàm. Theo "
            "Tổng thống, chuyến thăm này của Chủ tịch nước Lương Cường mở ra giai đoạn mới. Chủ tịch nước nói chuyến thăm "
            "lần này còn để thúc đẩy thương mại nông sản.")
    visits = [e for e in _events(text, "2024-11-11") if e[0] == "VISIT"]
    assert len(visits) == 1 and "person:luong-cuong" in visits[0][1]


@pytest.mark.parametrize("second, statuses", [
    ("Ông Lavrov cảm ơn Việt Nam, đặc biệt về việc cùng chuẩn bị tổ chức Hội nghị Cấp cao Đông Á.", []),
    # near-miss: agreeing on holding a numbered session soon announces it
    ("Hai bên nhất trí về việc sớm cùng tổ chức Tham vấn chính trị cấp Thứ trưởng lần thứ 5 ở Moskva.", ["planned"]),
])
def test_events_holding_thanked_as_a_thing(second, statuses):
    assert [e[3] for e in _events(LEAD + second) if e[0] not in ("TALKS",)] == statuses


def test_events_named_pair_after_a_collective_meet():
    text = ("Sáng 13/5/2022, tại Washington, Ngoại trưởng Hoa Kỳ Antony Blinken gặp Bộ trưởng Bùi Thanh Sơn. Hai bên "
            "hài lòng trước việc Tổng thống Hoa Kỳ Joe Biden và Thủ tướng Phạm Minh Chính đã gặp nhau trong thời gian "
            "diễn ra Hội nghị.")
    meets = {e[1]: e[2] for e in _events(text, "2022-05-13") if e[0] == "MEET"}
    assert meets == {("person:antony-blinken", "person:bui-thanh-son"): "2022-05-13",
                     ("person:joe-biden", "person:pham-minh-chinh"): None}


@pytest.mark.parametrize("second, signs", [
    ("Hai thành phố đang soạn một văn kiện về du lịch để ký kết trong thời gian tới.", []),
    ("Hai bên sẽ ký kết một văn kiện về giáo dục trong thời gian tới.", []),
    # near-miss: a signing announced with its occasion
    ("Hai Bộ trưởng sẽ ký kết một văn kiện về giáo dục sau cuộc hội đàm.", ["planned"]),
])
def test_events_signing_with_no_occasion(second, signs):
    assert [e[3] for e in _events(LEAD + second) if e[0] == "SIGN"] == signs
