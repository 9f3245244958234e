"""Batch 7, class 2: a day the article announces ("Ngày 10/9 tới, A sẽ điện đàm với B", and the headline that
repeats it without "sẽ") never dates the article (tests/dev/README.md, `published`: an announced day does not
count); a day the text reports as done before it ("… cho biết tại cuộc họp báo chiều 3/9") is the article's.
Near-misses: an announced day with no reported day stays the lead; a reported lead before an announced later day is
kept; a day of a sentence about earlier times ("Trước đó, …") does not date the article."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


PUBLISHED = [
    ("Thủ tướng điện đàm với Thủ tướng Australia vào ngày 10/9\n\nNgày 10/9 tới, Thủ tướng Nguyễn Xuân Phúc sẽ điện "
     "đàm với Thủ tướng Australia Scott Morrison. Người Phát ngôn Bộ Ngoại giao cho biết như vậy tại cuộc họp báo "
     "chiều 3/9/2020.", "2020-09-03"),
    ("Ngày 10/9/2020, Thủ tướng Nguyễn Xuân Phúc sẽ điện đàm với Thủ tướng Australia Scott Morrison. Thông tin được "
     "Bộ Ngoại giao đưa ra sáng 4/9/2020.", "2020-09-04"),
    # near-misses: the announced day alone; a reported lead, an announced later day; an earlier time recalled
    ("Ngày 10/9/2020, Thủ tướng Nguyễn Xuân Phúc sẽ điện đàm với Thủ tướng Australia Scott Morrison.", "2020-09-10"),
    ("Chiều 3/9/2020, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Australia. Ngày 10/9, hai Thủ tướng sẽ điện đàm.",
     "2020-09-03"),
    ("Ngày 10/9/2020, Thủ tướng Nguyễn Xuân Phúc sẽ điện đàm với Thủ tướng Australia Scott Morrison. Trước đó, ngày "
     "2/9/2020, hai bộ trưởng đã gặp nhau.", "2020-09-10"),
]


@pytest.mark.parametrize("text, expected", PUBLISHED)
def test_dating_announced_day_gives_way_to_the_reported_day(text, expected):
    assert _published(text) == expected


def _governing(text, phrase):
    from bangiao.extract.governing import governing_date
    dating = date_document(text, find_entities(text))
    pos = text.index(phrase)
    got = governing_date(dating, text, pos, False, pos + len(phrase))
    return got.value if got else None


AGAIN = "Ngày 10/9 tới, Thủ tướng Nguyễn Xuân Phúc sẽ có cuộc điện đàm với Thủ tướng Australia Scott Morrison. " \
        "Người Phát ngôn Bộ Ngoại giao cho biết như vậy tại cuộc họp báo chiều 3/9/2020. "
GOVERNING = [
    # the meeting announced with its day, told again after the briefing's day: the meeting's day
    (AGAIN + "Cuộc điện đàm nhằm thúc đẩy quan hệ hai nước.", "điện đàm nhằm", "2020-09-10"),
    # near-misses: a meeting told as done before is of its day; another meeting's noun goes on with the last day
    ("Chiều 3/9/2020, Thủ tướng Nguyễn Xuân Phúc điện đàm với Thủ tướng Australia Scott Morrison. Cuộc điện đàm "
     "diễn ra trong không khí thân mật.", "điện đàm diễn ra", "2020-09-03"),
    (AGAIN + "Cuộc gặp diễn ra tại trụ sở Bộ.", "gặp diễn ra", "2020-09-03"),
]


@pytest.mark.parametrize("text, phrase, expected", GOVERNING)
def test_governing_meeting_told_again_takes_its_announced_day(text, phrase, expected):
    assert _governing(text, phrase) == expected
