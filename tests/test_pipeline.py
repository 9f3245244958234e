"""The whole path of an article: bangiao.extract on strings, and the record's invariants."""
from hypothesis import given, settings, strategies as st

import bangiao
from bangiao.model import to_dict
from bangiao.reading.normalize import normalize
from bangiao.extract.pipeline import document_id, metadata_date
from conftest import seed_paths, spans_of

import pytest


def test_pipeline_extract_is_public_and_stable():
    text = seed_paths()[0].read_text(encoding="utf-8")
    a, b = bangiao.extract(text), bangiao.extract(text + "\n\n")
    assert a.id == b.id == document_id(a.text)


def test_pipeline_id_ignores_boilerplate_and_whitespace():
    body = "Tiêu đề bài viết về Lào\nNgày 6-1, Thủ tướng Chính phủ đã hội đàm với Thủ tướng Lào tại Hà Nội, hai bên nhất trí tăng cường hợp tác."
    noisy = "Trang chủ » Chính trị\n" + body.replace(" ", "  ") + "\nfb yt zl tw\nTTXVN"
    assert bangiao.extract(body).id == bangiao.extract(noisy).id


def test_pipeline_text_is_normalized():
    doc = bangiao.extract("Hoà bình và thoả thuận\u00a0giữa hai nước được ký tại Viêng Chăn trong chuyến thăm chính thức.")
    assert doc.text == normalize(doc.text) and "hòa bình" in doc.text.lower() and "thỏa thuận" in doc.text


@pytest.mark.parametrize("value, expected", [
    ("2024-01-06", ("2024-01-06", "day")),
    ("2024-01-06T09:30:00+07:00", ("2024-01-06", "day")),
    ("06/01/2024", ("2024-01-06", "day")),
    ("2024-01", ("2024-01", "month")),
    ("2024", ("2024", "year")),
    ("yesterday", None),
    ("2024-13-01", None),
    ("", None),
])
def test_pipeline_metadata_date(value, expected):
    got = metadata_date(value)
    assert (got.value, got.precision) == expected if expected else got is None


def test_pipeline_bad_published_metadata_becomes_a_warning():
    doc = bangiao.extract("Bài viết về quan hệ Việt Nam - Lào trong năm qua với nhiều kết quả quan trọng.", published="hôm qua")
    assert doc.published is None and any("hôm qua" in w for w in doc.warnings)


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name)
def test_pipeline_seed_spans_index_the_text(path):
    record = to_dict(bangiao.extract(path.read_text(encoding="utf-8"), path=str(path)))
    assert all(record["text"][s["start"]:s["end"]] == s["text"] for s in spans_of(record))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_pipeline_arbitrary_text_never_raises_and_spans_hold(text):
    try:
        doc = bangiao.extract(text)
    except bangiao.InputError:
        return
    record = to_dict(doc)
    assert record["text"] == normalize(record["text"])
    assert all(record["text"][s["start"]:s["end"]] == s["text"] for s in spans_of(record))


def test_pipeline_text_quoting_markup_stays_text():
    doc = bangiao.extract("Bài viết: trang web bắt đầu bằng <!DOCTYPE HTML> và <body>.", published="2024-01-01")
    assert "<!DOCTYPE HTML>" in doc.text
    assert bangiao.extract("  <html><body><p>Ngày 6-1, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào."
                           " Hai bên trao đổi về hợp tác giáo dục và đào tạo trong thời gian tới.</p></body></html>",
                           published="2024-01-08").text.startswith("Ngày 6-1")


def test_pipeline_extract_of_a_path_says_what_to_do(tmp_path):
    with pytest.raises(TypeError, match="read the file first"):
        bangiao.extract(tmp_path / "a.txt")
