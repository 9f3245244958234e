"""The date that governs a sentence: inheritance, announced events, visits' days, occasions the KB dates."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.governing import governing_date
from bangiao.model import Date


def _date(text, metadata=None):
    return date_document(text, find_entities(text), metadata)


TEXT = ("Sáng 6-11, Thủ tướng gặp Thủ tướng Lào. Hai bên nhất trí tăng cường hợp tác. Cùng ngày, Thủ tướng tiếp "
        "Chủ tịch Quảng Tây. Chiều 7-11, Thủ tướng dự hội nghị từ ngày 6-8/11. Trước đó, Thủ tướng đã thăm Côn Minh. "
        "Thủ tướng sẽ gặp doanh nghiệp. Trong chuyến thăm, Thủ tướng cũng gặp gỡ kiều bào.")


@pytest.mark.parametrize("phrase, planned, value", [
    ("gặp Thủ tướng Lào", False, "2024-11-06"),
    ("tiếp", False, "2024-11-06"),                 # "Cùng ngày": the day before it
    ("dự hội nghị", False, "2024-11-07"),          # its own day, nearest to the clause
    ("từ ngày 6-8/11", False, "2024-11-06"),       # the range in the clause
    ("đã thăm Côn Minh", False, None),             # "Trước đó" without a date of its own
    ("gặp gỡ kiều bào", False, None),              # "Trong chuyến thăm, ...": several days, no one date
    ("sẽ gặp doanh nghiệp", True, None),           # announced, undated
])
def test_governing_date_inherits_and_refuses(phrase, planned, value):
    dating = _date(TEXT, Date("2024-11-08", "day", "stated"))
    pos = TEXT.index(phrase)
    got = governing_date(dating, TEXT, pos, planned, pos + len(phrase))
    assert (got.value if got else None) == value


def _governing(text, phrase, planned=False, spans_days=False, published="2024-03-07"):
    dating = _date(text, Date(published, "day", "stated"))
    pos = text.index(phrase)
    got = governing_date(dating, text, pos, planned, pos + len(phrase), spans_days)
    return got.value if got else None


# (text, the event's words, planned, spans days, the date it takes)
GOVERNING = [
    # a visit takes the days written right after it, not the day of the sentence
    ("Sáng 16.5, trong khuôn khổ chuyến thăm chính thức Lào từ ngày 15 - 17.5, Chủ tịch Quốc hội chào xã giao Tổng Bí thư.",
     "chuyến thăm", False, True, "2024-05-15"),
    # … and a one-day event in that sentence the single day
    ("Sáng 16.5, trong khuôn khổ chuyến thăm chính thức Lào từ ngày 15 - 17.5, Chủ tịch Quốc hội chào xã giao Tổng Bí thư.",
     "chào xã giao", False, False, "2024-05-16"),
    # a visit that ends that day is not dated by it
    ("Chiều 14/6, Chủ tịch nước rời Champasak, kết thúc tốt đẹp chuyến thăm cấp Nhà nước tới Lào.", "chuyến thăm", False,
     True, None),
    # an announced event takes the day after it, not the day of the announcement
    ("Chiều 20/8, người phát ngôn cho biết Thủ tướng sẽ tham dự Hội nghị Cấp cao Mekong - Lan Thương, diễn ra ngày 24/8.",
     "sẽ tham dự", True, False, "2024-08-24"),
    # a numbered meeting the KB dates, when the sentence's day is outside it
    ("Nhân dịp tham dự Diễn đàn cấp cao hợp tác quốc tế Vành đai và Con đường lần thứ 3, sáng 19/10, Chủ tịch nước gặp "
     "Tổng Bí thư Lào.", "tham dự", False, True, "2023-10-17"),
    # … but a day the sentence writes within the meeting is the event's own
    ("Ngày 8-2, tại Hà Nội, hai Thủ tướng đồng chủ trì Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam - Lào.",
     "đồng chủ trì", False, True, "2017-02-08"),
    # a span of days may follow the meeting's name and place
    ("Ngày 14/7, Bộ trưởng tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56) và các hội nghị liên quan tại "
     "Jakarta, Indonesia từ ngày 11 đến 14/7.", "tham dự", False, True, "2023-07-11"),
    # a national day's anniversary falls on the national day
    ("Ngày 1-12, Tổng Bí thư hội đàm với lãnh đạo Lào và dự lễ kỷ niệm 50 năm Quốc khánh Lào.", "lễ kỷ niệm", False, False,
     "2025-12-02"),
    # "Tại đó": the month just named in the past
    ("Sáng 26/1, hai tỉnh gặp nhau. Phó Chủ tịch nhắc tới chuyến công tác hồi tháng 4/2023. Tại đó, hai tỉnh đã ký biên bản.",
     "đã ký", False, False, "2023-04"),
    # another occasion in a clause of time is not on the sentence's day; the main event after the comma is
    ("Đoàn đến Singapore chiều 11/3, ngay sau chuyến thăm cấp Nhà nước tới Indonesia.", "chuyến thăm", False, True, None),
    ("Sáng 8/1, lễ đón diễn ra tại Phủ Chủ tịch. Ngay sau lễ đón, hai Thủ tướng đã hội đàm.", "hội đàm", False, False,
     "2024-01-08"),
    # right after a one-day ceremony is its day
    ("Sáng 21/10, ngay sau lễ đón chính thức tại Phủ Tổng thống, Tổng Bí thư hội đàm với Tổng thống.", "lễ đón", False,
     False, "2024-10-21"),
    # a clause of time after the event holds another occasion's days; an announcement's day is not the event's
    ("Theo chương trình, Tổng Bí thư sẽ hội kiến Thủ tướng Orpo, trước khi lên đường thăm Bulgaria từ ngày 22 đến 24/10.",
     "hội kiến", True, False, None),
    ("Chiều 21/4, người phát ngôn cho biết Thủ tướng sẽ tham dự Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ.", "tham dự",
     True, True, None),
    # the days of an announced sentence are not carried on
    ("Sáng 8/11, Thủ tướng Hun Sen chủ trì lễ đón. Từ ngày 10 đến 13/11, Thủ tướng sẽ dự Hội nghị Cấp cao ASEAN. "
     "Ngay sau lễ đón, hai Thủ tướng đã hội đàm.", "đã hội đàm", False, False, "2024-11-08"),
    # "Cùng ngày" after a span: its first day, unless a day named before falls in it
    ("Trước đó, tối 25/10, đoàn rời Hà Nội. Hội nghị diễn ra từ ngày 26 đến 28/10. Cùng ngày, Thủ tướng dự lễ ký.",
     "dự lễ ký", False, False, "2024-10-26"),
    ("Chiều 13/3, đoàn về đến Hà Nội, kết thúc chuyến thăm từ ngày 11 đến 13/3. Cùng ngày, Bộ Ngoại giao họp báo.",
     "họp báo", False, False, "2024-03-13"),
    # the day relations were established is no event's day, nor one later sentences inherit (real batch 4): the
    # article's day as for any sentence without one, not 1993-02-08
    ("Việt Nam và Qatar thiết lập quan hệ ngoại giao ngày 8/2/1993. Bộ trưởng Xây dựng đã thăm Qatar.", "đã thăm", False,
     True, "2024-06-14"),
    ("Hai nước thiết lập quan hệ ngoại giao ngày 8/2/1993, khi Thủ tướng thăm Doha.", "thăm Doha", False, True,
     "2024-06-14"),
    # a treaty's anniversary day in brackets is history too: the sentence's own day is the article's
    ("Hai Thủ tướng thống nhất tổ chức kỷ niệm 40 năm ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào (18/7/1977).",
     "thống nhất", False, True, "2024-06-14"),
    # near-miss: a day told as the news after the founding sentence is inherited as before
    ("Việt Nam và Qatar thiết lập quan hệ ngoại giao năm 1993. Sáng 30/10, Thủ tướng đến Doha. Cùng ngày, Thủ tướng "
     "hội kiến Quốc vương.", "hội kiến", False, False, "2024-10-30"),
    # two recalled visits in one sentence, each with its month right after it (real batch 4)
    ("Quan hệ hai nước khởi sắc, nhất là sau chuyến thăm của Tổng Bí thư Nguyễn Phú Trọng tới Myanmar (8/2017), "
     "chuyến thăm Việt Nam của Cố vấn Nhà nước Aung San Suu Kyi trong tháng 4 vừa qua.", "chuyến thăm của", False, True, "2017-08"),
    ("Quan hệ hai nước khởi sắc, nhất là sau chuyến thăm của Tổng Bí thư Nguyễn Phú Trọng tới Myanmar (8/2017), "
     "chuyến thăm Việt Nam của Cố vấn Nhà nước Aung San Suu Kyi trong tháng 4 vừa qua.", "chuyến thăm Việt Nam", False, True,
     "2024-04"),
    # near-miss: a month after a comma is another clause's, not the visit's
    ("Sáng 14/6, Thủ tướng nhắc lại chuyến thăm Lào của Chủ tịch nước, khi hai bên ký hiệp định tháng 5/2019.",
     "chuyến thăm", False, True, "2024-06-14"),
    # "cùng ngày" inside the sentence ties it to the day before, though it opens with "Trước khi"
    ("Chiều 14/6, Chủ tịch nước rời Champasak. Trước khi rời Lào, sáng cùng ngày, Chủ tịch nước đã đến thăm ông Khamtay.",
     "đã đến thăm", False, False, "2024-06-14"),
]


@pytest.mark.parametrize("text, phrase, planned, spans_days, value", GOVERNING)
def test_governing_date_rules(text, phrase, planned, spans_days, value):
    published = {"2023-10-17": "2023-10-19", "2025-12-02": "2025-12-01", "2023-04": "2024-01-26", "2017-02-08": "2017-02-08",
                 "2023-07-11": "2023-07-14", "2024-10-21": "2024-10-21", "2024-11-08": "2024-11-08",
                 "2024-10-26": "2024-10-28", "2024-10-30": "2024-10-30"}.get(value, "2024-06-14")
    assert _governing(text, phrase, planned, spans_days, published) == value


def test_governing_an_article_summing_up_a_visit_leaves_its_undated_sentences_undated():
    text = ("Chiều 13/3, Tổng Bí thư về đến Hà Nội, kết thúc tốt đẹp chuyến thăm chính thức Singapore từ ngày 11 đến 13/3. "
            "Đoàn đến Singapore chiều 11/3. Tại hội đàm, hai bên nâng cấp quan hệ. Sau hội đàm, hai bên chứng kiến lễ ký.")
    assert _governing(text, "Tại hội đàm", published="2025-03-13") is None
    assert _governing(text, "chứng kiến", published="2025-03-13") is None  # the talks it follows were not dated
    # "Trước/Sau hội đàm" follow on from talks the sentence before dates, through each other
    text = ("Chiều 30/11, Chủ tịch nước rời Fukuoka, kết thúc tốt đẹp chuyến thăm Nhật Bản từ 27-30/11. Hai bên nâng cấp "
            "quan hệ tại cuộc hội đàm ngày 27/11 ở Tokyo. Trước hội đàm, Thủ tướng Kishida chủ trì lễ đón. Sau hội đàm, "
            "hai nhà lãnh đạo chứng kiến lễ ký.")
    assert _governing(text, "lễ đón", published="2023-11-30") == "2023-11-27"
    assert _governing(text, "chứng kiến", published="2023-11-30") == "2023-11-27"
    # … but only when the sentence it follows on from (or one before that, through "Trước/Sau …") names a day
    text = ("Chiều 11/3, đoàn về nước, kết thúc tốt đẹp chuyến thăm từ ngày 9 đến 11/3. Đoàn đến Auckland tối 9/3. "
            "Tại Wellington, Thủ tướng hội đàm với Thủ tướng Luxon. Sau hội đàm, hai Thủ tướng chứng kiến lễ ký.")
    assert _governing(text, "chứng kiến", published="2024-03-11") is None


# Issue 12, round 3: a day someone took office dates no event — neither the visit it follows nor a sentence after it.
@pytest.mark.parametrize("text, phrase, planned, spans_days, value", [
    ("Sáng 11/12, Thủ tướng Hun Manet tới Hà Nội. Đây là chuyến thăm đầu tiên của ông tới một nước ASEAN kể từ khi "
     "nhậm chức ngày 22/8. Cùng ngày, Thủ tướng Hun Manet hội kiến Tổng Bí thư.", "hội kiến", False, False, "2023-12-11"),
    ("Sáng 11/12, Thủ tướng Hun Manet tới Hà Nội. Đây là chuyến thăm đầu tiên của ông tới một nước ASEAN kể từ khi "
     "nhậm chức ngày 22/8.", "chuyến thăm đầu tiên", False, True, "2023-12-11"),
    # near-miss: a day after the visit with nothing between is the visit's own
    ("Sáng 11/12, Thủ tướng tới Hà Nội, bắt đầu chuyến thăm chính thức ngày 11/12. Cùng ngày, Thủ tướng hội kiến Tổng "
     "Bí thư.", "hội kiến", False, False, "2023-12-11"),
])
def test_governing_round3_an_office_taking_day_dates_no_event(text, phrase, planned, spans_days, value):
    assert _governing(text, phrase, planned, spans_days, "2023-12-11") == value


# Issue 12, round 3: a visit recalled as an earlier success is undated unless its own time is written; a visit named
# as the occasion of something dated takes that time.
@pytest.mark.parametrize("text, phrase, value", [
    ("Sáng 5/1, Chủ tịch Quốc hội Bulgaria tới Hà Nội. Trên cơ sở thành công của chuyến thăm Bulgaria của Chủ tịch Quốc "
     "hội Việt Nam Vương Đình Huệ, chuyến thăm lần này góp phần làm sâu sắc hợp tác nghị viện.", "chuyến thăm Bulgaria",
     None),
    ("Sáng 5/1, hai bên nhất trí triển khai kết quả chuyến thăm Bulgaria tháng 11/2023 của Chủ tịch Quốc hội.",
     "chuyến thăm Bulgaria", "2023-11"),
    ("Sáng 5/1, hai bên nhắc lại: quan hệ được nâng lên Đối tác toàn diện năm 2018, nhân chuyến thăm Hungary của Tổng "
     "Bí thư.", "chuyến thăm Hungary", "2018"),
    # near-misses: "Nhân dịp …" without a time before it, and a visit told as the news, take the sentence's day
    ("Nhân dịp chuyến thăm Lào, sáng 5/1, Thủ tướng hội kiến Tổng Bí thư Lào.", "chuyến thăm Lào", "2024-01-05"),
    ("Sáng 5/1, Chủ tịch Quốc hội Bulgaria bắt đầu chuyến thăm chính thức Việt Nam.", "chuyến thăm chính thức", "2024-01-05"),
])
def test_governing_round3_a_recalled_or_occasion_visit(text, phrase, value):
    assert _governing(text, phrase, False, True, "2024-01-05") == value


# Issue 12, round 3: the days of a sentence about earlier times are carried on only to a sentence that follows on.
@pytest.mark.parametrize("text, phrase, value", [
    ("Sáng 20/5, Thủ tướng tới Hiroshima. Trước đó, Thủ tướng Nguyễn Xuân Phúc từng được mời dự Thượng đỉnh G7 mở "
     "rộng ở Quebec (Canada) ngày 9-10/6/2018. Sự tham dự của Việt Nam khẳng định vị thế; Thủ tướng dự hội nghị.", "dự hội nghị", "2023-05-20"),
    # near-misses: a sentence that follows on ("Cùng ngày", "Sau đó") takes the earlier day
    ("Sáng 20/5, Thủ tướng tới Hiroshima. Trước đó, sáng 18/5, Thủ tướng tới Tokyo. Cùng ngày, Thủ tướng dự hội nghị.",
     "dự hội nghị", "2023-05-18"),
    ("Sáng 20/5, Thủ tướng tới Hiroshima. Trước đó, sáng 18/5, Thủ tướng tới Tokyo. Sau đó, Thủ tướng dự hội nghị.",
     "dự hội nghị", "2023-05-18"),
])
def test_governing_round3_earlier_days_are_not_carried_on(text, phrase, value):
    assert _governing(text, phrase, False, False, "2023-05-20") == value


# A month written after "kể từ sau" is another occasion's, not the sentence's visit's.
@pytest.mark.parametrize("text, phrase, value", [
    ("Ngày 11/7, tại La Haye, hai Thứ trưởng đồng chủ trì tham vấn. Thứ trưởng Hà Lan hoan nghênh Thứ trưởng Lê Thị Thu "
     "Hằng đến Hà Lan, kể từ sau chuyến thăm Hà Lan của Thủ tướng tháng 12/2022.", "đến Hà Lan", "2025-07-11"),
    # near-miss: a month right after the visit is its own
    ("Thứ trưởng Lê Thị Thu Hằng đến Hà Lan tháng 7/2025.", "đến Hà Lan", "2025-07"),
])
def test_governing_round3_a_time_after_ke_tu_sau_is_another_occasions(text, phrase, value):
    assert _governing(text, phrase, False, True, "2025-07-11") == value


# The days written after a second visit in the sentence are that visit's, not the first one's.
@pytest.mark.parametrize("text, phrase, value", [
    ("Nối tiếp thành công của chuyến thăm Bulgaria của Chủ tịch Quốc hội Việt Nam Vương Đình Huệ, chuyến thăm chính thức "
     "tới Việt Nam của Chủ tịch Quốc hội Bulgaria Rossen Jeliazkov từ ngày 05-09/01/2024 góp phần làm sâu sắc hợp tác nghị "
     "viện.", "chuyến thăm Bulgaria", None),
    ("Nối tiếp thành công của chuyến thăm Bulgaria của Chủ tịch Quốc hội Việt Nam Vương Đình Huệ, chuyến thăm chính thức "
     "tới Việt Nam của Chủ tịch Quốc hội Bulgaria Rossen Jeliazkov từ ngày 05-09/01/2024 góp phần làm sâu sắc hợp tác nghị "
     "viện.", "chuyến thăm chính thức",
     "2024-01-05"),
])
def test_governing_round3_days_after_a_second_visit_are_its_own(text, phrase, value):
    assert _governing(text, phrase, False, True, "2024-01-05") == value


def test_governing_round3_a_time_before_a_frame_is_of_its_own_sentence():
    """The days that end the sentence before ("… từ ngày 05-09/01/2024. Phát huy kết quả chuyến thăm …") are not
    the recalled visit's."""
    text = ("Tối 5/1, Chủ tịch Quốc hội Bulgaria tới Hà Nội, thăm chính thức Việt Nam từ ngày 05-09/01/2024. Phát huy "
            "kết quả chuyến thăm Bulgaria của Chủ tịch Quốc hội Vương Đình Huệ, hai bên khẳng định hợp tác.")
    assert _governing(text, "chuyến thăm Bulgaria", False, True, "2024-01-05") is None


# An event takes the days of its own clause (between ";") before those of the clause before it.
@pytest.mark.parametrize("text, phrase, value", [
    ("Lãnh đạo hai nước thường xuyên gặp gỡ, như chuyến thăm Việt Nam của Thủ tướng Na Uy tháng 4/2015; hai Thủ tướng "
     "cũng gặp nhau ở Canada bên lề Hội nghị G7 tháng 6/2018.", "gặp nhau", "2018-06"),
    # near-miss: a clause without a day of its own takes the sentence's
    ("Sáng 5/1, Thủ tướng hội đàm với Thủ tướng Na Uy; hai Thủ tướng chứng kiến lễ ký hai văn kiện.", "chứng kiến",
     "2024-01-05"),
])
def test_governing_round3_an_event_takes_its_own_clauses_days(text, phrase, value):
    assert _governing(text, phrase, False, False, "2024-01-05") == value
