"""Issue 12, batch 7: a statement agreeing to hold a session may list a joint committee with its round after the
mechanism the event finder tells ("nhất trí sớm tổ chức Tham vấn chính trị lần thứ N, Ủy ban hỗn hợp … lần thứ M"):
that committee's session is a planned CONFERENCE of the same sides. Our own sentences; near-misses: a committee
with no round, one only praised, one before the hold word, one told with "Kỳ họp" (the finder's, not twice)."""
import pytest

import bangiao

_CALL = "Chiều 12/6, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Ba Lan Donald Tusk. "


def _sessions(sentence):
    doc = bangiao.extract(_CALL + sentence, published="2024-06-12")
    return [(e.type, e.status, sorted(e.participants), e.evidence.text) for e in doc.events
            if e.type in {"CONSULT", "CONFERENCE"}]


@pytest.mark.parametrize("sentence, conferences", [
    ("Hai bên nhất trí sớm tổ chức Tham vấn chính trị lần thứ 5, Ủy ban hỗn hợp về hợp tác kinh tế lần thứ 9 "
     "giữa hai nước.", ["Ủy ban hỗn hợp về hợp tác kinh tế lần thứ 9"]),
    ("Hai bên nhất trí tổ chức Tham vấn chính trị lần thứ 5 và Ủy ban liên Chính phủ lần thứ 12 trong năm nay.",
     ["Ủy ban liên Chính phủ lần thứ 12"]),
    # near-misses: a committee with no round; a committee only praised; one before the hold word
    ("Hai bên nhất trí sớm tổ chức Tham vấn chính trị lần thứ 5, phát huy vai trò của Ủy ban hỗn hợp về hợp tác "
     "kinh tế.", []),
    ("Hai bên đánh giá cao kết quả Ủy ban hỗn hợp về hợp tác kinh tế lần thứ 8.", []),
    ("Trên cơ sở kết quả Ủy ban hỗn hợp lần thứ 8, hai bên nhất trí sớm tổ chức Tham vấn chính trị lần thứ 5.", []),
])
def test_held_sessions_batch7_a_listed_committee_is_a_planned_session(sentence, conferences):
    found = _sessions(sentence)
    sides = [s for kind, _, s, _ in found if kind == "CONSULT"]  # the sides of the session the statement announces
    assert [(status, text) for kind, status, _, text in found if kind == "CONFERENCE"] == [
        ("planned", text) for text in conferences]
    assert all(s == sides[0] for kind, _, s, _ in found if kind == "CONFERENCE")

def test_held_sessions_batch7_a_session_told_with_its_word_is_told_once():
    found = _sessions("Hai bên nhất trí sớm tổ chức Kỳ họp Ủy ban hỗn hợp về hợp tác kinh tế lần thứ 9.")
    assert [(kind, status) for kind, status, _, _ in found] == [("CONFERENCE", "planned")]
