"""Issue 12, session 6, class 6 ("missed events"): a visit told only in passing — another trip named in a clause of
time just before or after the article's own ("ngay sau chuyến thăm …", "sau khi kết thúc chuyến làm việc tại …") —
is a VISIT of its own, undated unless its own time follows (tests/dev/README.md, Recalled visits; Event dates); the
article's own visit told again that way is not doubled (our own sentences)."""
import pytest

import bangiao

_OWN = ("Tối 18/5, Tổng thống Chile Gabriel Boric đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam từ ngày 18 đến "
        "20/5. ")
_BORIC = ("person:gabriel-boric",)


def _visits(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(e.participants, e.date.value if e.date else None)
            for e in bangiao.extract(text, published="2023-05-20").events if e.type == "VISIT"]


@pytest.mark.parametrize("text, wanted", [
    (_OWN + "Ông đến Việt Nam ngay sau chuyến thăm chính thức Thái Lan.",
     [(_BORIC, "2023-05-18"), (_BORIC, None)]),
    (_OWN + "Trước đó, sau khi kết thúc chuyến làm việc tại Thái Lan, Tổng thống đã tới Hà Nội.",
     [(_BORIC, "2023-05-18"), (_BORIC, None)]),
    # the destination written after the trip's owner ("chuyến công tác của Tổng thống tại …")
    (_OWN + "Chuyến thăm diễn ra ngay sau chuyến công tác của Tổng thống tại Thái Lan.",
     [(_BORIC, "2023-05-18"), (_BORIC, None)]),
    # near-miss: a visit in passing with its own days written after it keeps them
    (_OWN + "Hai bên sẽ họp vào tháng 6, ngay sau chuyến thăm chính thức Thái Lan của Tổng thống Gabriel Boric từ ngày "
     "2 đến 4/6.",
     [(_BORIC, "2023-05-18"), (_BORIC, "2023-06-02")]),
    # near-misses: the article's own visit told again in a clause of time is not doubled
    (_OWN + "Ngay sau chuyến thăm chính thức Việt Nam, Tổng thống sẽ về nước.",
     [(_BORIC, "2023-05-18")]),
    (_OWN + "Sau chuyến thăm, hai bên ra Tuyên bố chung.",
     [(_BORIC, "2023-05-18")]),
    # near-miss: a country named after the visit's word but not as where it went, without a clause of time
    (_OWN + "Chuyến thăm nhằm thúc đẩy quan hệ giữa Chile và Việt Nam.",
     [(_BORIC, "2023-05-18")]),
])
def test_visitors_session6_a_visit_just_before_or_after_is_its_own(text, wanted):
    assert _visits(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # the one received, his title between commas, visiting now
    ("Chiều 12/5, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp ông Randeep Sarai, Bộ trưởng Phát triển "
     "quốc tế Canada, đang thăm và làm việc tại Việt Nam.",
     [(("person:randeep-sarai",), "2023-05-12")]),
    ("Chiều 12/5, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Australia Penny Wong đang có "
     "chuyến công tác tại Việt Nam.",
     [(("person:penny-wong",), "2023-05-12")]),
    # near-miss: the host's own trip, told between commas after him, is the host's
    ("Chiều 12/5, Thủ tướng Phạm Minh Chính, Trưởng đoàn Việt Nam, đang thăm chính thức Australia, đã tiếp bà Penny "
     "Wong.",
     [(("person:pham-minh-chinh",), "2023-05-12")]),
])
def test_visitors_session6_the_one_received_is_visiting_now(text, wanted):
    assert _visits(text) == wanted


_NOW = "Hà Nội, 20/5/2023 - Tổng thống Chile Gabriel Boric đang thăm chính thức Việt Nam từ ngày 18 đến 20/5. "


