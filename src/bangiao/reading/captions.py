"""Photo captions, credits and image lines: how a scraped page shows its pictures in plain text.

A caption is cut, never dropped: each one becomes its own ``caption`` item of ``removed`` (the
extraction stage reads events told only in captions). Shapes handled here:

- a credit at the start or the end of a line, with or without a colon: "Ảnh: TTXVN", "(Ảnh: A/TTXVN) |",
  "... sân bay. Ảnh Thống Nhất", "Ảnh 1: VGP", "... tại lễ đón - Ảnh 1.";
- WordPress blocks "[caption id=…]<text> Ảnh: VGP[/caption]", cut whole (the markup as ``other``);
- captions run together with no full stop ("<caption> <caption> Sau lễ đón, …"): split where a new
  clause opens without punctuation, the caption clauses cut, the sentence kept;
- image file names, alt texts left in unaccented Vietnamese ("Tap Can Binh tham Viet Nam anh 1"),
  and the line under an image that restates the article.
"""
from __future__ import annotations

import re
from collections import Counter

from bangiao.reading.boilerplate import Vocab, folded, key, words as _words

_CAPS_CREDIT = re.compile(r"[.!?]\s+[A-ZÀ-ỸĐ]{2,}(?:\s+[A-ZÀ-ỸĐ]{2,}){0,3}\s*$")  # "... họp báo chung. NHẬT BẮC"
_SOURCE_CAPTION = re.compile(r"\S.*[.!?]\s*\(\s*nguon\s*:\s*[^()]{1,60}\)\s*\.?$")
_PHOTO_NUMBER = re.compile(r"(?i:ảnh)\s*\d{1,2}\s*[.:]?")
_NUMBERED_END = re.compile(r"\S\s+[-–]\s*(?i:ảnh)\s*\d{1,2}\s*\.?$")  # "... tại lễ đón - Ảnh 1."
_TABLE_END = re.compile(r"\s*\|\s*$")
_POSITION = re.compile(r"\((?:bên )?(?:trái|phải|giữa)\)")
_ALT_NUMBER = re.compile(r"\S\s+ảnh\s*\d{1,2}$")  # an alt text "<the headline> ảnh 3" (lower case "ảnh")
_NUMBERED_ALT = re.compile(r"^([^.!?;:|]{10,150}?\sảnh\s*\d{1,2})\s+(?=\S+\s)")
_MARKUP = re.compile(r"\[/?caption\b[^\]]*\]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…;]\s")
_PUNCTUATION = re.compile(r"[.,;:!?…]")


# ---------------------------------------------------------------- single lines


