"""Sources and bylines: who wrote or sent the article, cut from its text and read for ``source``.

- a source line: "Nguồn TG&VN: URL", "Theo TTXVN", "nhandan.vn", an outlet's name alone;
- a dateline credit opening a paragraph: "(TTXVN) - ", "VOV.VN - ", "Hà Nội (TTXVN) - ";
- a byline at the end: "PV/VOV-Viêng Chăn", "Hồng Phúc (TTXVN)", "Nhóm phóng viên", a reporter's name
  ("Minh Anh (tổng hợp)", "Tuấn Anh - Hoàng Anh"), or names in capitals at the start or the end
  ("THÀNH NAM - HÀM YÊN"). Everything here is cut as ``other``.
"""
from __future__ import annotations

import re

from bangiao.model import Removed, Source
from bangiao.reading.boilerplate import Vocab, folded, headline_like, key, words

_URL = re.compile(r"https?://\S+")
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|la|kh|cn|info|gov)(?:/\S*)?$")
_CREDIT_OPEN = re.compile(r"^\(([^()\n]{2,30})\)\s*(?:[-–.:]\s*)?")
_CREDIT_WORD = re.compile(r"^([\w&+.]{2,20}(?: [\w&+.]{2,12})?)\s*[-–.]\s+(?=\S)")
_CREDIT_INSIDE = re.compile(r"^([^()\n]{2,40}?)\s*(\(([^()\n]{2,30})\)\s*)(?=[-–])")
_NOTE = re.compile(r"^(.+?)\s*\(([^()]{1,40})\)\s*\.?$")


def outlet_in(v: Vocab, text: str) -> str | None:
    """The outlet as written, if ``text`` is an outlet's name ("QĐND Online", "Báo Nhân Dân điện tử" too) or a news domain."""
    name = key(text)
    bare = re.sub(r" (?:online|dien tu|vn|net)$", "", name)
    if name in v.outlets or bare in v.outlets or _DOMAIN.match(folded(text.strip())):
        return text.strip()
    return None


def source_line(v: Vocab, line: str, tail: bool) -> Source | None:
    """The outlet (and URL) a source line names: "Nguồn TG&VN: URL", "Theo TTXVN", "nhandan.vn", a byline."""
    stripped = line.strip().strip("()[]").strip()
    m = re.match(r"(?i)^nguồn\s*([^:]{0,60}?)\s*:\s*(.+)$", stripped)
    if m:
        url = _URL.search(m.group(2))
        if url:
            return Source(m.group(1).strip() or None, url.group(0))
        if not m.group(1).strip() and (outlet := outlet_in(v, m.group(2))):
            return Source(outlet, None)
    m = re.match(r"(?i)^theo\s+([^,;:]{1,60}?)\.?$", stripped)
    if m and (outlet := outlet_in(v, m.group(1))):
        return Source(outlet, None)
    if outlet := outlet_in(v, stripped):
        return Source(outlet, None)
    if _URL.fullmatch(stripped):
        return Source(None, stripped)
    return byline(v, line.strip()) if tail else None


def byline(v: Vocab, line: str) -> Source | None:
    """An author line after the body: an outlet inside it gives the source; a reporter or a name gives none."""
    if not 0 < words(line) <= v.max_byline_words:
        return None
    if line.endswith("."):  # only "Name, Outlet, City.": names joined by "và" with a full stop are a sentence
        return Source(None, None) if "," in line and names(v, line, tail=True) else None
    for part in re.split(r"[/()\-–,]", line):
        part = re.sub(r"(?i)^\s*theo\s+", "", part)
        if (outlet := outlet_in(v, part)) is not None:
            return Source(outlet, None)
    padded = re.sub(r"^theo ", "", f"{key(line)} ")
    if any(padded.startswith(f"{r} ") for r in v.reporters) or names(v, line, tail=True):
        return Source(None, None)
    return None


