"""An article that writes no day of its own is dated to its year alone when the clues leave one year."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities


def _date(text):
    return date_document(text, find_entities(text))


# (text, the year, a word its reason must contain)
YEARS = [
    # messages on an anniversary written with its days, from leaders whose tenures agree
    ("Nhân 60 năm ngày Việt Nam và Lào thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2022), Chủ tịch nước "
     "Nguyễn Xuân Phúc có điện gửi Chủ tịch nước Lào Thongloun Sisoulith.", "2022", "falls in 2022"),
    # congratulated on an office just taken
    ("Trong thư gửi Thủ tướng Canada Justin Trudeau, Thủ tướng Phạm Minh Chính cảm ơn lời chúc mừng ông được bầu giữ "
     "trọng trách mới và đề nghị hai nước cùng chống đại dịch COVID-19.", "2021", "just taken office"),
    # the tenures alone leave one year
    ("Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng gửi thư cảm ơn Thủ tướng Lào Phankham Viphavanh.", "2021",
     "Phankham Viphavanh"),
    # an anniversary of relations written with "mối" (session 7, batch 8), France's relations of 1973
    ("Tổng thống Pháp Emmanuel Macron và Tổng Bí thư Nguyễn Phú Trọng đã hội đàm. Theo ông Macron, dịp tròn 45 năm "
     "thiết lập mối quan hệ ngoại giao giữa hai nước mở ra cơ hội cho nhiều chuyến thăm cấp cao.", "2018", "1973 + 45"),
]

# near-misses: several years left, or no clue at all
OPEN = [
    "Thủ tướng Canada Justin Trudeau và Thủ tướng Phạm Minh Chính trao đổi qua điện thoại về thương mại hai chiều.",
    "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.",
    # the anniversary written without its days: prepared ahead, the year before is open too
    "Chủ tịch nước Nguyễn Xuân Phúc nhất trí phối hợp tổ chức tốt các hoạt động kỷ niệm 60 năm quan hệ ngoại giao giữa "
    "Lào và Việt Nam.",
]


@pytest.mark.parametrize("text, year, why", YEARS, ids=[y[1] + " " + y[2] for y in YEARS])
def test_dating_year_only_when_one_year_is_left(text, year, why):
    dating = _date(text)
    assert dating.published is not None, dating.warnings
    assert (dating.published.value, dating.published.precision, dating.published.basis) == (year, "year", "inferred")
    assert why in dating.published.reason
    assert dating.reference is None  # no day for "hôm qua" to count from


@pytest.mark.parametrize("text", OPEN)
def test_dating_year_only_not_guessed(text):
    dating = _date(text)
    assert dating.published is None
    assert dating.warnings and "no date of the article" in dating.warnings[0]
