"""The cleaner's vocabulary: ``data/boilerplate.toml`` loaded, checked and compiled into patterns.

Phrases are compared in a *key* form (folded: lower case, no diacritics, đ → d; punctuation dropped;
single spaces), so the data file is written in ordinary Vietnamese and case or tone-mark style never
matter. A few patterns need the written case ("Ảnh Thống Nhất" is a credit, "ảnh chân dung" is not);
those keep the phrases as written.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bangiao import datafiles
from bangiao.reading.normalize import fold

FILE = "boilerplate.toml"
_LONG = 256  # characters: a line this long is remembered until ``forget`` (see ``remembered``)
_HELD = 2**26  # characters of long lines remembered at most: then all forgotten at once


def remembered(work):
    """``work(line, …)`` computed once per line of a text: short lines in an LRU of 8,192, long ones until ``forget``
    (the cleaner's passes each go over every line in turn: once a text had more lines than the LRU holds, every pass
    computed every line again — 16 MB of one long line cleaned in 5.3× the time of 4 MB; a long line is costly to
    fold and few lines are long)."""
    short = functools.lru_cache(maxsize=8192)(work)
    held: dict = {}
    size = [0]

    @functools.wraps(work)
    def line_work(line: str, *args, **kwargs):
        if len(line) < _LONG:
            return short(line, *args, **kwargs)
        at = (line, args, tuple(kwargs.items()))
        found = held.get(at)
        if found is None:
            if size[0] > _HELD:
                forget()
            found = held[at] = work(line, *args, **kwargs)
            size[0] += len(line)
        return found

    def forget() -> None:
        held.clear()
        size[0] = 0

    line_work.forget = forget  # type: ignore[attr-defined]
    line_work.held = lambda: len(held)  # type: ignore[attr-defined]  # (long lines remembered now)
    return line_work


folded = remembered(fold)  # a line is folded by several tests: once is enough


@remembered
def key(text: str, digits: bool = True) -> str:
    """Folded, punctuation-free, single-spaced: the form lines are compared in."""
    flat = folded(text)
    if not digits:
        flat = re.sub(r"\d+", " ", flat)
    return " ".join(re.findall(r"[\w&+]+", flat))


def forget() -> None:
    """The long lines of the last text forgotten (``clean.clean_text`` at its end)."""
    for work in (folded, key, words):
        work.forget()


def alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases in key form, longest first, any spacing between words."""
    keys = sorted({key(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s*".join(map(re.escape, k.split())) for k in keys)


def written(phrases: list[str]) -> str:
    """A regex alternation of phrases as written (case-insensitive where compiled so), longest first."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Vocab:
    related_headers: frozenset[str]
    related_inline: re.Pattern[str]
    comment_lines: frozenset[str]
    comment_headers: frozenset[str]
    comment_anchors: tuple[str, ...]
    share_follow: re.Pattern[str]
    share_tokens: frozenset[str]
    share_anchors: tuple[str, ...]
    nav_roots: frozenset[str]
    nav_sections: frozenset[str]
    nav_ui: frozenset[str]
    nav_notices: re.Pattern[str]
    image: re.Pattern[str]
    unaccented: frozenset[str]
    caption_start: re.Pattern[str]
    caption_end: re.Pattern[str]
    caption_lines: frozenset[str]
    caption_position: re.Pattern[str]  # "(ngồi giữa)", "(thứ hai từ trái sang)": where someone is in a photo
    credit_words: re.Pattern[str]
    glue_titles: re.Pattern[str]
    glue_openers: re.Pattern[str]
    glue_any: re.Pattern[str]
    title_syllables: frozenset[str]
    title_after: frozenset[str]
    list_items: re.Pattern[str]
    keywords: re.Pattern[str]
    outlets: dict[str, str]
    max_credit_words: int
    max_byline_words: int
    reporters: frozenset[str]
    reporter_credit: re.Pattern[str]
    byline_notes: frozenset[str]
    stamp: re.Pattern[str]


@functools.cache
def vocab() -> Vocab:
    data = datafiles.load(FILE, "boilerplate")
    s = functools.partial(datafiles.strings, FILE, data)
    caption = alternation(s("caption", "prefixes"))
    extensions = "|".join(map(re.escape, s("image", "extensions")))
    return Vocab(
        related_headers=frozenset(map(key, s("related", "headers"))),
        related_inline=re.compile(rf"^(?:>>|»)?\s*(?:{alternation(s('related', 'inline'))})\s*[:»>]\s*\S"),
        comment_lines=frozenset(key(x, digits=False) for x in s("comments", "lines")),
        comment_headers=frozenset(key(x, digits=False) for x in s("comments", "headers")),
        comment_anchors=tuple(f" {key(a)} " for a in s("comments", "anchors")),
        share_follow=re.compile(rf"^(?:{alternation(s('share', 'follow'))})\b"),
        share_tokens=frozenset(w for t in s("share", "tokens") for w in key(t).split()),
        share_anchors=tuple(f" {key(a)} " for a in s("share", "anchors")),
        nav_roots=frozenset(map(key, s("navigation", "roots"))),
        nav_sections=frozenset(map(key, s("navigation", "sections"))),
        nav_ui=frozenset(key(x, digits=False) for x in s("navigation", "ui")),
        nav_notices=re.compile(rf"^(?:{alternation(s('navigation', 'notices'))})\b"),
        image=re.compile(rf"^[\w\-. ()\[\]~+]{{1,120}}\.(?:{extensions})$", re.IGNORECASE),
        unaccented=frozenset(map(key, s("image", "unaccented_words"))),
        caption_start=re.compile(rf"^[(\[]?\s*(?:{caption})(?:\s*\d{{1,2}})?\s*:"),
        caption_end=re.compile(rf"[(\[]?\s*(?:{caption})(?:\s*\d{{1,2}})?\s*:\s*([^()\[\]:]{{1,120}})[)\]]?\s*\.?$"),
        caption_lines=frozenset(map(key, s("caption", "lines"))),
        caption_position=re.compile(rf"\(\s*(?:thứ\s+\w+\s*,?\s*)?(?:{written(s('caption', 'positions'))})\s*\)",
                                    re.IGNORECASE),
        credit_words=re.compile(rf"(?:{written(s('caption', 'credit_words'))})", re.IGNORECASE),
        glue_titles=re.compile(rf"(?:{written(s('caption', 'glue_titles'))})\b"),
        glue_openers=re.compile(rf"(?:{written(s('caption', 'glue_openers'))})\b"),
        glue_any=re.compile(  # either, after a word and one space
            rf"(?<=\S )(?:(?P<opener>{written(s('caption', 'glue_openers'))})|(?P<title>{written(s('caption', 'glue_titles'))}))\b"),
        title_after=frozenset(map(key, s("caption", "title_after"))),
        title_syllables=frozenset(w for t in s("caption", "glue_titles") for w in key(t).split()),
        list_items=re.compile(rf"^(?:{alternation(s('related', 'list_items'))})\b"),
        keywords=re.compile(rf"^(?:{alternation(s('keywords', 'prefixes'))})(?:(?:\s+\w+){{0,2}}\s*:|\s*$)"),
        outlets={key(o): o for o in s("source", "outlets")},
        max_credit_words=_int(data, "caption", "max_credit_words"),
        max_byline_words=_int(data, "source", "max_byline_words"),
        reporters=frozenset(map(key, s("source", "reporters"))),
        reporter_credit=re.compile(  # "Theo đặc phái viên TTXVN, …", "Theo phóng viên TTXVN tại La Habana, …"
            rf"^theo\s+(?:{alternation(s('source', 'reporters'))})\s+([\w&+.]+(?:\s[\w&+.]+)?)\s*(?:,\s*|(?=tai\s))"),
        byline_notes=frozenset(map(key, s("source", "byline_notes"))),
        stamp=re.compile(rf"^\s*(?:(?:{alternation(s('stamp', 'lead'))})\s+)?(?:19|20)\d{{2}}-[01]\d(?:-[0-3]\d)?(?!\S)"),
    )


def _int(data: dict, table: str, name: str) -> int:
    value = data.get(table, {}).get(name)
    if not isinstance(value, int) or value <= 0:
        raise datafiles.DataFileError(FILE, f"{table}.{name} must be a positive integer")
    return value


@remembered
def words(line: str) -> int:
    """How many words: remembered, as ``folded`` is (a line is counted by several tests)."""
    return len(line.split())


def headline_like(line: str) -> bool:
    """Short, and not ending like a sentence or a clause: a headline, a teaser, a heading."""
    return 0 < words(line) <= 30 and not line.rstrip().endswith((".", ":", ";", ","))
