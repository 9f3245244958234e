"""Turn the bytes of a Vietnamese text file into Unicode, repairing legacy encodings.

Order of tests: byte-order marks, BOM-less UTF-16, binary data, strict UTF-8 (the
common case, checked cheaply for mojibake and TCVN3/VNI glyph text), then the
legacy encodings Windows-1258, TCVN3 (ABC) and VNI Windows, each scored for how
Vietnamese the result looks. The TCVN3 and VNI tables live in
``data/encodings/*.toml``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

import ftfy

from bangiao import datafiles
from bangiao.errors import DataFileError, InputError

Legacy = Literal["cp1258", "tcvn3", "vni"]

EMPTY = "empty file: nothing to read"
BINARY = "binary file, not a text article"
UNDECODABLE = ("not UTF-8 and not a Vietnamese legacy encoding (Windows-1258, TCVN3, VNI); "
               "re-save it as UTF-8")
BAD_UTF16 = "starts with a UTF-16 byte-order mark but is not valid UTF-16; re-save it as UTF-8"

WARN_LEGACY = {
    "cp1258": "encoding repaired: read as Windows-1258 and converted to Unicode",
    "tcvn3": "encoding repaired: read as TCVN3 (ABC) and converted to Unicode",
    "vni": "encoding repaired: read as VNI Windows and converted to Unicode",
}
WARN_TEXT = {
    "mojibake": "encoding repaired: UTF-8 text that had been misread as Windows-1252 (mojibake) was decoded again",
    "tcvn3": "encoding repaired: TCVN3 (ABC) glyphs saved as Unicode were converted to Vietnamese letters",
    "vni": "encoding repaired: VNI Windows glyphs saved as Unicode were converted to Vietnamese letters",
}

MAX_REPLACED_SHARE = 0.005   # below this share of invalid bytes, replace them instead of re-reading the file
MIN_SCORE = 0.3              # a legacy reading must score at least this as Vietnamese
MARGIN = 0.15                # a repair of valid UTF-8 must beat the text as it is by this much
SCORE_CHARS = 20_000         # score a long text on its start only

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_BASES = ("a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b",
          "u", "u\u031b", "y")
_OK_SYMBOLS = "\u00a0«»°©®·±§×"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff]")
_LETTERS = re.compile(r"[^\W\d_]+")
_UTF16_HIGH = bytes([0x00, 0x01, 0x03, 0x1E, 0x20])   # high bytes of Latin, Vietnamese, punctuation
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded input: the text, the encoding it was read as, and what a reader should know."""

    text: str
    encoding: str
    warnings: tuple[str, ...]


# ---------------------------------------------------------------- Vietnamese letters


@functools.cache
def vietnamese_letters() -> frozenset[str]:
    """The 134 letters with diacritics (67 lower, 67 upper, đ and Đ among them)."""
    lower = {unicodedata.normalize("NFC", b + t) for b in _BASES for t in ("", *_TONES)}
    lower = {c for c in lower if len(c) == 1 and not c.isascii()} | {"đ"}
    return frozenset(lower | {c.upper() for c in lower})


@functools.cache
def _odd_chars() -> re.Pattern[str]:
    """Characters that never occur in clean Vietnamese text but do in mojibake and glyph text."""
    odd = [chr(i) for i in range(0x80, 0x250)
           if chr(i) not in vietnamese_letters() and chr(i) not in _OK_SYMBOLS]
    odd += list("ƒ†‡ˆ‰Š‹ŒŽ˜™š›œžŸ")
    return re.compile("[" + re.escape("".join(odd)) + "]")


# ---------------------------------------------------------------- data files


def _fold_tone(syllable: str) -> str:
    """The other tone-mark placement of oa/oe/uy syllables (hòa -> hoà), or the syllable itself."""
    nfd = unicodedata.normalize("NFD", syllable)
    m = re.fullmatch(r"(.*?)([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])", nfd)
    if not m:
        return syllable
    return unicodedata.normalize("NFC", m[1] + m[2] + m[4] + m[3])


@functools.cache
def syllables() -> frozenset[str]:
    """Frequent Vietnamese syllables, both tone-mark placements, from ``syllables.toml``."""
    name = "encodings/syllables.toml"
    words = datafiles.strings(name, datafiles.load(name, "syllables"), "syllables", "words")
    allowed = vietnamese_letters() | set("abcdefghijklmnopqrstuvwxyz")
    for w in words:
        if w != unicodedata.normalize("NFC", w) or w != w.lower() or not set(w) <= allowed:
            raise DataFileError(name, f"syllable {w!r} must be one lower-case NFC Vietnamese syllable")
    if len(set(words)) != len(words):
        raise DataFileError(name, "syllables are listed twice")
    return frozenset(words) | {_fold_tone(w) for w in words}


