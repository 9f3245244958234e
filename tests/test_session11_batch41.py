"""Session 11, the classes batch 41 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): an anniversary held ("long trọng kỷ niệm") on the sentence's own day; a speech about a day of history
takes its occasion's date; a visitor named before titles chained by commas and "đang thăm"; KB spellings ("Luông Pha
Bang", "N.Mô-đi")."""
import pytest

import bangiao
from extracted import events as _events


@pytest.mark.parametrize("held, ceremonies", [
    ("long trọng kỷ niệm 70 năm Quốc khánh", [("CEREMONY", "2015-08-28")]),
    # near-miss: an anniversary named as the occasion of a meeting is no ceremony of its own
    ("gặp mặt bà con nhân dịp kỷ niệm 70 năm Quốc khánh", []),
])
def test_events_an_anniversary_held_on_the_sentences_day(held, ceremonies):
    text = f"Tối 28-8, tại Viêng Chăn, Đại sứ quán Việt Nam ở Lào {held}."
    assert [(kind, date) for kind, _, date in _events(text, "2015-08-29") if kind == "CEREMONY"] == ceremonies


@pytest.mark.parametrize("said, date", [
    ("nhắc lại ý nghĩa của ngày 2-9-1945 lịch sử", "2015-08-28"),
    # near-miss: a day of the article's year in the speech's sentence is its own
    ("ngày 29-8-2015, nêu bật ý nghĩa của ngày lễ", "2015-08-29"),
])
def test_events_a_speech_about_a_day_of_history(said, date):
    text = ("Tối 28-8, tại Viêng Chăn, Đại sứ quán Việt Nam ở Lào long trọng kỷ niệm 70 năm Quốc khánh.\n"
            f"Đại sứ Tô Minh Thu phát biểu {said}.")
    assert [d for kind, _, d in _events(text, "2015-08-30") if kind == "SPEECH"] == [date]


@pytest.mark.parametrize("titles", [
    "Bí thư Trung ương Đảng, Chánh án Tòa án nhân dân Tối cao Lào",
    # near-miss: one title
    "Chánh án Tòa án nhân dân Tối cao Lào",
])
def test_events_a_visitor_named_before_chained_titles(titles):
    text = (f"Chiều 20/10/2025, tại Hà Nội, Chánh án Tòa án nhân dân Tối cao Lê Minh Trí hội đàm với bà Viengthong "
            f"Siphandon, {titles} đang thăm chính thức Việt Nam.")
    assert [people for kind, people, _ in _events(text) if kind == "VISIT"] == [["Viengthong Siphandon"]]


@pytest.mark.parametrize("written, name", [
    ("tỉnh Luông Pha Bang", "Luông Pha Băng"),
    ("Thủ tướng Ấn Độ N.Mô-đi", "Narendra Modi"),
])
def test_kb_spellings_of_batch_41(written, name):
    doc = bangiao.extract(f"Ngày 27/8/2022, Đoàn đại biểu {written} đến thăm Hà Nội.")
    assert name in [e.name for e in doc.entities]


@pytest.mark.parametrize("item, speakers", [
    ("cùng Thủ tướng Ấn Độ gặp báo chí", ["Narendra Modi", "Nguyễn Tấn Dũng"]),
    # near-miss: an item with its own subject
    ("Thủ tướng Ấn Độ gặp báo chí", ["Narendra Modi"]),
])
def test_events_a_list_item_opened_by_cung(item, speakers):
    text = (f"Ngày 28-10-2014, Thủ tướng Nguyễn Tấn Dũng đã hội đàm với Thủ tướng Ấn Độ Narendra Modi; {item}, sau đó "
            "hai bên chứng kiến lễ ký các văn kiện.")
    assert sorted(p for kind, people, _ in _events(text) if kind == "SPEECH" for p in people) == speakers
