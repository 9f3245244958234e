"""Events from Vietnamese sentences the team wrote: type, CAMEO, participants, place, status, one per occurrence."""
import pytest

import bangiao
from bangiao.model import to_dict

META = "2024-01-08"


def _events(text, published=META):
    doc = bangiao.extract(text, published=published)
    return doc, [(e.type, list(e.participants), e.status) for e in doc.events]


def test_events_talks_with_place_date_and_code():
    doc, _ = _events("Ngày 6-1, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào "
                     "Sonexay Siphandone.")
    [e] = doc.events
    assert (e.type, e.cameo) == ("TALKS", "046")
    assert e.participants == ("person:pham-minh-chinh", "person:sonexay-siphandone")
    assert e.location == "place:ha-noi"            # a venue stands for its city
    assert e.date.value == "2024-01-06" and e.status == "happened"
    assert doc.text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_events_visit_puts_the_visitor_first():
    _, events = _events("Sáng 7-1, Thủ tướng Lào Sonexay Siphandone bắt đầu chuyến thăm chính thức Việt Nam "
                        "theo lời mời của Thủ tướng Phạm Minh Chính.")
    assert ("VISIT", ["person:sonexay-siphandone", "person:pham-minh-chinh"], "happened") in events


def test_events_one_meeting_with_each_person_met():
    _, events = _events("Chiều 6-1, Tổng Bí thư Nguyễn Phú Trọng hội kiến Chủ tịch Quốc hội Lào Saysomphone Phomvihane "
                        "và Thủ tướng Lào Sonexay Siphandone.")
    meets = [p for t, p, _ in events if t == "MEET"]
    assert meets == [["person:nguyen-phu-trong", "person:saysomphone-phomvihane"],
                     ["person:nguyen-phu-trong", "person:sonexay-siphandone"]]


def test_events_announced_are_planned_and_undated():
    doc, events = _events("Theo chương trình, Thủ tướng Hun Manet sẽ hội kiến Tổng Bí thư Nguyễn Phú Trọng.", "2023-12-11")
    assert [(t, s) for t, _, s in events] == [("MEET", "planned")]
    assert doc.events[0].date is None


@pytest.mark.parametrize("text", [
    "Hai bên đánh giá cao chuyến thăm của Thủ tướng Lào Sonexay Siphandone.",
    "Hai bên nhất trí tăng cường các cuộc gặp cấp cao và trao đổi đoàn.",
    "Thủ tướng Phạm Minh Chính đề nghị tiếp tục thúc đẩy hợp tác kinh tế.",
    "Nhân dịp này, phía Việt Nam trao tặng Lào 20 chiếc xe điện.",
    "Doanh nghiệp gặp khó khăn trong việc tiếp cận vốn.",
])
def test_events_statements_and_generic_phrases_are_not_events(text):
    assert _events(text)[1] == []


def test_events_restated_occurrence_is_one_event():
    text = ("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone\n"
            "Ngày 6-1, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone.\n"
            "Tại cuộc hội đàm, hai Thủ tướng nhất trí tăng cường hợp tác.")
    assert [t for t, _, _ in _events(text)[1]] == ["TALKS"]


def test_events_award_and_call_and_sign():
    _, events = _events("Ngày 7-1, Chủ tịch nước Lào Thongloun Sisoulith trao tặng Thủ tướng Phạm Minh Chính "
                        "Huân chương Vàng quốc gia. Tối 7-1, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Campuchia "
                        "Hun Manet. Sau đó, hai Thủ tướng chứng kiến lễ ký kết Bản ghi nhớ về hợp tác giáo dục.")
    kinds = [t for t, _, _ in events]
    assert "AWARD" in kinds and "CALL" in kinds and "SIGN" in kinds


def test_events_history_recalled_is_not_news():
    _, events = _events("Ngày 5-9-1962, hai nước chính thức thiết lập quan hệ ngoại giao; năm 1977, Hiệp ước Hữu nghị "
                        "được ký kết tại Viêng Chăn bởi Chủ tịch Kaysone Phomvihane.", "2022-07-18")
    assert events == []


def test_events_record_shape():
    doc, _ = _events("Ngày 6-1, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone.")
    record = to_dict(doc)["events"][0]
    assert set(record) == {"id", "type", "cameo", "date", "participants", "location", "agreements", "status", "evidence"}
