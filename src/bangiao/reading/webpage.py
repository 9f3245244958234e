"""Saved web pages: the main text and metadata with trafilatura, and what it dropped.

trafilatura finds the article; its text then goes through the plain-text
cleaner too, so an inline related-news box it kept does not leak. Every block
of the page that is not in the main text is kept in ``removed``, classified;
a ``<figcaption>`` is a caption whatever its words.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

import ahocorasick
import lxml.html
import trafilatura

from bangiao.reading.clean import Cleaned, Cut, classify_removed, clean_text
from bangiao.errors import InputError
from bangiao.model import Removed, Source
from bangiao.reading.normalize import fold, normalize

_BLOCKS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "figure", "section",
    "article", "header", "footer", "nav", "aside", "table", "tr", "td", "th", "blockquote", "br", "dd", "dt",
    "form", "label", "button", "a", "span",
)
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "head")


@dataclass(frozen=True, slots=True)
class Page:
    """What a saved page gives besides its cleaned text."""

    cleaned: Cleaned
    title: str | None
    published: str | None
    source: Source


def _page_lines(html: str) -> tuple[list[str], set[str]]:
    """Every visible block of the page as one normalized line; and the lines of its figure captions."""
    tree = _tree(html)
    if tree is None:
        return [], set()
    for el in tree.iter(*_INVISIBLE):
        el.drop_tree() if el.getparent() is not None else None
    for el in tree.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    captions = {ln.strip() for el in tree.iter("figcaption") for ln in normalize(el.text_content()).split("\n")}
    return [ln for ln in normalize(tree.text_content()).split("\n") if ln.strip()], captions - {""}


def _extraction(page):
    """trafilatura's main text and metadata of a page (its HTML, or its parsed tree)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_images=False,
            include_tables=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )


_LAYOUT = re.compile(r"</?(?:div|span|section)\b[^>]*>", re.IGNORECASE)


def _deep_extraction(html: str):
    """A page whose article lies under more nested elements than libxml2 reads by default (256): parsed with no
    such limit (``huge_tree``), and past libxml2's own last limit without the layout elements (div, span, section)
    that make the depth. None when that finds no article either."""
    for page in (html, _LAYOUT.sub("", html)):
        tree = _tree(page)
        doc = _extraction(tree) if tree is not None else None
        if doc is not None and doc.text and len(doc.text.split()) >= 20:
            return doc
    return None


def _tree(html: str):
    """The page as an lxml tree, however deep (``huge_tree``); None when it does not parse."""
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True,
                                  huge_tree=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except ValueError:  # a str that declares its encoding
        try:
            return lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(
                encoding="utf-8", collect_ids=False, remove_comments=True, remove_pis=True, huge_tree=True))
        except (lxml.etree.ParserError, ValueError):
            return None
    except lxml.etree.ParserError:
        return None


def _found_in(lines: list[str], text: str) -> dict[str, int]:
    """Each of the lines, folded, that occurs in the folded ``text``, with where it first occurs: one pass over the
    text (Aho–Corasick), not one search of the whole text for every line of the page."""
    keys = {fold(ln) for ln in lines}
    found = {"": 0} if "" in keys else {}
    keys.discard("")
    if not keys:
        return found
    auto = ahocorasick.Automaton()
    for key in keys:
        auto.add_word(key, key)
    auto.make_automaton()
    for end, key in auto.iter(fold(text)):
        found.setdefault(key, end - len(key) + 1)  # matches come by their end: the first is the leftmost
    return found


def _dropped(page_lines: list[str], found: dict[str, int]) -> list[str]:
    return [ln for ln in page_lines if fold(ln) not in found]


def read_page(html: str, path: str | None = None) -> Page:
    """Main text, title, date, outlet and removed blocks of a saved page; InputError if it has no article."""
    doc = _extraction(html)
    text = normalize(doc.text) if doc is not None and doc.text else ""
    if len(text.split()) < 20 and (deep := _deep_extraction(html)) is not None:
        doc, text = deep, normalize(deep.text)
    if len(text.split()) < 20:
        raise InputError(path, "HTML page with no article text found (is it a saved article page?)")
    page_lines, figcaptions = _page_lines(html)
    title = normalize(doc.title) if doc.title else None
    text = "\n".join(_headline_and_lead(page_lines, title, text) + [text])
    cleaned = clean_text(text)
    found = _found_in(page_lines, cleaned.text)
    extra = classify_removed(_dropped(page_lines, found), figcaptions)
    cuts = cleaned.cuts + _placed(page_lines, found, len(cleaned.text), extra)
    cleaned = Cleaned(cleaned.text, cleaned.title, cleaned.source, cleaned.removed + extra, cuts)
    source = Source(doc.sitename or cleaned.source.name, doc.url or cleaned.source.url)
    return Page(cleaned, title or cleaned.title, doc.date, source)


def _placed(page_lines: list[str], found: dict[str, int], length: int, extra: tuple[Removed, ...]) -> tuple[Cut, ...]:
    """The page's cut blocks with where they sat in the main text (of ``length`` characters; ``found``: where its
    lines occur in it): before the next paragraph of it that follows them on the page (its end when none does).
    Their place in the input is unknown (-1)."""
    first_at: dict[str, int] = {}
    for n, ln in enumerate(page_lines):
        first_at.setdefault(ln, n)
    following = [length] * (len(page_lines) + 2)  # where the first paragraph of the text from line n on sits
    for n in range(len(page_lines) - 1, -1, -1):
        at = found.get(fold(page_lines[n])) if len(page_lines[n].split()) >= 5 else None
        following[n] = following[n + 1] if at is None else at
    return tuple(Cut(item.kind, item.text, -1, following[first_at.get(item.text.split("\n", 1)[0], len(page_lines)) + 1])
                 for item in extra)


def _headline_and_lead(page_lines: list[str], title: str | None, main: str) -> list[str]:
    """The headline and the lead paragraph (sapo) that extractors often leave out: the page's blocks between
    the headline and the first line of the main text that read as paragraphs."""
    first = main.split("\n", 1)[0]
    start = next((i for i, ln in enumerate(page_lines) if title and fold(ln) == fold(title)), None)
    end = next((i for i, ln in enumerate(page_lines) if fold(ln) == fold(first)), None)
    if start is None or end is None or end <= start:
        return []
    found = _found_in(page_lines[start + 1:end], main)
    lead = [ln for ln in page_lines[start + 1:end] if len(ln.split()) >= 15 and fold(ln) not in found]
    return ([] if fold(title) in fold(main[:len(title) + 5]) else [title]) + lead
