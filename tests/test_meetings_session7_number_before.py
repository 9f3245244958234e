"""A numbered session written with its number before the body ("Phiên thảo luận cấp cao Khóa 74 Đại hội đồng LHQ")
is that session of the knowledge base, and dates the article (session 7, batch 15; our own sentences). Near-miss:
the body named with no number gives no session."""
import pytest

import bangiao


@pytest.mark.parametrize("text, published", [
    ("Ngày 26/9, ở New York, Phó Thủ tướng Phạm Bình Minh có những hoạt động đầu tiên tại Phiên thảo luận cấp cao Khóa "
     "74 Đại hội đồng LHQ.", "2019-09-26"),
    ("Ngày 26/9, ở New York, Phó Thủ tướng Phạm Bình Minh có những hoạt động đầu tiên tại Phiên thảo luận cấp cao Đại "
     "hội đồng LHQ.", None),
])
def test_meetings_number_before_the_body(text, published):
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published
