"""Batch 6 (614, and ten visits of the dev set's gold): a visit or meeting with "năm 2012" written right after its
words, with no break ("nhắc lại chuyến thăm Hà Nội năm 2012", "trong lần ông tới thăm năm 2012", "đồng chủ trì Kỳ
họp lần thứ 5 dự kiến vào cuối năm 2024") is of that year (tests/dev/README.md, Event dates: the days written right
after it), not the article's day. Near-misses: a year after a comma or "và" is another thing's; a year far after
the visit's words stays no visit's."""
import pytest

from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.governing import governing_date

LEAD = "Chiều 5/6/2019, Chủ tịch nước Nguyễn Phú Trọng tiếp Tổng thống Chile Sebastián Piñera. "

CASES = [
    ("Tổng thống nhắc lại chuyến thăm Hà Nội năm 2012 của mình.", "chuyến thăm", "2012"),
    ("Ông nhớ lại trong lần ông tới thăm năm 2012, hai bên đã ký nhiều văn kiện.", "tới thăm", "2012"),
    ("Hai bên sẽ đồng chủ trì Kỳ họp Ủy ban hỗn hợp lần thứ 5 dự kiến vào cuối năm 2020.",
     "đồng chủ trì Kỳ họp Ủy ban hỗn hợp lần thứ 5", "2020"),
    # near-misses: after a comma, or after "và", the year is another thing's: the sentence's day as before
    ("Tổng thống đánh giá cao chuyến thăm Hà Nội, năm 2012 là năm hai nước nâng cấp quan hệ.", "chuyến thăm", "2019-06-05"),
    ("Tổng thống đánh giá cao chuyến thăm Hà Nội và kết quả kinh tế năm 2012.", "chuyến thăm", "2019-06-05"),
    ("Tổng thống cho rằng chuyến thăm Hà Nội là dấu mốc của quan hệ hai nước trong năm 2012.", "chuyến thăm", "2019-06-05"),
    ("Tổng thống đánh giá cao chuyến thăm Hà Nội của đoàn doanh nghiệp lớn nhất từ trước tới nay của Chile trong năm 2012.",
     "chuyến thăm", "2019-06-05"),
]


@pytest.mark.parametrize("sentence, word, expected", CASES)  # word: the event's evidence
def test_governing_visit_year(sentence, word, expected):
    text = LEAD + sentence
    dating = date_document(text, find_entities(text))
    pos = text.index(word, len(LEAD))
    found = governing_date(dating, text, pos, " sẽ " in sentence, pos + len(word), True)
    assert (found.value if found else None) == expected
