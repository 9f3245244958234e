"""Test helper: write Unicode Vietnamese in the legacy encodings (TCVN3, VNI Windows, Windows-1258).

Built from the package's own tables (inverted), so it is for producing fixtures and
round-trips; the tables themselves are checked against outside references in
tests/test_encoding.py.
"""
from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "bangiao" / "data" / "encodings"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def _inverse(name: str) -> dict[str, bytes]:
    """Unicode letter -> legacy bytes, from the [letters] table of a package file."""
    letters = tomllib.loads((DATA / name).read_text("utf-8"))["letters"]
    return {value: bytes.fromhex(key) for key, value in letters.items()}


def _other(char: str, encoding: str, taken: dict[str, bytes]) -> bytes:
    """A character that is not a Vietnamese letter: ASCII, or Windows-1252 punctuation
    whose byte the legacy encoding does not use for a letter."""
    if char.isascii():
        return char.encode("ascii")
    if not char.isalpha():
        try:
            raw = char.encode("cp1252")
        except UnicodeEncodeError:
            raw = b""
        if raw and all(raw not in value for value in taken.values()):
            return raw
    raise ValueError(f"{char!r} cannot be written in {encoding}")


def encode_tcvn3(text: str, capitals: str = "error") -> bytes:
    """TCVN3 (ABC) bytes. Capitals with tone marks do not exist in TCVN3:
    capitals="error" refuses them, capitals="lower" writes the lower-case byte
    (what the .VnTimeH capitals font does)."""
    table = _inverse("tcvn3.toml")
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if char in table:
            out += table[char]
        elif capitals == "lower" and char.lower() in table:
            out += table[char.lower()]
        else:
            out += _other(char, "TCVN3", table)
    return bytes(out)


def encode_vni(text: str) -> bytes:
    """VNI Windows bytes: base letter plus one mark byte."""
    table = _inverse("vni.toml")
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        out += table[char] if char in table else _other(char, "VNI", table)
    return bytes(out)


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters with their vowel marks, tones as combining bytes."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
        tones = "".join(c for c in nfd if c in TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def mojibake(text: str) -> str:
    """UTF-8 text misread as Windows-1252 (undefined bytes read as Latin-1), as a browser would show it."""
    raw = text.encode("utf-8")
    return "".join(_cp1252_char(b) for b in raw)


def _cp1252_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


def glyph_text(legacy: bytes) -> str:
    """Legacy bytes shown as Windows-1252 characters (how TCVN3/VNI text looks without its font)."""
    return "".join(_cp1252_char(b) for b in legacy)
