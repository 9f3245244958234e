"""Issue 12, batch 6: a period written once, with the total a list then breaks down ("6 tháng đầu năm 2023, kim ngạch
… đạt X. Trong đó, xuất khẩu đạt Y; … Các mặt hàng chính gồm A đạt Z; B đạt W"), is the period of every result of the
list, in its paragraph and the next. Our own sentences; near-misses (a goal, a sentence with a day of its own, a
paragraph further on, no period before) keep no period."""
import pytest

import bangiao

_TOTAL = ("Theo Thương vụ Việt Nam tại Campuchia, kim ngạch thương mại Việt Nam - Campuchia 6 tháng đầu năm 2023 đạt "
          "4,8 tỷ USD, tăng 12% so với cùng kỳ. Trong đó, Việt Nam xuất khẩu sang Campuchia đạt 3,1 tỷ USD, tăng 9,5%; "
          "nhập khẩu từ Campuchia đạt 1,7 tỷ USD, tăng 17,2%.\n\n")
_LIST = ("Các mặt hàng xuất khẩu chính gồm sắt thép đạt 512,3 triệu USD, tăng 8%; hàng dệt may đạt 201,6 triệu USD, "
         "tăng 4,2%. Các mặt hàng nhập khẩu chính gồm hạt điều đạt 640,9 triệu USD, tăng 31%.\n\n")
_HALF = ("2023-01", "2023-06")


def _periods(text):
    doc = bangiao.extract(text, published="2023-07-20")
    return {round(f.value): (f.period.value, f.period.end) if f.period else None for f in doc.figures}


@pytest.mark.parametrize("value", [4_800_000_000, 3_100_000_000, 1_700_000_000, 512_300_000, 201_600_000, 640_900_000])
def test_figures_batch6_list_takes_the_period_written_before(value):
    assert _periods(_TOTAL + _LIST)[value] == _HALF


@pytest.mark.parametrize("text, value", [
    # a goal after the results is no result of the period
    (_TOTAL + "Hai bên phấn đấu đưa kim ngạch thương mại song phương lên 20 tỷ USD.\n", 20_000_000_000),
    # a sentence with a day of its own
    (_TOTAL + "Ngày 5/7, Bộ Công Thương cho biết xuất khẩu gạo sang Campuchia đạt 95,4 triệu USD.\n", 95_400_000),
    # a stock of investment in the same paragraph has no period (tests/dev/gold 075)
    (_TOTAL.rstrip() + " Việt Nam có 205 dự án đầu tư tại Campuchia với tổng vốn 2,94 tỷ USD.\n", 2_940_000_000),
    # a paragraph further on, with one between
    (_TOTAL + "Hai bên nhất trí tiếp tục hoàn thiện hạ tầng cửa khẩu và kết nối giao thông.\n\n"
     "Việt Nam hiện có 205 dự án đầu tư tại Campuchia với tổng vốn 2,94 tỷ USD.\n", 2_940_000_000),
    # no period written before the list
    ("Trong đó, Việt Nam xuất khẩu sang Campuchia đạt 3,1 tỷ USD, tăng 9,5%.\n", 3_100_000_000),
])
def test_figures_batch6_no_period_carried(text, value):
    assert _periods(text)[value] is None
