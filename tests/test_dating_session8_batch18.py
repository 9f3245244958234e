"""Session 8, batch 18 (issue 12; our own sentences, with near-misses): "chiều nay" in an article known only to its
month takes that month; a term told as just over ("vừa hoàn thành … nhiệm kỳ 2020 - 2021") puts the article in the
year after it."""
import pytest

import bangiao


def test_dating_relative_day_in_an_article_known_to_its_month():
    text = ("Phó Thủ tướng Phạm Bình Minh chiều nay có cuộc gặp song phương với Ngoại trưởng Nhật Bản Taro Kono bên lề "
            "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 51.")
    doc = bangiao.extract(text)
    assert doc.published is not None and doc.published.value == "2018-07"
    assert [e.date.value if e.date else None for e in doc.events if e.type == "MEET"] == ["2018-07"]


@pytest.mark.parametrize("clause, published", [
    ("Việt Nam vừa hoàn thành vai trò Ủy viên không thường trực Hội đồng Bảo an, nhiệm kỳ 2020 - 2021.", "2022-10-21"),
    # near-misses: a term still running, or ahead, says nothing of the year
    ("Việt Nam đang đảm nhiệm vai trò Ủy viên không thường trực Hội đồng Bảo an, nhiệm kỳ 2020 - 2021.", None),
    ("Việt Nam sẽ là thành viên Hội đồng Nhân quyền nhiệm kỳ 2023 - 2025.", None),
])
def test_dating_term_just_over(clause, published):
    text = f"Sáng 21/10, Chủ tịch nước Nguyễn Xuân Phúc tiếp Tổng Thư ký Liên hợp quốc António Guterres. {clause}"
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published