def is_image(v: Vocab, line: str) -> bool:
    """An image file name, a markdown image, or an alt text: one token of parts joined by underscores."""
    stripped = _TABLE_END.sub("", line.strip())
    if v.image.match(stripped) or re.fullmatch(r"!\[[^\]]*\]\([^)\s]*\)", stripped):
        return True
    if _ALT_NUMBER.search(stripped) and not re.search(r"[.!?;:]", stripped):
        return True
    return re.fullmatch(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", stripped) is not None or is_alt_text(v, stripped)


def is_alt_text(v: Vocab, line: str) -> bool:
    """An image's alt text or file stem in unaccented Vietnamese inside an accented article:
    "Tap Can Binh tham Viet Nam anh 1", "Pham Minh Chinh tai Lao 20-24 - TTXVN"."""
    if not line.isascii() or not 3 <= _words(line) <= 20 or line.rstrip()[-1] in ".!?:;,":
        return False
    hits = sum(w in v.unaccented for w in key(line).split())
    dash = re.search(r"\s[-–]\s*([A-Za-z][\w.]*)$", line.strip())
    marked = re.search(r"\banh \d{1,2}$", key(line)) or dash and key(dash.group(1)) in v.outlets
    return hits >= 2 or hits >= 1 and bool(marked)


def is_caption(v: Vocab, line: str, line_key: str) -> bool:
    line = _TABLE_END.sub("", line)
    flat = folded(line)
    if line_key in v.caption_lines or v.caption_start.match(flat) or _PHOTO_NUMBER.fullmatch(line.strip()):
        return True
    if _CAPS_CREDIT.search(line) and _words(line) <= 60 or _NUMBERED_END.search(line):
        return True
    if _words(line) <= 80 and credit_without_colon(v, line) or names_only(v, line) \
            or _words(line) <= 60 and v.caption_position.search(line):
        return True
    return bool(_SOURCE_CAPTION.match(flat)) or credit_at_end(v, flat) and _words(line) <= 80


_CELL_CREDIT = re.compile(r"[.!?]\s*Nguồn\s*:\s*[^.!?|]{1,80}$")  # "… phát biểu tại buổi lễ. Nguồn: ĐSQ X |"


def _one_sentence_cell(line: str) -> bool:
    """"A đón chào B |": one sentence alone in the cell of a photo's table (with its source after it, "… tại buổi lễ.
    Nguồn: ĐSQ Việt Nam tại X |")."""
    bare = _TABLE_END.sub("", line)
    if bare == line:
        return False
    bare = _CELL_CREDIT.sub(".", bare.lstrip("| ").rstrip())
    return 0 < _words(bare) <= 60 and not _SENTENCE_END.search(bare.rstrip(" ."))


def mark_cell_captions(lines: list[str], kinds: list[str | None]) -> None:
    """One-sentence cells of a photo's table are captions, when the page keeps a body beside them (a text that is
    only such a line is its own body, not a caption)."""
    cells = [i for i, line in enumerate(lines) if kinds[i] is None and _one_sentence_cell(line)]
    if any(kinds[i] is None and i not in cells and _words(line) >= 8 for i, line in enumerate(lines)):
        for i in cells:
            kinds[i] = "caption"


def names_only(v: Vocab, line: str) -> bool:
    """A photo's label: titled names joined by "và", nothing else ("Thủ tướng A (trái) và Tổng thống B.")."""
    bare = _POSITION.sub(" ", line.strip())
    if not bare.endswith(".") or not 5 <= _words(bare) <= 20 or " và " not in bare or _SENTENCE_END.search(bare) \
            or not v.glue_titles.search(bare):
        return False
    tokens = re.findall(r"[\w-]+", bare)
    lower = [t for t in tokens if not t[0].isupper()]
    return len(tokens) - len(lower) >= 4 and all(key(t) in v.title_syllables or t in ("và", "cùng") for t in lower)


def caption_paragraph(v: Vocab, line: str) -> bool:
    """A long line (over 300 characters) is a caption only when it opens or closes like one."""
    head, tail = folded(line[:80]), folded(_TABLE_END.sub("", line[-160:]))
    if _words(line) > 80:
        return False
    return bool(v.caption_start.match(head) or _SOURCE_CAPTION.match(tail) or credit_at_end(v, tail))


def credit_at_end(v: Vocab, folded_tail: str) -> bool:
    tail = v.caption_end.search(folded_tail)
    return bool(tail) and _words(tail.group(1)) <= v.max_credit_words


def credit_without_colon(v: Vocab, line: str) -> bool:
    """ "Ảnh TTXVN", "... tại sân bay. Ảnh Thống Nhất": a credit word then one to five capitalised words
    (or an outlet), alone on the line or after a full stop or a dash. "ảnh chân dung" is no credit."""
    stripped = line.strip().rstrip(".").rstrip()
    for m in v.credit_words.finditer(stripped):
        before, credit = stripped[:m.start()].rstrip(" ([").rstrip(), stripped[m.end():].strip(" )]")
        if before and not before.endswith((".", "!", "?", "…", "-", "–", "|")):
            continue
        if not m.group(0)[0].isupper() or not credit:
            continue
        words = re.split(r"\s*[/&]\s*|\s+[-–]\s+|\s+", credit)
        if 1 <= len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() for w in words) and not credit[0].isdigit():
            return True
    return False


# ---------------------------------------------------------------- pieces of lines


def split_markup(lines: list[str]) -> list[tuple[str, int]]:
    """Every line with WordPress caption tags cut off into lines of their own, with the offset of each piece
    in its line: "Text. Ảnh: VGP[/caption]" → ("Text. Ảnh: VGP", 0), ("[/caption]", 14)."""
    pieces: list[tuple[str, int]] = []
    for line in lines:
        at = 0
        for m in _MARKUP.finditer(line):
            if line[at:m.start()].strip():
                pieces.append((line[at:m.start()], at))
            pieces.append((m.group(0), m.start()))
            at = m.end()
        if at == 0 or line[at:].strip():
            pieces.append((line[at:], at))
    return pieces


def mark_markup(lines: list[str], kinds: list[str | None]) -> None:
    """Lines between "[caption …]" and "[/caption]" are one caption; the tags themselves are ``other``."""
    for i, line in enumerate(lines):
        if not line.lower().startswith("[caption"):
            continue
        end = next((j for j in range(i + 1, min(len(lines), i + 8)) if lines[j].lower() == "[/caption]"), None)
        kinds[i] = "other"
        if end is not None:
            for j in range(i + 1, end):
                kinds[j] = "caption" if lines[j].strip() else kinds[j]
            kinds[end] = "other"
    for i, line in enumerate(lines):
        if line.lower() == "[/caption]":
            kinds[i] = "other"


