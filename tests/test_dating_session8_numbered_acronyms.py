"""Session 8 (issue 12): a numbered meeting written as an acronym with its number joined on ("COP26", "(COP28)")
dates an article that gives no year, as "Hội nghị … lần thứ 26" does; the UN climate conferences are in the KB
(data/kb/meetings.toml, series:unfccc-cop). Our own sentences, with near-misses that name no session."""
import pytest

import bangiao


@pytest.mark.parametrize("text, published", [
    ("Nhân dịp dự COP26 tại Glasgow, chiều 1/11, Thủ tướng gặp Thủ tướng Anh Boris Johnson.", "2021-11-01"),
    ("Thủ tướng có mặt tại Dubai để dự hội nghị khí hậu (COP28).", "2023"),
    ("Sáng 12/11, tại COP 29, Phó Thủ tướng có bài phát biểu.", "2024-11-12"),
    # near-misses: the acronym with no number; a number with more digits than a session's; a word that opens with it
    ("Sáng 12/11, tại COP, Phó Thủ tướng có bài phát biểu.", None),
    ("Sáng 12/11, tại COP2025, Phó Thủ tướng có bài phát biểu.", None),
    ("Sáng 12/11, bệnh COPD được bàn tại hội thảo.", None),
])
def test_dating_numbered_acronym_gives_the_sessions_year(text, published):
    date = bangiao.extract(text).published
    assert (date.value if date else None) == published