def _is_name(part: str, capitals: bool, least: int = 2) -> bool:
    tokens = part.split()
    if not 1 <= len(tokens) <= 4 or not all(t[0].isupper() and t.replace("-", "").isalpha() for t in tokens):
        return False
    return all(t.isupper() for t in tokens) if capitals else len(tokens) >= least


def names(v: Vocab, line: str, tail: bool) -> bool:
    """Reporters' names: "Minh Anh (tổng hợp)", "Tuấn Anh - Hoàng Anh", "Xuân Anh (từ Paris)", "Hà Mi, BBC, London";
    at the start of the text only in capitals ("THÀNH NAM - HÀM YÊN")."""
    text = line.strip().rstrip(".")
    if m := _NOTE.match(text):
        text, note = m.group(1), m.group(2)
        if not any(f"{key(note)} ".startswith(f"{n} ") for n in v.byline_notes) and not outlet_in(v, note):
            return False
    capitals = text.isupper()
    if not tail and not capitals or len(text) <= 4 and not capitals:
        return False
    who, *where = re.split(r"\s*,\s*", text)  # "Name, Outlet, City": the outlet and the city may be one word
    people = re.split(r"\s*[-–/]\s*|\s+và\s+", who)
    return len(people) + len(where) <= 3 and all(_is_name(p, capitals) for p in people) \
        and all(_is_name(w, capitals, least=1) for w in where)


def credit(v: Vocab, line: str) -> tuple[str, str, str] | None:
    """A dateline credit opening a paragraph: "(TTXVN) - ", "VOV.VN - ", "Hà Nội (TTXVN) - ".

    Returns (line without the credit, the cut text, the outlet) or None. "Theo phóng viên TTXVN tại X, …"
    loses its first words only: the place stays, as a dateline's does."""
    m = v.reporter_credit.match(folded(line))
    if m and (outlet := outlet_in(v, line[m.start(1):m.end(1)])):
        return line[m.end():].strip(), line[:m.end()].strip(), outlet
    for pattern, group, cut in ((_CREDIT_OPEN, 1, 0), (_CREDIT_WORD, 1, 0), (_CREDIT_INSIDE, 3, 2)):
        m = pattern.match(line)
        if m and (outlet := outlet_in(v, m.group(group))):
            start, end = m.span(cut)
            return (line[:start] + line[end:]).strip(), line[start:end].strip(), outlet
    return None


def cut_credits(v: Vocab, lines: list[str], kinds: list[str | None]) -> tuple[list[tuple[int, Removed]], list[Source]]:
    """Dateline credits cut out of the kept lines; each with the index of its line."""
    removed, sources = [], []
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is None and (found := credit(v, line)):
            lines[i] = found[0]
            removed.append((i, Removed("other", found[1])))
            sources.append(Source(found[2], None))
    return removed, sources


def mark_sources(v: Vocab, lines: list[str], kinds: list[str | None]) -> list[Source]:
    """Source lines anywhere, bylines after the last paragraph (names in capitals also before the first)."""
    content = [i for i, k in enumerate(kinds) if k is None and words(lines[i]) >= 12]
    first = next((i for i in content if not headline_like(lines[i])), len(lines))  # the first paragraph, not the title
    last = content[-1] if content else -1
    found = []
    for i, line in enumerate(lines):
        if kinds[i] is not None or not line.strip() or words(line) > 12:
            continue
        if (src := source_line(v, line, tail=i > last)) is not None or i < first and names(v, line.strip(), False):
            kinds[i] = "other"
            found.append(src or Source(None, None))
    return found + _closing_bylines(v, lines, kinds)


def _closing_bylines(v: Vocab, lines: list[str], kinds: list[str | None]) -> list[Source]:
    """The last lines of a related-news block that are bylines ("Hồng Nhung (tổng hợp)" under the teasers)."""
    found = []
    for i in reversed(range(len(lines))):
        if not lines[i].strip() or kinds[i] == "other":
            continue
        if kinds[i] != "related" or (src := source_line(v, lines[i], tail=True)) is None:
            break
        kinds[i] = "other"
        found.append(src)
    return found
