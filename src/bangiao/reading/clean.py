"""Cutting page furniture out of plain-text scrapes, keeping what was cut.

Works line by line on normalized text. Caption markup and captions run into a sentence are first split
off into pieces of their own (``captions``); each piece is then tested against patterns built from
``data/boilerplate.toml`` (``boilerplate``), matched on folded text, so case and diacritics do not
matter; related-news and comment headers open blocks whose extent is decided from the shape of the lines
after them (``related``); source lines and bylines are read for the outlet (``bylines``).

What is cut goes to ``removed`` with its kind, in the order of the input. Each caption is an item of its
own, with its text as written; ``Cleaned.cuts`` also tells where each item began in the normalized input
and where it sat in the cleaned text (for events told only in a caption).
"""
from __future__ import annotations

import bisect
import itertools
import re
from array import array
from dataclasses import dataclass

from bangiao.model import Removed, Source
from bangiao.reading import boilerplate, bylines, captions, related
from bangiao.reading.boilerplate import Vocab, folded, headline_like, key, vocab, words
from bangiao.reading.normalize import normalize
from bangiao.reading.wrapped import unwrap

_SEPARATORS = re.compile(r"\s*[»›>|/]\s*|\s+[-–]\s+")
_DATELINE = re.compile(
    r"^(?:(?:cap nhat|dang|dang luc|ngay dang|xuat ban)\s*:?\s*)?(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|t[2-7]|cn),?\s*)?"
    r"(?:ngay\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*(?:luc\s*)?\d{1,2}[:h]\d{2}'?(?:\s*(?:\(?gmt\s*\+\s*7\)?|\+07:?00))?)?$"
    r"|^\d{1,2}[:h]\d{2}\s*[-|,]?\s*(?:ngay\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*\(?gmt\s*\+\s*7\)?)?$"
)
_SECTION_DATE = re.compile(r"^(.{2,40}?)\s*[-|,]?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?$")
_DATE_SECTION = re.compile(r"^(.{8,60}?\d{4}(?:\s*\(?gmt\s*\+\s*7\)?)?)\s*[-|,]\s*([^\d|]{2,40})$")  # "…12/11/2017 | Xã hội"
_LONG_DATE = re.compile(r"^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat),?\s*)?ngay \d{1,2} thang \d{1,2} nam \d{4}$")
_WEEKDAY = re.compile(r"^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|t[2-7]|cn),?\s*")
_WEATHER = re.compile(r"-?\d{1,2}\s*°C(?:\s*/\s*-?\d{1,2}\s*[-–]\s*-?\d{1,2}\s*°C)?")


