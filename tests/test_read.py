import io
import json
import sys

import pytest

from bangiao.errors import InputError
from bangiao.reading.read import read

ARTICLE = (
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào\n"
    "Ngày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã hội đàm với Thủ tướng Lào "
    "Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện trên mọi lĩnh vực.\n"
)

HTML = """<!doctype html><html><head><title>Hội đàm</title>
<meta property="og:title" content="Hai Thủ tướng hội đàm tại Hà Nội">
<meta property="og:site_name" content="Báo Điện tử Chính phủ">
<meta property="article:published_time" content="2024-01-06T16:00:00+07:00"></head>
<body><article><h1>Hai Thủ tướng hội đàm tại Hà Nội</h1>
<p>Chiều 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone.</p>
<p>Hai bên nhất trí tăng cường hợp tác trên mọi lĩnh vực, nhất là kinh tế, thương mại và đầu tư giữa hai nước.</p>
</article></body></html>"""


def _one(tmp_path, name, data: bytes):
    f = tmp_path / name
    f.write_bytes(data)
    items = list(read([str(f)]))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize("name, data", [
    ("a.txt", ARTICLE.encode("utf-8")),
    ("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")),
    ("le.txt", ARTICLE.encode("utf-16")),
    ("be.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
])
def test_read_text_files_in_unicode_encodings(tmp_path, name, data):
    raw = _one(tmp_path, name, data)
    assert not isinstance(raw, InputError)
    assert "Sonexay Siphandone" in raw.content and not raw.is_html


def test_read_html_file_is_marked_html(tmp_path):
    raw = _one(tmp_path, "page.html", HTML.encode("utf-8"))
    assert raw.is_html


def test_read_html_sniffed_without_suffix(tmp_path):
    raw = _one(tmp_path, "page.txt", HTML.encode("utf-8"))
    assert raw.is_html


def test_read_jsonl_fields_and_bad_line(tmp_path):
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://example.vn/a", "title": "T", "published": "2024-01-06",
                    "source": "VGP"}, ensure_ascii=False),
        "{not json",
        json.dumps({"html": HTML}),
        json.dumps({"title": "no body"}),
        "",
        json.dumps(["a", "list"]),
    ]
    f = tmp_path / "dump.jsonl"
    f.write_text("\n".join(lines), encoding="utf-8")
    items = list(read([str(f)]))
    ok = [i for i in items if not isinstance(i, InputError)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [i.line for i in ok] == [1, 3]
    assert ok[0].url == "https://example.vn/a" and ok[0].published == "2024-01-06" and ok[0].source_name == "VGP"
    assert ok[1].is_html
    assert [e.line for e in bad] == [2, 4, 6]
    assert all(str(f) in str(e) for e in bad)
    assert "not valid JSON" in str(bad[0]) and "no 'text' or 'html'" in str(bad[1])


def test_read_folder_recursively_sorted_skipping_hidden_and_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "1.htm").write_text(HTML, encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = list(read([str(tmp_path)]))
    assert [i.path.replace(str(tmp_path), "") for i in items] == ["/1.htm", "/b/2.txt"]


def test_read_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    items = list(read(["-"]))
    assert len(items) == 1 and items[0].path == "<stdin>" and "Phạm Minh Chính" in items[0].content


@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "empty"),
    ("binary.txt", bytes(range(256)) * 20, "binary"),
    ("zeros.txt", b"\x00" * 500, "binary"),
])
def test_read_bad_files_give_one_clear_error(tmp_path, name, data, problem):
    item = _one(tmp_path, name, data)
    assert isinstance(item, InputError)
    assert name in str(item) and problem in str(item)


def test_read_large_file_refused_with_limit_in_message(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(ARTICLE.encode("utf-8") * (50 * 2**20 // len(ARTICLE.encode("utf-8")) + 1))
    items = list(read([str(f)]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "big.txt" in str(items[0]) and "MiB" in str(items[0]) and "--max-mb" in str(items[0])


def test_read_missing_path_is_an_error_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    items = list(read([str(tmp_path / "nope.txt"), str(good)]))
    assert isinstance(items[0], InputError) and "no such file" in str(items[0])
    assert not isinstance(items[1], InputError)
