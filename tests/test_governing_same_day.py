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


@pytest.mark.parametrize("text, value", [
    # another occasion's days inside a clause of time are not carried on when the sentence tells its own
    ("Chiều 7/3, Thủ tướng hội đàm với Thủ tướng Úc. Thủ tướng thăm chính thức Úc từ ngày 7 đến 9/3, ngay sau khi dự "
     "Hội nghị Cấp cao ASEAN - Australia trong hai ngày 5 và 6/3. Tại cuộc họp báo chung sau hội đàm, Thủ tướng Úc "
     "phát biểu.", "2024-03-07"),
    # near-misses: a sentence whose only day is in its clause of time keeps it for "Cùng ngày"
    ("Chiều 7/3, Thủ tướng hội đàm với Thủ tướng Úc. Ngay sau khi tới Sydney chiều 8/3, Thủ tướng thăm một trường đại "
     "học. Cùng ngày, Thủ tướng Úc phát biểu.", "2024-03-08"),
    # … and a day not in a clause of time is carried on as before
    ("Chiều 7/3, Thủ tướng hội đàm với Thủ tướng Úc. Thủ tướng dự Hội nghị Cấp cao ASEAN - Australia từ ngày 5 đến 6/3 "
     "và thăm Úc sáng 8/3. Cùng ngày, Thủ tướng Úc phát biểu.", "2024-03-08"),
])
def test_governing_same_day_another_occasions_days_in_a_clause_of_time_are_not_inherited(text, value):
    assert _governing(text, "phát biểu", published="2024-03-08") == value


@pytest.mark.parametrize("text, phrase, value", [
    # a count of times: several occasions, no one day
    ("Sáng 5/5, Chủ tịch nước tiếp Tổng thống Sri Lanka. Chủ tịch Hồ Chí Minh đã 3 lần sang Sri Lanka.", "sang", None),
    ("Sáng 5/5, Chủ tịch nước tiếp Tổng thống Sri Lanka, người đã nhiều lần thăm Việt Nam.", "thăm", None),
    ("Sáng 5/5, Chủ tịch nước tiếp Tổng thống Sri Lanka, người đã hai lần đến thăm Việt Nam.", "thăm", None),
    # near-misses: an ordinal ("lần thứ hai") and "một lần nữa" are one occasion: the sentence's day
    ("Sáng 5/5, Tổng thống Sri Lanka bắt đầu lần thứ hai thăm Việt Nam.", "thăm", "2025-05-05"),
    ("Sáng 5/5, Tổng thống Sri Lanka một lần nữa thăm Việt Nam.", "thăm", "2025-05-05"),
])
def test_governing_a_count_of_times_is_undated(text, phrase, value):
    assert _governing(text, phrase, False, True, published="2025-05-05") == value


def test_governing_a_count_of_times_with_lan_in_the_event_words():
    text = "Sáng 5/5, Chủ tịch nước tiếp Tổng thống Sri Lanka. Chủ tịch Hồ Chí Minh đã 3 lần sang Sri Lanka."
    assert _governing(text, "lần sang", False, True, published="2025-05-05") is None
    near = "Sáng 5/5, Tổng thống Sri Lanka lần đầu sang Việt Nam."
    assert _governing(near, "lần đầu sang", False, True, published="2025-05-05") == "2025-05-05"
