"""Session 12, the class batch 44 left (issue 12; our own sentences, with near-misses): a site's numbered list of
trending topics above the article ("1. Dòng sự kiện:", "2. …", "3. …") is page furniture; its countries are not
the article's."""
import pytest

import bangiao

_BODY = ("Thủ tướng gặp lãnh đạo Thái Lan\n\n"
         "Chiều 12/6, tại Bangkok, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Thái Lan Srettha Thavisin và trao đổi "
         "về hợp tác kinh tế, thương mại và đầu tư giữa hai nước trong thời gian tới.\n")


@pytest.mark.parametrize("top, cut", [
    ("1. Dòng sự kiện:\n2. Bão lũ ở miền Trung\n3. Xung đột Israel - Hamas\n4. Bầu cử Quốc hội Nhật Bản\n\n", True),
    ("1. Chủ đề nóng\n2. Giá vàng hôm nay\n3. Chiến sự Nga - Ukraine\n\n", True),
    # near-misses: two numbered lines only; a list of documents the article writes after its first paragraph
    ("1. Dòng sự kiện:\n2. Chiến sự Nga - Ukraine\n\n", False),
    ("", False),
])
def test_clean_a_numbered_topic_list_above_the_article(top, cut):
    doc = bangiao.extract(top + _BODY)
    countries = sorted(e.name for e in doc.entities if e.type == "COUNTRY")
    if cut:
        assert countries == ["Thái Lan"]
        assert all(line not in doc.text and any(line in r.text for r in doc.removed) for line in top.split("\n") if line)
    else:
        assert all(line in doc.text for line in top.split("\n") if line)


def test_clean_a_numbered_list_of_the_article_stays():
    listed = ("1. Bản ghi nhớ về hợp tác nông nghiệp\n2. Thỏa thuận về du lịch\n"
              "3. Kế hoạch hợp tác văn hóa giai đoạn 2024-2026\n")
    doc = bangiao.extract(_BODY + "\nHai bên đã ký các văn kiện sau:\n" + listed)
    assert all(line in doc.text for line in listed.split("\n") if line)
