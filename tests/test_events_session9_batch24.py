"""Session 9, the event classes batch 24 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): a year that names a period reviewed or planned dates no event; "nhân dịp sang thăm," is a visit with no
place named; a convention opened for signature and the topic of a document's name are no signing and no
consultation; a visit's length told after it is the same visit, and its last day is no programme's day; a sentence
opening after a welcome keeps its own subjects, a meeting of three of two countries is two."""
import pytest

import bangiao


def _events(text, published):
    doc = bangiao.extract(text, published=published)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, [names[p] for p in e.participants], e.date.value if e.date else None, e.status) for e in doc.events]


@pytest.mark.parametrize("clause, conference_date", [
    ("dự Hội nghị tổng kết kết quả hợp tác năm 2018 giữa hai Bộ", "2019-01-12"),
    ("dự Hội nghị sơ kết kế hoạch hợp tác năm 2018", "2019-01-12"),
    # near-miss: a year right after the meeting's words with nothing between is still the meeting's
    ("dự Hội nghị Bộ trưởng năm 2018 của hai nước", "2018"),
])
def test_dating_a_reviewed_year_dates_no_meeting(clause, conference_date):
    text = (f"Chủ tịch nước Trần Đại Quang chiều 12/1 tiếp Bộ trưởng Nội vụ Campuchia Sar Kheng nhân dịp ông sang Việt "
            f"Nam {clause}.")
    dates = [d for kind, _, d, _ in _events(text, "2019-01-13") if kind == "CONFERENCE"]
    assert dates == [conference_date]


@pytest.mark.parametrize("frame, visit", [
    ("nhân dịp sang thăm, dự Hội nghị giữa hai Bộ", True),
    ("nhân dịp sang thăm và làm việc, dự Hội nghị giữa hai Bộ", True),
    # "sang dự …" with no country is still the guest's trip (session 12, batch 46, settling the case batch 19's 1905
    # and batch 46's 4615 read two ways: tests/dev/README.md, "A guest come to attend")
    ("nhân dịp sang dự Hội nghị giữa hai Bộ", True),
    # near-miss: "nhân dịp" a meeting only is no visit
    ("nhân dịp dự Hội nghị giữa hai Bộ", False),
])
def test_events_a_visit_told_as_an_occasion_without_a_place(frame, visit):
    text = f"Chủ tịch nước Trần Đại Quang chiều 9/1 tiếp Bộ trưởng Nội vụ Campuchia Sar Kheng {frame}."
    visits = [p for kind, p, _, _ in _events(text, "2017-01-10") if kind == "VISIT"]
    assert visits == ([["Sar Kheng"]] if visit else [])


@pytest.mark.parametrize("tail, kinds", [
    ("nhân dịp bà tham dự Lễ mở ký Công ước về chống tội phạm mạng do Việt Nam đăng cai.", {"MEET"}),
    ("và hai bên ký Bản ghi nhớ về tham vấn chính trị giữa hai Bộ.", {"MEET", "SIGN"}),
    # near-misses: a convention signed by the two, and consultations held, are events
    ("và hai bên ký Công ước về dẫn độ.", {"MEET", "SIGN"}),
    ("và hai bên tiến hành tham vấn chính trị lần thứ ba.", {"MEET", "CONSULT"}),
])
def test_events_opened_for_signature_and_named_topics_are_no_events(tail, kinds):
    text = f"Chiều 24/10, tại Hà Nội, Thứ trưởng Nguyễn Minh Hằng có buổi tiếp Thứ trưởng Chile Gloria de la Fuente {tail}"
    assert {kind for kind, _, _, _ in _events(text, "2025-10-25")} == kinds


def test_events_a_visits_length_and_the_talks_after_the_welcome():
    text = ("Ngày 29/11, tại Canberra, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân bắt đầu thăm chính thức Australia, chuyến "
            "thăm dự kiến kéo dài đến ngày 2/12.\n\nNgay sau lễ đón, Chủ tịch Thượng viện Australia Scott Ryan, Chủ tịch "
            "Hạ viện Australia Tony Smith và Chủ tịch Quốc hội Việt Nam Nguyễn Thị Kim Ngân đã hội đàm tại Tòa nhà Quốc "
            "hội.")
    found = _events(text, "2017-11-29")
    assert [e for e in found if e[0] == "VISIT"] == [("VISIT", ["Nguyễn Thị Kim Ngân"], "2017-11-29", "happened")]
    assert sorted(tuple(p) for kind, p, _, _ in found if kind == "TALKS") == [
        ("Scott Ryan", "Nguyễn Thị Kim Ngân"), ("Tony Smith", "Nguyễn Thị Kim Ngân")]
    assert {(d, s) for kind, _, d, s in found if kind == "TALKS"} == {("2017-11-29", "happened")}


def test_events_three_of_one_country_meet_as_one():
    # near-miss of the dyads: no side alone, one meeting of all
    text = ("Ngày 3/5, Thủ tướng Phạm Minh Chính, Chủ tịch nước Võ Văn Thưởng và Chủ tịch Quốc hội Vương Đình Huệ cùng "
            "hội đàm.")
    talks = [p for kind, p, _, _ in _events(text, "2023-05-04") if kind == "TALKS"]
    assert len(talks) == 1 and len(talks[0]) == 3
