"""Text normalization: one Unicode form, one tone-mark style, one kind of space.

``normalize`` is what every document's ``text`` passes through before any offset
is taken, so every later stage indexes the same string. It is idempotent.

``fold`` maps a normalized string to a search key of the *same length*:
lower case, no diacritics, ``đ`` → ``d``. Offsets in the folded string are
offsets in the original, which lets search highlight the original text.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Vietnamese tone marks as combining characters (grave, acute, hook, tilde, dot below).
_TONES = "\u0300\u0301\u0309\u0303\u0323"
# The vowel pairs whose open syllables are written two ways: hoà/hòa, khoẻ/khỏe, thuỷ/thủy.
_PAIRS = ("oa", "oe", "uy")

_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"),
    " ",
)
# The Icelandic eth written for the Vietnamese d with stroke, as old pages' fonts did ("Ðại hội", "Ðảng"): the
# same letter to every later step (one character for one: offsets keep).
_ETH = {ord("\u00d0"): "\u0110", ord("\u00f0"): "\u0111"}
_DROP_OR_SPACE = _DROP | _SPACES | _ETH
_ODD_CHARACTER = re.compile("[" + "".join(map(chr, _DROP_OR_SPACE)) + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_RUN_OF_SPACES = re.compile(r" {2,}")
_SPACE_AT_LINE_EDGE = re.compile(r" *\n *")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


@functools.cache
def _tone_style_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """new style ("hoà") → classic style ("hòa") for open syllables ending in oa/oe/uy."""
    table: dict[str, str] = {}
    for first, second in _PAIRS:
        for tone in _TONES:
            for a, b in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                table[a + _compose(b, tone)] = _compose(a, tone) + b
    seconds = "".join(sorted({key[1] for key in table}))  # (every key is two characters: a vowel, a toned one)
    # Not after q ("quý" is right in both styles) and only at the end of a word. One character class a place
    # (not an alternation of the keys): a scan of the text in C; a pair not in the table is put back as it was.
    pattern = re.compile(rf"(?<![qQ])([oOuU][{seconds}])(?!\w)")
    return pattern, table


def classic_tone_marks(text: str) -> str:
    """Rewrite new-style tone placement (hoà, thuỷ, Uỷ) to the classic one the press uses (hòa, thủy, Ủy)."""
    pattern, table = _tone_style_table()
    return pattern.sub(lambda m: table.get(m.group(1), m.group(1)), text)


def normalize(text: str) -> str:
    """NFC, classic tone marks, LF line ends, plain spaces, no control or zero-width characters, "Đ" for "Ð"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if _ODD_CHARACTER.search(text):  # (a scan in C; translating calls a dict for each character)
        text = text.translate(_DROP_OR_SPACE)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = classic_tone_marks(text)
    text = _RUN_OF_SPACES.sub(" ", text)
    text = _SPACE_AT_LINE_EDGE.sub("\n", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


# Latin (with Vietnamese), Greek and Cyrillic; other characters fold to themselves.
_FOLD_RANGES = (range(0x00, 0x530), range(0x1E00, 0x1F00))
_FOLD = {cp: _fold_char(chr(cp)) for r in _FOLD_RANGES for cp in r if _fold_char(chr(cp)) != chr(cp)}


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one: ``len(fold(s)) == len(s)``."""
    return text.translate(_FOLD)
