"""Session 11, the classes batch 40 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): a chair helped "để" a country hold it is ahead; a page's clock line dates no event and a headline
before the lead tells the lead's day; plural titles with a list of countries; Lao names of up to eight syllables;
attending a meeting told before; "Mới đây" with no day; "chủ trì buổi đón Đoàn … do B làm Trưởng đoàn"; attending
unnamed activities."""
import pytest

from bangiao.extract.kb import knowledge_base
from bangiao.extract.sentences import clock_line
from extracted import events as _events, named as _doc


@pytest.mark.parametrize("lead, said, published", [
    ("Thủ tướng Nguyễn Tấn Dũng", "Việt Nam sẽ hỗ trợ hết sức trong khả năng của mình để bạn Lào đảm nhiệm thành "
     "công vai trò nước Chủ tịch ASEAN trong năm 2016.", "2015-10-02"),
    # near-miss: the chair held now is the article's year
    ("Bộ trưởng Ngoại giao Phạm Bình Minh", "Lào đang là Chủ tịch ASEAN năm 2016.", "2016-10-02"),
])
def test_dating_a_chair_helped_to_be_held(lead, said, published):
    doc, _ = _doc(f"Chiều 2/10, {lead} tiếp Đại sứ Lào. " + said)
    assert doc.published.value == published


@pytest.mark.parametrize("line, clock", [
    ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", True),
    ("PV - 10:05, 12/04/2023", True),
    # near-misses: a day in a sentence with a time in it, and a lead's day
    ("Ngày 12/4/2023, lúc 10:05, Chủ tịch Quốc hội đến Tehran.", False),
    ("Sáng 12/4, Chủ tịch Quốc hội đến Tehran.", False),
])
def test_sentences_a_clock_line(line, clock):
    date = next(d for d in ("ngày 23 tháng 08 năm 2019", "12/04/2023", "12/4/2023", "12/4") if d in line)
    start = line.index(date)
    assert clock_line("Tin tức\n" + line + "\nX", start + 8, start + 8 + len(date)) is clock


def test_events_a_headline_after_a_clock_takes_the_leads_day():
    text = ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nChủ tịch Quốc hội tới Tehran, mở đầu chuyến thăm chính thức "
            "Iran\n\nPV - 15:10, 08/08/2023\n\nSáng 8/8, Chủ tịch Quốc hội Vương Đình Huệ đã tới thủ đô Tehran, mở đầu "
            "chuyến thăm chính thức Iran.")
    assert {date for kind, _, date in _events(text) if kind == "VISIT"} == {"2023-08-08"}


@pytest.mark.parametrize("titles, people", [
    ("các Tổng thống Nga, Hàn Quốc", ["Moon Jae-in", "Nguyễn Xuân Phúc", "Vladimir Putin"]),
    # near-miss: one country after one title
    ("Tổng thống Nga", ["Nguyễn Xuân Phúc", "Vladimir Putin"]),
])
def test_entities_plural_titles_with_countries_listed(titles, people):
    text = f"Ngày 28/6/2019, Thủ tướng Nguyễn Xuân Phúc đã gặp {titles} bên lề Hội nghị G20."
    doc, _ = _doc(text)
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == people


@pytest.mark.parametrize("name", ["Xổm Xay Phụ Lạ Khăm Mạ Ni", "Phôm Ma Phăn Thạ Lăng Si"])
def test_entities_a_lao_name_of_many_syllables(name):
    text = f"Ngày 5/7/2018, Đại tá Lê Quốc Hùng và Đại tá {name}, Giám đốc Sở An ninh tỉnh Sê Kông, ký biên bản."
    doc, _ = _doc(text)
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == sorted(["Lê Quốc Hùng", name])


def test_entities_thua_thien_hue_with_a_stray_space():
    text = ("Ngày 5/7/2018, Đại tá Lê Quốc Hùng, Giám đốc Công an tỉnh Thừa Thiên- Huế và Đại tá Lê Văn Ba ký biên "
            "bản hợp tác.")
    doc, _ = _doc(text)
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == ["Lê Quốc Hùng", "Lê Văn Ba"]


@pytest.mark.parametrize("said, kinds", [
    ("Đại sứ Việt Nam tại Myanmar Chu Công Phùng cũng tham dự buổi hội kiến.", ["MEET"]),
    # near-miss: a meeting of another kind attended is its own
    ("Đại sứ Việt Nam tại Myanmar Chu Công Phùng cũng tham dự buổi hội đàm.", ["MEET", "TALKS"]),
])
def test_events_attending_a_meeting_told_before(said, kinds):
    text = "Chiều 12/3/2012, Chủ tịch nước Trương Tấn Sang hội kiến Tổng thống Myanmar Thein Sein. " + said
    assert [kind for kind, _, _ in _events(text)] == kinds


@pytest.mark.parametrize("opening, date", [
    ("Mới đây,", None),
    # near-miss: a day of its own
    ("Mới đây, ngày 1/12,", "2025-12-01"),
])
def test_events_a_recent_time_not_named(opening, date):
    text = f"{opening} Tổng Bí thư Tô Lâm có cuộc hội kiến thân mật với Thủ tướng Lào Sonexay Siphandone."
    assert [d for kind, _, d in _events(text, "2025-12-04") if kind == "MEET"] == [date]


def test_events_chu_tri_buoi_don_a_delegation():
    text = ("Sáng 9/2/2026, tại Cửa khẩu Quốc tế Na Mèo, đồng chí Lê Quang Hùng, Phó Chủ tịch UBND tỉnh Thanh Hóa "
            "chủ trì buổi đón Đoàn công tác tỉnh Hủa Phăn do đồng chí Khamphanh Pheuyavong làm Trưởng đoàn, sang thăm, "
            "chúc Tết tỉnh nhà.")
    found = {kind: people for kind, people, _ in _events(text)}
    assert found["CEREMONY"] == ["Lê Quang Hùng", "Khamphanh Pheuyavong"]
    assert found["VISIT"][0] == "Khamphanh Pheuyavong"


@pytest.mark.parametrize("attended, conferences", [
    ("tham dự một số hoạt động kinh tế, văn hóa khác", 0),
    # near-miss: a forum named
    ("tham dự Diễn đàn Kinh tế Việt Nam - Iran", 1),
])
def test_events_attending_unnamed_activities(attended, conferences):
    text = f"Trong chuyến thăm Iran, Chủ tịch Quốc hội Vương Đình Huệ sẽ {attended}."
    assert sum(kind == "CONFERENCE" for kind, _, _ in _events(text, "2023-08-08")) == conferences


def test_kb_prime_ministers_of_australia_and_new_zealand_in_2015():
    kb = knowledge_base()
    assert kb.holders("office:au-prime-minister", *(__import__("datetime").date(2015, 3, 20),) * 2) \
        == {"person:tony-abbott"}
    assert kb.holders("office:nz-prime-minister", *(__import__("datetime").date(2015, 3, 20),) * 2) \
        == {"person:john-key"}
