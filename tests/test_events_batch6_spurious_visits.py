"""Batch 6, class 4: no VISIT is made of an invitation to visit ("gửi lời mời A thăm Việt Nam và đồng chủ trì Kỳ họp X
dự kiến vào …": the session is announced, with the host and the one invited), nor of a sentence listing the
accompanying delegation ("Tham gia đoàn Tổng thống X thăm Việt Nam có …"); a name's initial ("M. Vieira",
"Antony J. Blinken") ends no sentence (our own sentences)."""
import pytest

import bangiao
from bangiao.extract.attendance import lists_attendees

_ARRIVAL = "Chiều 2/5, Tổng thống Kenya William Ruto và Phu nhân đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. "


def _events(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(e.type, e.participants, e.status) for e in bangiao.extract(text, published="2024-05-06").events]


@pytest.mark.parametrize("sentence, listed", [
    ("Tham gia đoàn Tổng thống William Ruto thăm Việt Nam có bà Rachel Ruto, Phu nhân Tổng thống.", True),
    ("Tháp tùng Tổng thống trong chuyến thăm có Bộ trưởng Ngoại giao Musalia Mudavadi.", True),
    # near-misses: a delegation that does something, a visit told
    ("Đoàn đại biểu tỉnh Hủa Phăn đã thăm và làm việc tại tỉnh Thanh Hóa.", False),
    ("Tổng thống William Ruto dẫn đầu đoàn thăm Việt Nam có nhiều doanh nghiệp.", False),
])
def test_attendance_sentences_listing_the_delegation(sentence, listed):
    low = sentence.lower()
    assert lists_attendees(low, 0, len(low)) is listed


@pytest.mark.parametrize("text, wanted", [
    # the accompanying delegation: the one visit, with no second VISIT of the president and his wife
    (_ARRIVAL + "Tham gia đoàn Tổng thống William Ruto thăm Việt Nam có bà Rachel Ruto, Phu nhân Tổng thống; ông "
     "Musalia Mudavadi, Bộ trưởng Ngoại giao.",
     [("VISIT", ("person:william-ruto",), "happened")]),
    # an invitation to visit and co-chair a session scheduled: the session announced, no visit
    ("Kết thúc buổi làm việc, Bộ trưởng Bùi Thanh Sơn gửi lời mời Ngoại trưởng Brazil M. Vieira thăm Việt Nam và "
     "đồng chủ trì Kỳ họp lần thứ 5 Ủy ban hỗn hợp Việt Nam - Brazil, dự kiến vào cuối năm 2024.",
     [("CONFERENCE", ("person:bui-thanh-son", "person:m-vieira"), "planned")]),
    # near-misses: an invitation accepted is a visit; an initial inside a name keeps the visitor's sentence whole
    ("Theo lời mời của Bộ trưởng Ngoại giao Bùi Thanh Sơn, Bộ trưởng Ngoại giao Brazil Mauro Vieira sẽ thăm chính thức "
     "Việt Nam từ ngày 12-13/5.",
     [("VISIT", ("person:mauro-vieira", "person:bui-thanh-son"), "planned")]),
])
def test_events_no_visit_of_an_invitation_or_a_delegation_list(text, wanted):
    assert _events(text) == wanted


def test_events_a_name_initial_ends_no_sentence():
    text = ("Ngày 6/5, Phó Thủ tướng Trần Hồng Hà đã hội đàm với Ngoại trưởng Hoa Kỳ Antony J. Blinken, người đang thăm "
            "chính thức Việt Nam.")
    doc = bangiao.extract(text, published="2024-05-06")
    assert {e.evidence.text for e in doc.events} == {text}


@pytest.mark.parametrize("text, pieces", [
    ("Ngoại trưởng Antony J. Blinken thăm Việt Nam. Ông hội đàm.", 2),
    ("Bộ trưởng Ngoại giao S. Jaishankar thăm Việt Nam.", 1),
    # near-misses: a numbered label's letter ends its sentence
    ("Đây là Nghị quyết Đại hội X. Sau đó, hai bên hội đàm.", 2),
    ("Ông là Ủy viên Trung ương Đảng khóa V. Ông từng thăm Lào.", 2),
])
def test_events_sentences_across_initials(text, pieces):
    from bangiao.extract.events import _sentences
    assert len(_sentences(text)) == pieces
