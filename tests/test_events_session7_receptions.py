"""Session 7, batch 10 (our own sentences): a reception joined to talks ("A đón tiếp và hội đàm với B") is the talks
alone, as "đón và hội đàm" is; meetings owned by their people ("hai cuộc điện đàm của A và của B với C") are each
owner's with the one after "với", not the article's protagonist's; a farewell ceremony ("lễ tiễn") is a ceremony."""
import pytest

import bangiao


def _events(text: str, published: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((e.type, tuple(sorted(e.participants))) for e in bangiao.extract(text, published=published).events)


_JW, _PMC, _BTS = "person:joko-widodo", "person:pham-minh-chinh", "person:bui-thanh-son"


@pytest.mark.parametrize("text, events", [
    ("Chiều 23/4, Tổng thống Indonesia Joko Widodo đã đón tiếp và hội đàm với Thủ tướng Phạm Minh Chính tại Bogor.",
     [("TALKS", (_JW, _PMC))]),
    ("Chiều 23/4, Tổng thống Indonesia Joko Widodo tiếp và hội đàm với Thủ tướng Phạm Minh Chính.",
     [("TALKS", (_JW, _PMC))]),
    ("Chiều 23/4, tại Bogor, Thủ tướng Phạm Minh Chính đã gặp hẹp và hội đàm với Tổng thống Indonesia Joko Widodo.",
     [("TALKS", (_JW, _PMC))]),
    # near-miss: a reception of one person and talks with another are two events
    ("Chiều 23/4, Tổng thống Indonesia Joko Widodo tiếp Thủ tướng Phạm Minh Chính và hội đàm với Bộ trưởng Bùi Thanh "
     "Sơn.", [("MEET", (_JW, _PMC)), ("TALKS", (_BTS, _JW))]),
])
def test_events_reception_joined_to_talks_is_the_talks(text, events):
    assert _events(text, "2021-04-23") == events


def test_events_meetings_owned_by_their_people():
    text = ("Ngày 28/12, Phó Thủ tướng Lê Minh Khái đồng chủ trì Kỳ họp Ủy ban liên Chính phủ Việt Nam - Cuba. Nổi bật "
            "trong năm là hai cuộc điện đàm của Chủ tịch nước Nguyễn Xuân Phúc và của Tổng Bí thư Nguyễn Phú Trọng "
            "với Chủ tịch Cuba Miguel Díaz-Canel.")
    calls = [p for k, p in _events(text, "2021-12-28") if k == "CALL"]
    assert calls == [("person:miguel-diaz-canel", "person:nguyen-phu-trong"),
                     ("person:miguel-diaz-canel", "person:nguyen-xuan-phuc")]


def test_events_farewell_ceremony():
    text = ("Chiều 8/8, Chủ tịch nước Lương Cường rời Luanda, khép lại chuyến thăm cấp Nhà nước tới Angola. Trước khi "
            "ông lên đường, lễ tiễn Chủ tịch nước Lương Cường đã diễn ra long trọng ở Phủ Tổng thống Angola.")
    assert any(k == "CEREMONY" and "person:luong-cuong" in p for k, p in _events(text, "2025-08-08"))


@pytest.mark.parametrize("text, meets", [
    ("Trong ngày, Thủ tướng Nguyễn Xuân Phúc sẽ còn có một số cuộc hội kiến, tiếp xúc song phương.", 0),  # no one named
    # near-miss: the people met named after it: one meeting each
    ("Trong ngày, Thủ tướng Nguyễn Xuân Phúc sẽ còn có một số cuộc hội kiến với Chủ tịch Trung Quốc Tập Cận Bình và "
     "Thủ tướng Trung Quốc Lý Khắc Cường.", 2),
])
def test_events_some_meetings_with_no_one_named_are_none(text, meets):
    lead = "Sáng 12/9, Thủ tướng Nguyễn Xuân Phúc đến Nam Ninh, bắt đầu chuyến thăm chính thức Trung Quốc. "
    assert len([k for k, _ in _events(lead + text, "2016-09-12") if k == "MEET"]) == meets
