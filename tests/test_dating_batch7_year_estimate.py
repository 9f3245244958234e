"""Batch 7, class 3: a whole year's figure told as estimated ("kim ngạch … năm 2018 ước đạt 5 tỷ USD") is told as
that year ends, or just after: from July on, the article is of that year; in its first half, of the year after.
And a person congratulated on being appointed or elected for a term written with its years ("được tái bổ nhiệm …
nhiệm kỳ 2018-2023") is congratulated in the term's first year or the next. Near-misses: a year's figure without
an estimate; a forecast ("dự kiến năm 2018 sẽ đạt"); a term named without an appointment ("trong nhiệm kỳ
2016-2021")."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities

# Phạm Bình Minh was Bộ trưởng Ngoại giao 2011-2021: his tenure alone leaves many years.
LEAD = "Ngày 18/11, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Đại sứ Australia. "
LEAD_SPRING = "Ngày 18/2, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Đại sứ Australia. "


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


PUBLISHED = [
    (LEAD + "Kim ngạch thương mại hai chiều năm 2017 ước đạt khoảng 5 tỷ USD.", "2017-11-18"),
    (LEAD + "Trao đổi thương mại năm 2017 ước tính đạt 5 tỷ USD.", "2017-11-18"),
    (LEAD_SPRING + "Kim ngạch thương mại hai chiều năm 2017 ước đạt khoảng 5 tỷ USD.", "2018-02-18"),
    (LEAD + "Hai bên chúc mừng ông Scott Morrison được bầu giữ chức Thủ tướng Australia nhiệm kỳ 2018-2022.",
     "2018-11-18"),
    # the term with the estimate: both agree
    (LEAD + "Phó Thủ tướng chúc mừng bà được tái bổ nhiệm giữ chức Bộ trưởng nhiệm kỳ 2017-2022. Kim ngạch hai chiều "
     "năm 2017 ước đạt 5 tỷ USD.", "2017-11-18"),
]


TERMS = [
    ("Phó Thủ tướng chúc mừng bà được tái bổ nhiệm giữ chức Bộ trưởng nhiệm kỳ 2017-2022.", {2017, 2018}),
    ("Ông được bầu làm Chủ tịch Thượng viện nhiệm kỳ 2016 - 2021.", {2016, 2017}),
    # near-misses: a term without an appointment; an appointment in another sentence
    ("Trong nhiệm kỳ 2016-2021, hai bên đã ký nhiều văn kiện.", None),
    ("Bà được bổ nhiệm năm ngoái. Nhiệm kỳ 2016-2021 đã khép lại.", None),
]


@pytest.mark.parametrize("text, years", TERMS)
def test_dating_term_just_begun_gives_its_first_years(text, years):
    from bangiao.extract.gazetteer import lower
    from bangiao.extract.reported_years import estimate_clues
    clues = [c for c in estimate_clues(text, lower(text), 11) if "term" in c.reason]
    assert (set(clues[0].years) if clues else None) == years


@pytest.mark.parametrize("text, expected", PUBLISHED)
def test_dating_year_estimate_and_new_term_give_the_year(text, expected):
    assert _published(text) == expected


NEAR_MISSES = [
    LEAD + "Kim ngạch thương mại hai chiều năm 2017 còn thấp so với tiềm năng.",
    LEAD + "Hai bên dự kiến kim ngạch năm 2017 sẽ đạt 5 tỷ USD.",
    LEAD + "Trong nhiệm kỳ 2016-2021, hai bên đã ký nhiều văn kiện.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_dating_year_figure_without_estimate_leaves_the_year_open(text):
    assert _published(text) is None
