"""Known names the gazetteer finds where the text does not name them; dropped before reading.

- an outlet in a credit or byline: "Theo phóng viên TTXVN", "(Ảnh: TTXVN)", "Dương Giang/TTXVN", an image
  file name or a caption ending "- TTXVN";
- an acronym inside a run of upper-case Vietnamese words: the byline "THÀNH NAM - HÀM YÊN" does not name
  the Non-Aligned Movement (NAM);
- a one-word name inside a longer capitalized name: "Đức" in "Đỗ Đức Duy" or "Lê Đức Thọ", "Anh" in the
  byline "Anh Tuấn" (but "Thủ tướng Anh Keir Starmer" and "Anh và Pháp" name the United Kingdom);
- a photo's number: "Anh 1" (the accent lost from "Ảnh 1"), a common word opening with a country's name
  ("Anh hùng", "Ý kiến": names.toml [compounds]);
- a body's word made an adjective by the word before it: "Ủy ban liên Chính phủ Việt Nam - Cuba" names no
  government of Việt Nam;
- a name that only qualifies the body named before it: "Hoàng gia Campuchia" (the royal house) in "Quân đội
  và Công an Hoàng gia Campuchia" (``bodies.qualified`` records the army and the police).
"""
from __future__ import annotations

import re

from bangiao.extract.found import CAP
from bangiao.extract.gazetteer import Match, lower, opens_common_word, vocabulary
from bangiao.extract.kb import KnowledgeBase
from bangiao.reading.encoding import syllables

_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*(?:[-–][ \t]*)?$")
_WORD_AFTER = re.compile(r"^[ \t]*(?:[-–][ \t]*)?([^\W\d_]+)")
_PHOTO_NUMBER = re.compile(r"[ \t]+\d{1,2}(?![\d/.,])")
_ASCII = re.compile(r"[A-Za-z]+")


def drop(text: str, matches: list[Match], kb: KnowledgeBase) -> tuple[list[Match], list[Match]]:
    """The matches that do name something, and the qualifiers of a body named before them ("Quân đội và Công an
    [Hoàng gia Campuchia]"), which name that body, not themselves."""
    starts = {m.start for m in matches}
    kept, qualifiers, adjective = [], [], vocabulary().adjective_before
    for k, m in enumerate(matches):
        if text.endswith(adjective, max(0, m.start - 5), m.start) and _adjective(m, kb):
            continue
        if m.kind == "ENTITY":
            entity, one_word = kb.entities[m.value], " " not in text[m.start:m.end]
            if entity.facts.get("kind") == "media" and _credit(text, m):
                continue
            if entity.type == "ORG" and _qualifies_a_body(text, m):
                qualifiers.append(m)
                continue
            if one_word and entity.type != "PERSON" \
                    and _inside_a_name(text, m, matches[k - 1] if k else None, starts, entity.type):
                continue
            if one_word and text[m.start:m.end].isupper() and _acronym_in_capitals(text, m, starts):
                continue
        kept.append(m)
    return kept, qualifiers


def _adjective(m: Match, kb: KnowledgeBase) -> bool:
    """"Ủy ban liên [Chính phủ Việt Nam] - Cuba": a body's word after "liên" is an adjective (intergovernmental)."""
    return m.kind == "GENERIC" or m.kind == "ENTITY" and kb.entities[m.value].type == "ORG"


def _qualifies_a_body(text: str, m: Match) -> bool:
    vocab = vocabulary()
    return text.startswith(vocab.qualifiers, m.start) and bool(vocab.qualified.search(text, max(0, m.start - 40), m.start))


# ---------------------------------------------------------------- credits


_CLOSED = re.compile(r"[^\S\n]*\)")
_LINE_ENDS = re.compile(r"[ .)|]*(?:\n|$)")
_REACH = 200  # characters of the line before an outlet's name that can make it a credit (the work stays bounded)


