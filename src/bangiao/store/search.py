"""Search queries and highlighted snippets, insensitive to case, diacritics and tone-mark style.

Documents are indexed in folded form (``normalize.fold``), which has the same
length as the original text, so a match found in the folded text is
highlighted at the same offsets in the original.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bangiao.errors import QueryTooLarge
from bangiao.reading.normalize import fold, normalize


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    marks: tuple[tuple[int, int], ...]  # offsets into ``text`` of the matched words


@dataclass(frozen=True, slots=True)
class Hit:
    doc_id: str
    title: str | None
    published: str | None
    source: str | None
    score: float
    snippet: Snippet


MAX_TERMS = 32  # different words and phrases a search may ask for (each one is a lookup of the index)
MAX_CHARS = 1000  # characters of a query


def terms(query: str) -> list[str]:
    """The folded words and quoted phrases of a query, each once: 'Tô Lâm "hòa bình" lâm' → ['hoa binh', 'to',
    'lam']. QueryError for a query longer than ``MAX_CHARS`` or of more than ``MAX_TERMS`` different terms."""
    if len(query) > MAX_CHARS:
        raise QueryTooLarge(f"the search is {len(query):,} characters long; at most {MAX_CHARS:,} are allowed")
    folded = fold(normalize(query))
    phrases = [" ".join(re.findall(r"\w+", p)) for p in re.findall(r'"([^"]*)"', folded)]
    rest = re.sub(r'"[^"]*"', " ", folded)
    found = list(dict.fromkeys([p for p in phrases if p] + re.findall(r"\w+", rest)))
    if len(found) > MAX_TERMS:
        raise QueryTooLarge(f"the search has {len(found)} different words or phrases; at most {MAX_TERMS} are allowed "
                         "(every one must match): leave out the common ones")
    return found


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every term; None when the query has no words."""
    found = terms(query)
    return " AND ".join(f'"{t}"' for t in found) if found else None


@functools.lru_cache(maxsize=512)
def _patterns(query: str) -> tuple[re.Pattern[str], ...]:
    """Each term of a query as a pattern of its words, whole, any run of spaces between them (once a query: the
    snippets of a page of hits share them)."""
    return tuple(re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, t.split())) + r"(?!\w)") for t in terms(query))


def _occurrences(folded: str, pattern: re.Pattern[str], first: re.Match[str], end: int) -> list[tuple[int, int]]:
    """The spans of ``pattern`` in ``folded`` that start before ``end``, from its ``first`` match on (what a scan
    from the start finds: no match before the first, the same ones after it)."""
    found = []
    for m in pattern.finditer(folded, first.start()):
        if m.start() >= end:
            break
        found.append(m.span())
    return found


def snippet(text: str, query: str, width: int = 200) -> Snippet:
    """A window of ``text`` around the first match, with every matched term marked. Only the window is searched for
    marks past each term's first match: the rest of a long text is never scanned again."""
    folded = fold(text)
    firsts = [(p, m) for p in _patterns(query) if (m := p.search(folded))]
    centre = min((m.start() for _, m in firsts), default=0)
    start = max(0, centre - width // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    spans = sorted(s for p, m in firsts for s in _occurrences(folded, p, m, end))
    marks = tuple((a - start, b - start) for a, b in spans if a >= start and b <= end)
    prefix, suffix = ("…" if start else ""), ("…" if end < len(text) else "")
    shift = len(prefix)
    window = prefix + text[start:end].replace("\n", " ") + suffix
    return Snippet(window, tuple((a + shift, b + shift) for a, b in marks))


def words(folded: str) -> str:
    """The words of a folded text as FTS5's unicode61 splits them, one space apart: what PostgreSQL indexes, so
    both backends find the same words ('vietnamplus.vn' is two words on both)."""
    return " ".join(re.findall(r"\w+", folded))


def tsquery(query: str, phrases: bool = True) -> str | None:
    """A PostgreSQL ``to_tsquery('simple', …)`` text requiring every term, a phrase as words in a row (or, with
    ``phrases=False``, only its words, anywhere); None when the query has no words."""
    found = terms(query)
    joint = " <-> " if phrases else " & "
    return " & ".join("(" + joint.join(f"'{w}'" for w in t.split()) + ")" for t in found) if found else None
