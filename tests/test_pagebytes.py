"""A page's bytes into a raw article: charset from the header or the page, Vietnamese only, outlet hints."""
from __future__ import annotations

import unicodedata

import pytest

from bangiao.errors import InputError
from bangiao.reading import pagebytes, sources
from crawlsite import sample_article, sample_page
from legacy_encode import encode_cp1258

VI = sample_page(3)
TITLE = sample_article(3)[0]
SOURCES = sources.load(user=False)


@pytest.mark.parametrize("body,content_type,warned", [
    (VI.encode("utf-8"), "text/html; charset=utf-8", False),
    (VI.encode("utf-8"), "text/html; charset=iso-8859-1", True),         # a wrong declaration: the bytes are UTF-8
    (VI.encode("utf-8"), "text/html", False),                             # the page's meta says utf-8
    (encode_cp1258(VI.replace('charset="utf-8"', 'charset="windows-1258"')), "text/html", False),  # meta only
    (encode_cp1258(VI.replace('<meta charset="utf-8">', "")), "text/html", True),  # nothing declared: guessed
    (VI.encode("utf-16"), "text/html; charset=utf-16", False),
])
def test_pagebytes_charset(body, content_type, warned):
    text, warnings = pagebytes.decode_page(body, content_type)
    assert TITLE in unicodedata.normalize("NFC", text)
    assert bool(warnings) is warned


def test_pagebytes_declared_charset_header_before_meta():
    body = b'<meta charset="windows-1258"><p>x</p>'
    assert pagebytes.declared_charset(body, "text/html; charset=UTF-8") == "utf-8"
    assert pagebytes.declared_charset(body, "text/html") == "cp1258"
    assert pagebytes.declared_charset(b"<p>x</p>", "text/html; charset=bogus") is None


ENGLISH = "<html><body>" + "<p>Vietnam and Laos signed agreements on trade and energy cooperation in Vientiane.</p>" * 10
FRENCH = "<html><body>" + "<p>Le Viêt Nam et le Laos ont signé des accords de coopération économique à Vientiane.</p>" * 10


@pytest.mark.parametrize("html,vietnamese", [(VI, True), (ENGLISH, False), (FRENCH, False),
                                             ("<p>Xin chào Việt Nam</p>", False)])  # too short to tell
def test_pagebytes_language_check(html, vietnamese):
    assert pagebytes.is_vietnamese(html, SOURCES.language) is vietnamese


def test_pagebytes_script_and_style_do_not_count():
    html = "<script>" + "var x = 'abc';" * 500 + "</script>" + VI
    assert pagebytes.vietnamese_share(html)[0] == pytest.approx(pagebytes.vietnamese_share(VI)[0], abs=0.01)


def test_pagebytes_page_article_records_archive_offset_url_and_outlet():
    raw = pagebytes.page_article("https://vnexpress.net/a-1.html", "text/html", VI.encode(), "/x/run.warc.gz", 1234,
                                 SOURCES)
    assert (raw.path, raw.line, raw.url, raw.source_name, raw.is_html) == (
        "/x/run.warc.gz", 1234, "https://vnexpress.net/a-1.html", "VnExpress", True)
    assert pagebytes.page_article("https://x.com/", "text/html", ENGLISH.encode(), "a.warc", 0, SOURCES) is None
    with pytest.raises(InputError) as caught:
        pagebytes.page_article("https://x.com/", "text/html", b"\x00\x01\x02" * 100, "a.warc", 77, SOURCES)
    assert caught.value.line == 77


def test_pagebytes_outlet_hints_drop_parts(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[meta]\nversion = 1\nkind = "sources"\n[[outlet]]\nid = "x"\nname = "X"\n'
                    'homepage = "https://x.vn/"\nhosts = ["x.vn"]\nfeeds = ["https://x.vn/rss"]\n'
                    'drop = ["//aside[@class=\'lien-quan\']"]\n', encoding="utf-8")
    loaded = sources.load(path, user=False)
    html = VI.replace("</article>", "</article><aside class='lien-quan'><p>Tin liên quan: Đọc thêm</p></aside>")
    raw = pagebytes.page_article("https://x.vn/a.html", "text/html", html.encode(), "a.warc", 0, loaded)
    assert "Tin liên quan" not in raw.content and TITLE in raw.content
    kept = pagebytes.page_article("https://y.vn/a.html", "text/html", html.encode(), "a.warc", 0, loaded)
    assert "Tin liên quan" in kept.content
