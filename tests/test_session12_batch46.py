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
    ("Sáng 2/6, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân gặp Thủ tướng Lào Thongloun Sisoulith, chúc mừng ông được Quốc "
     "hội Lào khóa VIII bầu giữ chức Thủ tướng.", "2016-06-02"),
    # a national day and Kaysone Phomvihane's birth celebrated in their run-up, being prepared now
    ("Chiều 14/10, Chủ tịch Quốc hội Lào Pany Yathotou tiếp đoàn đại biểu tỉnh Nghệ An do Bí thư Tỉnh ủy dẫn đầu, "
     "khi nhân dân Lào đang tích cực chuẩn bị kỷ niệm 45 năm Quốc khánh Lào và 100 năm ngày sinh Chủ tịch Kaysone "
     "Phomvihane.",
     "2020-10-14"),
])
def test_dates_stamps_elections_and_anniversaries_prepared(text, day):
    assert published(text) == day


@pytest.mark.parametrize("text, people", [
    # a surname that is also a body's word ("Đoàn") before two given names: a person
    ("Thứ trưởng Tư pháp Đoàn Quang Huy khai mạc hội thảo.", ["Đoàn Quang Huy"]),
    ("Tham dự có ông Đoàn Hùng Minh, Vụ trưởng.", ["Đoàn Hùng Minh"]),
    # near-misses: a delegation of a country, of a province, of a ministry
    ("Đoàn Việt Nam do Bộ trưởng dẫn đầu đã tới Viêng Chăn.", []),
    ("Đoàn Thanh Hóa thăm tỉnh Hủa Phăn.", []),
    ("Đoàn Bộ Du lịch Campuchia thăm Tây Ninh.", []),
])
def test_entities_a_surname_that_is_also_a_delegation(text, people):
    doc, _ = named(text)
    assert [e.name for e in doc.entities if e.type == "PERSON"] == people


@pytest.mark.parametrize("sentence, visitor", [
    # a move framed as the occasion of a reception ("nhân dịp sang dự …", no country named): the guest's visit
    ("Ngày 6/5/2024, Phó Thủ tướng Trần Lưu Quang tiếp Phó Thủ tướng Lào Chansamone Chanyalath, nhân dịp sang dự Lễ "
     "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.", "Chansamone Chanyalath"),
    # near-miss: the mover named before the move is the subject's own
    ("Ngày 6/5/2024, Phó Thủ tướng Lào Chansamone Chanyalath sang dự Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.",
     "Chansamone Chanyalath"),
])
def test_events_a_guest_come_to_attend(sentence, visitor):
    assert [p for t, p, _ in events(sentence) if t == "VISIT"] == [[visitor]]
