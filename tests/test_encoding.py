"""The encoding-repair stage: decode_bytes, repair_text and the legacy tables."""
from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import legacy_encode as L
from bangiao.reading import encoding
from bangiao.reading.encoding import Decoded, decode_bytes, decode_legacy, repair_text
from bangiao.errors import DataFileError, InputError

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "data" / "encodings"
SAMPLE_TCVN3 = HERE.parent / "src" / "bangiao" / "data" / "samples" / "legacy_tcvn3_vn_la_2019.txt"

sys.path.insert(0, str(FIXTURES))
import make_fixtures  # noqa: E402

SAMPLE = make_fixtures.SAMPLE

LOWER = sorted(c for c in encoding.vietnamese_letters() if c.islower())
UPPER = sorted(c for c in encoding.vietnamese_letters() if c.isupper())
PLAIN_CAPITALS = ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]


# ---------------------------------------------------------------- every encoding

DECODES = [
    # fixture, encoding, warning (substring) or None
    ("sample.utf8.txt", "utf-8", None),
    ("sample.utf8-bom.txt", "utf-8-sig", None),
    ("sample.utf16le-bom.txt", "utf-16", None),
    ("sample.utf16be-bom.txt", "utf-16", None),
    ("sample.utf16le.txt", "utf-16", None),
    ("sample.utf16be.txt", "utf-16", None),
    ("sample.cp1258.txt", "cp1258", "read as Windows-1258"),
    ("sample.tcvn3.txt", "tcvn3", "read as TCVN3 (ABC)"),
    ("sample.vni.txt", "vni", "read as VNI Windows"),
    ("sample.mojibake.txt", "utf-8+mojibake", "mojibake"),
    ("sample.tcvn3-glyphs.txt", "utf-8+tcvn3", "TCVN3 (ABC) glyphs"),
    ("sample.vni-glyphs.txt", "utf-8+vni", "VNI Windows glyphs"),
]


@pytest.mark.parametrize(("name", "enc", "warning"), DECODES, ids=[d[0] for d in DECODES])
def test_encoding_decodes_each_encoding(name: str, enc: str, warning: str | None) -> None:
    result = decode_bytes((FIXTURES / name).read_bytes(), name)
    assert isinstance(result, Decoded)
    assert result.text == SAMPLE
    assert result.encoding == enc
    if warning is None:
        assert result.warnings == ()
    else:
        assert len(result.warnings) == 1 and warning in result.warnings[0]
        assert result.warnings[0].startswith("encoding repaired")


def test_encoding_fixtures_are_up_to_date() -> None:
    for name, data in make_fixtures.FIXTURES.items():
        assert (FIXTURES / name).read_bytes() == data, f"run make_fixtures.py ({name})"


def test_encoding_legacy_output_is_nfc() -> None:
    for enc, data in [("cp1258", L.encode_cp1258(SAMPLE)), ("tcvn3", L.encode_tcvn3(SAMPLE)),
                      ("vni", L.encode_vni(SAMPLE))]:
        text = decode_bytes(data).text
        assert text == unicodedata.normalize("NFC", text), enc


# ---------------------------------------------------------------- errors

ERRORS = [
    ("empty.txt", "empty file: nothing to read"),
    ("blank.txt", "empty file: nothing to read"),
    ("binary.bin", "binary file, not a text article"),
    ("garbage.txt", "not UTF-8 and not a Vietnamese legacy encoding (Windows-1258, TCVN3, VNI); re-save it as UTF-8"),
]


@pytest.mark.parametrize(("name", "problem"), ERRORS, ids=[e[0] for e in ERRORS])
def test_encoding_errors(name: str, problem: str) -> None:
    path = str(FIXTURES / name)
    with pytest.raises(InputError) as info:
        decode_bytes((FIXTURES / name).read_bytes(), path)
    assert info.value.problem == problem
    assert info.value.path == path
    assert path in str(info.value)


@pytest.mark.parametrize("data", [b"\x00", b"abc\x00def", b"\xff\xfe", b"\xef\xbb\xbf \n", b"\x80",
                                  b"\x01\x02\x03\x04 text"])
def test_encoding_errors_on_tiny_inputs(data: bytes) -> None:
    with pytest.raises(InputError):
        decode_bytes(data)


def test_encoding_few_invalid_bytes_replaced() -> None:
    result = decode_bytes((FIXTURES / "few-invalid.txt").read_bytes())
    assert result.encoding == "utf-8+replaced"
    assert result.warnings == ("1 invalid UTF-8 byte(s) replaced with U+FFFD",)
    assert result.text == (SAMPLE * 2).replace("Nam\n", "Nam\ufffd\n", 1)


def test_encoding_many_invalid_bytes_in_utf8_are_not_replaced() -> None:
    data = (SAMPLE * 2).encode("utf-8").replace(b" ", b" \xff")   # ~10% invalid
    with pytest.raises(InputError):
        decode_bytes(data)


