"""Session 12, classes the batches of session 11 left (issue 12; our own sentences, with near-misses): a site's
numbered list of trending topics above the article ("1. Dòng sự kiện:", "2. …", "3. …") is page furniture, its
countries not the article's (batch 44); the head of an international body named by title alone in the list of those
met ("gặp …, Tổng Thư ký Liên Hợp quốc và Chủ tịch Ngân hàng Thế giới") is a meeting with the body (batches 40, 43)."""
import pytest

import bangiao
from tests.extracted import events

_BODY = ("Thủ tướng gặp lãnh đạo Thái Lan\n\n"
         "Chiều 12/6, tại Bangkok, Thủ tướng Phạm Minh Chính có cuộc gặp với Thủ tướng Thái Lan Srettha Thavisin; hai "
         "bên bàn cách nâng kim ngạch thương mại song phương và mở rộng hợp tác năng lượng sạch.\n")


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
    listed = ("1. Bản ghi nhớ về hợp tác thủy sản\n2. Thỏa thuận về giao thông đường bộ\n"
              "3. Chương trình hợp tác giáo dục giai đoạn 2024-2026\n")
    doc = bangiao.extract(_BODY + "\nHai bên đã ký các văn kiện sau:\n" + listed)
    assert all(line in doc.text for line in listed.split("\n") if line)


@pytest.mark.parametrize("met, sides", [
    ("gặp Thủ tướng Đức Olaf Scholz, Tổng Thư ký Liên Hợp quốc và Chủ tịch Ngân hàng Thế giới",
     ["Olaf Scholz", "Liên hợp quốc", "Ngân hàng Thế giới"]),
    ("làm việc với Tổng Giám đốc Tổ chức Thương mại Thế giới và Thủ tướng Australia Anthony Albanese",
     ["Anthony Albanese", "Tổ chức Thương mại Thế giới"]),
    ("tiếp Chủ tịch Ngân hàng Phát triển châu Á", ["Ngân hàng Phát triển châu Á"]),
    # near-misses: the head is named; the title is the named person's, after his name and a comma; the title is
    # the one who sends him ("của"); a country's body (its heads are the KB's)
    ("làm việc với Tổng Thư ký ASEAN Kao Kim Hourn", ["Kao Kim Hourn"]),
    ("gặp gỡ ông Kao Kim Hourn, Tổng Thư ký ASEAN", ["Kao Kim Hourn"]),
    ("tiếp bà Lena Berg, đặc phái viên của Tổng Thư ký Liên Hợp quốc", ["Lena Berg"]),
    ("gặp Thủ tướng Đức Olaf Scholz và Chủ tịch Hạ viện Đức", ["Olaf Scholz"]),
])
def test_events_the_head_of_an_international_body_by_title_alone(met, sides):
    found = events(f"Ngày 28/6/2023, tại Osaka, Thủ tướng Phạm Minh Chính {met}.")
    assert sorted(p[1] for t, p, _ in found if t == "MEET") == sorted(sides)


@pytest.mark.parametrize("sentence, sides", [
    ("Chiều 9/10/2023, tại Viêng Chăn, Bộ Y tế Việt Nam tổ chức lễ ký thỏa thuận hợp tác với Bộ Y tế Lào.",
     ["Bộ Y tế Việt Nam", "Bộ Y tế Lào"]),
    ("Chiều 9/10/2023, đại diện Hội Liên hiệp Phụ nữ Việt Nam cùng Hội Liên hiệp Phụ nữ Lào vừa ký biên bản ghi nhớ "
     "giai đoạn 2023-2028.", ["Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Lào"]),
    # near-misses: the signers are named; one named signs with a body
    ("Sáng 4/3/2019, Bộ trưởng Lê Thành Long và Bộ trưởng Xaysy Santivong đã ký bản ghi nhớ hợp tác.",
     ["Lê Thành Long", "Xaysy Santivong"]),
    ("Sáng 4/3/2019, Bộ trưởng Lê Thành Long đã ký bản ghi nhớ hợp tác với Bộ Tư pháp Lào.", ["Lê Thành Long"]),
])
def test_events_a_signing_between_two_bodies_with_no_one_named(sentence, sides):
    signed = [p for t, p, _ in events(sentence) if t == "SIGN"]
    assert sorted(signed[0]) == sorted(sides)
