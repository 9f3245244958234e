"""Visits listed with their dates in one sentence (extract/visit_lists.py), on sentences the team wrote."""
import pytest

import bangiao


def _visits(text, published="2024-10-28"):
    doc = bangiao.extract(text, published=published)
    return sorted((e.type, e.participants, e.date.value if e.date else None) for e in doc.events
                  if e.type in ("VISIT", "CONFERENCE"))


@pytest.mark.parametrize("text, wanted", [
    # a list of earlier visits, a month in brackets after each person (real batch 4)
    ("Các đoàn Việt Nam thăm Qatar gồm có: Phó Thủ tướng Nguyễn Sinh Hùng (12/2007); Thủ tướng Nguyễn Tấn Dũng "
     "(3/2009); Bộ trưởng Ngoại giao Phạm Bình Minh (4/2013).",
     {("VISIT", ("person:nguyen-sinh-hung",), "2007-12"), ("VISIT", ("person:nguyen-tan-dung",), "2009-03"),
      ("VISIT", ("person:pham-binh-minh",), "2013-04")}),
    # a year written with "năm" after each person (real batch 3's shape)
    ("Hai nước nhắc lại các chuyến thăm của Tổng thống Jacques Chirac năm 1997 và Tổng thống François Mitterrand "
     "năm 1993.",
     {("VISIT", ("person:jacques-chirac",), "1997"), ("VISIT", ("person:francois-mitterrand",), "1993")}),
    # two years after one person are two visits of theirs
    ("Hai nước nhắc lại các chuyến thăm của Tổng thống François Mitterrand năm 1993, Tổng thống Jacques Chirac năm "
     "1997 và năm 2004.",
     {("VISIT", ("person:jacques-chirac",), "1997"), ("VISIT", ("person:jacques-chirac",), "2004")}),
    # an item that attended a meeting is a conference too
    ("Đoàn Việt Nam sang thăm Qatar có Thủ tướng Nguyễn Tấn Dũng (3/2009) và Chủ tịch Quốc hội Nguyễn Thị Kim Ngân "
     "dự Đại hội đồng IPU-140 (4/2019).",
     {("VISIT", ("person:nguyen-tan-dung",), "2009-03"), ("VISIT", ("person:nguyen-thi-kim-ngan",), "2019-04"),
      ("CONFERENCE", ("person:nguyen-thi-kim-ngan",), "2019-04")}),
])
def test_visit_lists_one_visit_per_person_with_its_date(text, wanted):
    assert wanted <= set(_visits(text))


@pytest.mark.parametrize("text, unwanted", [
    # near-misses: dates after people without a visit word; a birth year; a date after the article
    ("Thủ tướng Nguyễn Tấn Dũng (3/2009) và Bộ trưởng Phạm Bình Minh (4/2013) đã gửi điện mừng.",
     [("VISIT", ("person:nguyen-tan-dung",), "2009-03")]),
    ("Các đoàn thăm Lào có Thủ tướng Nguyễn Tấn Dũng (sinh năm 1949) và Bộ trưởng Phạm Bình Minh (sinh năm 1959).",
     [("VISIT", ("person:nguyen-tan-dung",), "1949"), ("VISIT", ("person:pham-binh-minh",), "1959")]),
    ("Các đoàn Việt Nam thăm Qatar gồm có: Thủ tướng Nguyễn Tấn Dũng (3/2009); Bộ trưởng Phạm Bình Minh (4/2026).",
     [("VISIT", ("person:pham-binh-minh",), "2026-04")]),
    # the tail of a day ("25-26/2/2019") is no month of its own: the day's own sentence dates the visit
    ("Hai bên trao đổi nhiều chuyến thăm, trong đó có chuyến thăm Campuchia của Tổng Bí thư Nguyễn Phú Trọng ngày "
     "25-26/2/2019, Chủ tịch Quốc hội Heng Samrin thăm Việt Nam từ 28-30/5/2019.",
     [("VISIT", ("person:nguyen-phu-trong",), "2019-02"), ("VISIT", ("person:heng-samrin",), "2019-05")]),
    # a number after a listed visit is no second visit
    ("Hai nước nhắc lại các chuyến thăm của Tổng thống François Mitterrand năm 1993, Tổng thống Jacques Chirac năm "
     "1997, 2000 tỷ đồng viện trợ.", [("VISIT", ("person:jacques-chirac",), "2000")]),
])
def test_visit_lists_near_misses_stay_as_they_are(text, unwanted):
    found = _visits(text)
    assert not set(unwanted) & set(found)