def _hex_key(name: str, key: str) -> str:
    """A table key ("61 F9") as the text its bytes show when read as Windows-1252."""
    try:
        raw = bytes(int(part, 16) for part in key.split(" "))
    except ValueError as exc:
        raise DataFileError(name, f"key {key!r} is not hex bytes separated by spaces") from exc
    if not raw or len(raw) > 2 or any(len(p) != 2 for p in key.split(" ")):
        raise DataFileError(name, f"key {key!r} must be one or two hex bytes like \"61 F9\"")
    return raw.decode("latin-1").translate(_cp1252_table())


def _table_section(name: str, data: dict[str, Any], section: str) -> dict[str, str]:
    """One ``[section]`` of a legacy table, validated and keyed by legacy text."""
    body = data.get(section, {})
    if not isinstance(body, dict):
        raise DataFileError(name, f"[{section}] must be a table")
    out: dict[str, str] = {}
    for key, value in body.items():
        if not isinstance(value, str) or len(value) != 1 or value != unicodedata.normalize("NFC", value):
            raise DataFileError(name, f"[{section}] {key!r}: value must be one NFC character")
        out[_hex_key(name, key)] = value
    return out


@functools.cache
def legacy_table(encoding: Literal["tcvn3", "vni"]) -> dict[str, str]:
    """Legacy text (bytes as read by Windows-1252) -> Unicode for TCVN3 or VNI."""
    name = f"encodings/{encoding}.toml"
    data = datafiles.load(name, "legacy-encoding")
    letters = _table_section(name, data, "letters")
    required = {c for c in vietnamese_letters() if encoding == "vni" or c.islower()}
    required |= {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"}
    missing = required - set(letters.values())
    if missing:
        raise DataFileError(name, f"[letters] lacks {''.join(sorted(missing))}")
    if len(set(letters.values())) != len(letters):
        raise DataFileError(name, "[letters] gives two byte sequences for one letter")
    return {**_table_section(name, data, "decode_only"), **letters}


@functools.cache
def _table_pattern(encoding: Literal["tcvn3", "vni"]) -> re.Pattern[str]:
    """Alternation of a table's keys, longest first, for longest-match decoding."""
    keys = sorted(legacy_table(encoding), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


@functools.cache
def _cp1252_table() -> dict[int, str]:
    """Latin-1 text -> Windows-1252 text; the five unassigned bytes stay as they are."""
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            continue
    return table


# ---------------------------------------------------------------- converting


def glyphs_to_unicode(text: str, encoding: Literal["tcvn3", "vni"]) -> str:
    """Text whose letters are TCVN3/VNI glyphs (legacy bytes shown as Windows-1252) -> NFC Unicode."""
    table = legacy_table(encoding)
    converted = _table_pattern(encoding).sub(lambda m: table[m.group()], text)
    return unicodedata.normalize("NFC", converted)


def decode_legacy(data: bytes, encoding: Legacy) -> str:
    """Bytes in one of the Vietnamese legacy encodings -> NFC Unicode (UnicodeDecodeError for cp1258 gaps)."""
    if encoding == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    return glyphs_to_unicode(data.decode("latin-1").translate(_cp1252_table()), encoding)


# ---------------------------------------------------------------- scoring


def score(text: str) -> float:
    """How Vietnamese a text looks: share of common syllables, minus a penalty for impossible characters."""
    sample = unicodedata.normalize("NFC", text[:SCORE_CHARS])
    tokens = _LETTERS.findall(sample)
    if not tokens:
        return 0.0
    known = syllables()
    hits = sum(1 for t in tokens if t.lower() in known)
    bad = len(_odd_chars().findall(sample)) + len(_CONTROL.findall(sample))
    bad += sum(1 for c in sample if unicodedata.combining(c))
    return hits / len(tokens) - 2.0 * bad / len(tokens)


# ---------------------------------------------------------------- text repair


def _best_repair(text: str) -> tuple[str, str] | None:
    """(kind, repaired text) when a repair scores clearly better as Vietnamese, else None."""
    if not _odd_chars().search(text):
        return None
    candidates = {
        "mojibake": ftfy.fix_encoding(text),
        "tcvn3": glyphs_to_unicode(text, "tcvn3"),
        "vni": glyphs_to_unicode(text, "vni"),
    }
    scores = {kind: score(t) for kind, t in candidates.items() if t != text}
    if not scores:
        return None
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < MIN_SCORE or scores[best] < score(text) + MARGIN:
        return None
    return best, unicodedata.normalize("NFC", candidates[best])


_SURROGATE = re.compile("[\ud800-\udfff]")


def repair_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Fix mojibake and TCVN3/VNI glyph text in already-decoded text; unchanged text if none. Lone surrogates (bytes
    a reader escaped, "surrogateescape") become U+FFFD, with a warning: no later stage can encode them."""
    warnings: tuple[str, ...] = ()
    if _SURROGATE.search(text):
        text, warnings = _SURROGATE.sub("\ufffd", text), ("bytes that are not UTF-8 replaced with U+FFFD",)
    repair = _best_repair(text)
    if repair is None:
        return text, warnings
    return repair[1], warnings + (WARN_TEXT[repair[0]],)


def _repaired(text: str, encoding: str) -> Decoded:
    """A Decoded for valid Unicode text, after the mojibake/glyph check."""
    repair = _best_repair(text)
    if repair is None:
        return Decoded(text, encoding, ())
    kind, fixed = repair
    label = f"utf-8+{kind}" if encoding.startswith("utf-8") else encoding
    return Decoded(fixed, label, (WARN_TEXT[kind],))


# ---------------------------------------------------------------- bytes


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when BOM-less data looks like Latin/Vietnamese text in UTF-16."""
    if len(data) < 8:
        return None
    for order, high, low in (("utf-16-le", data[1::2], data[0::2]), ("utf-16-be", data[0::2], data[1::2])):
        latin = len(high) - len(high.translate(None, _UTF16_HIGH))
        if high.count(0) >= 0.3 * len(high) and latin >= 0.9 * len(high) and low.count(0) <= 0.02 * len(low):
            return order
    return None


def _decode_utf16(data: bytes, codec: str, path: str | None) -> Decoded:
    """UTF-16 text (codec names the byte order; 'utf-16' reads the BOM)."""
    if len(data) % 2:
        data = data[:-1]
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(path, BAD_UTF16 if codec == "utf-16" else BINARY) from exc
    _check_text(text, path)
    return _repaired(text.lstrip("\ufeff"), "utf-16")


def _check_text(text: str, path: str | None) -> None:
    """Raise InputError for whitespace-only text or text full of control characters."""
    if not text.strip():
        raise InputError(path, EMPTY)
    if "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 50):
        raise InputError(path, BINARY)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 2% control bytes other than whitespace."""
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(data) // 50)


def _legacy_candidates(data: bytes) -> dict[str, str]:
    """Every legacy reading of the bytes that decodes at all."""
    out: dict[str, str] = {}
    for enc in ("cp1258", "tcvn3", "vni"):
        try:
            out[enc] = decode_legacy(data, enc)  # type: ignore[arg-type]
        except UnicodeDecodeError:
            continue
    return out


def _decode_invalid_utf8(data: bytes, path: str | None) -> Decoded:
    """Bytes that are not valid UTF-8: a legacy encoding, or UTF-8 with a few bad bytes."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    n_bad = sum(1 for c in escaped if "\udc80" <= c <= "\udcff")
    scores: dict[str, tuple[float, str]] = {}
    for enc, text in _legacy_candidates(data).items():
        scores[enc] = (score(text), text)
    if n_bad < MAX_REPLACED_SHARE * len(data) or (n_bad == 1 and len(data) >= 100):
        replaced = re.sub("[\udc80-\udcff]", "\ufffd", escaped)
        scores["utf-8+replaced"] = (score(replaced) + 0.01, replaced)
    if not scores:
        raise InputError(path, UNDECODABLE)
    best = max(scores, key=lambda k: scores[k][0])
    value, text = scores[best]
    if best == "utf-8+replaced":
        _check_text(text, path)
        return Decoded(text, best, (f"{n_bad} invalid UTF-8 byte(s) replaced with U+FFFD",))
    if value < MIN_SCORE:
        raise InputError(path, UNDECODABLE)
    _check_text(text, path)
    return Decoded(text, best, (WARN_LEGACY[best],))


def decode_bytes(data: bytes, path: str | None = None) -> Decoded:
    """Decode a file's bytes to Unicode; raise InputError if it is empty, binary or undecodable."""
    if not data.strip():
        raise InputError(path, EMPTY)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_utf16(data, "utf-16", path)
    order = _utf16_order(data)
    if order:
        return _decode_utf16(data, order, path)
    if _looks_binary(data):
        raise InputError(path, BINARY)
    body, label = (data[3:], "utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else (data, "utf-8")
    if not body.strip():
        raise InputError(path, EMPTY)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_invalid_utf8(body, path)
    return _repaired(text, label)
