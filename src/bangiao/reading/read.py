"""Reading inputs: files, folders, JSONL dumps and stdin, into raw articles.

``read`` yields one ``RawArticle`` per article or one ``InputError`` per input
that cannot be read; it never raises for bad input, so a batch goes on.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bangiao.reading.encoding import decode_bytes, repair_text
from bangiao.errors import InputError

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = (".warc", ".warc.gz")  # web archives: streamed page by page (reading/warc.py)
# what a folder's walk takes as articles (a README.md or a notes.odt beside them is no article); a file named on its
# own is read whatever its suffix
FOLDER_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", *WARC_SUFFIXES)
log = logging.getLogger("bangiao.reading")
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read, before cleaning."""

    path: str | None
    content: str
    is_html: bool
    content_hash: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source_name: str | None = None
    warnings: tuple[str, ...] = ()
    line: int | None = None


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in text)


def _from_bytes(data: bytes, path: str, html: bool | None) -> RawArticle:
    decoded = decode_bytes(data, path)
    is_html = _looks_html(decoded.text) if html is None else html
    return RawArticle(path, decoded.text, is_html, _hash(data), warnings=decoded.warnings)


def _field(obj: dict, key: str, path: str, line: int | None) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise InputError(path, f"field {key!r} must be a string, not {type(value).__name__}", line)


def _jsonl_article(raw: str, path: str, line: int) -> RawArticle:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON ({exc.msg} at column {exc.colno}); each line must be one JSON object", line) from None
    if not isinstance(obj, dict):
        raise InputError(path, "each line must be a JSON object with a 'text' or 'html' field", line)
    return article_from_fields(obj, path, line, _hash(raw.encode("utf-8")))


def article_from_fields(obj: dict, path: str, line: int | None, digest: str) -> RawArticle:
    """One article from a JSONL object or a table row: ``text`` or ``html``, optional ``url``, ``title``,
    ``published``, ``source`` (a name, or an object with ``name``); InputError if it holds no article."""
    html, text = _field(obj, "html", path, line), _field(obj, "text", path, line)
    if not (html or text):
        raise InputError(path, "the object has no 'text' or 'html' field", line)
    content, warnings = repair_text(html or text or "")
    source = obj.get("source")
    source_name = source.get("name") if isinstance(source, dict) else _field(obj, "source", path, line)
    return RawArticle(
        path, content, bool(html), digest, title=_field(obj, "title", path, line),
        url=_field(obj, "url", path, line), published=_field(obj, "published", path, line),
        source_name=source_name, warnings=warnings, line=line,
    )


def _read_jsonl(data: bytes, path: str) -> Iterator[RawArticle | InputError]:
    try:
        text = decode_bytes(data, path).text
    except InputError as err:
        yield err
        return
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            yield _jsonl_article(raw, path, number)
        except InputError as err:
            yield err


def read_bytes(data: bytes, path: str, suffix: str) -> Iterator[RawArticle | InputError]:
    """The articles in one input's bytes, read by its suffix (".jsonl": one a line; ".html": a page; else sniffed)."""
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(data, path)
        return
    try:
        yield _from_bytes(data, path, True if suffix in HTML_SUFFIXES else None)
    except InputError as err:
        yield err


def _read_file(file: Path, max_bytes: int) -> Iterator[RawArticle | InputError]:
    path = str(file)
    if file.name.lower().endswith(WARC_SUFFIXES):  # a crawl file is streamed: the limit is per page
        from bangiao.reading.warc import read_warc  # (warc.py builds on this module)

        try:
            with file.open("rb") as stream:
                yield from read_warc(stream, path, max_bytes)
        except OSError as exc:
            yield InputError(path, f"cannot be read: {exc.strerror or exc}")
        return
    try:
        size = file.stat().st_size
        if size > max_bytes:
            yield InputError(path, f"file is {size / 2**20:.1f} MiB, over the {max_bytes / 2**20:.0f} MiB limit; split it or raise --max-mb")
            return
        data = file.read_bytes()
    except OSError as exc:
        yield InputError(path, f"cannot be read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, path, file.suffix.lower())


def _files_in(folder: Path) -> tuple[list[Path], list[InputError]]:
    """The article files below ``folder`` (``FOLDER_SUFFIXES``, sorted; hidden files and folders left out, other
    files skipped and logged at -v), and an error for each folder that cannot be read (reported like an unreadable
    file, not skipped in silence)."""
    found, errors = [], []

    def unreadable(exc: OSError) -> None:
        errors.append(InputError(exc.filename or str(folder), f"folder cannot be read: {exc.strerror or exc}"))

    for top, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in (f for f in files if not f.startswith(".")):
            if name.lower().endswith(FOLDER_SUFFIXES):
                found.append(Path(top) / name)
            else:
                log.info("skipped %s: not an article file (a folder's articles are %s)", Path(top) / name,
                         ", ".join(FOLDER_SUFFIXES))
    return sorted(p for p in found if p.is_file()), errors


def expand(paths: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Each input path, folders replaced by the article files in them (sorted); "-" stays "-"."""
    for given in paths:
        if given == "-":
            yield given
            continue
        p = Path(given)
        if p.is_dir():
            files, errors = _files_in(p)
            yield from errors
            yield from files
        elif p.exists():
            yield p
        else:
            yield InputError(given, "no such file or folder")


def read_one(item: Path | str, max_bytes: int = MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """The articles in one expanded input (a file, or "-" for stdin)."""
    if item == "-":
        data = sys.stdin.buffer.read()
        sniff = data.lstrip()[:1]
        yield from read_bytes(data, "<stdin>", ".jsonl" if sniff == b"{" else "")
    else:
        yield from _read_file(Path(item), max_bytes)


def read(paths: Iterable[str], max_bytes: int = MAX_BYTES) -> Iterator[RawArticle | InputError]:
    """Every article in the given files and folders, or the error for each input that cannot be read."""
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_one(item, max_bytes)
