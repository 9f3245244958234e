"""An HTML page as a server sent it (its bytes and Content-Type) into a raw article: the charset from the HTTP
header or the page's own meta tag, only Vietnamese pages kept, the outlet's hints for the cleaner applied.

The crawler and the WARC reader both build their articles here, so a page crawled and the same page read back
from the crawl's archive give the same record.
"""
from __future__ import annotations

import codecs
import hashlib
import re

import lxml.etree
import lxml.html

from bangiao.errors import InputError
from bangiao.reading.encoding import decode_bytes, repair_text, vietnamese_letters
from bangiao.reading.read import RawArticle
from bangiao.reading.sources import Language, Sources

HTML_TYPES = ("text/html", "application/xhtml+xml")
LISTING = "WARC-Bangiao-Listing"  # in a crawl's archive: a response that lists articles (a feed, ...), no article
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_INVISIBLE = re.compile(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->")
_TAG = re.compile(r"<[^>]*>")


def is_html(content_type: str | None) -> bool:
    return (content_type or "").split(";")[0].strip().lower() in HTML_TYPES


def _codec(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    """The charset the HTTP header declares, else the one the page's meta tag declares (a known codec)."""
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(body[:4096])
    return _codec(header.group(1) if header else None) or _codec(meta.group(1).decode("ascii") if meta else None)


def decode_page(body: bytes, content_type: str | None, path: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The page's text and what a reader should know. Bytes that are valid UTF-8 (or UTF-16 with a BOM) are read
    as such whatever is declared (a wrong declaration is the common mistake); else the declared charset; else
    the legacy-encoding guess. InputError for an empty, binary or undecodable body."""
    declared = declared_charset(body, content_type)
    try:
        body.decode("utf-8")
        sure = True
    except UnicodeDecodeError:
        sure = body.startswith((b"\xff\xfe", b"\xfe\xff"))
    if declared and not sure:
        try:
            return _repaired(body.decode(declared), ())
        except UnicodeDecodeError:
            pass
    decoded = decode_bytes(body, path)
    read_as = decoded.encoding.split("+")[0].removesuffix("-sig")
    wrong = sure and declared and declared != read_as and not body.isascii()
    note = (f"the page declares charset {declared} but is {read_as}; read as {read_as}",) if wrong else ()
    return decoded.text, note + decoded.warnings


def _repaired(text: str, warnings: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    fixed, more = repair_text(text)
    return fixed, warnings + more


def vietnamese_share(html: str) -> tuple[float, int]:
    """The share of the page's visible letters that carry Vietnamese diacritics, and how many letters."""
    text = _TAG.sub(" ", _INVISIBLE.sub(" ", html))
    letters = [c for c in text if c.isalpha()]
    marked = vietnamese_letters()
    return (sum(c in marked for c in letters) / len(letters) if letters else 0.0), len(letters)


def is_vietnamese(html: str, language: Language) -> bool:
    share, letters = vietnamese_share(html)
    return letters >= language.min_letters and share >= language.min_share


def drop_parts(html: str, xpaths: tuple[str, ...]) -> str:
    """The page without the parts the outlet's ``drop`` hints name."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return html
    for path in xpaths:
        for el in tree.xpath(path):
            if isinstance(el, lxml.etree._Element) and el.getparent() is not None:
                el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


def page_article(url: str, content_type: str | None, body: bytes, path: str, offset: int,
                 sources: Sources) -> RawArticle | None:
    """The raw article of a fetched or archived page (``path`` and ``offset``: where its bytes are archived);
    None when the page is not Vietnamese; InputError when it cannot be decoded."""
    try:
        text, warnings = decode_page(body, content_type, path)
    except InputError as err:
        raise InputError(path, err.problem, offset) from None
    if not is_vietnamese(text, sources.language):
        return None
    outlet = sources.outlet_of(url)
    if outlet is not None and outlet.drop:
        text = drop_parts(text, outlet.drop)
    return RawArticle(path, text, True, hashlib.sha256(body).hexdigest(), url=url,
                      source_name=outlet.name if outlet else None, warnings=warnings, line=offset)
