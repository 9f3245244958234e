"""Batch 5 (undated, 109): a ministry named as formed by the 2025 merger ("Bộ Nông nghiệp và Môi trường") puts the
article in 2025 or later, like "COVID-19" puts it in 2020 or later; matched with its capitals, since the same words in
lower case are a common phrase. Near-misses: the lower-case phrase, and the old ministries' names, are no clue."""
import pytest

from bangiao.extract import yearhints
from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.gazetteer import lower


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


LEAD = "Chiều 8/12, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Nông nghiệp Lào. "
CASES = [
    (LEAD + "Dự buổi tiếp có lãnh đạo Bộ Nông nghiệp và Môi trường.", "2025-12-08"),
    (LEAD + "Dự buổi tiếp có đại diện các Bộ Tài chính, Dân tộc và Tôn giáo.", "2025-12-08"),
    # near-misses: the common phrase in lower case; the ministries before the merger
    (LEAD + "Hai bên nhất trí thúc đẩy hợp tác nông nghiệp và môi trường.", None),
    (LEAD + "Dự buổi tiếp có lãnh đạo Bộ Nông nghiệp và Phát triển nông thôn, Bộ Tài nguyên và Môi trường.", None),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_merged_ministry(text, expected):
    assert _published(text) == expected


def test_cased_terms_need_the_text():
    text = "Lãnh đạo Bộ Nông nghiệp và Môi trường dự họp."
    assert yearhints.coined_clue(lower(text)) is None
    assert min(yearhints.coined_clue(lower(text), text).years) == 2025
