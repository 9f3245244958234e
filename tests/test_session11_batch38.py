"""Session 11, the classes batch 38 left (issue 12; our own sentences, real office holders as facts only, with
near-misses): an office after "bầu cử" or "ứng cử viên" names no holder; a foreign name written as Vietnamese
syllables joined by hyphens is a person after a title; "hai Thủ tướng Việt Nam và New Zealand" are both prime
ministers; "hai bên" told after a speaker is not a collective speaker."""
import pytest

import bangiao


def _people(text: str, published: str) -> list[str]:
    return sorted(e.name for e in bangiao.extract(text, published=published).entities if e.type == "PERSON")


@pytest.mark.parametrize("said, people", [
    ("Bà mong Mozambique tổ chức tốt cuộc bầu cử Tổng thống năm 2019.", ["Đặng Thị Ngọc Thịnh"]),
    ("Bà chúc ứng cử viên Tổng thống của đảng Frelimo thành công.", ["Đặng Thị Ngọc Thịnh"]),
    # near-miss: the office held now, told alone, is its holder's
    ("Bà gửi lời thăm hỏi tới Tổng thống Mozambique.", ["Filipe Jacinto Nyusi", "Đặng Thị Ngọc Thịnh"]),
])
def test_entities_an_office_someone_is_elected_to(said, people):
    text = "Chiều 2/10/2018, Quyền Chủ tịch nước Đặng Thị Ngọc Thịnh tiếp Đoàn đại biểu Mozambique. " + said
    assert _people(text, "2018-10-03") == people


@pytest.mark.parametrize("name, people", [
    ("Phút-Sim-ma-la-vông", ["Nguyễn Kim Sơn", "Phút-Sim-ma-la-vông"]),
    # near-miss: two syllables joined are no name on their own
    ("Xê-kông", ["Nguyễn Kim Sơn"]),
])
def test_entities_a_name_in_syllables_joined_by_hyphens(name, people):
    text = (f"Ngày 14/5/2022, Bộ trưởng Nguyễn Kim Sơn làm việc với Bộ trưởng Bộ Giáo dục và Thể thao Lào {name} "
            "tại Hà Nội.")
    assert _people(text, "2022-05-15") == people


@pytest.mark.parametrize("pair, people", [
    ("hai Thủ tướng Việt Nam và New Zealand", ["Jacinda Ardern", "Nguyễn Xuân Phúc"]),
    # near-miss: one country after the title is that country's one holder
    ("Thủ tướng Việt Nam", ["Nguyễn Xuân Phúc"]),
])
def test_entities_a_pair_of_countries_after_a_title(pair, people):
    text = f"Ngày 15/3/2018, bà Patsy Reddy nghe kết quả cuộc gặp của {pair} tại Wellington."
    assert [p for p in _people(text, "2018-03-16") if p != "Patsy Reddy"] == people


@pytest.mark.parametrize("said, speakers", [
    ("Phát biểu tại buổi lễ, Thủ tướng Thongloun Sisoulith cho rằng các bộ ngành hai bên đã làm tốt.",
     ["Thongloun Sisoulith"]),
    # near-miss: the collective named as the speakers makes each speak
    ("Phát biểu tại buổi lễ, hai Thủ tướng cho rằng các bộ ngành đã làm tốt.",
     ["Nguyễn Xuân Phúc", "Thongloun Sisoulith"]),
])
def test_events_a_pair_told_after_the_speaker(said, speakers):
    text = ("Sáng 5/9/2017, tại Viêng Chăn, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun Sisoulith dự lễ "
            "kỷ niệm 55 năm quan hệ ngoại giao hai nước. " + said)
    doc = bangiao.extract(text, published="2017-09-06")
    names = {e.id: e.name for e in doc.entities}
    assert sorted(names[p] for e in doc.events if e.type == "SPEECH" for p in e.participants) == speakers
