"""Cutting page furniture out of plain-text scrapes, keeping what was cut.

Works line by line on normalized text. Each line is tested against patterns
built from ``data/boilerplate.toml`` (matched on folded text, so case and
diacritics do not matter); related-news and comment headers open blocks whose
extent is decided from the shape of the lines after them. What is cut goes to
``removed`` with its kind; the outlet and URL of a source line are detected.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bangiao import datafiles
from bangiao.model import Removed, Source
from bangiao.reading.normalize import fold, normalize

_FILE = "boilerplate.toml"
_SEPARATORS = re.compile(r"\s*[»›>|/]\s*|\s+[-–]\s+")
_URL = re.compile(r"https?://\S+")
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|la|kh|cn|info|gov)(?:/\S*)?$")
_DATELINE = re.compile(
    r"^(?:(?:cap nhat|dang|dang luc|ngay dang|xuat ban)\s*:?\s*)?(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|t[2-7]|cn),?\s*)?"
    r"(?:ngay\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*(?:luc\s*)?\d{1,2}[:h]\d{2}(?:\s*(?:\(?gmt\s*\+\s*7\)?|\+07:?00))?)?$"
    r"|^\d{1,2}[:h]\d{2}\s*(?:ngay\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$"
)
_SECTION_DATE = re.compile(r"^(.{2,40}?)\s*[-|,]?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?$")
_CAPS_CREDIT = re.compile(r"[.!?]\s+[A-ZÀ-ỸĐ]{2,}(?:\s+[A-ZÀ-ỸĐ]{2,}){0,3}\s*$")  # "... họp báo chung. NHẬT BẮC"
_SOURCE_CAPTION = re.compile(r"\S.*[.!?]\s*\(\s*nguon\s*:\s*[^()]{1,60}\)\s*\.?$")
_LEAD = re.compile(
    r"^(?:\([^)]{1,30}\)\s*[-–]?\s*)?(?:(?:rang sang|sang|chieu|toi|trua|dem|ngay|hom nay|hom qua)(?: nay| qua)?\s*(?:thu \w+|chu nhat)?,?\s*(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"|ngay \d{1,2}\s*(?:thang|[/.-])\s*\d{1,2}|(?:thu \w+|chu nhat),?\s*\d{1,2}[/.-]\d{1,2})"
)


def _key(text: str, digits: bool = True) -> str:
    """Folded, punctuation-free, single-spaced: the form lines are compared in."""
    folded = fold(text)
    if not digits:
        folded = re.sub(r"\d+", " ", folded)
    return " ".join(re.findall(r"[\w&+]+", folded))


def _alternation(phrases: list[str]) -> str:
    keys = sorted({_key(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s*".join(map(re.escape, k.split())) for k in keys)


@dataclass(frozen=True, slots=True)
class _Vocab:
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
    image: re.Pattern[str]
    caption_start: re.Pattern[str]
    caption_end: re.Pattern[str]
    caption_lines: frozenset[str]
    keywords: re.Pattern[str]
    outlets: dict[str, str]
    max_credit_words: int
    max_byline_words: int
    reporters: frozenset[str]


@functools.cache
def _vocab() -> _Vocab:
    data = datafiles.load(_FILE, "boilerplate")
    s = functools.partial(datafiles.strings, _FILE, data)
    caption = _alternation(s("caption", "prefixes"))
    extensions = "|".join(map(re.escape, s("image", "extensions")))
    return _Vocab(
        related_headers=frozenset(map(_key, s("related", "headers"))),
        related_inline=re.compile(rf"^(?:>>|»)?\s*(?:{_alternation(s('related', 'inline'))})\s*[:»>]\s*\S"),
        comment_lines=frozenset(_key(x, digits=False) for x in s("comments", "lines")),
        comment_headers=frozenset(_key(x, digits=False) for x in s("comments", "headers")),
        comment_anchors=tuple(f" {_key(a)} " for a in s("comments", "anchors")),
        share_follow=re.compile(rf"^(?:{_alternation(s('share', 'follow'))})\b"),
        share_tokens=frozenset(w for t in s("share", "tokens") for w in _key(t).split()),
        share_anchors=tuple(f" {_key(a)} " for a in s("share", "anchors")),
        nav_roots=frozenset(map(_key, s("navigation", "roots"))),
        nav_sections=frozenset(map(_key, s("navigation", "sections"))),
        nav_ui=frozenset(_key(x, digits=False) for x in s("navigation", "ui")),
        image=re.compile(rf"^[\w\-. ()\[\]~+]{{1,120}}\.(?:{extensions})$", re.IGNORECASE),
        caption_start=re.compile(rf"^[(\[]?\s*(?:{caption})\s*:"),
        caption_end=re.compile(rf"[(\[]?\s*(?:{caption})\s*:\s*([^()\[\]:]{{1,120}})[)\]]?\s*\.?$"),
        caption_lines=frozenset(map(_key, s("caption", "lines"))),
        keywords=re.compile(rf"^(?:{_alternation(s('keywords', 'prefixes'))})(?:(?:\s+\w+){{0,2}}\s*:|\s*$)"),
        outlets={_key(o): o for o in s("source", "outlets")},
        max_credit_words=_int(data, "caption", "max_credit_words"),
        max_byline_words=_int(data, "source", "max_byline_words"),
        reporters=frozenset(map(_key, s("source", "reporters"))),
    )


def _int(data: dict, table: str, key: str) -> int:
    value = data.get(table, {}).get(key)
    if not isinstance(value, int) or value <= 0:
        raise datafiles.DataFileError(_FILE, f"{table}.{key} must be a positive integer")
    return value


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The main text of an article and everything cut from it."""

    text: str
    title: str | None
    source: Source
    removed: tuple[Removed, ...]


