"""Finding article URLs in feeds, sitemaps and section pages; canonical URLs."""
from __future__ import annotations

import gzip

import pytest

from bangiao.reading import discover
from crawlsite import rss, sitemap

BASE = "https://tin.example.vn/"


@pytest.mark.parametrize("url,canonical", [
    ("https://Tin.Example.vn/a/bai-1.html?utm_source=rss&utm_medium=feed#binh-luan", "https://tin.example.vn/a/bai-1.html"),
    ("https://tin.example.vn/a?b=2&a=1", "https://tin.example.vn/a?a=1&b=2"),
    ("/the-gioi/bai-2.html", "https://tin.example.vn/the-gioi/bai-2.html"),
    ("mailto:toasoan@example.vn", None),
    ("javascript:void(0)", None),
])
def test_discover_canonical(url, canonical):
    assert discover.canonical(url, BASE) == canonical


@pytest.mark.parametrize("url,article", [
    ("https://tin.example.vn/the-gioi/viet-nam-lao-hoi-dam-123.html", True),
    ("https://tin.example.vn/tag/lao", False),
    ("https://tin.example.vn/the-gioi/page/2", False),
    ("https://tin.example.vn/anh/logo.jpg", False),
    ("https://tin.example.vn/rss/the-gioi.rss", False),
    ("https://tin.example.vn/login", False),
])
def test_discover_is_article(url, article):
    assert discover.is_article(url) is article


def test_discover_rss_items_with_dates():
    body = rss([(BASE + "a.html?utm_source=rss", "2024-01-10"), (BASE + "b.html", None)]).encode()
    listing = discover.read_feed(body, BASE + "rss.xml")
    assert listing.pages == (discover.Item(BASE + "a.html", "2024-01-10"), discover.Item(BASE + "b.html", None))


def test_discover_atom_feed():
    atom = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            b'<entry><title>X</title><link href="/x.html"/><updated>2024-02-01T10:00:00Z</updated></entry></feed>')
    assert discover.read_feed(atom, BASE + "atom.xml").pages == (discover.Item(BASE + "x.html", "2024-02-01"),)


@pytest.mark.parametrize("body,problem", [
    (b"<html><body><p>Trang ch\xc3\xa1\xc2\xbb</p></body></html>", "feed-not-xml"),
    (b"\x00\x01 not xml at all", "feed-not-xml"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', "feed-empty"),
])
def test_discover_feed_that_is_not_a_feed(body, problem):
    assert discover.read_feed(body, BASE) == discover.Listing(problem=problem)


@pytest.mark.parametrize("packed", [False, True])
def test_discover_news_sitemap(packed):
    body = sitemap([(BASE + "a.html", "2024-03-01"), (BASE + "b.html", None)]).encode()
    listing = discover.read_sitemap(gzip.compress(body) if packed else body, BASE + "sitemap.xml")
    assert listing.pages == (discover.Item(BASE + "a.html", "2024-03-01"), discover.Item(BASE + "b.html"))


def test_discover_sitemap_index_newest_children_first():
    body = sitemap([(BASE + f"s-{m}.xml", f"2024-0{m}-01") for m in (1, 3, 2)] + [(BASE + "s-x.xml", None)], index=True)
    listing = discover.read_sitemap(body.encode(), BASE)
    assert not listing.pages and len(listing.sitemaps) == 4
    assert [i.url[-7:] for i in discover.newest(listing.sitemaps, None, 2)] == ["s-3.xml", "s-2.xml"]
    assert [i.url[-7:] for i in discover.newest(listing.sitemaps, "2024-02-15", 5)] == ["s-3.xml", "s-x.xml"]


@pytest.mark.parametrize("body,problem", [
    (b"<html><body>not a sitemap</body></html>", "not-a-sitemap"),
    (b"<urlset><url><loc>", "sitemap-not-xml"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>',
     None),
])
def test_discover_sitemap_that_is_not_a_sitemap(body, problem):
    listing = discover.read_sitemap(body, BASE)
    assert listing.problem == problem and listing.pages == ()  # no entity is ever resolved


def test_discover_section_links():
    html = (b'<html><body><a href="/the-gioi/bai-1.html">1</a><a href="/the-gioi/bai-1.html#x">1</a>'
            b'<a href="https://khac.example.com/y.html">y</a><a href="mailto:a@b.vn">m</a></body></html>')
    listing = discover.read_section(html, BASE + "the-gioi")
    assert [i.url for i in listing.pages] == [BASE + "the-gioi/bai-1.html", "https://khac.example.com/y.html"]
