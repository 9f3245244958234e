"""Issue 12, session 6: a speech a named person gives at a conference, meeting or ceremony, told with a speech word
("Phát biểu tại hội nghị, X …", "Phát biểu khai mạc, X …"), is a SPEECH of the speaker dated as its occasion; one
announced in a programme ("sẽ phát biểu") is planned; statements inside talks, replies told without a speech word
and unnamed delegates' remarks are none (tests/dev/README.md, Speeches at conferences, meetings and ceremonies).
Our own sentences."""
import pytest

import bangiao


def _events(text: str) -> list[tuple[str, tuple[str, ...], str | None, str]]:
    return [(e.type, e.participants, e.date.value if e.date else None, e.status)
            for e in bangiao.extract(text, published="2024-06-05").events]


_PMC, _HUN_MANET, _ANWAR, _SON = "person:pham-minh-chinh", "person:hun-manet", "person:anwar-ibrahim", "person:bui-thanh-son"


@pytest.mark.parametrize("text, wanted", [
    # a speech at a co-chaired session: the speaker's, on the session's day
    ("Sáng 12/3, tại Hà Nội, Thủ tướng Phạm Minh Chính và Thủ tướng Campuchia Hun Manet đồng chủ trì Hội nghị hợp tác "
     "đầu tư Việt Nam - Campuchia. Phát biểu tại Hội nghị, Thủ tướng Hun Manet đánh giá quan hệ kinh tế hai nước phát "
     "triển tốt.",
     [("CONFERENCE", (_PMC, _HUN_MANET), "2024-03-12", "happened"), ("SPEECH", (_HUN_MANET,), "2024-03-12", "happened")]),
    # an opening speech, the speaker named by the title the article gave him
    ("Sáng 8/5, Thủ tướng Phạm Minh Chính chủ trì Hội nghị Cấp cao Tiểu vùng Mekong mở rộng lần thứ 9. Phát biểu khai "
     "mạc, Thủ tướng đề nghị các nước tăng cường kết nối hạ tầng.",
     [("CONFERENCE", (_PMC,), "2024-05-08", "happened"), ("SPEECH", (_PMC,), "2024-05-08", "happened")]),
    # at a banquet: the host's speech
    ("Tối 14/4, tại Kuala Lumpur, Thủ tướng Anwar Ibrahim chủ trì tiệc chiêu đãi Thủ tướng Phạm Minh Chính. Phát biểu "
     "tại buổi tiệc, Thủ tướng Anwar Ibrahim cho biết hai nước có nhiều tiềm năng hợp tác.",
     [("CEREMONY", (_ANWAR, _PMC), "2024-04-14", "happened"), ("SPEECH", (_ANWAR,), "2024-04-14", "happened")]),
    # a meeting of several days: the speech takes its first day, not the article's
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao Đông Á tại Viêng Chăn từ ngày 20 đến 22/5. "
     "Phát biểu tại Hội nghị, Bộ trưởng Bùi Thanh Sơn đề nghị các nước giữ vững đoàn kết.",
     [("CONFERENCE", (_SON,), "2024-05-20", "happened"), ("SPEECH", (_SON,), "2024-05-20", "happened")]),
    # a speech in a programme to come: planned, though a guest ("khách mời") is named before it
    ("Thủ tướng Phạm Minh Chính sẽ tham dự Diễn đàn Kinh tế Thế giới tại Thiên Tân từ ngày 24 đến 26/6 với tư cách "
     "khách mời danh dự và sẽ phát biểu tại phiên toàn thể.",
     [("CONFERENCE", (_PMC,), "2024-06-24", "planned"), ("SPEECH", (_PMC,), "2024-06-24", "planned")]),
    # near-miss: what is said at talks is the talks
    ("Chiều 3/4, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Hun Manet. Phát biểu tại cuộc hội đàm, Thủ tướng Hun "
     "Manet khẳng định Campuchia coi trọng quan hệ với Việt Nam.",
     [("TALKS", (_PMC, _HUN_MANET), "2024-04-03", "happened")]),
    # near-miss: delegates speak, no one named (the leader named after their words is not the speaker)
    ("Sáng 12/3, Thủ tướng Phạm Minh Chính dự Hội nghị hợp tác đầu tư. Phát biểu tại hội nghị, các đại biểu đánh giá "
     "cao vai trò của Thủ tướng Phạm Minh Chính.",
     [("CONFERENCE", (_PMC,), "2024-03-12", "happened")]),
    ("Sáng 12/3, Thủ tướng Phạm Minh Chính dự Hội nghị hợp tác đầu tư. Phát biểu ý kiến tại hội nghị, các đại biểu đề "
     "nghị tăng cường kết nối.",
     [("CONFERENCE", (_PMC,), "2024-03-12", "happened")]),
    # near-miss: a reply at a ceremony told without a speech word
    ("Sáng 2/5, tại Phnom Penh, Thủ tướng Hun Manet trao Huân chương Hữu nghị tặng Đại sứ Nguyễn Huy Tăng. Đại sứ "
     "Nguyễn Huy Tăng cảm ơn Chính phủ Campuchia.",
     [("AWARD", (_HUN_MANET, "person:nguyen-huy-tang"), "2024-05-02", "happened")]),
])
def test_events_speech_at_its_occasion(text, wanted):
    assert _events(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # a statement's word inside a name ("… Thống nhất") states nothing: the forum is announced
    ("Theo chương trình, Thủ tướng Phạm Minh Chính sẽ tiếp Chủ tịch Tổ chức Dân tộc Mã Lai Thống nhất (UMNO) Ahmad Zahid "
     "Hamidi và dự Diễn đàn Doanh nghiệp Việt Nam - Malaysia.",
     [("MEET", (_PMC, "person:ahmad-zahid-hamidi"), None, "planned"),
      ("CONFERENCE", ("country:VN", "country:MY"), None, "planned")]),
    # near-miss: an agreement to attend is a statement about the forum, no event
    ("Hai Thủ tướng thống nhất sẽ dự Diễn đàn Doanh nghiệp Việt Nam - Malaysia.", []),
])
def test_events_statement_word_in_a_name(text, wanted):
    assert _events(text) == wanted
