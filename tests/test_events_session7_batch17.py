"""Session 7, batch 17 (our own sentences): a rally for an anniversary ("Lễ mít tinh kỷ niệm 60 năm … Việt Nam -
Cuba") is a ceremony of the two countries when no one named hosts it; opening an exhibition ("cắt băng khai trương")
is a ceremony; attendance told as a noun ("với sự tham dự của …") is no conference; "Pháp" in "Cộng đồng Pháp ngữ"
names no country, while a country inside a body's name still does ("Quốc hội nước CHDCND Lào")."""
import pytest

import bangiao


@pytest.mark.parametrize("text, events", [
    ("Tối 30/11, tại Hà Nội, Lễ mít tinh kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Cuba đã được tổ chức "
     "trọng thể.", [("CEREMONY", ("country:CU", "country:VN"))]),
    ("Ngày 17/5, tại Thủ đô Mexico, Đại sứ quán Việt Nam long trọng tổ chức lễ kỷ niệm 43 năm thiết lập quan hệ ngoại "
     "giao Việt Nam - Mexico, với sự tham dự của nhiều doanh nghiệp.", [("CEREMONY", ("country:MX", "country:VN"))]),
    ("Chiều 20/9, Chủ tịch Quốc hội Vương Đình Huệ đã tới dự và cắt băng khai trương triển lãm ảnh về quan hệ hai nước.",
     [("CEREMONY", ("person:vuong-dinh-hue",))]),
])
def test_events_rallies_exhibitions_and_attendance(text, events):
    doc = bangiao.extract(text, published="2020-12-01")
    assert sorted((e.type, tuple(sorted(e.participants))) for e in doc.events) == events


@pytest.mark.parametrize("text, present, absent", [
    ("Phó Chủ tịch nước tới Djerba dự Hội nghị Cấp cao Cộng đồng Pháp ngữ lần thứ 18.", "org:francophonie", "country:FR"),
    # near-miss: a country inside a body's name names it
    ("Đoàn Quốc hội nước CHDCND Lào thăm Hà Nội.", "country:LA", None),
])
def test_entities_country_word_inside_a_body_name(text, present, absent):
    found = {e.id for e in bangiao.extract(text, published="2022-11-20").entities}
    assert present in found and (absent is None or absent not in found)


def test_entities_a_country_after_a_co_chairs_title_is_no_person():
    # "đồng Chủ tịch Ủy ban liên Chính phủ Việt Nam - Cuba": the committee's countries, not a person called "Việt Nam"
    text = ("Tham dự có Phó Thủ tướng Phạm Bình Minh, đồng Chủ tịch Ủy ban liên Chính phủ Việt Nam - Cuba về hợp tác "
            "kinh tế; Bộ trưởng Phạm Hồng Hà.")
    entities = bangiao.extract(text, published="2020-12-01").entities
    assert sorted(e.id for e in entities if e.type == "PERSON") == ["person:pham-binh-minh", "person:pham-hong-ha"]
    assert {"country:VN", "country:CU"} <= {e.id for e in entities}