def test_visit_lists_the_list_sentence_is_not_one_occasion_of_everyone():
    """The event finder's own event of the list sentence loses the listed people (no one visit of all of them)."""
    text = ("Các đoàn Việt Nam thăm Qatar gồm có: Phó Thủ tướng Nguyễn Sinh Hùng (12/2007); Thủ tướng Nguyễn Tấn Dũng "
            "(3/2009).")
    assert all(len(p) == 1 for _, p, _ in _visits(text))


def test_visit_lists_a_restatement_left_in_the_list_sentence_is_dropped():
    """The finder reads the list's "thăm Qatar" as restating the visit told before: that visit is told once."""
    text = ("Nhận lời mời của Thủ tướng Nhà nước Qatar, Thủ tướng Phạm Minh Chính sẽ thăm chính thức Qatar. Đoàn Việt Nam "
            "thăm Qatar gồm có: Thủ tướng Nguyễn Tấn Dũng (3/2009); Bộ trưởng Ngoại giao Phạm Bình Minh (4/2013).")
    chinh = [v for v in _visits(text) if v[0] == "VISIT" and "person:pham-minh-chinh" in v[1]]
    assert len(chinh) == 1


@pytest.mark.parametrize("text, wanted", [
    # meetings held in turn: one with each person named after "lần lượt gặp" (real batch 4)
    ("Ngày 20/2, Bộ trưởng Ngoại giao Lê Hoài Trung đã lần lượt gặp Thủ tướng Lào Sonexay Siphandone; Thủ tướng "
     "Campuchia Hun Manet và Tổng thống Philippines Ferdinand Marcos Jr.",
     {("MEET", ("person:le-hoai-trung", "person:sonexay-siphandone")), ("MEET", ("person:le-hoai-trung", "person:hun-manet")),
      ("MEET", ("person:le-hoai-trung", "person:ferdinand-marcos-jr"))}),
    ("Chiều 5/3, Thủ tướng Phạm Minh Chính lần lượt hội đàm với Thủ tướng Lào Sonexay Siphandone và Thủ tướng "
     "Campuchia Hun Manet.",
     {("TALKS", ("person:pham-minh-chinh", "person:sonexay-siphandone")),
      ("TALKS", ("person:pham-minh-chinh", "person:hun-manet"))}),
])
def test_visit_lists_meetings_in_turn_one_with_each(text, wanted):
    doc = bangiao.extract(text, published="2024-03-05")
    found = {(e.type, e.participants) for e in doc.events}
    assert wanted <= found
    assert all(doc.text[e.evidence.start:e.evidence.end] == e.evidence.text for e in doc.events)


def test_visit_lists_in_turn_without_a_meeting_word_makes_no_meeting():
    """Near-miss: speakers taking the floor in turn meet nobody."""
    doc = bangiao.extract("Sáng 5/3, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone lần lượt phát biểu "
                          "tại hội nghị.", published="2024-03-05")
    assert not [e for e in doc.events if e.type == "MEET"]


def test_visit_lists_meetings_in_turn_take_the_sentence_date():
    doc = bangiao.extract("Chiều 5/3, Thủ tướng Phạm Minh Chính lần lượt tiếp Thủ tướng Lào Sonexay Siphandone và Thủ "
                          "tướng Campuchia Hun Manet.", published="2024-03-06")
    meets = [e for e in doc.events if e.type == "MEET"]
    assert len(meets) == 2 and all(e.date and e.date.value == "2024-03-05" for e in meets)


@pytest.mark.parametrize("text, count", [
    # one conference per meeting the sentence lists after its verb (real batch 3: online ASEAN+ meetings)
    ("Chiều 9/9, Phó Thủ tướng Phạm Bình Minh đồng chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản, Hội nghị "
     "Bộ trưởng Ngoại giao ASEAN+3 (Hàn Quốc, Trung Quốc và Nhật Bản) lần thứ 21 và dự Hội nghị Bộ trưởng Ngoại giao "
     "ASEAN - Hàn Quốc.", 3),
    ("Chiều 9/9, Phó Thủ tướng Phạm Bình Minh tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản và Hội nghị Bộ "
     "trưởng Ngoại giao ASEAN - Ấn Độ.", 2),
    # near-miss: a meeting named as the occasion of a meeting is no second conference
    ("Chiều 9/9, Phó Thủ tướng Phạm Bình Minh tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53; bên lề Hội nghị, "
     "Phó Thủ tướng gặp Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.", 1),
])
def test_visit_lists_conferences_listed_in_one_sentence(text, count):
    doc = bangiao.extract(text, published="2020-09-09")
    assert len([e for e in doc.events if e.type == "CONFERENCE"]) == count
