"""Session 8, batch 18 (issue 12; our own sentences, with near-misses): "chiều nay" in an article known only to its
month takes that month; a term told as just over ("vừa hoàn thành … nhiệm kỳ 2020 - 2021") puts the article in the
year after it."""
import pytest

import bangiao


def test_dating_relative_day_in_an_article_known_to_its_month():
    text = ("Bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 51, chiều nay Phó Thủ tướng Phạm Bình Minh đã gặp "
            "Ngoại trưởng Nhật Bản Taro Kono để bàn về hợp tác nông nghiệp.")
    doc = bangiao.extract(text)
    assert doc.published is not None and doc.published.value == "2018-07"
    assert [e.date.value if e.date else None for e in doc.events if e.type == "MEET"] == ["2018-07"]


@pytest.mark.parametrize("clause, published", [
    ("Việt Nam vừa hoàn thành tốt nhiệm vụ ủy viên không thường trực của Hội đồng Bảo an, nhiệm kỳ 2020 - 2021.",
     "2022-10-21"),
    # near-misses: a term still running, or ahead, says nothing of the year
    ("Việt Nam đang làm tốt nhiệm vụ ủy viên không thường trực của Hội đồng Bảo an, nhiệm kỳ 2020 - 2021.", None),
    ("Việt Nam sẽ là thành viên Hội đồng Nhân quyền nhiệm kỳ 2023 - 2025.", None),
])
def test_dating_term_just_over(clause, published):
    text = (f"Sáng 21/10, tại Phủ Chủ tịch, ông António Guterres, người đứng đầu Liên hợp quốc, hội kiến Chủ tịch nước "
            f"Nguyễn Xuân Phúc. {clause}")
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published
