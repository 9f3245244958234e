"""Batch 7: a sentence framed by someone's past term ("trong nhiệm kỳ Đại sứ X …", "trong thời gian công tác …")
sums up what happened during it: no SIGN, MEET or CONFERENCE of the article, while a visit recalled stays a VISIT
(our own sentences)."""
import pytest

import bangiao
from bangiao.extract.recalled_terms import in_past_term

_MEET = "Ngày 3/4, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Yamada Takio. "


def _kinds(text: str) -> list[str]:
    return [e.type for e in bangiao.extract(text, published="2023-04-06").events]


@pytest.mark.parametrize("text, wanted", [
    (_MEET + "Trong nhiệm kỳ Đại sứ Yamada Takio, Thủ tướng Kishida Fumio đã thăm chính thức Việt Nam và chứng kiến lễ "
     "ký 7 thỏa thuận hợp tác.", ["MEET", "VISIT"]),
    (_MEET + "Trong thời gian công tác tại Việt Nam, Đại sứ Yamada Takio đã gặp nhiều lãnh đạo cấp cao và dự hội nghị "
     "hợp tác địa phương hai nước.", ["MEET"]),
    # near-misses: a term ahead frames nothing; a signing told without a frame
    (_MEET + "Trong nhiệm kỳ tới, hai bên sẽ ký Hiệp định hợp tác lao động.", ["MEET", "SIGN"]),
    (_MEET + "Hai nhà lãnh đạo đã chứng kiến lễ ký kết ba bản ghi nhớ về giáo dục.", ["MEET", "SIGN"]),
])
def test_events_past_term_frames(text, wanted):
    assert _kinds(text) == wanted


@pytest.mark.parametrize("sentence, framed", [
    ("trong nhiệm kỳ đại sứ kim dong-hyun, hai bên đã ký", True),
    ("trong suốt thời gian công tác tại hà nội, ông đã dự", True),
    ("trong nhiệm kỳ tới, hai bên sẽ ký", False),
    ("hai bên đã ký trong nhiệm kỳ", False),
])
def test_recalled_terms_in_past_term(sentence, framed):
    assert in_past_term(sentence, 0, sentence.rindex(" ") + 1) is framed
