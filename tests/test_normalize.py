import unicodedata

import pytest
from hypothesis import given, strategies as st

from bangiao.reading.normalize import classic_tone_marks, fold, normalize

TONE_STYLE = [
    ("hoà bình", "hòa bình"),
    ("Hoà Bình", "Hòa Bình"),
    ("thuỷ lợi", "thủy lợi"),
    ("thoả thuận", "thỏa thuận"),
    ("Uỷ ban", "Ủy ban"),
    ("UỶ BAN", "ỦY BAN"),
    ("sức khoẻ", "sức khỏe"),
    ("loà xoà", "lòa xòa"),
    ("tuỳ", "tùy"),
    ("luỹ kế", "lũy kế"),
    ("Thuý", "Thúy"),
    ("toạ đàm", "tọa đàm"),
    # already classic, or no choice to make: unchanged
    ("hòa bình", "hòa bình"),
    ("quý IV", "quý IV"),
    ("quỹ", "quỹ"),
    ("hoàn thành", "hoàn thành"),
    ("khoảng", "khoảng"),
    ("thuyền", "thuyền"),
    ("huỷ bỏ", "hủy bỏ"),
    ("khuya", "khuya"),
    ("ngoài", "ngoài"),
    # an upper-case second vowel after a lower-case first is no pair of the table: unchanged
    ("hoÀ", "hoÀ"),
    ("uỶ", "uỶ"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("Oà", "Òa"),
]


@pytest.mark.parametrize("given_text, expected", TONE_STYLE)
def test_normalize_tone_marks_classic_style(given_text, expected):
    assert classic_tone_marks(given_text) == expected
    assert normalize(given_text) == expected


def test_normalize_decomposed_input_becomes_nfc():
    decomposed = unicodedata.normalize("NFD", "Tổng Bí thư Tô Lâm")
    assert normalize(decomposed) == "Tổng Bí thư Tô Lâm"


@pytest.mark.parametrize("raw, expected", [
    ("Việt\u00a0Nam", "Việt Nam"),
    ("Việt\u200bNam", "ViệtNam"),
    ("a\r\nb\rc", "a\nb\nc"),
    ("a\x00b\x07c", "abc"),
    ("  nhiều   khoảng   trắng  ", "nhiều khoảng trắng"),
    ("dòng 1   \n   dòng 2", "dòng 1\ndòng 2"),
    ("a\n\n\n\nb", "a\n\nb"),
    ("tab\there", "tab here"),
    ("\ufeffBOM đầu", "BOM đầu"),
    ("soft\u00adhyphen", "softhyphen"),
    ("a\u2009\u200db\u3000c", "a b c"),
    ("không ký tự lạ", "không ký tự lạ"),
])
def test_normalize_spaces_and_controls(raw, expected):
    assert normalize(raw) == expected


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_normalize_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("text, folded", [
    ("Tô Lâm", "to lam"),
    ("Đà Nẵng", "da nang"),
    ("hòa bình", "hoa binh"),
    ("HOÀ BÌNH", "hoa binh"),
    ("Sonexay Siphandone", "sonexay siphandone"),
])
def test_normalize_fold_strips_diacritics(text, folded):
    assert fold(text) == folded