def glue_points(v: Vocab, line: str) -> list[int]:
    """Where a new clause opens with no punctuation before it: a capitalised sentence opener ("Sau lễ đón",
    "Toàn cảnh"), or a title right after a capitalised word ("… Donald Trump Chủ tịch nước …")."""
    points = []
    for m in v.glue_any.finditer(line):
        prev = line[line.rfind(" ", 0, m.start() - 1) + 1:m.start() - 1]
        if not prev or _PUNCTUATION.search(prev[-1]) or prev[-1] in ")”\"'":
            continue
        if m.group("opener") or prev[0].isupper() and key(prev) not in v.title_after:
            points.append(m.start())
    return points


def _caption_like(piece: str) -> bool:
    return 4 <= _words(piece) <= 30 and not _SENTENCE_END.search(piece.strip() + " ") and piece.count(",") <= 1


def run_in_captions(v: Vocab, line: str) -> int:
    """How many leading characters of ``line`` are captions run together: 0 when none, ``len(line)`` when the
    whole line is captions. At least two caption clauses, or one before a capitalised sentence opener."""
    points = glue_points(v, line)
    if not points:
        return _repeated_subject(v, line)
    bounds = [0, *points, len(line)]
    pieces = [line[a:b] for a, b in zip(bounds, bounds[1:])]
    lead = 0
    while lead < len(pieces) and _caption_like(pieces[lead]):
        lead += 1
    if lead == len(pieces):
        return len(line) if lead >= 3 or lead >= 2 and not _PUNCTUATION.search(line) else _repeated_subject(v, line)
    if lead >= 2 or lead == 1 and v.glue_openers.match(pieces[1]):
        return bounds[lead]
    return 0


def _repeated_subject(v: Vocab, line: str) -> int:
    """A line with no punctuation at all that names the same titled person twice is clauses run together:
    "<A> chào đón <B> tới dự Quốc yến <B> phát biểu tại Quốc yến"."""
    if _PUNCTUATION.search(line) or _words(line) < 12:
        return 0
    seen = set()
    for m in v.glue_titles.finditer(line):
        who = _person_after(line[m.end():])
        if who and who in seen:
            return len(line)
        seen.add(who)
    return 0


def _person_after(text: str) -> str | None:
    """The end of the name a title introduces: the last two words of the first run of two or more capitalised
    words, at most two lower-case words after the title ("Tổng thống Hoa Kỳ Donald Trump" → "Donald Trump")."""
    run: list[str] = []
    lower = 0
    for token in text.split()[:8]:
        if token[0].isupper():
            run.append(token)
            continue
        if len(run) >= 2:
            break
        run, lower = [], lower + 1
        if lower > 2:
            return None
    return " ".join(run[-2:]) if len(run) >= 2 else None


_TRAILING_HEAD, _TRAILING_CAPTION = 25, 40  # words of a paragraph before a caption glued after it, and of that caption
_TAIL = 160  # characters at a line's end where its credit is looked for


def trailing_caption(v: Vocab, line: str) -> int:
    """Where a caption glued after a paragraph begins ("… lần thứ 6. A tiếp B. Ảnh: Minh Đức - TTXVN": its last
    sentence with the credit), when the paragraph before it is long; else 0."""
    tail = len(line) - _TAIL  # (the credit is read in the line's tail only: a long text has many long lines)
    if ":" not in line[max(0, tail):]:
        return 0  # (a credit has its colon: "Ảnh: …")
    credit = v.caption_end.search(folded(line[max(0, tail):])) if _words(line) > _TRAILING_HEAD else None
    if credit is None or _words(credit.group(1)) > v.max_credit_words:
        return 0
    before = line[:max(0, tail) + credit.start()].rstrip()
    stop = max(before.rfind(". ", 0, len(before) - 1), before.rfind("! ", 0, len(before) - 1))
    if stop < 0 or _words(line[:stop]) < _TRAILING_HEAD or _words(line[stop + 2:]) > _TRAILING_CAPTION:
        return 0
    return stop + 2


