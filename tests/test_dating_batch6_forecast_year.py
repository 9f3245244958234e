"""Batch 6, class 2: a year's first months reported as reached ("8 tháng đầu năm 2019 … đạt") with a forecast for that
whole year ("dự kiến … trong năm 2019 sẽ đạt", "ước cả năm 2019 đạt") puts an article without a day in that year:
the months are over, the year is not. Near-misses: a forecast alone may be a plan for the next year (the year stays
open); months given as a goal are no result; a past year's result told in January is of the year after it."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _published(text):
    dating = date_document(text, find_entities(text))
    return dating.published.value if dating.published else None


CASES = [
    ("Kim ngạch thương mại giữa Việt Nam và Campuchia 8 tháng đầu năm 2019 đạt 3,1 tỷ USD. Dự kiến tổng kim ngạch "
     "hai chiều trong năm 2019 sẽ đạt khoảng 5 tỷ USD.", "2019"),
    ("Trong 10 tháng đầu năm 2016, xuất khẩu sang Myanmar đạt 400 triệu USD; ước cả năm 2016 đạt 500 triệu USD.",
     "2016"),
    ("Trao đổi thương mại 6 tháng đầu năm 2023 đạt 900 triệu USD; cả năm 2023 dự kiến sẽ đạt 2 tỷ USD.", "2023"),
    # near-miss: a forecast alone (a plan for the year may be made the year before): no year
    ("Dự kiến tổng kim ngạch hai chiều trong năm 2019 sẽ đạt khoảng 5 tỷ USD.", None),
    # near-miss: months set as a goal are no result, the forecast alone leaves two years
    ("Mục tiêu 8 tháng đầu năm 2019 đạt 3 tỷ USD; dự kiến cả năm 2019 sẽ đạt 5 tỷ USD.", None),
    # near-miss: months reported with no forecast: not before their year, no later bound
    ("Kim ngạch thương mại giữa Việt Nam và Campuchia 8 tháng đầu năm 2019 đạt 3,1 tỷ USD.", None),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_dating_forecast_year(text, expected):
    assert _published(text) == expected


WITH_DAY = [
    # a past year's result told in January, next year's forecast: the year after (tenure: Phúc PM 2016-2021)
    ("Ngày 20/1, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Campuchia. Kim ngạch hai nước năm 2018 đạt 4,7 tỷ USD; dự "
     "kiến trong năm 2019 sẽ đạt 5 tỷ USD.", "2019-01-20"),
    # months reported in October with the year forecast (as before: the months alone decide)
    ("Ngày 20/10, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Campuchia. Kim ngạch 9 tháng đầu năm 2018 đạt 3,5 tỷ USD; "
     "dự kiến cả năm 2018 sẽ đạt 4,7 tỷ USD.", "2018-10-20"),
]


@pytest.mark.parametrize("text, expected", WITH_DAY)
def test_dating_forecast_year_with_day(text, expected):
    assert _published(text) == expected
