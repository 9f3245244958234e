"""word_patterns.whole_words: the same matches as ``(?<!\\w)(?:…)``, grouped by first character."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from bangiao.extract.word_patterns import whole_words

_WORDS = ["hội đàm", "hội kiến", "hội nghị", "thăm", "thăm chính thức", "dự", "đón", "k", "-tiếp", "ký kết", "ký"]
_ESCAPED = [re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)]


def _spans(pattern: str, text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.compile(pattern).finditer(text, pos)]


@given(st.lists(st.sampled_from([*_WORDS, " ", "x", "ộ", ",", "\n", "1"]), max_size=14), st.integers(0, 5))
def test_word_patterns_same_matches(pieces, pos):
    text = "".join(pieces)
    old = rf"(?<!\w)(?:{'|'.join(_ESCAPED)})(?!\w)"
    assert _spans(rf"{whole_words(_ESCAPED)}(?!\w)", text, pos) == _spans(old, text, pos)


@pytest.mark.parametrize("text, found", [
    ("hai bên hội đàm chính thức", [(8, 15)]),
    ("thăm chính thức Lào", [(0, 15)]),          # the longer alternative first, as written
    ("xhội đàm, dựng, ký kết", [(16, 22)]),      # inside a word: no match ("xhội", "dựng")
    ("k, -tiếp", [(0, 1), (3, 8)]),              # one letter; an escaped mark as the first character
])
def test_word_patterns_table(text, found):
    assert _spans(rf"{whole_words(_ESCAPED)}(?!\w)", text) == found


@pytest.mark.parametrize("alternatives", [[r"\d+ lần", "ba lần"], ["", "thăm"], ["(?:a|b)c", "d"]])
def test_word_patterns_written_as_is_when_not_literal(alternatives):
    assert whole_words(alternatives) == rf"(?<!\w)(?:{'|'.join(alternatives)})"