def split_run_ins(v: Vocab, pieces: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], dict[int, str]]:
    """Pieces with run-in captions split off, and the kind of each piece split off (by its index)."""
    out: list[tuple[str, int]] = []
    known: dict[int, str] = {}
    for text, at in pieces:
        if trail := trailing_caption(v, text):  # "… (the paragraph). A tiếp B. Ảnh: X": the caption after it
            out.append((text[:trail].rstrip(), at))
            known[len(out)] = "caption"
            out.append((text[trail:], at + trail))
            continue
        if (alt := _NUMBERED_ALT.match(text)) and text[alt.end()].isupper():  # "<alt text> ảnh 2 <caption>"
            known[len(out)], known[len(out) + 1] = "image", "caption"
            out += [(alt.group(1), at), (text[alt.end():], at + alt.end())]
            continue
        cut = run_in_captions(v, text) if _words(text) >= 8 and not text.lstrip().startswith(("-", "•", "+", "*")) else 0
        if not cut:
            out.append((text, at))
            continue
        bounds = [0, *(p for p in glue_points(v, text) if p < cut), cut]
        for a, b in zip(bounds, bounds[1:]):
            known[len(out)] = "caption"
            out.append((text[a:b].rstrip(), at + a))
        if cut < len(text):
            out.append((text[cut:], at + cut))
    return out, known


# ---------------------------------------------------------------- context


def _next_line(lines: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"\w+", folded(text))
    return set(zip(words, words[1:]))


class Pairs:
    """The word pairs of every line, counted once for the whole text (in how many lines each occurs): asking
    about a line does not read all the others again."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.counts: Counter[tuple[str, str]] | None = None

    def repeats_elsewhere(self, i: int, share: float = 0.7) -> bool:
        """Most of line i's word pairs occur in another line: a caption restating the headline or lead."""
        if self.counts is None:
            self.counts = Counter(pair for ln in self.lines for pair in _bigrams(ln))
        own = _bigrams(self.lines[i])
        return bool(own) and sum(self.counts[pair] >= 2 for pair in own) >= share * len(own)


def mark_image_captions(lines: list[str], kinds: list[str | None]) -> None:
    """A line after an image file name that restates the article, or reads as a label, is its caption;
    an alt text cut short is an image line when a longer one begins the same way."""
    pairs = Pairs(lines)
    for i in range(len(lines)):
        nxt = _next_line(lines, i)
        if kinds[i] != "image" or nxt is None or kinds[nxt] is not None or _words(lines[nxt]) > 40:
            continue
        if not any(k is None and ln.strip() for ln, k in zip(lines[:i], kinds[:i])):
            continue  # an image above the headline: what follows is the headline, not a caption
        label = _words(lines[nxt]) <= 15 and "," not in lines[nxt] and len(re.findall(r"[.!?](?:\s|$)", lines[nxt])) <= 1
        below = _next_line(lines, nxt)  # the photo's credit alone on the line under it ("Ảnh: TTXVN"): a caption
        credited = below is not None and kinds[below] == "caption" and _words(lines[below]) <= 6 \
            and not _PHOTO_NUMBER.fullmatch(lines[below].strip().rstrip("."))  # (not a photo's number: "Ảnh 3")
        if label or credited or pairs.repeats_elsewhere(nxt):
            kinds[nxt] = "caption"
    images = [ln.strip() for ln, k in zip(lines, kinds) if k == "image"]
    for i, line in enumerate(lines):
        stripped = line.strip()
        if kinds[i] is None and stripped.isascii() and _words(stripped) >= 3 \
                and any(im != stripped and im.startswith(stripped) for im in images):
            kinds[i] = "image"


_CREDIT_LINE = re.compile(r"\(?\s*(?i:ảnh|nguồn)\s*:\s*[^().!?|]{1,60}\)?\s*\.?")  # "(Ảnh: Thống Nhất/TTXVN)" alone
_CAPTION_BLOCK = (3, 70)  # lines and words a caption above its credit line may take


def mark_credited_blocks(lines: list[str], kinds: list[str | None]) -> None:
    """A photo's credit alone on its line ("(Ảnh: Thống Nhất/TTXVN)") closes the caption written above it: the few
    short lines between it and the blank line above them (a caption wrapped on its own, "… ký biên bản\nghi nhớ …
    ngày 20/3/2015.") are the caption, not the article's lead."""
    for i, line in enumerate(lines):
        if kinds[i] != "caption" or not _CREDIT_LINE.fullmatch(line.strip()):
            continue
        j = i
        while j > 0 and kinds[j - 1] is None and lines[j - 1].strip() and i - j <= _CAPTION_BLOCK[0]:
            j -= 1
        blank_above = j > 0 and not lines[j - 1].strip()  # (the text's first lines are its title, not a caption)
        if j < i and i - j <= _CAPTION_BLOCK[0] and blank_above and sum(_words(lines[k]) for k in range(j, i)) <= _CAPTION_BLOCK[1] \
                and any(k is None and ln.strip() for ln, k in zip(lines[i + 1:], kinds[i + 1:])):
            kinds[j:i] = ["caption"] * (i - j)
