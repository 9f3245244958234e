"""Batch 7: standing cooperation mechanisms listed by name ("vận hành đều đặn các cơ chế hợp tác gồm Ủy ban hỗn hợp,
Tham vấn chính trị …") are a description, no CONSULT or CONFERENCE; a session announced or held after them stays
(our own sentences)."""
import pytest

import bangiao
from bangiao.extract.mechanisms import listed

_TALKS = "Chiều 3/4, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Ấn Độ Narendra Modi. "


def _kinds(text: str) -> list[str]:
    return [e.type for e in bangiao.extract(text, published="2023-04-06").events]


@pytest.mark.parametrize("text, wanted", [
    (_TALKS + "Ấn Độ và Việt Nam vận hành đều đặn các cơ chế hợp tác gồm Ủy ban hỗn hợp, Tham vấn chính trị và Đối "
     "thoại quốc phòng.", ["TALKS"]),
    (_TALKS + "Hai nước duy trì đều đặn các kênh như Ủy ban hỗn hợp, Tham khảo chính trị cấp Thứ trưởng.", ["TALKS"]),
    # near-misses: a session announced after the mechanisms; one held, with no list
    (_TALKS + "Hai bên nhất trí duy trì các cơ chế hợp tác hiện có và sẽ tổ chức Tham vấn chính trị lần thứ 5 vào năm "
     "tới.", ["TALKS", "CONSULT"]),
    (_TALKS + "Ngày 4/4, hai Bộ Ngoại giao tiến hành Tham khảo chính trị lần thứ 9 tại Hà Nội.", ["TALKS", "CONSULT"]),
])
def test_events_mechanisms_listed_are_no_sessions(text, wanted):
    assert _kinds(text) == wanted


@pytest.mark.parametrize("sentence, word, wanted", [
    ("hai bên duy trì các cơ chế đối thoại chiến lược, tham vấn chính trị", "tham vấn", True),
    ("hai bên duy trì các cơ chế hợp tác, tham vấn chính trị lần thứ 5", "tham vấn", False),
    ("duy trì các cơ chế hiện có; tháng 5 sẽ tham vấn chính trị", "tham vấn", False),
    ("hai bộ ngoại giao tham vấn chính trị", "tham vấn", False),
])
def test_mechanisms_listed(sentence, word, wanted):
    assert listed(sentence, 0, sentence.index(word)) is wanted