def _credit(text: str, m: Match) -> bool:
    line_start = text.rfind("\n", max(0, m.start - _REACH), m.start) + 1 or max(0, m.start - _REACH)
    before = text[line_start:m.start]
    if vocabulary().credit_before.search(lower(text[max(0, line_start - 1):m.start]), 1 if line_start else 0):
        return True  # "Theo phóng viên TTXVN", "Ảnh: TTXVN"
    if before.endswith("/") or text.startswith("/", m.end):
        return True  # "Dương Giang/TTXVN", "TTXVN/Vietnam+"
    if before.rstrip().endswith("(") and _CLOSED.match(text, m.end):
        return True  # "(TTXVN)"
    return bool(re.search(r"[-–]\s*$", before)) and bool(_LINE_ENDS.match(text, m.end))  # "… - TTXVN" ending a line


# ---------------------------------------------------------------- bylines and names


def _vietnamese_capitals(word: str) -> bool:
    """An upper-case Vietnamese syllable ("THÀNH", "YÊN"), not an acronym ("EU", "GCC")."""
    if len(word) < 2 or not word.isupper():
        return False
    return not _ASCII.fullmatch(word) or lower(word) in syllables()


def _acronym_in_capitals(text: str, m: Match, starts: set[int]) -> bool:
    """"THÀNH NAM - HÀM YÊN": an acronym beside an upper-case Vietnamese word (not itself a known name, as
    "ASEAN" in "ASEAN - EU" is) is part of a run of capitals."""
    written = text[m.start:m.end]
    if not written.isupper() or " " in written or len(written) > 6:
        return False
    lo = max(0, m.start - 24)
    before = _WORD_BEFORE.search(text[lo:m.start])
    after = _WORD_AFTER.search(text[m.end:m.end + 24])
    neighbours = [(before, lo + before.start(1)) if before else None, (after, m.end + after.start(1)) if after else None]
    return any(n is not None and _vietnamese_capitals(n[0].group(1)) and n[1] not in starts for n in neighbours)


def _inside_a_name(text: str, m: Match, previous: Match | None, starts: set[int], etype: str) -> bool:
    """A one-word alias inside a longer capitalized name ("Trần Đức Lương", "thác Bản Giốc Đức Thiên",
    "Đỗ Đức Duy", "Anh Tuấn"), or numbering a photo ("Anh 1")."""
    written = text[m.start:m.end]
    if " " in written:
        return False
    after = text[m.end:m.end + 20]
    if written in vocabulary().photo_words and _PHOTO_NUMBER.match(after):
        return True
    if opens_common_word(text, m.start, m.end):
        return True  # "các Anh hùng liệt sĩ", "Ý kiến", "Ý định thư"
    if m.start > 0 and text[m.start - 1] not in " \n\t":
        return False
    before_words = text[max(0, text.rfind("\n", max(0, m.start - 20), m.start) + 1, m.start - 20):m.start].split()
    after_words = after.split() if after.startswith(" ") else []
    capital_after = bool(after_words) and bool(CAP.match(after_words[0]))
    if capital_after and before_words and CAP.match(before_words[-1]):
        return True
    if text[m.start - 1:m.start] == " " and _surname_run_before(text, m.start):
        return True  # "Nguyễn Văn Đức"
    return etype == "COUNTRY" and capital_after and after_words[0].isalpha() and m.end + 1 not in starts \
        and not _titled(text, m, previous)


def _titled(text: str, m: Match, previous: Match | None) -> bool:
    """"Thủ tướng Anh Keir Starmer", "Bộ trưởng Du lịch Campuchia Sok Soken", "nước Anh": the country qualifies
    the title or the word before it; "Tổng thư ký Bộ Tài chính Algeria Ahmed X": the body's kind right before it."""
    if previous is not None and previous.kind == "TITLE" and m.start - previous.end <= 40 \
            and not re.search(r"[^\w\s]", text[previous.end:m.start]):
        return True
    if previous is not None and previous.kind == "GENERIC" and text[previous.end:m.start] == " ":
        return True
    return lower(text[max(0, m.start - 12):m.start]).rstrip().endswith(("nước", "vương quốc", "của", "tại", "với"))


def _surname_run_before(text: str, pos: int) -> bool:
    words = text[max(0, pos - 40):pos].split()
    run = []
    for w in reversed(words):
        if not CAP.match(w) or not w.isalpha():
            break
        run.append(w)
    return any(w in vocabulary().surnames for w in run)
