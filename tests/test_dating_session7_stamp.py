"""A page's date stamp ("Thứ hai, ngày 23/05/2016 14:40 GMT+7", a byline before it) dates the article even when the
body announces an event of that day ("Sáng 23/5, … sẽ tổ chức lễ đón …"): a stamp is never an announced day
(session 7, batch 11; our own sentences). Near-miss: a lead day announced, with no time after it, still gives way to
the day reported as done before it, and no year is known."""
import pytest

import bangiao

_BODY = ("Tối 22/5, Tổng thống Hoa Kỳ Barack Obama đặt chân xuống Hà Nội, mở đầu chuyến thăm chính thức ba ngày tới "
         "Việt Nam. Sáng 23/5, Chủ tịch nước sẽ chủ trì lễ đón Tổng thống Obama tại Phủ Chủ tịch.")


@pytest.mark.parametrize("text, published, basis", [
    ("Tổng thống Obama thăm Việt Nam\nBan Quốc tế-Thứ hai, ngày 23/05/2016 14:40 GMT+7\n" + _BODY, "2016-05-23",
     "stated"),
    ("Tổng thống Obama thăm Việt Nam\nThứ hai, 23/05/2016, 14:40 (GMT+7)\n" + _BODY, "2016-05-23", "stated"),
    # near-miss: no stamp; Obama's tenure leaves eight years: not dated
    ("Tổng thống Obama thăm Việt Nam\n" + _BODY, None, None),
])
def test_dating_a_page_stamp_is_the_articles_day(text, published, basis):
    doc = bangiao.extract(text)
    assert ((doc.published.value, doc.published.basis) if doc.published else (None, None)) == (published, basis)
