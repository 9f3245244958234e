"""Session 8, batch 23 (issue 12; our own sentences, with near-misses): an occasion named with its year ("Lễ hội Hoa
anh đào Việt - Nhật 2018") counts as a year the text names for its present, and decides among the few years the
other clues leave."""
import pytest

import bangiao


@pytest.mark.parametrize("second, published", [
    ("Ông cũng tham gia tổ chức Lễ hội Hoa anh đào Việt - Nhật 2018 tại Hà Nội.", "2018-03-16"),
    # near-miss: a bare year alone (a plan or a statistic as often) decides nothing
    ("Kim ngạch hai chiều năm 2018 dự kiến tăng mạnh.", None),
])
def test_dating_occasion_named_with_its_year(second, published):
    text = f"Chiều 16.3, Chủ tịch nước Trần Đại Quang tiếp Đại sứ Nhật Bản tại Việt Nam. {second}"
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published
