"""A chair held now with its year written beside the body ("Malaysia là nước chủ tịch ASEAN 2025") dates the article to
that year (session 7, batch 10; our own sentences). Near-misses: a chair to come or past, and a chair year reviewed."""
import pytest

import bangiao

_CALL = "Chiều 12/12, Thủ tướng Malaysia Anwar Ibrahim và Thủ tướng Phạm Minh Chính điện đàm. "


@pytest.mark.parametrize("text, published", [
    ("Malaysia là nước chủ tịch ASEAN 2025.", "2025-12-12"),
    ("Malaysia, nước đang là Chủ tịch ASEAN năm 2025, đề nghị hai nước phối hợp.", "2025-12-12"),
    ("Philippines sẽ là Chủ tịch ASEAN 2026.", None),
    ("Malaysia từng là nước chủ tịch ASEAN 2025.", None),
    ("Hai bên đánh giá cao kết quả Năm Chủ tịch ASEAN 2025 của Malaysia.", None),
])
def test_dating_chair_held_now_gives_the_year(text, published):
    doc = bangiao.extract(_CALL + text)
    assert (doc.published.value if doc.published else None) == published