@dataclass(frozen=True, slots=True)
class Cut:
    """One item of ``removed`` and where it was: ``start`` in the normalized input, ``at`` in the cleaned
    text (the offset of the first kept character after it; ``len(text)`` at the end; -1 when unknown)."""

    kind: str
    text: str
    start: int
    at: int


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The main text of an article and everything cut from it (``cuts`` is ``removed`` with positions)."""

    text: str
    title: str | None
    source: Source
    removed: tuple[Removed, ...]
    cuts: tuple[Cut, ...] = ()


# ---------------------------------------------------------------- line tests


def _is_share(v: Vocab, line: str) -> bool:
    bare = key(line, digits=False)
    tokens = bare.split()
    if v.share_follow.match(bare) and len(tokens) <= 8 and not line.rstrip().endswith("."):
        return True
    if not tokens or len(tokens) > 16 or not all(w in v.share_tokens for w in tokens):
        return False
    padded = f" {bare} "
    return any(a in padded for a in v.share_anchors)


def _is_comments(v: Vocab, line: str) -> bool:
    bare = key(line, digits=False)
    if bare in v.comment_lines and words(line) <= 14:
        return True
    padded = f" {bare} "
    return words(line) <= 10 and "," not in line and any(a in padded for a in v.comment_anchors)


def _menu_part(v: Vocab, part: str) -> bool:
    return part in v.nav_ui or part in v.nav_sections or part in v.related_headers or part in v.nav_roots \
        or all(w in v.share_tokens for w in part.split())


def _is_navigation(v: Vocab, line: str) -> bool:
    """Page controls, datelines, breadcrumbs and one-line menus ("Tin mới nhất | Đọc nhiều")."""
    flat = " ".join(folded(line).split())
    if key(line, digits=False) in v.nav_ui or _is_dateline(v, flat) or v.nav_notices.match(key(line)):
        return True
    if re.fullmatch(r"\d{1,3}", line.strip()) or _WEATHER.fullmatch(line.strip()):
        return True  # a photo count, a temperature
    dated = _SECTION_DATE.match(flat)
    if dated and key(dated.group(1)) in v.nav_sections:
        return True
    parts = [key(p) for p in _SEPARATORS.split(line) if key(p)]
    first = key(line).split(" ", 2)
    if len(parts) < 2 and " ".join(first[:2]) in v.nav_roots and (headline_like(line) and words(line) <= 10
                                                                   or _all_menu(v, key(line).split())):
        return True  # "Trang chủ Đối ngoại Thời sự": a breadcrumb whose separators were images
    if " thang " in flat and _LONG_DATE.match(_without_control(v, flat)):
        return True  # "Thứ tư, ngày 01 tháng 01 năm 2025 Tìm kiếm": a site's date bar beside its search box
    if len(parts) < 2 or any(len(p.split()) > 6 for p in parts):
        return False
    return parts[0] in v.nav_roots or all(_menu_part(v, p) for p in parts)


def _all_menu(v: Vocab, tokens: list[str], longest: int = 4) -> bool:
    """Whether the words are menu items end to end ("trang chu dang ky nhan tin y kien ban doc"), longest first."""
    i = 0
    while i < len(tokens):
        sizes = range(min(longest, len(tokens) - i), 0, -1)
        size = next((n for n in sizes if _menu_part(v, " ".join(tokens[i:i + n]))), 0)
        if not size:
            return False
        i += size
    return True


def _without_control(v: Vocab, flat: str) -> str:
    """A folded line without a page control at its end ("… năm 2025 Tìm kiếm")."""
    tokens = flat.split()
    size = next((n for n in range(4, 0, -1) if len(tokens) > n and _menu_part(v, key(" ".join(tokens[-n:])))), 0)
    return " ".join(tokens[:-size]) if size else flat


def _is_dateline(v: Vocab, flat: str) -> bool:
    """ "05/12/2024 10:15", "Chủ nhật, 09:03 12/11/2017 | Xã hội", "14:52 | 12/05/2025 GMT+7", "Thứ Sáu, 8/2/2019
    13:48'(GMT+7)" (the minutes' mark)."""
    if m := _DATE_SECTION.match(flat):
        if key(m.group(2)) not in v.nav_sections:
            return False
        flat = m.group(1)
    return bool(_DATELINE.match(flat) or _DATELINE.match(_WEEKDAY.sub("", flat)))


def _mark_repeats(lines: list[str], kinds: list[str | None]) -> None:
    """A line the text already had (a lead printed twice, a caption under two photos) is cut as its first
    copy was, or as ``other``; a place alone above a temperature is a weather box."""
    first: dict[str, int] = {}
    for i, line in enumerate(lines):
        bare = line.strip()
        if words(bare) >= 8 and bare in first and kinds[i] is None:
            kinds[i] = kinds[first[bare]] or "other"
        first.setdefault(bare, i)
        if i and _WEATHER.fullmatch(bare) and kinds[i - 1] is None and words(lines[i - 1]) <= 3:
            kinds[i - 1] = "other"


def _classify_paragraph(v: Vocab, line: str) -> str | None:
    """A long line is content unless it opens like a teaser or keyword list or closes with a photo credit."""
    head = folded(line[:80])
    if v.related_inline.match(head) or line.startswith((">>", "»")):
        return "related"
    if v.keywords.match(head):
        return "keywords"
    return "caption" if captions.caption_paragraph(v, line) else None


def _classify(v: Vocab, line: str) -> str | None:
    """The boilerplate kind of a single line, or None for content. Block headers get their own tags."""
    if len(line) > 300:
        return _classify_paragraph(v, line)
    line_key = key(line)
    if not line_key:
        return "image" if captions.is_image(v, line) else None
    stripped = line.strip()
    if line_key in v.related_headers:
        return "related-header"
    if v.related_inline.match(folded(line)) or stripped.startswith((">>", "»")):
        return "related"
    if re.fullmatch(r"\[[^\[\]]+\]", stripped) and headline_like(stripped[1:-1]):
        return "related"
    if key(line, digits=False) in v.comment_headers:
        return "comments-header"
    if _is_comments(v, line):
        return "comments"
    if _is_share(v, line):
        return "share"
    if captions.is_image(v, line):
        return "image"
    if captions.is_caption(v, line, line_key):
        return "caption"
    if v.keywords.match(folded(line)) or re.fullmatch(r"(?:#\w+[\s,;]*)+", stripped):
        return "keywords"
    return "other" if _is_navigation(v, line) else None


def _mark_keywords(lines: list[str], kinds: list[str | None]) -> None:
    """Keyword lines are cut as ``other``; a bare "Tags" header takes the short line after it along."""
    for i, kind in enumerate(kinds):
        if kind != "keywords":
            continue
        kinds[i] = "other"
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if ":" not in lines[i] and nxt is not None and kinds[nxt] is None and headline_like(lines[nxt]):
            kinds[nxt] = "other"


def _mark_header_sections(v: Vocab, lines: list[str], kinds: list[str | None]) -> None:
    """A section name alone among the first lines ("Thế giới" above the headline) is navigation."""
    top = [i for i, ln in enumerate(lines) if ln.strip()][:3]
    for i in top:
        if kinds[i] is None and key(lines[i]) in v.nav_sections:
            kinds[i] = "other"


# ---------------------------------------------------------------- assembly


def _pieces(v: Vocab, text: str) -> tuple[list[str], list[int], dict[int, str]]:
    """The normalized text as pieces (lines, with caption markup and run-in captions split off), the offset
    of each piece in the normalized text, and the kind of each piece split off as boilerplate."""
    pieces: list[tuple[str, int]] = []
    offset = 0
    for n, line in enumerate(text.split("\n")):
        stamp = v.stamp.match(line) if n == 0 else None  # a page's stamp, a piece of its own ("date 2017-04")
        if stamp:
            pieces.append((line[:stamp.end()], 0))
        rest = line[stamp.end():].lstrip() if stamp else line
        pieces += [(piece, offset + len(line) - len(rest) + at) for piece, at in captions.split_markup([rest])]
        offset += len(line) + 1
    pieces, known = captions.split_run_ins(v, pieces)
    return [p for p, _ in pieces], array("q", (at for _, at in pieces)), known  # type: ignore[return-value]


def _cuts(lines: list[str], kinds: list[str | None], starts: list[int]) -> list[tuple[int, str, str, int]]:
    """(first line, kind, text, start) of every item cut: runs of one kind, except that each caption is its own."""
    groups: list[list] = []
    last_kind = None
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if not line.strip():
            continue
        if kind is None:
            last_kind = None
            continue
        if kind == last_kind and kind != "caption":
            groups[-1][2].append(line)
        else:
            groups.append([i, kind, [line], starts[i] + len(line) - len(line.lstrip())])
        last_kind = kind
    return [(i, kind, "\n".join(ls), start) for i, kind, ls, start in groups]


def _assemble(lines: list[str], kinds: list[str | None], cut: list[tuple[int, str, str, int]]) -> tuple[str, tuple[Cut, ...]]:
    """The kept lines joined, and every cut item placed in the normalized input and in that text."""
    where, kept_at = array("q"), array("q")  # each kept line's index and its offset in the joined text, in order
    parts: list[str] = []  # (arrays: a long text of short lines has millions of them)
    length = 0
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is None and line:
            where.append(i)
            kept_at.append(length + (1 if parts else 0))
            length = kept_at[-1] + len(line)
            parts.append(line)
    joined = "\n".join(parts)
    del parts
    text = joined.strip()
    lead = len(joined) - len(joined.lstrip())

    def at(i: int) -> int:
        n = bisect.bisect_left(where, i)
        after = kept_at[n] if n < len(where) else len(joined)
        return max(0, min(after - lead, len(text)))

    return text, tuple(Cut(kind, piece, start, at(i)) for i, kind, piece, start in cut)


def _title(kept: list[str]) -> str | None:
    lines = [ln for ln in kept if ln.strip()]
    if len(lines) >= 2 and headline_like(lines[0]) and not lines[0].rstrip().endswith(("…", "...")):
        return lines[0].strip()
    return None


def _best_source(found: list[Source]) -> Source:
    name = next((s.name for s in found if s.name), None)
    url = next((s.url for s in found if s.url), None)
    return Source(name, url)


def _kinds(v: Vocab, lines: list[str], known: dict[int, str]) -> list[str | None]:
    kinds = [known.get(i) or _classify(v, line) for i, line in enumerate(lines)]
    captions.mark_markup(lines, kinds)
    _mark_keywords(lines, kinds)
    return kinds


def clean_text(text: str) -> Cleaned:
    """Main text, title, source and the cut boilerplate of a plain-text article."""
    v = vocab()
    text = unwrap(normalize(text))
    lines, starts, known = _pieces(v, text)
    kinds = _kinds(v, lines, known)
    _mark_header_sections(v, lines, kinds)
    related.mark_blocks(lines, kinds)
    captions.mark_image_captions(lines, kinds)
    captions.mark_cell_captions(lines, kinds)
    captions.mark_credited_blocks(lines, kinds)
    _mark_repeats(lines, kinds)
    sources = bylines.mark_sources(v, lines, kinds)
    related.mark_dash_teasers(v, lines, kinds)
    related.mark_trailing_dash_teasers(v, lines, kinds)
    related.mark_teaser_runs(v, lines, kinds)
    related.mark_dated_teasers(v, lines, kinds)
    related.mark_doubled(lines, kinds)
    related.mark_numbered_topics(v, lines, kinds)
    cut = _cuts(lines, kinds, starts)
    credits, credited = bylines.cut_credits(v, lines, kinds)
    cut += [(i, r.kind, r.text, max(starts[i], text.find(r.text, starts[i]))) for i, r in credits]
    body, cuts = _assemble(lines, kinds, sorted(cut, key=lambda c: c[3]))
    kept = itertools.islice((line for line, kind in zip(lines, kinds) if kind is None and line.strip()
                             and not v.stamp.fullmatch(line)), 2)
    boilerplate.forget()  # (its long lines: the next text has its own)
    return Cleaned(body, _title(list(kept)), _best_source(sources + credited), tuple(Removed(c.kind, c.text) for c in cuts), cuts)  # type: ignore[arg-type]


def classify_removed(lines: list[str], figcaptions: set[str] = frozenset()) -> tuple[Removed, ...]:  # type: ignore[assignment]
    """Lines already known to be cut (a web page's furniture), grouped by kind; unknown ones are ``other``;
    the lines of ``figcaptions`` are captions."""
    v = vocab()
    kinds = _kinds(v, lines, {i: "caption" for i, line in enumerate(lines) if line.strip() in figcaptions})
    related.mark_blocks(lines, kinds)
    captions.mark_image_captions(lines, kinds)
    grouped = _cuts(lines, [k or "other" for k in kinds], [0] * len(lines))
    return tuple(Removed(kind, piece) for _, kind, piece, _ in grouped)  # type: ignore[arg-type]
