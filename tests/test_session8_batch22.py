"""Session 8, batch 22 (issue 12; our own sentences, with near-misses): an upgrade hoped for with a partner that has
since reached the highest level puts the article before that upgrade; congratulations on something done "vào tháng
9/2022" put the article within the year after; a surname that is also a body's word before a middle name ("Đoàn Thị
Hậu") is a person; "Nhóm" opens a body's name."""
import pytest

import bangiao


def _published(text: str) -> str | None:
    doc = bangiao.extract(text)
    return doc.published.value if doc.published else None


@pytest.mark.parametrize("wish, published", [
    ("Phía Hàn Quốc bày tỏ mong muốn sớm nâng cấp quan hệ, đồng thời mở rộng hợp tác văn hóa.", "2021-12-13"),
    # near-miss: an upgrade with its level named is weighed as made or not by its own rule, not as a hope
    ("Phía Hàn Quốc đánh giá cao hợp tác văn hóa giữa hai bên.", None),
])
def test_dating_upgrade_hoped_for_comes_before_it(wish, published):
    text = (f"Chiều 13/12, tại Seoul, Chủ tịch Quốc hội Hàn Quốc có cuộc hội đàm với Chủ tịch Quốc hội Vương Đình Huệ. "
            f"{wish}")
    assert _published(text) == published


@pytest.mark.parametrize("clause, published", [
    ("Bộ trưởng chúc mừng đảng cầm quyền Frelimo về Đại hội lần thứ 12 diễn ra vào tháng 9/2022.", "2023-04-17"),
    # near-miss: a month recalled without congratulations or "vừa" bounds nothing here
    ("Bộ trưởng có nhắc tới Đại hội lần thứ 12 diễn ra vào tháng 9/2022 của Frelimo.", None),
])
def test_dating_congratulations_on_a_month_just_past(clause, published):
    text = (f"Ngày 17/4, qua hình thức trực tuyến, Ngoại trưởng Mozambique Verónica Macamo và Bộ trưởng Bùi Thanh Sơn đã "
            f"hội đàm. {clause}")
    assert _published(text) == published


@pytest.mark.parametrize("text, people", [
    ("Đoàn công tác do Chủ tịch HĐND tỉnh Lạng Sơn Đoàn Thị Hậu dẫn đầu đã tới Paris.", ["Đoàn Thị Hậu"]),
    ("Ông Trần Văn Nam, Phó Chủ tịch Nhóm Nghị sĩ hữu nghị Nhật - Việt, cùng dự.", ["Trần Văn Nam"]),
    # near-miss: a body opening with the same word stays no person
    ("Đoàn Văn công Quân đội biểu diễn tại lễ kỷ niệm.", []),
])
def test_entities_surname_that_is_a_bodys_word(text, people):
    assert [e.name for e in bangiao.extract(text, published="2022-11-24").entities if e.type == "PERSON"] == people
