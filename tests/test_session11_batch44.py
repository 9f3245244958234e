"""Session 11, the class batch 44 showed (issue 12; our own sentences, with a near-miss): a party's name written
before a person's ("Tổng Thư ký đảng Frelimo Roque Silva") is the party (KB), not part of the name."""
import pytest

import bangiao


@pytest.mark.parametrize("written, people, orgs", [
    ("Tổng Thư ký đảng Frelimo Roque Silva", ["Roque Silva"], ["Đảng Mặt trận Giải phóng Mozambique"]),
    # near-miss: the title with no party before the name
    ("Tổng Thư ký Roque Silva", ["Roque Silva"], []),
])
def test_entities_a_party_named_before_a_person(written, people, orgs):
    doc = bangiao.extract(f"Ngày 21/9/2023, tại Maputo, Phó Chủ tịch nước Võ Thị Ánh Xuân gặp {written}.")
    assert [e.name for e in doc.entities if e.type == "PERSON" and e.name != "Võ Thị Ánh Xuân"] == people
    assert [e.name for e in doc.entities if e.type == "ORG"] == orgs
