"""Batch 5, class 2: a visit returned ("đáp lại chuyến thăm của X tới Việt Nam") is X's own earlier visit, X alone;
the visit that returns it stays the subject's (our own sentences)."""
import pytest

import bangiao

_TRIP = "Chủ tịch nước Trần Đại Quang đã tới Paris, bắt đầu chuyến thăm cấp Nhà nước đến Pháp. "


@pytest.mark.parametrize("second", [
    "Chuyến thăm có ý nghĩa quan trọng, đáp lại chuyến thăm của Tổng thống Pháp Emmanuel Macron tới Việt Nam hồi "
    "tháng 9/2017.",
    "Chuyến thăm đáp lại chuyến thăm của Tổng thống Pháp Emmanuel Macron tới Việt Nam hồi tháng 9/2017.",
    "Đây là chuyến thăm đáp lễ chuyến thăm Việt Nam của Tổng thống Pháp Emmanuel Macron năm 2017.",
])
def test_visitors_a_visit_returned_is_the_owner_alone(second):
    doc = bangiao.extract(_TRIP + second, published="2018-08-25")
    casts = sorted(e.participants for e in doc.events if e.type == "VISIT")
    assert casts == [("person:emmanuel-macron",), ("person:tran-dai-quang",)]


def test_visitors_an_owned_visit_not_returned_keeps_its_host():
    """Near-miss: a visit owned, not returned, keeps the people the finder gave it (here the host it names)."""
    doc = bangiao.extract("Tổng thống Pháp Emmanuel Macron đã hội đàm với Chủ tịch nước Trần Đại Quang trong chuyến "
                          "thăm Việt Nam của Tổng thống Pháp Emmanuel Macron.", published="2018-05-02")
    assert any(e.type == "TALKS" and set(e.participants) == {"person:emmanuel-macron", "person:tran-dai-quang"}
               for e in doc.events)
