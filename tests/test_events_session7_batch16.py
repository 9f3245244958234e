"""Session 7, batch 16 (our own sentences): a meeting's word before a ';' list of the people met ("gặp song phương A,
Bộ trưởng X; B, Bộ trưởng Y; C và D") is one meeting with each; a month with its year told just past ("tháng 9/2018
vừa qua") puts the article within a year after it. Near-miss: ';' items with event words of their own stay theirs."""
import pytest

import bangiao

_LIST = ("Chiều 18/9, tại Bắc Kinh, Đại tướng Phan Văn Giang đã gặp song phương Bộ trưởng Quốc phòng Trung Quốc Đổng "
         "Quân; Bộ trưởng Quốc phòng Lào Khamlieng Outhakaysone; Phó Thủ tướng Campuchia Tea Seiha và Bộ trưởng Quốc "
         "phòng Mông Cổ Batlut Damba.")


def test_events_meeting_word_before_a_list_of_people():
    doc = bangiao.extract(_LIST, published="2025-09-19")
    met = sorted(p for e in doc.events if e.type == "MEET" for p in e.participants if p != "person:phan-van-giang")
    assert met == ["person:batlut-damba", "person:dong-quan", "person:khamlieng-outhakaysone", "person:tea-seiha"]


def test_events_list_items_with_their_own_event_words_stay_theirs():
    text = ("Chiều 18/9, Đại tướng Phan Văn Giang gặp Bộ trưởng Quốc phòng Trung Quốc Đổng Quân; dự lễ kỷ niệm tại Đại sứ "
            "quán Việt Nam; hội kiến Phó Thủ tướng Campuchia Tea Seiha.")
    doc = bangiao.extract(text, published="2025-09-19")
    meets = sorted(tuple(sorted(e.participants)) for e in doc.events if e.type == "MEET")
    assert ("person:dong-quan", "person:phan-van-giang") in meets
    assert not any("person:tea-seiha" in m and "person:dong-quan" in m for m in meets)


@pytest.mark.parametrize("text, published", [
    ("Ngày 29/10, Phó Thủ tướng Trịnh Đình Dũng cùng các bộ trưởng rà soát kết quả chuyến thăm Nga mà Tổng Bí thư "
     "Nguyễn Phú Trọng thực hiện hồi tháng 9/2018 vừa qua.", "2018-10-29"),
    # a month later in the calendar than the article's day: the year after it
    ("Ngày 29/10, Phó Thủ tướng Trịnh Đình Dũng cùng các bộ trưởng rà soát kết quả chuyến thăm Liên bang Nga của Thủ "
     "tướng Nguyễn Xuân Phúc vào tháng 11/2018 vừa qua.", "2019-10-29"),
])
def test_dating_month_just_past(text, published):
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published