# ---------------------------------------------------------------- clean UTF-8 stays as it is

CLEAN = [
    SAMPLE,
    "Kim ngạch thương mại Việt Nam - Lào năm 2023 đạt 1,63 tỷ USD, tăng 15,7% (theo Bộ Công Thương).",
    "Xem thêm tại https://baoquocte.vn/viet-nam-lao-297921.html?utm_source=fb&id=12#top",
    "Thu tuong Pham Minh Chinh tiep Thu tuong Lao Sonexay Siphandone tai Ha Noi ngay 6-1",
    "The Prime Ministers of Viet Nam and Laos signed a Memorandum of Understanding (MoU) on 6 January.",
    "ỦY BAN LIÊN CHÍNH PHỦ VIỆT NAM - LÀO HỌP KỲ THỨ 41",
    "Ông Müller và bà Dvořák đại diện Liên minh châu Âu; São Paulo, Zürich, Ñuñoa.",
    "Nhiệt độ 35°C, tỷ lệ 12½%, giá 1.500.000 ₫ – “đặc biệt” © TTXVN",
    "hòa bình, hoà bình, thủy chung, thuỷ chung\r\nDòng thứ hai\tcó tab",
    unicodedata.normalize("NFD", "Việt Nam và Lào ký sáu văn kiện hợp tác"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_encoding_clean_utf8_returned_unchanged(text: str) -> None:
    result = decode_bytes(text.encode("utf-8"))
    assert result == Decoded(text, "utf-8", ())


@pytest.mark.parametrize("text", CLEAN)
def test_encoding_repair_text_leaves_clean_text(text: str) -> None:
    assert repair_text(text) == (text, ())


# ---------------------------------------------------------------- repair_text

REPAIRS = [
    ("mojibake", L.mojibake(SAMPLE)),
    ("mojibake", L.mojibake(L.mojibake(SAMPLE))),           # misread twice
    ("tcvn3", L.glyph_text(L.encode_tcvn3(SAMPLE))),
    ("vni", L.glyph_text(L.encode_vni(SAMPLE))),
]


@pytest.mark.parametrize(("kind", "text"), REPAIRS, ids=["mojibake", "mojibake-twice", "tcvn3", "vni"])
def test_encoding_repair_text(kind: str, text: str) -> None:
    fixed, warnings = repair_text(text)
    assert fixed == SAMPLE
    assert warnings == (encoding.WARN_TEXT[kind],)


def test_encoding_repair_text_on_a_json_field() -> None:
    field = "Thá»§ tÆ°á»›ng LÃ\xa0o thÄƒm Viá»‡t Nam"
    assert field == L.mojibake("Thủ tướng Lào thăm Việt Nam")
    assert repair_text(field)[0] == "Thủ tướng Lào thăm Việt Nam"


# ---------------------------------------------------------------- the tables


def test_encoding_tables_spot_checks() -> None:
    # byte values from published TCVN3 / VNI Windows charts, not from our tables
    cases = {
        "tcvn3": {"Việt Nam": b"Vi\xd6t Nam", "đường": b"\xae\xad\xeang", "Đảng": b"\xa7\xb6ng",
                  "Lào": b"L\xb5o", "thủy": b"th\xf1y", "ngữ": b"ng\xf7", "Ưu": b"\xa6u"},
        "vni": {"Việt Nam": b"Vie\xe4t Nam", "đường": b"\xf1\xf6\xf4\xf8ng", "Đảng": b"\xd1a\xfbng",
                "Lào": b"La\xf8o", "thủy": b"thu\xfby", "nghĩ": b"ngh\xf3", "Ủy": b"U\xdby",
                "kỵ": b"k\xee", "Ấn": b"A\xc1n", "Ằ": b"A\xc8"},
    }
    for enc, words in cases.items():
        for word, raw in words.items():
            assert decode_legacy(raw, enc) == word, (enc, word)  # type: ignore[arg-type]


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs GNU iconv")
def test_encoding_tcvn3_table_matches_iconv() -> None:
    for glyphs, letter in encoding.legacy_table("tcvn3").items():
        raw = glyphs.encode("cp1252")
        out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw,
                             capture_output=True, check=True).stdout.decode("utf-8")
        assert out == letter, (raw.hex(), out, letter)


def test_encoding_tables_cover_every_letter() -> None:
    assert len(LOWER) == 67 and len(UPPER) == 67 and "đ" in LOWER and "Đ" in UPPER
    letters = "".join(LOWER + UPPER)
    assert decode_legacy(L.encode_vni(letters), "vni") == letters
    tcvn3 = "".join(LOWER + PLAIN_CAPITALS)
    assert decode_legacy(L.encode_tcvn3(tcvn3), "tcvn3") == tcvn3
    assert decode_legacy(L.encode_cp1258(letters), "cp1258") == letters


def test_encoding_tcvn3_capitals_with_tones_read_as_lower_case() -> None:
    with pytest.raises(ValueError):
        L.encode_tcvn3("Ủy")
    assert decode_legacy(L.encode_tcvn3("Ủy ban", capitals="lower"), "tcvn3") == "ủy ban"
    assert decode_legacy(b"\xc0\xc4\xda", "tcvn3") == "ẮẤẾ"       # VN1 capitals, read only


def test_encoding_vni_longest_match() -> None:
    # "ô" alone is ơ, "ô" + tone byte is one letter, "o" + "â" is ô
    assert decode_legacy(b"\xf4", "vni") == "ơ"
    assert decode_legacy(b"\xf4\xf9", "vni") == "ớ"
    assert decode_legacy(b"o\xe2\xf4", "vni") == "ôơ"
    assert decode_legacy(b"ngo\xe2n ng\xf6\xf4\xf8i", "vni") == "ngôn người"


def _with_table(monkeypatch: pytest.MonkeyPatch, data: dict) -> None:
    monkeypatch.setattr(encoding.datafiles, "load", lambda name, kind: data)
    encoding.legacy_table.cache_clear()
    encoding.syllables.cache_clear()


META = {"meta": {"version": 1, "kind": "legacy-encoding", "sources": ["test"]}}


@pytest.mark.parametrize("bad", [
    {**META, "letters": {"ZZ": "à"}},
    {**META, "letters": {"B5": "à"}},                     # most letters missing
    {**META, "letters": {"B5": "ab"}},
    {**META, "letters": "not a table"},
])
def test_encoding_broken_table_raises_datafileerror(monkeypatch: pytest.MonkeyPatch, bad: dict) -> None:
    _with_table(monkeypatch, bad)
    try:
        with pytest.raises(DataFileError):
            encoding.legacy_table("tcvn3")
    finally:
        encoding.legacy_table.cache_clear()


@pytest.mark.parametrize("words", [["Việt"], ["viet nam"], ["của", "của"], ["hoa\u0300"]])
def test_encoding_broken_syllables_raise_datafileerror(monkeypatch: pytest.MonkeyPatch, words: list) -> None:
    _with_table(monkeypatch, {"meta": {}, "syllables": {"words": words}})
    try:
        with pytest.raises(DataFileError):
            encoding.syllables()
    finally:
        encoding.syllables.cache_clear()


def test_encoding_syllables_have_both_tone_placements() -> None:
    assert {"hòa", "hoà", "thủy", "thuỷ", "của", "việt"} <= encoding.syllables()
    assert len(encoding.syllables()) > 300


# ---------------------------------------------------------------- the TCVN3 demo sample


def test_encoding_tcvn3_sample_article_decodes_to_original() -> None:
    original = (FIXTURES / "legacy_tcvn3_vn_la_2019.utf8.txt").read_text("utf-8")
    raw = SAMPLE_TCVN3.read_bytes()
    assert raw == L.encode_tcvn3(original)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    result = decode_bytes(raw, str(SAMPLE_TCVN3))
    assert result.encoding == "tcvn3"
    assert result.text == original
    lines = original.splitlines()
    assert "Ngày 6-1" in lines[1] and 250 <= len(original.split()) <= 400


# ---------------------------------------------------------------- properties

VIETNAMESE = st.text(
    alphabet=st.sampled_from(LOWER + UPPER + list("abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789")
                             + list(" ,.;:-()%/\n\"'?!–“”…")),
    min_size=1, max_size=300,
).filter(lambda s: s.strip() != "")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_encoding_arbitrary_bytes_only_raise_inputerror(data: bytes) -> None:
    try:
        result = decode_bytes(data)
    except InputError:
        return
    assert isinstance(result.text, str) and result.encoding in {
        "utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni", "utf-8+mojibake",
        "utf-8+tcvn3", "utf-8+vni", "utf-8+replaced"}


@settings(max_examples=300, deadline=None)
@given(VIETNAMESE)
def test_encoding_vietnamese_utf8_round_trips(text: str) -> None:
    result = decode_bytes(text.encode("utf-8"))
    assert result.text == text
    assert result.warnings == ()


WORDS = st.lists(st.text(alphabet=st.sampled_from(LOWER + UPPER + list("aeioubcdghklmnpqrstvxy")),
                         min_size=1, max_size=7), min_size=3, max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(WORDS)
def test_encoding_repair_text_never_touches_vietnamese(text: str) -> None:
    assert repair_text(text) == (text, ())


def test_encoding_lone_surrogates_in_a_string_become_replacement_characters():
    # a str read with "surrogateescape" (a cut multi-byte character): extraction must not fail on it
    import bangiao
    doc = bangiao.extract("Sáng 5/6, Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Pháp Catherine Colonna. \udce1",
                          published="2023-06-05")
    assert "\ufffd" in doc.text and any("U+FFFD" in w for w in doc.warnings)
    assert any(e.type == "TALKS" for e in doc.events)
