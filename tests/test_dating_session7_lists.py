"""Session 7, batch 13 (our own sentences): a day in a bracket of its own after a recalled item ("… điện đàm với B
(ngày 15/1), …") is not the day the article reports on; leaders named with the years of other times ("Tổng Bí thư A
(1994), Thủ tướng B (2007)") whose tenures contradict each other leave the year to the other clues when the lead's
sentence names no one. Near-misses: "sáng nay (1/3)" is the article's day told again."""
import pytest

import bangiao


@pytest.mark.parametrize("text, published", [
    ("Từ ngày 31/8 - 1/9, Thủ tướng Phạm Minh Chính sẽ sang Trung Quốc, có mặt tại Hội nghị thượng đỉnh Tổ chức Hợp "
     "tác Thượng Hải. Năm nay hai nước kỷ niệm 75 năm quan hệ ngoại giao giữa Trung Quốc và Việt Nam; Tổng Bí thư "
     "Tô Lâm đã điện đàm với Chủ tịch Trung Quốc Tập Cận Bình (ngày 15/1), Chủ tịch Tập Cận Bình sang thăm Việt Nam "
     "(ngày 14 - 15/4).",
     "2025-08"),
    # near-miss: the article's day told again in brackets
    ("Lễ đón Nhà vua Nhật Bản diễn ra sáng nay (1/3/2017) tại Phủ Chủ tịch. Nhà vua thăm Việt Nam từ ngày 28/2.",
     "2017-03-01"),
])
def test_dating_a_bracketed_day_of_a_list_is_no_lead(text, published):
    assert bangiao.extract(text).published.value == published


def test_dating_leaders_of_other_times_do_not_block_the_anniversary():
    text = ("Tối 26/3, Đại sứ quán Việt Nam ở Kuala Lumpur tổ chức lễ kỷ niệm 45 năm quan hệ ngoại giao giữa "
            "Malaysia và Việt Nam (30/03/1973 – 30/03/2018).\n\nTrong bài phát biểu, Đại sứ điểm lại những lần "
            "Chủ tịch nước Trần Đức Lương (1998), Tổng Bí thư Đỗ Mười (1994) và Thủ tướng Nguyễn Tấn Dũng (2007 và "
            "2015) sang Malaysia, cũng như hai lần Thủ tướng Mahathir Mohamad (1992, 1996) đến Việt Nam.")
    doc = bangiao.extract(text)
    assert doc.published is not None and doc.published.value == "2018-03-26"
