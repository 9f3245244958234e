"""Batch 6 (sample 02, a near-miss of batch 5's period review): a review agreed on or announced ("Hai Thủ tướng nhất trí
tổng kết Hiệp định hợp tác giai đoạn 2016-2020", "sẽ tổng kết …") is still to come: it says nothing of the period
being over, and a numbered meeting the article reports from decides. The review told as done keeps batch 5's rule."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


MEETING = "Sáng 4/1, tại Hà Nội, Kỳ họp lần thứ 42 Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào diễn ra. "

CASES = [
    (MEETING + "Hai bên nhất trí tổng kết kết quả hợp tác giai đoạn 2016-2020.", "2020-01-04"),
    (MEETING + "Hai bên sẽ sơ kết kết quả hợp tác giai đoạn 2016-2020 vào cuối năm.", "2020-01-04"),
    # near-miss (batch 5's rule): a review told as done in January is of the year after the period
    ("Ngày 15-2, tỉnh Quảng Trị và tỉnh Savannakhet hội đàm. Hai bên tổng kết hợp tác giai đoạn 2019-2021.", "2022-02-15"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_dating_review_agreed(text, expected):
    assert _published(text) == expected
