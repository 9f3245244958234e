"""Session 10, the date classes batches 29 and 31 showed (issue 12; our own sentences, real office holders and
relations as facts only, with near-misses): a year told just past ("năm APEC 2017 vừa qua") puts the article in that
year or the next; an anniversary told as already celebrated puts it after the anniversary's day; a day someone took
office is never the article's; a visit's programme told as still to come makes the article of the visit's first day;
"năm 2018 này" names the article's year. Events: a pair of countries as the signers ("Việt Nam - Australia ký …");
credentials presented "lên" a head of state are a ceremony; the sender of greetings conveyed takes no part. Reading: a
lead wrapped at one width with one break in lower case is one paragraph."""
import pytest

import bangiao
from bangiao.reading.wrapped import unwrap
from extracted import events, published as _published


_RECEIVED = "Ngày 20/11, tại Hà Nội, Chủ tịch nước Trần Đại Quang tiếp Đại sứ Ukraine đến chào từ biệt. "


@pytest.mark.parametrize("said, published", [
    ("Đại sứ khen Việt Nam đã đăng cai thành công năm APEC 2017 vừa qua.", "2017-11-20"),
    # near-miss: the same year still to come decides nothing among the president's Novembers
    ("Đại sứ chúc Việt Nam chuẩn bị tốt cho năm APEC 2017.", None),
    # near-miss: a month with its year told just past stays a month's clue (within a year after it)
    ("Đại sứ nhắc tới cuộc gặp vào tháng 9/2016 vừa qua.", "2016-11-20"),
])
def test_dating_a_year_told_just_past(said, published):
    assert _published(_RECEIVED + said) == published


_CREDENTIALS = "Chiều 6/2, Chủ tịch nước Lương Cường đã tiếp Đại sứ Indonesia tới trình Quốc thư. "


@pytest.mark.parametrize("text, published", [
    (_CREDENTIALS + "Hai nước vừa kỷ niệm 70 năm quan hệ ngoại giao.", "2026-02-06"),
    # near-miss: the same anniversary still to come is of the article's own year
    (_CREDENTIALS + "Hai nước sẽ kỷ niệm 70 năm quan hệ ngoại giao vào cuối năm nay.", "2025-02-06"),
    # near-miss: celebrated on the lead's own day, it is the news itself, of its own year
    ("Tối 2/6, Đại sứ quán Italy tại Hà Nội đã mở tiệc kỷ niệm 77 năm ngày Quốc khánh Italy.", "2023-06-02"),
])
def test_dating_an_anniversary_told_as_celebrated(text, published):
    assert _published(text) == published


_VISIT = ("Chủ tịch Quốc hội Hàn Quốc thăm chính thức Việt Nam trong 5 ngày, từ 31/10 đến 4/11, khi hai nước đã kiểm "
          "soát tốt đại dịch Covid-19. ")


@pytest.mark.parametrize("rest, published", [
    # the day he took office is no day of the article: the visit's span is its lead
    ("Đây là lần đầu ông sang Việt Nam kể từ khi nhậm chức ngày 5/6. Ông có cuộc hội đàm cùng Chủ tịch Quốc hội "
     "Nguyễn Thị Kim Ngân.", "2020-11-04"),
    # the programme still to come: written on the visit's first day
    ("Trong khuôn khổ chuyến thăm, ông sẽ có cuộc hội đàm cùng Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.", "2020-10-31"),
    # near-miss: the programme told as held leaves the span's last day
    ("Trong khuôn khổ chuyến thăm, ông đã có cuộc hội đàm cùng Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.", "2020-11-04"),
])
def test_dating_a_visit_span_and_the_days_around_it(rest, published):
    assert _published(_VISIT + rest) == published


def _events(text: str) -> list[tuple[str, set[str]]]:
    return [(kind, set(people)) for kind, people, _ in events(text)]


