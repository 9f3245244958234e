"""Session 13, two classes left after batch 61 (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events, named


@pytest.mark.parametrize("text, people", [
    # a name spelt by syllables with its Latin spelling in brackets is one person: the knowledge base's
    ("Tổng thống Pháp Phờ-răng-xoa Ô-lăng-đơ (Francois Hollande) đã gặp Thủ tướng Nguyễn Tấn Dũng.",
     ["François Hollande", "Nguyễn Tấn Dũng"]),
    # ... or, the knowledge base not knowing it, the one in Latin letters
    ("Quốc vụ khanh Tây Ban Nha Hoan An-tô-ni-ô Da-nhét Ba-nu-ê-vô (Juan Antonio Yanez Barnuevo) đã gặp Thứ trưởng "
     "Bùi Thanh Sơn.", ["Juan Antonio Yanez Barnuevo", "Bùi Thanh Sơn"]),
    # near-miss: a body in brackets after the name is no spelling of it
    ("Ông Pha-biêng Rút-xen (Đảng Cộng sản Pháp) đã gặp Thứ trưởng Bùi Thanh Sơn.", ["Fabien Roussel", "Bùi Thanh Sơn"]),
])
def test_bracketed_a_latin_spelling_is_the_same_person(text, people):
    doc, _ = named(text, "2012-11-17")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == people


_SESSION = ("Ngày 20/5/2023, tại Maputo, Bộ trưởng Nguyễn Quốc Trị và Thứ trưởng Manuel Gonçalves đồng chủ trì Kỳ họp "
            "lần thứ 4 Ủy ban liên Chính phủ Việt Nam - Mozambique. ")


@pytest.mark.parametrize("second, sessions", [
    # one who also attended the session told before adds no session
    ("Đại sứ Việt Nam tại Mozambique Phạm Hoàng Kim cũng tham dự kỳ họp.", 1),
    # near-miss: attending another session, named with more than its word, is one of its own
    ("Đại sứ Phạm Hoàng Kim cũng tham dự kỳ họp của Hội đồng Bộ trưởng châu Phi.", 2),
])
def test_attendance_of_the_session_told_before(second, sessions):
    assert [kind for kind, _, _ in events(_SESSION + second)].count("CONFERENCE") == sessions
