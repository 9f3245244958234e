"""Session 8, batch 18 (issue 12; our own sentences, with near-misses): attendance listed right after "Tham dự có" is
no event; "chuyến thăm lần này" with no owner is the visit told before; "vui mừng được đến thăm" is the speaker's own
visit; thanks for "việc … tổ chức Hội nghị X" announce nothing (an agreed "việc sớm tổ chức" still does); "Hai bên
hài lòng trước việc A và B đã có cuộc gặp" is A's meeting with B; a meeting "trong thời gian Hội nghị" with no day of
its own is undated; a signing that is only a purpose or set for no time is no SIGN."""
import pytest

import bangiao

LEAD = "Sáng 6/7, Ngoại trưởng Nga Sergey Lavrov hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Hà Nội. "


def _events(text: str, published: str = "2022-07-06") -> list[tuple[str, tuple[str, ...], str | None, str]]:
    doc = bangiao.extract(text, published=published)
    return [(e.type, tuple(sorted(e.participants)), e.date.value if e.date else None, e.status) for e in doc.events]


@pytest.mark.parametrize("second, kinds", [
    ("Tham dự có lãnh đạo hai nước và hàng trăm sinh viên.", ["TALKS"]),
    ("Tham dự hội đàm còn có Đại sứ Nga tại Việt Nam.", ["TALKS"]),
    # near-miss: a sentence that opens "Dự kiến có …" tells a meeting
    ("Dự kiến có cuộc gặp giữa Ngoại trưởng Sergey Lavrov và Thủ tướng Phạm Minh Chính vào chiều nay.", ["TALKS", "MEET"]),
])
def test_events_attendance_listed_right_after_its_word(second, kinds):
    assert [e[0] for e in _events(LEAD + second)] == kinds


@pytest.mark.parametrize("second, visits", [
    ("Ngoại trưởng Sergey Lavrov bày tỏ vui mừng được đến thăm Việt Nam.", [("person:sergey-lavrov",)]),
    ("Ngoại trưởng Sergey Lavrov rất vui được thăm lại Việt Nam.", [("person:sergey-lavrov",)]),
    # near-miss: a visit only praised, owned by no one, is no event
    ("Ngoại trưởng Sergey Lavrov đánh giá cao các chuyến thăm trao đổi đoàn.", []),
])
def test_events_glad_to_visit_is_the_speakers_visit(second, visits):
    assert [e[1] for e in _events(LEAD + second) if e[0] == "VISIT"] == visits


def test_events_this_visit_without_owner_is_the_one_told_before():
    text = ("Sáng 11/11, Chủ tịch nước Lương Cường hội đàm với Tổng thống Chile Gabriel Boric. Tổng thống cho biết chuyến thăm của Chủ tịch nước Lương Cường có ý nghĩa quan trọng. Chủ tịch nước "
            "cho biết chuyến thăm lần này nhằm khẳng định quan hệ hữu nghị.")
    visits = [e for e in _events(text, "2024-11-11") if e[0] == "VISIT"]
    assert len(visits) == 1 and "person:luong-cuong" in visits[0][1]


@pytest.mark.parametrize("second, statuses", [
    ("Ông Lavrov cảm ơn sự hỗ trợ của Việt Nam, nhất là việc phối hợp thúc đẩy tổ chức Hội nghị Cấp cao Đông Á.", []),
    # near-miss: agreeing on holding a numbered session soon announces it
    ("Hai bên nhất trí tăng cường các cơ chế hợp tác, trong đó có việc sớm tổ chức Tham vấn chính trị lần thứ 4.", ["planned"]),
])
def test_events_holding_thanked_as_a_thing(second, statuses):
    assert [e[3] for e in _events(LEAD + second) if e[0] not in ("TALKS",)] == statuses


def test_events_named_pair_after_a_collective_meet():
    text = ("Sáng 13/5/2022, Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp Ngoại trưởng Hoa Kỳ Antony Blinken. Hai bên hài lòng "
            "trước việc Tổng thống Hoa Kỳ Joe Biden và Thủ tướng Phạm Minh Chính đã có cuộc gặp trong thời gian Hội nghị.")
    meets = {e[1]: e[2] for e in _events(text, "2022-05-13") if e[0] == "MEET"}
    assert meets == {("person:antony-blinken", "person:bui-thanh-son"): "2022-05-13",
                     ("person:joe-biden", "person:pham-minh-chinh"): None}


@pytest.mark.parametrize("second, signs", [
    ("Hai thủ đô đang hoàn thiện thỏa thuận hợp tác để ký kết trong thời gian tới.", []),
    ("Hai bên sẽ ký kết thỏa thuận hợp tác trong thời gian tới.", []),
    # near-miss: a signing announced with its occasion
    ("Hai Bộ trưởng sẽ ký kết thỏa thuận hợp tác sau cuộc hội đàm.", ["planned"]),
])
def test_events_signing_with_no_occasion(second, signs):
    assert [e[3] for e in _events(LEAD + second) if e[0] == "SIGN"] == signs
