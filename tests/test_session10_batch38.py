"""Session 10, batch 38 after its first contact (issue 12; our own sentences, real office holders, relations and
summits as facts only, with near-misses): "hơn 30 năm thiết lập quan hệ" in an article with no day is that year or
later; APEC written out in full names its numbered summits; "Ả Rập Xê Út" is Saudi Arabia."""
import pytest

from bangiao.extract.entities import find_entities
from extracted import published as _published


@pytest.mark.parametrize("years, published", [
    ("sau hơn 30 năm", "2020"),
    # near-miss: exactly 30 years is the anniversary's own year, and it outranks the chair held
    ("sau 30 năm", "2019"),
])
def test_dating_more_than_n_years_in_an_article_without_a_day(years, published):
    text = (f"Đại sứ Phạm Thị Kim Hoa trình Thư ủy nhiệm lên Tổng thống Brazil Jair Bolsonaro. Quan hệ hai nước phát triển "
            f"{years} thiết lập quan hệ ngoại giao. Việt Nam đang là Chủ tịch ASEAN 2020.")
    assert _published(text) == published


@pytest.mark.parametrize("number, day, published", [
    ("29", "19/11", "2022-11-19"),
    ("28", "12/11", "2021-11-12"),  # the same words with another number: its own session's year
])
def test_dating_apec_written_out_names_its_summit(number, day, published):
    name = f"Tuần lễ Cấp cao Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) lần thứ {number}"
    text = f"Trong khuôn khổ {name}, ngày {day}, Chủ tịch nước Nguyễn Xuân Phúc gặp Tổng Giám đốc IMF Kristalina Georgieva."
    assert _published(text) == published


@pytest.mark.parametrize("text, countries", [
    ("Chủ tịch nước tiếp Đại sứ Vương quốc Ả Rập Xê Út Mohammed Dahlwy.", {"Ả Rập Xê-út"}),
    # near-miss: the usual spelling
    ("Chủ tịch nước tiếp Đại sứ Ả Rập Xê-út tại Việt Nam.", {"Ả Rập Xê-út", "Việt Nam"}),
])
def test_entities_a_rap_xe_ut_with_a_space(text, countries):
    found = find_entities(text, None)
    assert {e.name for e in found if e.type == "COUNTRY"} == countries
    assert all("Rập" not in e.name for e in found if e.type == "PERSON")
