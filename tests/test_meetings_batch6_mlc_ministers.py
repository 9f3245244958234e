"""Batch 6, class 4: a numbered meeting the knowledge base did not hold (the Mekong–Lancang foreign ministers'
meetings, kb/meetings.toml), a series' name written with an en dash or a hyphen without spaces ("Mekong – Nhật Bản",
"Mekong- Nhật Bản"), an event framed by the meeting before it ("Nhân dịp tham dự Hội nghị … lần thứ 4, A gặp B")
taking the meeting's date when its sentence writes no day, and an article without a day reporting from one such
meeting dated to the meeting's month. Near-misses: the sentence's own day; a meeting recalled; a series' other words."""
import pytest

import bangiao
from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.gazetteer import lower
from bangiao.extract.kb import knowledge_base
from bangiao.extract.meetings import numbered_meetings

NAMES = [
    ("dự Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công – Lan Thương lần thứ 4 tại Lào",
     [("series:mlc-foreign-ministers-meeting", 4)]),
    ("Hội nghị Bộ trưởng Ngoại giao Mekong-Lan Thương lần thứ 9", [("series:mlc-foreign-ministers-meeting", 9)]),
    ("tham dự Hội nghị Cấp cao Hợp tác Mekong – Nhật Bản lần thứ 12", [("series:mekong-japan-summit", 12)]),
    ("Phiên họp cấp cao Mekong- Nhật Bản lần thứ 12", [("series:mekong-japan-summit", 12)]),
    ("Hội nghị Cấp cao Mekong — Lan Thương lần thứ 3", [("series:mlc-leaders-meeting", 3)]),
    # near-misses: the leaders' meeting is not the ministers'; a ministers' meeting of another framework is none of these
    ("Hội nghị Cấp cao Hợp tác Mekong - Lan Thương lần thứ 2", [("series:mlc-leaders-meeting", 2)]),
    ("Hội nghị Bộ trưởng Ngoại giao Mekong - Ấn Độ lần thứ 9", []),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_meetings_series_names(text, expected):
    found = numbered_meetings(knowledge_base(), lower(text))
    assert [(series, number) for series, number, _, _ in found] == expected


def test_meetings_mlc_ministers_sessions():
    sessions = {s.number: s.start for s in knowledge_base().sessions if s.series == "series:mlc-foreign-ministers-meeting"}
    assert sessions[1] == "2015-11-12" and sessions[4] == "2018-12-17" and sessions[7] == "2022-07-04"


FRAMED = ("Nhân dịp tham dự Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công – Lan Thương lần thứ 4 tại Luang Prabang, "
          "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã gặp Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.")

EVENTS = [
    (FRAMED, ("MEET", "2018-12-17")),
    # near-miss: the sentence's own day decides
    (FRAMED.replace("Luang Prabang, ", "Luang Prabang, chiều 16/12, "), ("MEET", "2018-12-16")),
]


@pytest.mark.parametrize("text, expected", EVENTS)
def test_governing_framed_occasion(text, expected):
    events = [(e.type, e.date.value if e.date else None) for e in bangiao.extract(text).events]
    assert expected in events


def _published(text):
    dating = date_document(text, find_entities(text))
    return (dating.published.value, dating.published.precision) if dating.published else None


PUBLISHED = [
    (FRAMED, ("2018-12", "month")),
    # near-miss: recalled in a sentence of earlier times, the meeting is no month of the article (tenures only)
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh gặp Bộ trưởng Ngoại giao Lào Saleumxay Kommasith. Hai Bộ "
     "trưởng từng gặp nhau tại Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công – Lan Thương lần thứ 4.", None),
]


@pytest.mark.parametrize("text, expected", PUBLISHED)
def test_dating_at_session_month(text, expected):
    assert _published(text) == expected
