"""Batch 5: many delegations sent to visit ("hai tỉnh đã cử nhiều đoàn công tác sang thăm nhau") sum up exchanges,
no visit (our own sentences)."""
import pytest

import bangiao


@pytest.mark.parametrize("text, visits", [
    ("Những năm qua, tỉnh Nghệ An và tỉnh Xiêng Khoảng đã cử nhiều đoàn công tác sang thăm, làm việc với nhau.", 0),
    ("Hằng năm có hàng chục đoàn của tỉnh Nghệ An sang thăm tỉnh Xiêng Khoảng.", 0),
    # near-misses: one delegation led by a person visits
    ("Ngày 20/12, đoàn công tác của tỉnh Nghệ An do Bí thư Tỉnh ủy Nguyễn Đức Trung dẫn đầu sang thăm tỉnh Xiêng "
     "Khoảng.", 1),
    ("Ngày 20/12, Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung đã sang thăm tỉnh Xiêng Khoảng, nơi nhiều đoàn đã đến.", 1),
])
def test_visitors_many_delegations_are_no_visit(text, visits):
    doc = bangiao.extract(text, published="2024-12-21")
    assert len([e for e in doc.events if e.type == "VISIT"]) == visits
