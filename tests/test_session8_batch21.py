"""Session 8, batch 21 (issue 12; our own sentences, with near-misses): an anniversary written as a bracketed span of
years ("(1990 – 2020)") dates the article; a chair supported ("hỗ trợ Malaysia đảm nhiệm vai trò Chủ tịch ASEAN 2025")
is held now or yet to come; a shared plan being carried out ("triển khai hiệu quả Kế hoạch hành động 2021-2024") bounds
the year; an anniversary prepared for "vào năm 2025" puts the article in the year before; an image's title glued
before its caption ("Tiêu đề - ảnh 1…") tells no event of the photo's people; honours handed by their name
("trao Kỷ niệm chương") are awards; "Sierra Leon" is Sierra Leone."""
import pytest

import bangiao


def _published(text: str) -> str | None:
    doc = bangiao.extract(text)
    return doc.published.value if doc.published else None


@pytest.mark.parametrize("text, published", [
    ("Chiều 29/7, Chủ tịch Ủy ban châu Âu Ursula von der Leyen và Thủ tướng Nguyễn Xuân Phúc trao đổi qua điện thoại về "
     "thương mại, trong năm đánh dấu 30 năm quan hệ Việt Nam - Liên minh châu Âu (1990 – 2020).", "2020-07-29"),
    # near-miss: a span of years that is no anniversary of the number before it
    ("Chiều 29/7, Chủ tịch Ủy ban châu Âu Ursula von der Leyen và Thủ tướng Nguyễn Xuân Phúc trao đổi qua điện thoại về "
     "chương trình 5 năm hợp tác (2021 – 2025).", None),
])
def test_dating_bracketed_span_of_an_anniversary(text, published):
    assert _published(text) == published


@pytest.mark.parametrize("clause, published", [
    ("Việt Nam sẵn sàng hỗ trợ Malaysia đảm nhiệm vai trò Chủ tịch ASEAN 2025.", None),
    # near-miss: the chair held now
    ("Malaysia hiện là Chủ tịch ASEAN 2025.", "2025-08-15"),
])
def test_dating_chair_supported_is_now_or_to_come(clause, published):
    text = f"Sáng 15-8, tại Hà Nội, Tư lệnh Lực lượng Quốc phòng Malaysia chào xã giao Đại tướng Phan Văn Giang. {clause}"
    assert _published(text) == published


@pytest.mark.parametrize("clause, published", [
    ("Hai bên tập trung triển khai hiệu quả Kế hoạch hành động 2021-2024.", "2024-06-05"),
    # near-miss: a plan reviewed looks back, and says nothing of the year here
    ("Hai bên tổng kết việc triển khai Kế hoạch hành động 2021-2024.", None),
])
def test_dating_plan_carried_out_bounds_the_year(clause, published):
    text = ("Sáng 5/6, tại Hà Nội, Bộ trưởng Bùi Thanh Sơn và Phó Thủ tướng New Zealand Winston Peters hội đàm, hướng tới "
            f"50 năm quan hệ ngoại giao giữa Hà Nội và Wellington. {clause}")
    assert _published(text) == published


@pytest.mark.parametrize("tail, published", [
    ("cùng chuẩn bị các sự kiện mừng 75 năm quan hệ ngoại giao vào năm 2025", "2024-09-10"),
    # near-miss: prepared without the year named: this year or the next
    ("cùng chuẩn bị các sự kiện mừng 75 năm quan hệ ngoại giao", None),
])
def test_dating_anniversary_prepared_for_a_later_year(tail, published):
    text = (f"Sáng 10/9, Thứ trưởng Ngoại giao Triều Tiên Pak Sang Gil và Thứ trưởng Phạm Thanh Bình làm việc tại Hà Nội; "
            f"hai bên nhất trí {tail}.")
    assert _published(text) == published


def test_captions_image_title_glued_before_a_caption():
    text = ("Thứ trưởng Ngoại giao Triều Tiên sang thăm Việt Nam\n\nThứ trưởng Ngoại giao Triều Tiên sang thăm Việt Nam - "
            "ảnh 1Tại Trụ sở Bộ, Thứ trưởng Pak Sang Gil được Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp. "
            "(Ảnh: TTXVN)\n\nNgày 9/9, Thứ trưởng Ngoại giao Triều Tiên Pak Sang Gil đã đến chào Phó Thủ tướng, Bộ "
            "trưởng Ngoại giao Bùi Thanh Sơn.")
    doc = bangiao.extract(text, published="2024-09-09")
    assert not [e for e in doc.events if not e.evidence.text]  # no event told only by the image's title
    assert [e.type for e in doc.events if e.captions] == ["MEET"]  # (the caption still tells the meeting)


@pytest.mark.parametrize("text, kinds", [
    ("Ngày 8-5, Bộ trưởng Bùi Thanh Sơn trao Kỷ niệm chương của ngành ngoại giao cho Đại sứ Yamada Takio trước khi ông "
     "kết thúc nhiệm kỳ.", ["AWARD"]),
    # near-miss: a medal merely named is no award
    ("Ngày 8-5, Đại sứ Yamada Takio cho biết Kỷ niệm chương là niềm tự hào.", []),
])
def test_events_honours_handed_by_their_name(text, kinds):
    assert [e.type for e in bangiao.extract(text, published="2024-05-08").events] == kinds


def test_entities_sierra_leon_spelling():
    doc = bangiao.extract("Phó Thủ tướng gặp Bộ trưởng Ngoại giao Sierra Leon.", published="2022-09-23")
    assert {e.id for e in doc.entities if e.type == "COUNTRY"} == {"country:SL"}
    assert not [e for e in doc.entities if e.type == "PERSON" and e.name.startswith("Sierra")]
