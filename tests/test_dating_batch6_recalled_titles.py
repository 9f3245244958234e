"""Batch 6 (610, found while debugging the tenure clues): a person named with a title inside a recalled occasion that
writes its own month in brackets ("… kết quả chuyến thăm Lào của Chủ tịch nước X (tháng 4/2023)") held the title
then, not on the article's day: their tenure does not bound the article's year. Near-misses: the same person named
in the article's own clause; a bracketed month with no occasion word in its clause."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


LEAD = "Ngày 20/11, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone. "

CASES = [
    # Võ Văn Thưởng was Chủ tịch nước 2023-03 to 2024-03: recalled, he does not make the article 2023
    (LEAD + "Hai bên đánh giá cao kết quả chuyến thăm Lào của Chủ tịch nước Võ Văn Thưởng (tháng 4/2023).", None),
    (LEAD + "Hai bên nhắc lại cuộc gặp giữa Thủ tướng Sonexay Siphandone và Chủ tịch nước Võ Văn Thưởng (4/2023).", None),
    # near-miss: named in the article's own clause, his tenure bounds it
    ("Ngày 20/11, Chủ tịch nước Võ Văn Thưởng tiếp Thủ tướng Lào Sonexay Siphandone.", "2023-11-20"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_dating_recalled_titles(text, expected):
    assert _published(text) == expected
