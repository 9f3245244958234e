"""Teasers under a related-news header whose image's unaccented alt text runs into the headline ("hai bo truong hoi
dam tai ha noi Thủ tướng … điện đàm với …") are cut with the block (session 7, batch 13; our own sentences).
Near-miss: the article's paragraph after the block stays."""
from bangiao.reading.clean import clean_text

_ALT = "bo truong ngoai giao bui thanh son hoi dam voi ngoai truong chile alberto van klaveren tai ha noi"
_TEXT = ("Bộ trưởng Ngoại giao hội đàm với Ngoại trưởng Chile\n\n"
         "Chiều 30/7, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Chile Alberto van "
         "Klaveren về hợp tác thương mại và giáo dục.\n\nTIN LIÊN QUAN\n\n"
         f"{_ALT} Thủ tướng Phạm Minh Chính tiếp Đại sứ Chile đến chào từ biệt, đánh giá cao những đóng góp của Đại sứ "
         "cho quan hệ hai nước\n\n"
         f"{_ALT} Việt Nam - Chile: Kim ngạch thương mại tăng mạnh\n\n"
         "Hai Bộ trưởng nhất trí thúc đẩy trao đổi đoàn các cấp và hợp tác giáo dục, văn hóa, du lịch.\n")


def test_related_teasers_with_alt_text_before_them_are_cut():
    cleaned = clean_text(_TEXT)
    assert "chào từ biệt" not in cleaned.text and "Kim ngạch thương mại tăng mạnh" not in cleaned.text
    assert "Hai Bộ trưởng nhất trí thúc đẩy" in cleaned.text and "Chiều 30/7" in cleaned.text