@pytest.mark.parametrize("text, wanted", [
    # recalled visits with their own time: one VISIT per time listed
    (_NOW + "Đây là lần thứ ba ông Boric thăm Việt Nam, sau các chuyến thăm tháng 3/2015 và tháng 9/2019.",
     [(_BORIC, "2023-05-18"), (_BORIC, "2015-03"), (_BORIC, "2019-09")]),
    (_NOW + "Đây là lần thứ hai ông tới Việt Nam, sau chuyến thăm năm 2012.",
     [(_BORIC, "2023-05-18"), (_BORIC, "2012")]),
    (_NOW + "Thủ tướng Phạm Minh Chính nhắc lại chuyến thăm chính thức Chile của mình vào tháng 6/2022.",
     [(_BORIC, "2023-05-18"), (("person:pham-minh-chinh",), "2022-06")]),
    # near-misses: the article's own visit told again with its month or year is not doubled
    (_NOW + "Trong chuyến thăm tháng 5/2023, hai bên đã ký ba văn kiện.",
     [(_BORIC, "2023-05-18")]),
    (_NOW + "Chuyến thăm năm 2023 của Tổng thống Gabriel Boric diễn ra tốt đẹp.",
     [(_BORIC, "2023-05-18")]),
])
def test_visitors_session6_recalled_visits_with_their_own_time(text, wanted):
    assert _visits(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # countries listed after a visit's word: one VISIT each (the first takes the day written, the others none)
    (_NOW + "Ông tới Hà Nội sau khi lần lượt thăm Thái Lan, Malaysia và Indonesia.",
     [(_BORIC, "2023-05-18"), (_BORIC, None), (_BORIC, None), (_BORIC, None)]),
    (_NOW + "Theo chương trình, ngày 20/5, Tổng thống sẽ rời Hà Nội, tiếp tục chuyến công du châu Á tới Nhật Bản và "
     "Hàn Quốc.",
     [(_BORIC, "2023-05-18"), (_BORIC, "2023-05-20"), (_BORIC, None)]),
    # near-miss: countries joined by a dash name a relation, not stops
    (_NOW + "Chuyến thăm góp phần thúc đẩy quan hệ Chile - Việt Nam.",
     [(_BORIC, "2023-05-18")]),
])
def test_visitors_session6_one_visit_per_country_listed(text, wanted):
    assert _visits(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # a trip told by its movement and its purpose, recalled with its own time
    (_NOW + "Trước đó, ông Boric đã tới Đà Nẵng dự Tuần lễ Cấp cao APEC hồi tháng 11/2017.",
     [(_BORIC, "2023-05-18"), (_BORIC, "2017-11")]),
    # leaving for another country, with its day written right after
    (_NOW + "Theo kế hoạch, ông Boric sẽ rời Hà Nội đi Thái Lan trong ngày 21/5.",
     [(_BORIC, "2023-05-18"), (_BORIC, "2023-05-21")]),
    # the one named before a pronoun ("nhân dịp ông dẫn đầu … sang dự"), not the host
    ("Sáng 12/5, Chủ tịch nước Võ Văn Thưởng gặp Tổng thống Chile Gabriel Boric, nhân dịp ông dẫn đầu đoàn đại biểu "
     "Chile sang dự Hội nghị thượng đỉnh ASEAN.",
     [(_BORIC, "2023-05-12")]),
    ("Sáng 12/5, Chủ tịch nước Võ Văn Thưởng dẫn đầu Đoàn đại biểu Việt Nam sang Chile dự lễ nhậm chức của Tổng "
     "thống Gabriel Boric.",
     [(("person:vo-van-thuong",), "2023-05-12")]),
    # near-misses: trade, a project, a welcomed guest not named
    (_NOW + "Tổng thống Boric cho biết Chile sẽ tăng xuất khẩu sang Việt Nam dự kiến đạt 2 tỷ USD.",
     [(_BORIC, "2023-05-18")]),
    (_NOW + "Thủ tướng Phạm Minh Chính đề nghị doanh nghiệp Chile chuyển sang dự án năng lượng sạch.",
     [(_BORIC, "2023-05-18")]),
    ("Sáng 12/5, Thủ tướng Phạm Minh Chính chào mừng người đồng cấp Lào cùng đoàn sang dự kỳ họp.",
     []),
])
def test_visitors_session6_a_trip_told_by_its_movement(text, wanted):
    assert _visits(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # "thăm nước này": the country told before is the place the visit's word needs
    ("Hà Nội, 20/5/2023 - Chủ tịch nước Trương Tấn Sang đã thăm Chile năm 2014 và Chủ tịch Quốc hội Nguyễn Thị Kim "
     "Ngân thăm nước này tháng 5/2017.",
     [(("person:truong-tan-sang", "person:nguyen-thi-kim-ngan"), "2014"), (("person:nguyen-thi-kim-ngan",), "2017-05")]),
    # near-miss: no place after the word ("thăm hỏi"), no visit
    ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân thăm hỏi sức khỏe các cựu chiến binh.", []),
])
def test_visitors_session6_a_visit_to_the_country_told_before(text, wanted):
    assert _visits(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # two visits in one sentence, each with its own invitation: each host is of the visit his invitation follows
    ("Hà Nội, 20/5/2023 - Ngày 21/5, Tổng Bí thư Tô Lâm sẽ thăm chính thức Lào theo lời mời của Tổng Bí thư Thongloun "
     "Sisoulith, rồi thăm chính thức Campuchia theo lời mời của Thủ tướng Hun Manet.",
     [("person:to-lam", "person:thongloun-sisoulith"), ("person:to-lam", "person:hun-manet")]),
    # near-miss: an invitation before the one visit is of that visit
    ("Hà Nội, 20/5/2023 - Theo lời mời của Thủ tướng Hun Manet, Thủ tướng Phạm Minh Chính thăm chính thức Campuchia.",
     [("person:pham-minh-chinh", "person:hun-manet")]),
])
def test_visitors_session6_each_visit_its_own_host(text, wanted):
    assert [p for p, _ in _visits(text)] == wanted
