"""Session 10, batch 37 after its first contact (issue 12; our own sentences, a real summit's dates as facts only,
with a near-miss): a numbered summit named as the occasion of a sentence that gives one of its days takes that day
(tests/dev/README.md, Event dates), not the summit's first day from the knowledge base."""
import pytest

import bangiao


@pytest.mark.parametrize("text, date", [
    ("Sáng 11/5/2023, Thủ tướng Phạm Minh Chính có cuộc gặp Thủ tướng Timor-Leste Taur Matan Ruak nhân dịp cùng dự "
     "Hội nghị Cấp cao ASEAN lần thứ 42 ở Labuan Bajo.", "2023-05-11"),
    # near-miss: with no day of its own in the sentence, the summit's own days from the knowledge base
    ("Năm 2023, Thủ tướng Phạm Minh Chính cùng các nhà lãnh đạo dự Hội nghị Cấp cao ASEAN lần thứ 42 ở Labuan Bajo.",
     "2023-05-09"),
])
def test_governing_a_summit_named_as_the_occasion_of_a_dated_sentence(text, date):
    conferences = [e.date.value for e in bangiao.extract(text).events if e.type == "CONFERENCE" and e.date]
    assert conferences == [date]


@pytest.mark.parametrize("days, published", [
    ("tối ngày 9/10 và trưa ngày 10/10/2018", "2018-10-10"),
    # near-miss: a day of an earlier month recalled after it is no second day of the article
    ("chiều ngày 9/10, như đã thỏa thuận hôm 10/3/2018 tại Hà Nội,", "2018-10-09"),
])
def test_dating_a_pair_of_days_shares_its_year(days, published):
    doc = bangiao.extract(f"Nhân chuyến thăm Anh, {days} Phó Thủ tướng Phạm Bình Minh hội đàm với Ngoại trưởng Anh.")
    assert (doc.published.value if doc.published else None) == published
