"""Session 9, what batch 24 missed (issue 12; our own sentences, real office holders' names as facts only, with
near-misses): Malay and Arab forms of address written one after another before a name ("Dato Dr. Hj …", "Datin
Hajah …", "Sheikh …") are no part of it, and "Dr." ends no sentence; Spanish particles ("de la"); the last syllable of
a name in Sino-Vietnamese reading names nobody ("Bí thư Trung ương" is not "Lưu Quốc Trung"); a page's stamp stays
when the caption it opens is cut."""
import pytest

import bangiao
from bangiao.extract.entities import find_entities
from bangiao.reading.clean import clean_text


def _people(text):
    return {e.name for e in find_entities(text, None) if e.type == "PERSON"}


@pytest.mark.parametrize("text, names", [
    ("Đón đoàn có Bộ trưởng Y tế Brunei Dato Dr. Hj Mohd Isham Jaafar.", {"Mohd Isham Jaafar"}),
    ("Cùng dự có Đại sứ Brunei Datin Hajah Rosmawati Haji Abdul Rahman.", {"Rosmawati Haji Abdul Rahman"}),
    ("Quốc vụ Giáo sĩ Pehin Dato Ustaz Hj Awang Badaruddin đi cùng đoàn.", {"Awang Badaruddin"}),
    ("Thủ tướng Kuwait Sheikh Mohammad Sabah Al-Salem Al Sabah phát biểu.", {"Mohammad Sabah Al-Salem Al-Sabah"}),  # (the KB's)
    ("Thứ trưởng Chile Gloria de la Fuente phát biểu khai mạc.", {"Gloria de la Fuente"}),
    ("Ngoại trưởng Pháp Jean-Yves Le Drian tới Hà Nội.", {"Jean-Yves Le Drian"}),
    # near-misses: "Haji" inside a name stays in it; a lower-case "la" between Vietnamese words joins nothing
    ("Quốc vương Haji Hassanal Bolkiah tiếp đoàn.", {"Hassanal Bolkiah"}),
    ("Ông Carlos Mendes la lên vì vui mừng.", {"Carlos Mendes"}),
])
def test_entities_forms_of_address_and_particles(text, names):
    assert _people(text) == names


def test_events_a_form_of_address_with_a_full_stop_ends_no_sentence():
    text = ("Trưa 5/3, Thủ tướng Phạm Minh Chính có buổi tiếp Bộ trưởng Giáo dục Brunei Dato Dr. Hj Romaizah Mohd "
            "Salleh.")
    doc = bangiao.extract(text, published="2024-03-05")
    names = {e.id: e.name for e in doc.entities}
    meets = [sorted(names[p] for p in e.participants) for e in doc.events if e.type == "MEET"]
    assert meets == [["Phạm Minh Chính", "Romaizah Mohd Salleh"]]


@pytest.mark.parametrize("text, people", [
    ("Phía Việt Nam tham gia hội đàm có một số Ủy viên Bộ Chính trị, Bí thư Trung ương, lãnh đạo nhiều ban, bộ.", set()),
    ("Phó Thủ tướng Trung Quốc Lưu Quốc Trung tới Hà Nội. Ông Lưu cho biết hai bên sẽ hợp tác.", {"Lưu Quốc Trung"}),
    # near-miss: a romanized name is still found by its last word alone
    ("Tổng thống Moon cho biết hai nước sẽ hợp tác.", {"Moon Jae-in"}),
])
def test_entities_a_sino_vietnamese_given_name_alone_names_nobody(text, people):
    assert _people(text) == people


@pytest.mark.parametrize("head, published", [
    ("date 2017-04 Đoàn Việt Nam do Phó Thủ tướng Trịnh Đình Dũng (thứ hai từ trái) dẫn đầu. (Ảnh: Minh Đức/TTXVN)",
     "2017-04-21"),
    ("date 2017-04 Đoàn công tác rời Hà Nội lên đường sang châu Âu.", "2017-04-21"),
    # near-miss: no stamp, no year
    ("Phó Thủ tướng phát biểu. (Ảnh: Minh Đức/TTXVN)", None),
])
def test_clean_a_page_stamp_stays_when_its_line_is_cut(head, published):
    text = f"{head}\n\nSáng 21/4, đoàn của Phó Thủ tướng Trịnh Đình Dũng đến Dublin, mở đầu chuyến thăm chính thức " \
        "Ireland."
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published
    assert doc.title is None or not doc.title.startswith("date")


def test_clean_a_page_stamp_is_a_line_of_its_own():
    cleaned = clean_text("date 2025-11-03 Sáng 3/11, hai bên hội đàm tại Hà Nội.\nHai bên ký biên bản.")
    assert cleaned.text.splitlines()[:2] == ["date 2025-11-03", "Sáng 3/11, hai bên hội đàm tại Hà Nội."]
