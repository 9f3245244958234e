"""Batch 6, class 5: an anniversary the two sides agree to hold ("nhất trí tổ chức các hoạt động … kỷ niệm 45 năm …
(12/3/1975 - 12/3/2020)") is still being prepared: the article may be of the year before it. With no day of the
article and tenures that allow both years, the year stays open (never the anniversary's year alone). Near-misses: an
anniversary celebrated with nothing preparing it keeps its year."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


# Nguyễn Xuân Phúc as Thủ tướng: 2016-04 to 2021-04 (both 2019 and 2020 allowed)
CASES = [
    ("Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Mông Cổ. Tại Ulaanbaatar và Hà Nội, hai bên nhất trí tổ chức nhiều sự "
     "kiện văn hóa dịp kỷ niệm 45 năm ngày ký Hiệp ước (12/3/1975 - 12/3/2020).", None),
    ("Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Mông Cổ. Hai bên thống nhất tổ chức các hoạt động kỷ niệm 45 năm ngày ký "
     "Hiệp ước (12/3/1975 - 12/3/2020).", None),
    # near-miss: an anniversary held, nothing preparing it: its year
    ("Thủ tướng Nguyễn Xuân Phúc dự lễ kỷ niệm 45 năm ngày ký Hiệp ước (12/3/1975 - 12/3/2020).", "2020"),
    # near-miss: a tenure that leaves out the year before leaves the anniversary's year (Trump's terms: 2017-2021, 2025-)
    ("Thủ tướng Phạm Minh Chính điện đàm với Tổng thống Mỹ Donald Trump. Hai bên nhất trí tổ chức các hoạt động kỷ niệm "
     "30 năm thiết lập quan hệ ngoại giao (12/7/1995 - 12/7/2025).", "2025"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_dating_anniversary_agreed(text, expected):
    assert _published(text) == expected