# ---------------------------------------------------------------- line tests


def _words(line: str) -> int:
    return len(line.split())


def _headline_like(line: str) -> bool:
    return 0 < _words(line) <= 30 and not line.rstrip().endswith((".", ":", ";", ","))


def _is_share(v: _Vocab, line: str) -> bool:
    key = _key(line, digits=False)
    words = key.split()
    if v.share_follow.match(key) and len(words) <= 8 and not line.rstrip().endswith("."):
        return True
    if not words or len(words) > 16 or not all(w in v.share_tokens for w in words):
        return False
    padded = f" {key} "
    return any(a in padded for a in v.share_anchors)


def _is_comments(v: _Vocab, line: str) -> bool:
    bare = _key(line, digits=False)
    if bare in v.comment_lines and _words(line) <= 14:
        return True
    padded = f" {bare} "
    return _words(line) <= 10 and "," not in line and any(a in padded for a in v.comment_anchors)


def _is_image(v: _Vocab, line: str) -> bool:
    stripped = line.strip()
    if v.image.match(stripped) or re.fullmatch(r"!\[[^\]]*\]\([^)\s]+\)", stripped):
        return True
    # an alt text or file stem left alone: one token of several parts joined by underscores
    return re.fullmatch(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", stripped) is not None


def _is_navigation(v: _Vocab, line: str, key: str) -> bool:
    if _key(line, digits=False) in v.nav_ui or _DATELINE.match(" ".join(fold(line).split())):
        return True
    dated = _SECTION_DATE.match(" ".join(fold(line).split()))
    if dated and _key(dated.group(1)) in v.nav_sections:
        return True
    parts = [_key(p) for p in _SEPARATORS.split(line) if _key(p)]
    if len(parts) < 2 or any(len(p.split()) > 6 for p in parts):
        return False
    if all(p in v.nav_ui or all(w in v.share_tokens for w in p.split()) for p in parts):
        return True  # a row of page controls: "A A A | In | Lưu"
    return parts[0] in v.nav_roots or all(p in v.nav_sections for p in parts)


def _is_caption(v: _Vocab, line: str, key: str) -> bool:
    folded = fold(line)
    if key in v.caption_lines or v.caption_start.match(folded):
        return True
    if _CAPS_CREDIT.search(line) and _words(line) <= 60:
        return True
    return bool(_SOURCE_CAPTION.match(folded)) or _credit_at_end(v, folded) and _words(line) <= 80


def _classify_paragraph(v: _Vocab, line: str) -> str | None:
    """A long line is content unless it opens like a teaser or keyword list or closes with a photo credit."""
    head, tail = fold(line[:80]), fold(line[-160:])
    if v.related_inline.match(head) or line.startswith((">>", "»")):
        return "related"
    if v.keywords.match(head):
        return "keywords"
    if _words(line) <= 80 and (v.caption_start.match(head) or _SOURCE_CAPTION.match(tail) or _credit_at_end(v, tail)):
        return "caption"
    return None


def _credit_at_end(v: _Vocab, folded_tail: str) -> bool:
    tail = v.caption_end.search(folded_tail)
    return bool(tail) and _words(tail.group(1)) <= v.max_credit_words


def _classify(v: _Vocab, line: str) -> str | None:
    """The boilerplate kind of a single line, or None for content. Block headers get their own tags."""
    if len(line) > 300:
        return _classify_paragraph(v, line)
    key = _key(line)
    if not key:
        return None
    stripped = line.strip()
    if key in v.related_headers:
        return "related-header"
    if v.related_inline.match(fold(line)) or stripped.startswith((">>", "»")):
        return "related"
    if re.fullmatch(r"\[[^\[\]]+\]", stripped) and _headline_like(stripped[1:-1]):
        return "related"
    if _key(line, digits=False) in v.comment_headers:
        return "comments-header"
    if _is_comments(v, line):
        return "comments"
    if _is_share(v, line):
        return "share"
    if _is_image(v, line):
        return "image"
    if _is_caption(v, line, key):
        return "caption"
    if v.keywords.match(fold(line)) or re.fullmatch(r"(?:#\w+[\s,;]*)+", stripped):
        return "keywords"
    if _is_navigation(v, line, key):
        return "other"
    return None


# ---------------------------------------------------------------- sources


def _outlet_in(v: _Vocab, text: str) -> str | None:
    """The outlet as written, if ``text`` is an outlet's name ("QĐND Online", "Báo Nhân Dân điện tử" too) or a news domain."""
    key = _key(text)
    bare = re.sub(r" (?:online|dien tu|vn|net)$", "", key)
    if key in v.outlets or bare in v.outlets or _DOMAIN.match(fold(text.strip())):
        return text.strip()
    return None


def _source_line(v: _Vocab, line: str, tail: bool) -> Source | None:
    """The outlet (and URL) a source line names: "Nguồn TG&VN: URL", "Theo TTXVN", "nhandan.vn", a byline."""
    stripped = line.strip().strip("()[]").strip()
    m = re.match(r"(?i)^nguồn\s*([^:]{0,60}?)\s*:\s*(.+)$", stripped)
    if m:
        url = _URL.search(m.group(2))
        if url:
            return Source(m.group(1).strip() or None, url.group(0))
        if not m.group(1).strip() and (outlet := _outlet_in(v, m.group(2))):
            return Source(outlet, None)
    m = re.match(r"(?i)^theo\s+([^,;:]{1,60}?)\.?$", stripped)
    if m and (outlet := _outlet_in(v, m.group(1))):
        return Source(outlet, None)
    if outlet := _outlet_in(v, stripped):
        return Source(outlet, None)
    if _URL.fullmatch(stripped):
        return Source(None, stripped)
    return _byline(v, stripped) if tail else None


def _byline(v: _Vocab, line: str) -> Source | None:
    if not 0 < _words(line) <= v.max_byline_words or line.endswith("."):
        return None
    for part in re.split(r"[/()\-–,]", line):
        part = re.sub(r"(?i)^\s*theo\s+", "", part)
        if (outlet := _outlet_in(v, part)) is not None:
            return Source(outlet, None)
    first = _key(line).split(" ")[0].upper()
    return Source(None, None) if first and _key(first) in v.reporters else None


_CREDIT_OPEN = re.compile(r"^\(([^()\n]{2,30})\)\s*(?:[-–.:]\s*)?")
_CREDIT_WORD = re.compile(r"^([\w&+.]{2,20}(?: [\w&+.]{2,12})?)\s*[-–.]\s+(?=\S)")
_CREDIT_INSIDE = re.compile(r"^([^()\n]{2,40}?)\s*(\(([^()\n]{2,30})\)\s*)(?=[-–])")


def _credit(v: _Vocab, line: str) -> tuple[str, str, str] | None:
    """A dateline credit opening a paragraph: "(TTXVN) - ", "VOV.VN - ", "Hà Nội (TTXVN) - ".

    Returns (line without the credit, the cut text, the outlet) or None."""
    for pattern, group, cut in ((_CREDIT_OPEN, 1, 0), (_CREDIT_WORD, 1, 0), (_CREDIT_INSIDE, 3, 2)):
        m = pattern.match(line)
        if m and (outlet := _outlet_in(v, m.group(group))):
            start, end = m.span(cut)
            return (line[:start] + line[end:]).strip(), line[start:end].strip(), outlet
    return None


def _cut_credits(v: _Vocab, lines: list[str], kinds: list[str | None]) -> tuple[list[Removed], list[Source]]:
    removed, sources = [], []
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is None and (found := _credit(v, line)):
            lines[i] = found[0]
            removed.append(Removed("other", found[1]))
            sources.append(Source(found[2], None))
    return removed, sources


# ---------------------------------------------------------------- blocks


def _related_end(lines: list[str], kinds: list[str | None], start: int) -> int:
    """Index after the related-news block whose header is at ``start``."""
    body = [i for i in range(start + 1, len(lines)) if lines[i].strip() and kinds[i] is None]
    if _teasers_to_end(lines, body):
        return len(lines)
    end, after_headline = start + 1, True
    while end < len(lines):
        line = lines[end]
        if kinds[end] == "comments-header":
            break
        if not line.strip() or kinds[end] not in (None, "related-header"):
            end += 1
        elif kinds[end] == "related-header" or _headline_like(line):
            end, after_headline = end + 1, True
        elif after_headline and _LEAD.match(fold(line).lstrip()):
            end, after_headline = end + 1, False
        else:
            break
    return end


def _teasers_to_end(lines: list[str], body: list[int]) -> bool:
    """True when everything left is headline, [repeated headline], [lead] ... as teaser lists are."""
    paragraphs = leads = repeats = 0
    after_headline, previous = True, ""
    for i in body:
        line = lines[i]
        if _headline_like(line):
            repeats += line == previous
            after_headline, previous = True, line
            continue
        if not after_headline:
            return False
        paragraphs += 1
        leads += bool(_LEAD.match(fold(line).lstrip()))
        after_headline, previous = False, line
    return paragraphs == 0 or repeats > 0 or leads * 2 >= paragraphs


def _mark_blocks(lines: list[str], kinds: list[str | None]) -> None:
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind == "related-header":
            end = _related_end(lines, kinds, i)
            for j in range(i, end):
                if kinds[j] is None or kinds[j] == "related-header":
                    kinds[j] = "related"
            i = end
        elif kind == "comments-header":
            j = i
            while j < len(lines) and kinds[j] in (None, "comments", "comments-header"):
                kinds[j] = "comments"
                j += 1
            i = j
        else:
            i += 1
    for i, kind in enumerate(kinds):
        if kind in ("related-header", "comments-header"):
            kinds[i] = kind.removesuffix("-header")


def _next_line(lines: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"\w+", fold(text))
    return set(zip(words, words[1:]))


def _repeats_elsewhere(lines: list[str], i: int) -> bool:
    """Most of line i's word pairs occur in another line: a caption restating the headline or lead."""
    own = _bigrams(lines[i])
    rest = set().union(*(_bigrams(ln) for j, ln in enumerate(lines) if j != i)) if len(lines) > 1 else set()
    return bool(own) and len(own & rest) >= 0.7 * len(own)


def _mark_image_captions(lines: list[str], kinds: list[str | None]) -> None:
    """A line after an image file name that restates the article, or reads as a label, is its caption."""
    for i in range(len(lines)):
        nxt = _next_line(lines, i)
        if kinds[i] != "image" or nxt is None or kinds[nxt] is not None or _words(lines[nxt]) > 40:
            continue
        if not any(k is None and ln.strip() for ln, k in zip(lines[:i], kinds[:i])):
            continue  # an image above the headline: what follows is the headline, not a caption
        label = _words(lines[nxt]) <= 15 and "," not in lines[nxt] and len(re.findall(r"[.!?](?:\s|$)", lines[nxt])) <= 1
        if label or _repeats_elsewhere(lines, nxt):
            kinds[nxt] = "caption"


def _mark_keywords(lines: list[str], kinds: list[str | None]) -> None:
    """Keyword lines are cut as ``other``; a bare "Tags" header takes the short line after it along."""
    for i, kind in enumerate(kinds):
        if kind != "keywords":
            continue
        kinds[i] = "other"
        nxt = _next_line(lines, i)
        if ":" not in lines[i] and nxt is not None and kinds[nxt] is None and _headline_like(lines[nxt]):
            kinds[nxt] = "other"


def _mark_header_sections(v: _Vocab, lines: list[str], kinds: list[str | None]) -> None:
    """A section name alone among the first lines ("Thế giới" above the headline) is navigation."""
    top = [i for i, ln in enumerate(lines) if ln.strip()][:3]
    for i in top:
        if kinds[i] is None and _key(lines[i]) in v.nav_sections:
            kinds[i] = "other"


def _mark_sources(v: _Vocab, lines: list[str], kinds: list[str | None]) -> list[Source]:
    content = [i for i, k in enumerate(kinds) if k is None and _words(lines[i]) >= 12]
    last = content[-1] if content else -1
    found = []
    for i, line in enumerate(lines):
        if kinds[i] is not None or not line.strip() or _words(line) > 12:
            continue
        if (src := _source_line(v, line, tail=i > last)) is not None:
            kinds[i] = "other"
            found.append(src)
    return found


# ---------------------------------------------------------------- assembly


def _best_source(found: list[Source]) -> Source:
    name = next((s.name for s in found if s.name), None)
    url = next((s.url for s in found if s.url), None)
    return Source(name, url)


def _removed(lines: list[str], kinds: list[str | None]) -> tuple[Removed, ...]:
    groups: list[tuple[str, list[str]]] = []
    last_kind = None
    for line, kind in zip(lines, kinds):
        if not line.strip():
            continue
        if kind is None:
            last_kind = None
            continue
        if kind == last_kind:
            groups[-1][1].append(line)
        else:
            groups.append((kind, [line]))
        last_kind = kind
    return tuple(Removed(kind, "\n".join(ls)) for kind, ls in groups)  # type: ignore[arg-type]


def _title(kept: list[str]) -> str | None:
    lines = [ln for ln in kept if ln.strip()]
    if len(lines) >= 2 and _headline_like(lines[0]) and not lines[0].rstrip().endswith(("…", "...")):
        return lines[0].strip()
    return None


def clean_text(text: str) -> Cleaned:
    """Main text, title, source and the cut boilerplate of a plain-text article."""
    v = _vocab()
    lines = normalize(text).split("\n")
    kinds = [_classify(v, line) for line in lines]
    _mark_keywords(lines, kinds)
    _mark_header_sections(v, lines, kinds)
    _mark_blocks(lines, kinds)
    _mark_image_captions(lines, kinds)
    sources = _mark_sources(v, lines, kinds)
    cut = _removed(lines, kinds)
    credits, credited = _cut_credits(v, lines, kinds)
    kept = [line for line, kind in zip(lines, kinds) if kind is None and line]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()  # lines are normalized already
    return Cleaned(text, _title(kept), _best_source(sources + credited), cut + tuple(credits))


def classify_removed(lines: list[str]) -> tuple[Removed, ...]:
    """Lines already known to be cut (a web page's furniture), grouped by kind; unknown ones are ``other``."""
    v = _vocab()
    kinds = [_classify(v, line) for line in lines]
    _mark_keywords(lines, kinds)
    _mark_blocks(lines, kinds)
    _mark_image_captions(lines, kinds)
    return _removed(lines, [k or "other" for k in kinds])
