"""Batch 6, class 1: a day written with a word of the article's own day ("Tối qua (14/3)", "hôm qua, ngày 14/3",
"sáng nay (15/3)", "ngày mai (16/3)") says how far it lies from the article's day: "qua" is the day before, so the
article is of the day after it; "nay" is the article's own day; "mai" the next. A sentence going on with an
announced programme ("Dự kiến, ngày mai, … . Tiếp đó, …") is of the programme's day (tests/dev/README.md, Event
dates: the day of the sentence it follows on from). Near-misses: a day without such a word; a relative word with no
day written beside it; a reported sentence's day inherited as before."""
import pytest

import bangiao
from bangiao.extract import dates
from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities

TOLD = [
    ("Tối qua (14/3), tại Hà Nội, A gặp B.", "Tối qua (14/3)", -1),
    ("Hôm qua (ngày 14/3), A gặp B.", "Hôm qua (ngày 14/3)", -1),
    ("Hôm qua, ngày 14/3, A gặp B.", "Hôm qua, ngày 14/3", -1),
    ("Sáng qua 14/3, A gặp B.", "Sáng qua 14/3", -1),
    ("Khoảng 9h sáng nay (15/3) giờ địa phương, A tới B.", "sáng nay (15/3)", 0),
    ("Ngày mai (16/3), A sẽ thăm B.", "Ngày mai (16/3)", 1),
    # near-misses: a day with only a part of the day; a weekday in brackets
    ("Chiều 14/3, A gặp B.", "Chiều 14/3", None),
    ("Chiều thứ Năm (14/3), A gặp B.", "Chiều thứ Năm (14/3", None),
]


@pytest.mark.parametrize("text, span, told_as", TOLD)
def test_dates_told_as(text, span, told_as):
    found = [e for e in dates.find(text) if e.kind == "day"]
    assert [(e.text, e.told_as) for e in found] == [(span, told_as)]
    assert text[found[0].start:found[0].end] == found[0].text


def test_dates_relative_word_alone_stays_relative():
    assert [e.kind for e in dates.find("Hôm qua, 5 nước đã ký bản ghi nhớ.")] == ["relative-day"]


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


PUBLISHED = [
    ("Tối qua (14/3/2019), Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Australia Scott Morrison.", "2019-03-15"),
    ("Hôm qua, ngày 31/12/2019, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Australia Scott Morrison.",
     "2020-01-01"),
    ("Sáng nay (15/3/2019), Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Australia Scott Morrison.", "2019-03-15"),
    ("Ngày mai (16/3/2019), Thủ tướng Nguyễn Xuân Phúc sẽ điện đàm với Thủ tướng Australia Scott Morrison.",
     "2019-03-15"),
    # the year inferred (tenures: Morrison 2018-2022 and Phúc as Thủ tướng to 2021-04): the day after all the same
    ("Chiều qua (14/9), Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Australia Scott Morrison. Hai bên nhất trí "
     "tổ chức kỷ niệm 45 năm thiết lập quan hệ ngoại giao.", "2018-09-15"),
    # near-miss: the day alone is the article's
    ("Chiều 14/3/2019, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Australia Scott Morrison.", "2019-03-14"),
]


@pytest.mark.parametrize("text, expected", PUBLISHED)
def test_dating_told_day_moves_the_article(text, expected):
    assert _published(text) == expected


PROGRAMME = [
    # an announced programme's day carried on by "Tiếp đó"
    ("Chiều 14/3/2019, Thủ tướng Nguyễn Xuân Phúc tới Canberra. Dự kiến, ngày mai, Thủ tướng Scott Morrison chủ trì "
     "lễ đón Thủ tướng Nguyễn Xuân Phúc. Tiếp đó, hai nhà lãnh đạo hội đàm.",
     [("CEREMONY", "2019-03-15"), ("TALKS", "2019-03-15")]),
    ("Chiều 14/3/2019, Thủ tướng Nguyễn Xuân Phúc tới Canberra. Sáng 16/3, Thủ tướng sẽ gặp Thủ tướng Scott Morrison. "
     "Sau đó, hai Thủ tướng hội đàm.", [("MEET", "2019-03-16"), ("TALKS", "2019-03-16")]),
    # near-miss: a reported sentence's day is inherited as before
    ("Chiều 14/3/2019, Thủ tướng Scott Morrison chủ trì lễ đón Thủ tướng Nguyễn Xuân Phúc. Tiếp đó, hai nhà lãnh "
     "đạo hội đàm.", [("CEREMONY", "2019-03-14"), ("TALKS", "2019-03-14")]),
]


@pytest.mark.parametrize("text, expected", PROGRAMME)
def test_governing_programme_day(text, expected):
    found = [(e.type, e.date.value if e.date else None) for e in bangiao.extract(text).events]
    assert [f for f in found if f[0] != "VISIT"] == expected
