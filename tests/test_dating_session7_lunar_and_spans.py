"""Session 7, batch 14 (our own sentences): a lunar year named by stem and branch ("Tết cổ truyền Mậu Tuất") gives
the year of that Tết (the year before when told from October on); a day without its year after a span written with
its year, inside that span ("đã có chuyến thăm … từ ngày 8 - 11.7.2017. … đón … vào tối 10.7"), takes the span's
year. Near-misses: no stem and branch; a day outside the span."""
import pytest

import bangiao

_CALL = ("Chủ tịch nước Trần Đại Quang và Tổng thống Hoa Kỳ Donald Trump có cuộc điện đàm. Nhân dịp Tết cổ truyền "
         "Mậu Tuất, Tổng thống Trump chúc người dân Việt Nam một năm mới an khang, thịnh vượng.")


@pytest.mark.parametrize("text, published", [
    ("Ngày 14/2, " + _CALL, "2018-02-14"),
    ("Ngày 20/12, " + _CALL, "2017-12-20"),  # told ahead of the Tết, in December: the year before
    # near-miss: "Tết cổ truyền" with no year name: Trump's and Quang's tenures leave 2017 and 2018
    ("Ngày 14/2, " + _CALL.replace(" Mậu Tuất", ""), None),
])
def test_dating_lunar_year_names_the_year(text, published):
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published


@pytest.mark.parametrize("text, published", [
    ("Thủ tướng Nguyễn Xuân Phúc đã có chuyến thăm chính thức tới Hà Lan từ ngày 8 - 11.7.2017. Tại La Hay, nước chủ "
     "nhà đón chính thức Thủ tướng vào tối 10.7.", "2017-07-10"),
    # near-miss: a day outside the span is of its own time: its year is not the span's to give
    ("Thủ tướng Nguyễn Xuân Phúc đã có chuyến thăm chính thức tới Hà Lan từ ngày 8 - 11.7.2017. Trước đó, ngày 20.6, "
     "hai bên chuẩn bị chương trình.", None),
])
def test_dating_a_day_inside_a_dated_span_takes_its_year(text, published):
    doc = bangiao.extract(text)
    if published is None:
        assert doc.published is None or doc.published.value != "2017-06-20"
    else:
        assert doc.published is not None and doc.published.value == published
