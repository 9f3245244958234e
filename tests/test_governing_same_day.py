"""'Cùng ngày' a whole paragraph after a day told in passing before the article's day is the article's day
(issue 12: a day inherited across paragraphs that start the news again)."""
import pytest

from test_governing import _governing

LEAD = "Sáng 12/5, tại Phủ Chủ tịch, Chủ tịch nước chủ trì lễ đón Tổng thống Chile thăm Việt Nam từ ngày 11 đến 13/5."
ARRIVAL = "Tối 11/5, chuyên cơ chở Tổng thống Chile đã hạ cánh xuống sân bay Nội Bài."
CONTEXT = "Đây là lần thứ hai Tổng thống Chile tới Việt Nam trên cương vị hiện nay."
AFTER = "Chiều cùng ngày, Tổng thống Chile hội kiến Tổng Bí thư."


@pytest.mark.parametrize("text, value", [
    # a paragraph between the arrival's day and "Chiều cùng ngày": the article's day
    ("\n\n".join([LEAD, ARRIVAL, CONTEXT, AFTER]), "2024-05-12"),
    ("\n".join([LEAD, ARRIVAL, CONTEXT, CONTEXT, AFTER]), "2024-05-12"),
    # near-misses: "Chiều cùng ngày" in the paragraph right after the earlier day, or in its paragraph: that day
    ("\n\n".join([LEAD, ARRIVAL, AFTER]), "2024-05-11"),
    ("\n\n".join([LEAD, ARRIVAL + " " + CONTEXT + " " + AFTER]), "2024-05-11"),
    # … a day after the article's lead is carried on as before (not before the article's day)
    ("\n\n".join([LEAD, "Sáng 13/5, Tổng thống Chile thăm Bắc Ninh.", CONTEXT, AFTER]), "2024-05-13"),
    # … and a sentence not tied by "cùng ngày" ("Sau đó") keeps the last day
    ("\n\n".join([LEAD, ARRIVAL, CONTEXT, "Sau đó, Tổng thống Chile hội kiến Tổng Bí thư."]), "2024-05-11"),
])
def test_governing_same_day_a_paragraph_after_a_day_told_in_passing(text, value):
    assert _governing(text, "hội kiến", published="2024-05-12") == value


@pytest.mark.parametrize("text, phrase, planned, value", [
    # a clause after a semicolon opening with words of a whole visit or of earlier times: undated
    ("Sáng 12/5, Tổng thống Chile tới Hà Nội. Chiều cùng ngày, Tổng thống dự kiến hội kiến Tổng Bí thư; trong chuyến "
     "thăm, Tổng thống cũng sẽ hội kiến Chủ tịch Quốc hội.", "hội kiến Chủ tịch Quốc hội", True, None),
    ("Sáng 12/5, Tổng thống Chile tới Hà Nội. Chiều cùng ngày, Tổng thống hội kiến Tổng Bí thư; trước đó, Tổng thống "
     "đã gặp Thủ tướng.", "gặp Thủ tướng", False, None),
    # near-misses: the first clause keeps "cùng ngày", and a second clause without such words too
    ("Sáng 12/5, Tổng thống Chile tới Hà Nội. Chiều cùng ngày, Tổng thống dự kiến hội kiến Tổng Bí thư; trong chuyến "
     "thăm, Tổng thống cũng sẽ hội kiến Chủ tịch Quốc hội.", "hội kiến Tổng Bí thư", True, "2024-05-12"),
    ("Sáng 12/5, Tổng thống Chile tới Hà Nội. Chiều cùng ngày, Tổng thống hội kiến Tổng Bí thư; tối, Tổng thống "
     "gặp Thủ tướng.", "gặp Thủ tướng", False, "2024-05-12"),
])
def test_governing_same_day_not_across_a_clause_of_a_whole_visit(text, phrase, planned, value):
    assert _governing(text, phrase, planned, published="2024-05-12") == value
