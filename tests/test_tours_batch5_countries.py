"""Batch 5, class 5: a tour of several countries listed is one VISIT per country (our own sentences)."""
import pytest

import bangiao


def _visits(text: str):
    doc = bangiao.extract(text, published="2023-03-01")
    return [e for e in doc.events if e.type == "VISIT"]


@pytest.mark.parametrize("text, count, status", [
    ("Từ ngày 10/3, Thủ tướng Australia Anthony Albanese sẽ thực hiện chuyến công du 3 nước châu Á, gồm Ấn Độ, "
     "Nhật Bản và Singapore.", 3, "planned"),
    ("Tuần qua, Tổng thống Pháp Emmanuel Macron đã kết thúc chuyến thăm bốn quốc gia châu Phi gồm Gabon, Angola, "
     "Kenya và Cameroon.", 4, "happened"),
])
def test_tours_one_visit_per_country_listed(text, count, status):
    visits = _visits(text)
    assert len(visits) == count
    assert all(len(v.participants) == 1 and v.participants[0].startswith("person:") for v in visits)
    assert {v.status for v in visits} == {status} and all(v.date is None for v in visits)


def test_tours_a_country_visited_already_told_is_not_visited_twice():
    text = ("Thủ tướng Australia Anthony Albanese sẽ thăm Ấn Độ từ ngày 8/3. Ngày 8/3 tới, Thủ tướng Anthony Albanese "
            "sẽ bắt đầu chuyến công du 3 nước, gồm Ấn Độ, Nhật Bản và Singapore.")
    assert len(_visits(text)) == 3


@pytest.mark.parametrize("text", [
    # near-misses: "hai nước" are the two sides, not a tour; a count with no list of countries
    "Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao.",
    "Thủ tướng Anthony Albanese đã có chuyến công du 3 nước châu Á trong tháng qua.",
])
def test_tours_near_misses_make_no_visit_per_country(text):
    assert len(_visits(text)) <= 1
