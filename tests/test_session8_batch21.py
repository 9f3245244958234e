"""Session 8, batch 21 (issue 12; our own sentences, with near-misses): an anniversary written as a bracketed span of
years ("(1990 – 2020)") dates the article; a chair supported ("ủng hộ Malaysia trong vai trò Chủ tịch ASEAN 2025") is
held now or yet to come; a shared plan being carried out ("thực hiện thành công Kế hoạch hành động 2021-2024") bounds
the year; an anniversary prepared for "vào năm 2025" puts the article in the year before; an image's title glued
before its caption ("Tiêu đề - ảnh 1…") tells no event of the photo's people; honours handed by their name
("trao Kỷ niệm chương") are awards; "Sierra Leon" is Sierra Leone."""
import pytest

import bangiao


def _published(text: str) -> str | None:
    doc = bangiao.extract(text)
    return doc.published.value if doc.published else None


@pytest.mark.parametrize("text, published", [
    ("Chiều 29/7, Thủ tướng Nguyễn Xuân Phúc điện đàm với Chủ tịch Ủy ban châu Âu Ursula von der Leyen, đúng dịp kỷ niệm "
     "30 năm thiết lập quan hệ ngoại giao Việt Nam - EU (1990 – 2020).", "2020-07-29"),
    # near-miss: a span of years that is no anniversary of the number before it
    ("Chiều 29/7, Thủ tướng Nguyễn Xuân Phúc điện đàm với Chủ tịch Ủy ban châu Âu Ursula von der Leyen về kế hoạch 5 năm "
     "hợp tác (2021 – 2025).", None),
])
def test_dating_bracketed_span_of_an_anniversary(text, published):
    assert _published(text) == published


@pytest.mark.parametrize("clause, published", [
    ("Việt Nam ủng hộ Malaysia trong vai trò Chủ tịch ASEAN 2025.", None),
    # near-miss: the chair held now
    ("Malaysia đang là Chủ tịch ASEAN 2025.", "2025-08-15"),
])
def test_dating_chair_supported_is_now_or_to_come(clause, published):
    text = f"Sáng 15-8, Đại tướng Phan Văn Giang tiếp Tư lệnh Quân đội Malaysia. {clause}"
    assert _published(text) == published


@pytest.mark.parametrize("clause, published", [
    ("Hai bên tập trung thực hiện thành công Kế hoạch hành động 2021-2024.", "2024-06-05"),
    # near-miss: a plan reviewed looks back, and says nothing of the year here
    ("Hai bên đánh giá kết quả thực hiện Kế hoạch hành động 2021-2024.", None),
])
def test_dating_plan_carried_out_bounds_the_year(clause, published):
    text = ("Sáng nay 5/6, Phó Thủ tướng New Zealand Winston Peters hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Hà "
            f"Nội, hướng tới kỷ niệm 50 năm thiết lập quan hệ ngoại giao hai nước. {clause}")
    assert _published(text) == published


@pytest.mark.parametrize("tail, published", [
    ("phối hợp chuẩn bị các hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao vào năm 2025", "2024-09-10"),
    # near-miss: prepared without the year named: this year or the next
    ("phối hợp chuẩn bị các hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao", None),
])
def test_dating_anniversary_prepared_for_a_later_year(tail, published):
    text = (f"Sáng 10/9, Thứ trưởng Ngoại giao Phạm Thanh Bình hội đàm với Thứ trưởng Ngoại giao Triều Tiên Pak Sang Gil; hai "
            f"bên nhất trí {tail}.")
    assert _published(text) == published


def test_captions_image_title_glued_before_a_caption():
    text = ("Đoàn ngoại giao Triều Tiên thăm Việt Nam\n\nĐoàn ngoại giao Triều Tiên thăm Việt Nam - ảnh 1Phó Thủ tướng, Bộ "
            "trưởng Ngoại giao Bùi Thanh Sơn tiếp Thứ trưởng Pak Sang Gil. (Ảnh: VOV)\n\nNgày 9/9, tại Hà Nội, Phó Thủ "
            "tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Thứ trưởng Ngoại giao Triều Tiên Pak Sang Gil.")
    doc = bangiao.extract(text, published="2024-09-09")
    assert not [e for e in doc.events if not e.evidence.text]  # no event told only by the image's title
    assert [e.type for e in doc.events if e.captions] == ["MEET"]  # (the caption still tells the meeting)


@pytest.mark.parametrize("text, kinds", [
    ("Ngày 8-5, Bộ trưởng Bùi Thanh Sơn đã trao Kỷ niệm chương 'Vì sự nghiệp Ngoại giao Việt Nam' tặng Đại sứ Yamada "
     "Takio.", ["AWARD"]),
    # near-miss: a medal merely named is no award
    ("Ngày 8-5, Đại sứ Yamada Takio cho biết Kỷ niệm chương là niềm tự hào.", []),
])
def test_events_honours_handed_by_their_name(text, kinds):
    assert [e.type for e in bangiao.extract(text, published="2024-05-08").events] == kinds


def test_entities_sierra_leon_spelling():
    doc = bangiao.extract("Phó Thủ tướng gặp Bộ trưởng Ngoại giao Sierra Leon.", published="2022-09-23")
    assert {e.id for e in doc.entities if e.type == "COUNTRY"} == {"country:SL"}
    assert not [e for e in doc.entities if e.type == "PERSON" and e.name.startswith("Sierra")]
