"""figures: the money and count patterns open with a number's first digit (a scan in C), with the same matches as
the look-behind-first form they replace."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from bangiao.extract.figures import _NUMBER, _WORD_OR_MARK, _number_not_after, amounts

_OLD = {("năm ", "ngày ", _WORD_OR_MARK): re.compile(rf"(?<!năm )(?<!ngày )(?<!{_WORD_OR_MARK})({_NUMBER})"),
        (_WORD_OR_MARK,): re.compile(rf"(?<!{_WORD_OR_MARK})({_NUMBER})")}
_PIECES = ["1", "12", "1.234", "9.559,3", "1,5", "2024", ".000", ",7", "năm ", "ngày ", "x", " ", ".", ",", "đ", "tỷ"]


@pytest.mark.parametrize("before", list(_OLD))
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_figures_number_scan_same_matches(before, pieces):
    text, new = "".join(pieces), re.compile(_number_not_after(*before))
    assert [(m.span(), m.group(1)) for m in new.finditer(text)] == [(m.span(), m.group(1)) for m in _OLD[before].finditer(text)]


@pytest.mark.parametrize("low, found", [
    ("kim ngạch đạt 1,7 tỷ usd", [(1_700_000_000.0, "USD")]),
    ("đầu tư 9.559 triệu usd", [(9_559_000_000.0, "USD")]),
    ("cấp 50 suất học bổng", [(50.0, "suất học bổng")]),
    # near-misses: a number inside a word, after a comma or a point, after "năm"/"ngày": no amount
    ("mã x1 tỷ usd", []),
    ("con số ,5 tỷ usd", []),
    ("năm 2024 suất học bổng", []),
])
def test_figures_number_scan_amounts(low, found):
    assert [(value, unit) for _, value, unit in amounts(low)] == found
