"""Session 12, the classes batch 45 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events, named, published


@pytest.mark.parametrize("text, day", [
    # a themed year told as the time things happen in: that year
    ("Sáng 12/3, tại Luông Pha Bang, Tổng Lãnh sự quán Việt Nam trao học bổng cho sinh viên Lào. Trong “Năm Hữu nghị "
     "Đoàn kết Việt Nam - Lào 2017”, thanh niên hai nước đã cùng trồng cây.", "2017-03-12"),
    ("Ngày 8/11, Phó Thủ tướng Nguyễn Xuân Phúc tiếp đoàn giáo viên tỉnh Chăm Pa Sắc. Hai tỉnh sẽ phối hợp nhiều "
     "chương trình trong Năm Hữu nghị Đoàn kết Việt - Lào 2012.", "2012-11-08"),
    # near-miss: a themed year reviewed ("tổng kết"), which may be told the year after: the tenure leaves five years
    ("Ngày 8/11, Phó Thủ tướng Nguyễn Xuân Phúc tiếp đoàn giáo viên tỉnh Chăm Pa Sắc. Hai tỉnh đã tổng kết Năm Hữu "
     "nghị Đoàn kết Việt - Lào 2012.", None),
    # the treaty of friendship between Việt Nam and Lào (18/7/1977) counted: its anniversary's year
    ("Tối 14/9, sinh viên hai nước giao lưu văn nghệ ở Huế, nhân dịp kỷ niệm 46 năm Ngày ký Hiệp ước Hữu nghị và "
     "Hợp tác Việt Nam - Lào.", "2023-09-14"),
    # near-miss: a treaty of that name with no pair named is not known to be Lào's
    ("Tối 14/9, sinh viên hai nước giao lưu văn nghệ ở Huế, nhân dịp kỷ niệm 46 năm Ngày ký Hiệp ước Hữu nghị và "
     "Hợp tác.", None),
])
def test_dates_themed_years_and_the_treaty_of_friendship(text, day):
    assert published(text) == day


@pytest.mark.parametrize("headline, titles", [
    ("Chủ tịch Quốc hội Lào hội kiến phó Thủ tướng Nguyễn Xuân Phúc", ["phó Thủ tướng", "Phó Thủ tướng"]),
    # near-misses: "thừa ủy quyền Chủ tịch nước" is no acting president; "quyền Bộ trưởng" keeps its ministry
    ("Thừa ủy quyền Chủ tịch nước, Phó Thủ tướng Nguyễn Xuân Phúc trao Huân chương", ["Phó Thủ tướng"]),
    ("Chủ tịch Quốc hội Lào hội kiến Phó Thủ tướng Nguyễn Xuân Phúc", ["Phó Thủ tướng"]),
])
def test_entities_a_deputy_title_written_in_lower_case(headline, titles):
    doc, _ = named(headline + "\n\nNgày 13/10/2012, Phó Thủ tướng Nguyễn Xuân Phúc tiếp đoàn đại biểu Lào.")
    phuc = next(e for e in doc.entities if e.name == "Nguyễn Xuân Phúc")
    assert sorted(set(phuc.titles)) == sorted(set(titles))


def test_entities_an_acting_minister_keeps_the_ministry():
    doc, _ = named("Ngày 5/6/2025, quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung gửi thư chúc mừng Đại sứ Lào.")
    assert "Bộ Ngoại giao Việt Nam" in [e.name for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize("sentence, expected", [
    # a trip told by its movement, with "để" before its purpose or a second role after it: a VISIT of the mover
    ("Ngày 5/3/2019, Phó Thủ tướng Lào Sonexay Siphandone sang Việt Nam để dự Lễ khai mạc Năm Du lịch.",
     ("VISIT", ["Sonexay Siphandone"], "2019-03-05")),
    ("Ngày 9/1/2022, Thủ tướng Lào Phankham Viphavanh sang Việt Nam dự và đồng chủ trì Kỳ họp 44 Ủy ban liên "
     "Chính phủ.", ("VISIT", ["Phankham Viphavanh"], "2022-01-09")),
    # a numbered session named as a trip's purpose takes the KB's days
    ("Chiều 9/5/2023, Thủ tướng Phạm Minh Chính tới Labuan Bajo, Indonesia để dự Hội nghị Thượng đỉnh ASEAN lần "
     "thứ 42.", ("CONFERENCE", ["Phạm Minh Chính"], "2023-05-09")),
    # a call paid to congratulate
    ("Ngày 29/8/2019, Đại sứ Lào tại Hoa Kỳ Khamphan Anlavan đã đến chúc mừng Đại sứ Việt Nam Hà Kim Ngọc nhân dịp "
     "Quốc khánh.", ("MEET", ["Khamphan Anlavan", "Hà Kim Ngọc"], "2019-08-29")),
])
def test_events_trips_sessions_and_calls_of_congratulation(sentence, expected):
    assert expected in events(sentence)


@pytest.mark.parametrize("sentence, absent", [
    # near-misses: a move with no purpose told; a message of congratulation; a project ("dự án"), no occasion
    ("Ngày 9/1/2022, Thủ tướng Lào Phankham Viphavanh sang Việt Nam, rồi hai bên cùng họp Ủy ban liên Chính phủ.",
     "VISIT"),
    ("Ngày 29/8/2019, Chủ tịch nước Nguyễn Phú Trọng gửi điện chúc mừng Tổng thống Lào Bounnhang Vorachith.", "MEET"),
    ("Ngày 5/3/2019, nhà đầu tư Nhật Bản Kenji Sato sang Việt Nam để dự án điện gió được khởi công.", "VISIT"),
])
def test_events_no_trip_nor_call_where_none_is_told(sentence, absent):
    assert absent not in [t for t, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence, day", [
    # a national day's celebration told as held on a day the sentence gives before it: that day
    ("Ngày 28/8/2022, Phó Thủ tướng Lê Văn Thành tới Cuba. Tối cùng ngày, tại La Habana, Phó Thủ tướng Lê Văn "
     "Thành đã dự Lễ kỷ niệm 77 năm Quốc khánh nước Cộng hòa Xã hội Chủ nghĩa Việt Nam.", "2022-08-28"),
    ("Hòa chung không khí cả nước, tối 25/8/2024, tại Viêng Chăn, Đại sứ quán Việt Nam long trọng tổ chức lễ kỷ niệm "
     "79 năm Quốc khánh Việt Nam.", "2024-08-25"),
    # near-misses: came to attend it (the trip's purpose: the national day); announced
    ("Ngày 1/9/2024, Chủ tịch nước Tô Lâm tiếp Phó Chủ tịch nước Lào Bounthong Chitmany sang Việt Nam dự Lễ kỷ niệm "
     "79 năm Quốc khánh Việt Nam.", "2024-09-02"),
    ("Ngày 25/8/2024, Đại sứ quán Việt Nam cho biết Phó Thủ tướng Lê Minh Khái sẽ dự lễ kỷ niệm 79 năm Quốc khánh "
     "Việt Nam.", "2024-09-02"),
])
def test_dates_a_national_day_celebrated_ahead(sentence, day):
    assert day in [d for t, _, d in events(sentence) if t == "CEREMONY"]