@pytest.mark.parametrize("text, signing", [
    ("Việt Nam - Campuchia ký kế hoạch hợp tác giai đoạn 2026-2030\n\nSáng 3/4/2026, tại Phnom Penh, Phó Thủ tướng "
     "Bùi Thanh Sơn và Phó Thủ tướng Campuchia Prak Sokhonn đồng chủ trì cuộc họp.", {"Việt Nam", "Campuchia"}),
    # near-miss: a headline's pair of countries and the leaders who witness the signing below it: one signing
    ("Việt Nam - Lào ký 8 văn kiện hợp tác\n\nChiều 9/1/2019 ở Hà Nội, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào "
     "Thongloun Sisoulith đã cùng chứng kiến lễ ký 8 văn kiện hợp tác giữa hai nước.",
     {"Nguyễn Xuân Phúc", "Thongloun Sisoulith", "Việt Nam", "Lào"}),
    # near-miss: the people who sign, named before the word, stay the sides
    ("Sáng 3/4/2026, Phó Thủ tướng Bùi Thanh Sơn và Phó Thủ tướng Campuchia Prak Sokhonn ký kế hoạch hợp tác giai "
     "đoạn 2026-2030.", {"Bùi Thanh Sơn", "Prak Sokhonn"}),
])
def test_events_a_pair_of_countries_as_the_signers(text, signing):
    assert [people for kind, people in _events(text) if kind == "SIGN"] == [signing]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 12/3/2017, tại Kiev, Đại sứ Nguyễn Anh Tuấn trịnh trọng trình Quốc thư của Chủ tịch nước Trần Đại Quang "
     "lên Tổng thống Petro Poroshenko.", [("CEREMONY", {"Nguyễn Anh Tuấn", "Petro Poroshenko"})]),
    # near-miss: a head of state receiving an ambassador who presents credentials is their meeting, no ceremony
    ("Chiều 6/2/2026, Chủ tịch nước Lương Cường đã tiếp Đại sứ Indonesia Adam Tugio tới trình Quốc thư.",
     [("MEET", {"Lương Cường", "Adam Tugio"})]),
    # the sender of greetings conveyed at a reception takes no part in it
    ("Ngày 12/3/2017 ở Kiev, Đại sứ Nguyễn Anh Tuấn được Tổng thống Ukraine Petro Poroshenko tiếp. Trong buổi tiếp "
     "kiến này, Đại sứ Nguyễn Anh Tuấn gửi tới Tổng thống và phu nhân lời thăm hỏi ân cần của Chủ tịch nước Trần Đại "
     "Quang.", [("MEET", {"Nguyễn Anh Tuấn", "Petro Poroshenko"})]),
])
def test_events_credentials_and_the_greetings_conveyed(text, expected):
    assert _events(text) == expected


LEAD = ["Chiều 31/7, Tổng thống nước Cộng hòa Dân chủ",
        "Timor-Leste José Ramos-Horta tới Hà Nội, mở đầu chuyến thăm cấp Nhà nước",
        "Việt Nam từ 31/7 đến 3/8, nhận lời mời của Chủ tịch nước Cộng hòa",
        "xã hội chủ nghĩa Việt Nam Tô Lâm."]


def test_wrapped_a_lead_wrapped_at_one_width_with_one_break_in_lower_case():
    joined = unwrap("\n".join(LEAD))
    assert "\n" not in joined and "Cộng hòa xã hội" in joined and len(joined) == len("\n".join(LEAD))
    doc = bangiao.extract("\n".join(LEAD))  # the president's title whole: his term dates the article
    assert doc.published is not None and doc.published.value == "2024-07-31"


def test_wrapped_a_title_and_a_short_list_keep_their_breaks():
    # near-miss: three lines of one width that open with capitals only: no break goes on in lower case
    lines = ["Chủ tịch nước tiếp Đại sứ Timor-Leste đến chào từ biệt",
             "Bộ trưởng Ngoại giao hội đàm với người đồng cấp Cuba",
             "Việt Nam và Lào ký kế hoạch hợp tác giai đoạn 2026-2030"]
    assert unwrap("\n".join(lines)) == "\n".join(lines)


@pytest.mark.parametrize("said, published", [
    ("Trong năm 2018 này, hai nước đã tổ chức kỳ họp thứ ba của Ủy ban hỗn hợp.", "2018"),
    # near-miss: a year named alone (a plan as often) names no present
    ("Hai nước sẽ tổ chức kỳ họp thứ ba của Ủy ban hỗn hợp trong năm 2018.", None),
])
def test_dating_this_year_named(said, published):
    assert _published("Tại Hà Nội, Đại sứ quán Oman kỷ niệm Quốc khánh Oman. " + said) == published
