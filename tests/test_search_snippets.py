"""Snippets (store/search.py): the window around the first match with every term marked, found without scanning the
whole text for each term — the same window and marks as a scan of every occurrence of every term."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from bangiao.reading.normalize import fold
from bangiao.store import search

WORDS = ["Lào", "lào", "Việt", "Nam", "hợp", "tác", "đầu", "tư", "Đầu", "hòa", "hoà", "bình", "a", "ab", "b"]
GAPS = [" ", "  ", "\n", ", ", " - ", "-"]


def _every_occurrence(text: str, query: str, width: int = 200) -> search.Snippet:
    """The snippet by the plain method: every occurrence of every term in the whole folded text, sorted."""
    folded = fold(text)
    spans = sorted(m.span() for t in search.terms(query)
                   for m in re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, t.split())) + r"(?!\w)", folded))
    start = max(0, (spans[0][0] if spans else 0) - width // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    marks = [(a - start, b - start) for a, b in spans if a >= start and b <= end]
    prefix, suffix = ("…" if start else ""), ("…" if end < len(text) else "")
    return search.Snippet(prefix + text[start:end].replace("\n", " ") + suffix,
                          tuple((a + len(prefix), b + len(prefix)) for a, b in marks))


def test_search_snippets_cases():
    cases = [  # (text, query, the marked words)
        ("Hợp tác Việt Nam - Lào. " * 40, "lao", ["Lào"] * 8),  # the window's eight, not all forty
        ("Không có gì. " * 30 + "Quan hệ hòa bình với Lào.", "hoa binh lao", ["hòa", "bình", "Lào"]),
        ("a a a a b", '"a a"', ["a a", "a a"]),       # a phrase overlapping itself: the scan's matches
        ("ab b ab", "b", ["b"]),                       # 'ab' is no 'b'
        ("Đầu tư, đầu\ntư", '"dau tu"', ["Đầu tư", "đầu tư"]),
        ("Không có từ nào.", "lao", []),
    ]
    for text, query, marked in cases:
        got = search.snippet(text, query)
        assert got == _every_occurrence(text, query)
        assert [got.text[a:b] for a, b in got.marks] == marked


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=120),
       st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), st.booleans(), st.integers(20, 200))
def test_search_snippets_are_those_of_every_occurrence(pieces, asked, phrase, width):
    text = "".join(w + g for w, g in pieces)
    query = f'"{" ".join(asked)}"' if phrase else " ".join(asked)
    assert search.snippet(text, query, width) == _every_occurrence(text, query, width)
