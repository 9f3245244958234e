"""Issue 12, batch 6: a related-news teaser opened by its own day and a colon ("Trưa 9/11: …"), a headline with no
full stop standing alone between the article's paragraphs or after them, is cut as related news (its day is not the
article's). Our own sentences; near-misses (an itinerary announced or in a run, a title, a sentence) stay."""
import pytest

from bangiao.reading.clean import clean_text

_LEAD = ("Ngày 8.11, Phó Thủ tướng Trần Văn Lâm đã tiếp Bộ trưởng Thương mại Indonesia Budi Santoso, sau khi ông "
         "Budi Santoso có cuộc hội đàm với Bộ trưởng Công Thương tại Hà Nội.\n")
_BODY = ("Hai bên nhất trí thúc đẩy kim ngạch thương mại song phương, mở rộng hợp tác trong lĩnh vực năng lượng và "
         "nông nghiệp.\n")
_TEASER = "Trưa 9/11: Giá vàng tăng mạnh, nhiều cửa hàng tại Hà Nội đông khách"


@pytest.mark.parametrize("text, line, cut", [
    # between paragraphs, after them, other times of the day and date forms
    (_LEAD + "\n" + _TEASER + "\n\n" + _BODY, _TEASER, True),
    (_LEAD + "\n" + _BODY + "\n" + _TEASER + "\n", _TEASER, True),
    (_LEAD + "\nTối 10/11: Bão số 7 đổ bộ vào các tỉnh Nam Trung Bộ, gây mưa lớn\n\n" + _BODY,
     "Tối 10/11: Bão số 7 đổ bộ vào các tỉnh Nam Trung Bộ, gây mưa lớn", True),
    (_LEAD + "\nNgày 12-11: Khai mạc hội chợ hàng Việt Nam tại Jakarta với 200 gian hàng\n\n" + _BODY,
     "Ngày 12-11: Khai mạc hội chợ hàng Việt Nam tại Jakarta với 200 gian hàng", True),
    # near-misses: an itinerary announced by a line ending in ":" or in a run; the article's title; a sentence
    (_LEAD + "\nChương trình làm việc của đoàn như sau:\nSáng 9/11: Thăm khu công nghệ cao Hòa Lạc và làm việc\n\n"
     + _BODY, "Sáng 9/11: Thăm khu công nghệ cao Hòa Lạc và làm việc", False),
    (_LEAD + "\nSáng 9/11: Thăm khu công nghệ cao\nChiều 9/11: Gặp doanh nghiệp Indonesia\n\n" + _BODY,
     "Sáng 9/11: Thăm khu công nghệ cao", False),
    ("Sáng 8/11: Phó Thủ tướng tiếp Bộ trưởng Thương mại Indonesia\n" + _LEAD + "\n" + _BODY,
     "Sáng 8/11: Phó Thủ tướng tiếp Bộ trưởng Thương mại Indonesia", False),
    (_LEAD + "\nSáng 9/11: hai đoàn tiếp tục làm việc tại Bộ Công Thương về các dự án năng lượng.\n\n" + _BODY,
     "Sáng 9/11: hai đoàn tiếp tục làm việc tại Bộ Công Thương về các dự án năng lượng.", False),
])
def test_related_batch6_dated_teaser(text, line, cut):
    cleaned = clean_text(text)
    assert (line not in cleaned.text) is cut
    assert "Hai bên nhất trí" in cleaned.text and "Budi Santoso" in cleaned.text
    if cut:
        assert any(r.kind == "related" and line in r.text for r in cleaned.removed)
