"""Session 12, the classes batch 47 showed (issue 12; our own sentences, with near-misses)."""
import pytest

import bangiao
from tests.extracted import published


_HEAD = "Thủ tướng chủ trì lễ đón chính thức Thủ tướng Thái Lan\n"
_BODY = ("Hai bên trao đổi về hợp tác kinh tế, thương mại, đầu tư và du lịch trong thời gian tới, nhất trí tăng cường "
         "trao đổi đoàn các cấp.\n")
_LEAD = "Sáng 16.5, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức Thủ tướng Thái Lan.\n"


@pytest.mark.parametrize("byline, kept", [
    # a byline with its day and time under the headline ends a related block above: the article's own head
    ("Minh Anh | 16/05/2024 10:12\n", True),
    # near-miss: a teaser's headline and its dated lead with no byline stay teasers
    ("", False),
])
def test_clean_a_stamped_byline_ends_a_related_block(byline, kept):
    page = "MỚI NHẤT\nGiá vàng hôm nay tăng mạnh\n\n" + _HEAD + byline + _LEAD + _BODY
    doc = bangiao.extract(page)
    assert ("Thủ tướng Phạm Minh Chính chủ trì lễ đón" in doc.text) is kept


@pytest.mark.parametrize("text, day", [
    # a lunar year written with its year: that year, not its cycle's others
    ("Tối 10/2, Bộ trưởng Quốc phòng Lào tới Hà Nội. Hai bên gặp nhau đúng dịp đầu Xuân Mậu Tý 2008.", "2008-02-10"),
    # near-miss: the cycle alone leaves three years, the text names none of them
    ("Tối 10/2, Bộ trưởng Quốc phòng Lào tới Hà Nội. Hai bên gặp nhau đúng dịp đầu Xuân Mậu Tý.", None),
])
def test_dates_a_lunar_year_written_with_its_year(text, day):
    assert published(text) == day
