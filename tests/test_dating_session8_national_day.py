"""Session 8 (issue 12, found while rewriting batch 19's tests): whose national day a bare "N năm Quốc khánh" counts —
the country named right after it in its clause, else the embassy's country named before it in its sentence, else Việt
Nam's — never a country of the next sentence (that made a report of 2023 one of 2028)."""
import pytest

import bangiao


@pytest.mark.parametrize("text, published", [
    ("Tối 20/9, Đại sứ quán Việt Nam tại New Delhi tổ chức Lễ kỷ niệm 78 năm Quốc khánh. Tham dự có Bộ trưởng Ấn Độ.",
     "2023-09-20"),
    ("Tối 20/9, Đại sứ quán Lào tại Hà Nội tổ chức kỷ niệm 48 năm Quốc khánh. Tham dự có Bộ trưởng Ấn Độ.",
     "2023-09-20"),
    # near-miss: the country named right after the national day is its own
    ("Tối 20/9, Đại sứ quán Việt Nam tại Viêng Chăn dự kỷ niệm 48 năm Quốc khánh Lào.", "2023-09-20"),
])
def test_dating_whose_national_day(text, published):
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published
