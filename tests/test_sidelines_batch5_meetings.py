"""Batch 5, class 1: bilateral contacts listed after one verb, and the meeting they were held on the sidelines of.

"A tiếp xúc song phương với B, C và D" is one MEET of A with each; "bên lề Hội nghị X, A gặp B" also tells A
attended X (a CONFERENCE of A), unless the sentence recalls an earlier meeting. Our own sentences.
"""
import pytest

import bangiao


def _events(text: str, published: str = "2023-07-14"):
    return bangiao.extract(text, published=published).events


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 13/7, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp xúc song "
     "phương với Bộ trưởng Ngoại giao Mỹ Antony Blinken, Bộ trưởng Ngoại giao Nhật Bản Hayashi Yoshimasa và Ngoại "
     "trưởng Australia Penny Wong.",
     {("person:bui-thanh-son", "person:antony-blinken"), ("person:bui-thanh-son", "person:hayashi-yoshimasa"),
      ("person:bui-thanh-son", "person:penny-wong")}),
    ("Chiều 13/7, Bộ trưởng Bùi Thanh Sơn có các cuộc gặp song phương với Ngoại trưởng Australia Penny Wong và Bộ "
     "trưởng Ngoại giao Mỹ Antony Blinken.",
     {("person:bui-thanh-son", "person:penny-wong"), ("person:bui-thanh-son", "person:antony-blinken")}),
])
def test_sidelines_bilateral_contacts_one_meeting_each(text, wanted):
    meets = {e.participants for e in _events(text) if e.type == "MEET"}
    assert wanted <= meets


def test_sidelines_one_contact_is_one_meeting():
    """Near-miss: one person met bilaterally is one meeting, not two."""
    meets = [e for e in _events("Ngày 13/7, Bộ trưởng Bùi Thanh Sơn đã gặp song phương với Ngoại trưởng Australia "
                                "Penny Wong.") if e.type == "MEET"]
    assert len(meets) == 1


@pytest.mark.parametrize("text, attended", [
    # the meeting's occasion, told as the news: the subject's CONFERENCE, on the meeting's day
    ("Chiều 13/7, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN tại Jakarta, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có "
     "cuộc gặp với Bộ trưởng Ngoại giao Mỹ Antony Blinken.", "person:bui-thanh-son"),
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn ngày 13/7 đã gặp Bộ trưởng Ngoại giao Mỹ Antony Blinken bên lề Diễn đàn "
     "Khu vực ASEAN.", "person:bui-thanh-son"),
    # near-misses: a past meeting recalled, with its occasion: no conference
    ("Hai Bộ trưởng từng gặp nhau bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN tại Phnom Penh tháng 8/2022.", None),
    ("Trước đó, Bộ trưởng Bùi Thanh Sơn đã gặp Bộ trưởng Ngoại giao Mỹ Antony Blinken bên lề Hội nghị G20 tháng "
     "3/2023.", None),
    # near-miss: "bên lề" with no meeting in the sentence
    ("Nhiều hoạt động văn hóa diễn ra bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN.", None),
])
def test_sidelines_the_occasion_is_a_conference_of_the_subject(text, attended):
    events = _events(text)
    conferences = [e for e in events if e.type == "CONFERENCE"]
    if attended is None:
        assert not conferences
        return
    assert [e.participants for e in conferences] == [(attended,)]
    meet = next(e for e in events if e.type == "MEET")
    assert conferences[0].date == meet.date and conferences[0].evidence.text.startswith("bên lề")


def test_sidelines_no_second_conference_when_attendance_is_told():
    """Near-miss: "dự Hội nghị X … bên lề Hội nghị" — the attendance told already is the one conference."""
    events = _events("Ngày 13/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN tại "
                     "Jakarta. Chiều 13/7, bên lề Hội nghị, Bộ trưởng Bùi Thanh Sơn đã gặp Ngoại trưởng Australia "
                     "Penny Wong.")
    assert len([e for e in events if e.type == "CONFERENCE"]) == 1
