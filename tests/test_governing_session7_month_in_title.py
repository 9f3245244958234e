"""A month written inside a title, nearer the event word than the sentence's own day ("Ngày 17/1, Đại sứ X, Chủ tịch
Hội đồng Bảo an tháng 1/2020, có cuộc gặp với Y"), gives way to that day, taking the month's year (session 7, batch
10; our own sentences). Near-misses: a month of another month, and a month alone, stay."""
import pytest

import bangiao


@pytest.mark.parametrize("text, date", [
    ("Ngày 17/1, Đại sứ Đặng Đình Quý, Chủ tịch Hội đồng Bảo an Liên Hợp Quốc tháng 1/2020, có cuộc gặp với Tổng "
     "Thư ký Liên Hợp Quốc António Guterres.", "2020-01-17"),
    # near-misses: the day lies in another month than the one written; no day in the sentence
    ("Ngày 17/2, Đại sứ Đặng Đình Quý, Chủ tịch Hội đồng Bảo an Liên Hợp Quốc tháng 1/2020, có cuộc gặp với Tổng "
     "Thư ký Liên Hợp Quốc António Guterres.", "2020-01"),
    ("Đại sứ Đặng Đình Quý, Chủ tịch Hội đồng Bảo an Liên Hợp Quốc tháng 1/2020, có cuộc gặp với Tổng Thư ký Liên "
     "Hợp Quốc António Guterres.", "2020-01"),
])
def test_governing_month_in_a_title_gives_way_to_the_day(text, date):
    doc = bangiao.extract(text, published="2020-02-20")
    meets = [e for e in doc.events if e.type == "MEET"]
    assert meets and meets[0].date is not None and meets[0].date.value == date
