"""Finding article URLs: in RSS/Atom feeds (feedparser), sitemaps and news sitemaps (XML, gzipped or not) and
section pages (their links); every URL made canonical and filtered with courlan.

Each reader takes the bytes fetched and gives a ``Listing``: the pages found (with the date the listing gives
them), the child sitemaps of a sitemap index, or the problem that made it unreadable.
"""
from __future__ import annotations

import gzip
import re
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

import feedparser
import lxml.etree
import lxml.html
from courlan.clean import normalize_url, scrub_url
from courlan.filters import basic_filter, extension_filter, is_not_crawlable, type_filter, validate_url

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)


@dataclass(frozen=True, slots=True)
class Item:
    url: str
    published: str | None = None   # YYYY-MM-DD, when the listing gives it


@dataclass(frozen=True, slots=True)
class Listing:
    pages: tuple[Item, ...] = ()
    sitemaps: tuple[Item, ...] = ()
    problem: str | None = None


def canonical(url: str, base: str | None = None) -> str | None:
    """The canonical form of a URL (no fragment, no tracking parameters, lower-case host, sorted query), or
    None if it is not a usable http(s) URL."""
    url = url.strip()
    url = urljoin(base, url) if base and url else url
    if not basic_filter(url):
        return None
    ok, parsed = validate_url(urldefrag(scrub_url(url))[0])
    return normalize_url(parsed) if ok and parsed is not None else None


def is_article(url: str) -> bool:
    """Whether a canonical URL may be an article: not a tag, archive or login page, not a file or a feed."""
    ok, parsed = validate_url(url)
    return bool(ok and parsed is not None and type_filter(url) and extension_filter(parsed.path)
                and not is_not_crawlable(url) and not parsed.path.lower().endswith((".rss", ".xml", ".xml.gz")))


def _day(value: str | None) -> str | None:
    value = (value or "").strip()
    return value[:10] if _DATE.match(value) else None


def read_feed(body: bytes, base: str) -> Listing:
    """The entries of an RSS or Atom feed."""
    feed = feedparser.parse(body, response_headers={"content-location": base})
    if not feed.entries:
        return Listing(problem="feed-empty" if feed.version else "feed-not-xml")
    items = []
    for entry in feed.entries:
        url = canonical(entry.get("link") or "", base)
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        if url:
            items.append(Item(url, time.strftime("%Y-%m-%d", when) if when else None))
    return Listing(pages=tuple(items))


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _unzip(body: bytes) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        return gzip.decompress(body)
    except (OSError, EOFError, zlib.error):
        return b""


def read_sitemap(body: bytes, base: str) -> Listing:
    """The pages of a sitemap (``<urlset>``, with news:publication_date or lastmod) or the child sitemaps of a
    sitemap index (``<sitemapindex>``, with lastmod)."""
    try:
        root = lxml.etree.fromstring(_unzip(body), _PARSER)
    except (lxml.etree.XMLSyntaxError, ValueError):
        return Listing(problem="sitemap-not-xml")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        return Listing(problem="not-a-sitemap")
    items = []
    for entry in root:
        fields = {_local(el.tag): (el.text or "").strip() for el in entry.iter()}
        url = canonical(fields.get("loc", ""), base)
        if url:
            items.append(Item(url, _day(fields.get("publication_date")) or _day(fields.get("lastmod"))))
    return Listing(sitemaps=tuple(items)) if kind == "sitemapindex" else Listing(pages=tuple(items))


def read_section(body: bytes, base: str) -> Listing:
    """The links of a section page (the caller keeps those on the outlet's hosts that look like articles)."""
    try:
        tree = lxml.html.fromstring(body, base_url=base)
    except (lxml.etree.ParserError, ValueError):
        return Listing(problem="section-not-html")
    urls = dict.fromkeys(u for _, attr, link, _ in tree.iterlinks() if attr == "href" and (u := canonical(link, base)))
    return Listing(pages=tuple(Item(u) for u in urls))


def newest(items: tuple[Item, ...], since: str | None, n: int) -> list[Item]:
    """The ``n`` newest child sitemaps (undated ones after the dated), none older than ``since``."""
    kept = [i for i in items if not (since and i.published and i.published < since)]
    return sorted(kept, key=lambda i: i.published or "", reverse=True)[:n]
