"""Session 12, the classes batch 46 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events, named, published


@pytest.mark.parametrize("text, day", [
    # a page's stamped day when the first day written is told just past ("ngày 27/11 vừa qua")
    (" date 2024-12-05 Tại buổi gặp, Đại sứ Việt Nam chúc mừng Đại sứ Lào. Đại sứ nhắc lại rằng ngày 2/12 vừa qua, "
     "tại Hà Nội đã diễn ra lễ kỷ niệm Quốc khánh Lào.", "2024-12-05"),
    # near-miss: a lead day of its own, not told past: the stamp gives its year only
    (" date 2024-12-05 Ngày 3/12, Đại sứ Việt Nam chúc mừng Đại sứ Lào.", "2024-12-03"),
    # elected with the elector named between: just taken office
    ("Sáng 2/6, Chủ tịch nước Trần Đại Quang tiếp Thủ tướng Lào Thongloun Sisoulith, chúc mừng ông được Quốc hội Lào "
     "tín nhiệm bầu làm Thủ tướng.", "2016-06-02"),
    # a national day and Kaysone Phomvihane's birth celebrated in their run-up, being prepared now
    ("Sáng 14/10, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh hội kiến Chủ tịch Quốc hội Lào Pany Yathotou, khi nhân dân Lào "
     "đang tích cực chuẩn bị kỷ niệm 45 năm Quốc khánh Lào và 100 năm ngày sinh của Chủ tịch Kaysone Phomvihane.",
     "2020-10-14"),
])
def test_dates_stamps_elections_and_anniversaries_prepared(text, day):
    assert published(text) == day


@pytest.mark.parametrize("text, people", [
    # a surname that is also a body's word ("Đoàn") before two given names: a person
    ("Thứ trưởng Ngoại giao Đoàn Xuân Hưng chủ trì buổi họp báo.", ["Đoàn Xuân Hưng"]),
    ("Tham dự có ông Đoàn Hùng Minh, Vụ trưởng.", ["Đoàn Hùng Minh"]),
    # near-misses: a delegation of a country, of a province, of a ministry
    ("Đoàn Việt Nam do Bộ trưởng dẫn đầu đã tới Viêng Chăn.", []),
    ("Đoàn Thanh Hóa thăm tỉnh Hủa Phăn.", []),
    ("Đoàn Bộ Lễ nghi và Tôn giáo Campuchia thăm Bình Dương.", []),
])
def test_entities_a_surname_that_is_also_a_delegation(text, people):
    doc, _ = named(text)
    assert [e.name for e in doc.entities if e.type == "PERSON"] == people


@pytest.mark.parametrize("sentence, visitor", [
    # a move framed as the occasion of a reception ("nhân dịp sang dự …", no country named): the guest's visit
    ("Ngày 29/4/2025, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Bộ trưởng Ngoại giao Cuba Bruno Rodríguez Parrilla, "
     "nhân dịp sang dự Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam.", "Bruno Rodríguez Parrilla"),
    # near-miss: the mover named before the move is the subject's own
    ("Ngày 29/4/2025, Bộ trưởng Ngoại giao Cuba Bruno Rodríguez Parrilla sang dự Lễ kỷ niệm 50 năm Ngày Giải phóng "
     "miền Nam.", "Bruno Rodríguez Parrilla"),
])
def test_events_a_guest_come_to_attend(sentence, visitor):
    assert [p for t, p, _ in events(sentence) if t == "VISIT"] == [[visitor]]
