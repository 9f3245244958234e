"""Web archives (WARC, ``.warc`` / ``.warc.gz``): every archived HTML page as a raw article.

A news crawl stores each fetched page as a ``response`` record (HTTP headers, then the body). Pages that
answered 200 with an HTML body become ``RawArticle``s (the record's target URI as ``url``, the record's offset
in the archive's uncompressed stream as ``line``: the same for a ``.warc`` and its ``.warc.gz``). The charset
comes from the HTTP header or the page's meta tag, only Vietnamese pages are kept (a cheap check, see
``reading/pagebytes.py``), and the listings a ``bangiao crawl`` archived beside its pages (feeds, sitemaps,
section pages) are passed over, like requests, metadata, redirects and images. A record too large, empty or
undecodable is an ``InputError``; a damaged file ends with one. The file is streamed record by record
(warcio), so a crawl file of any size is never held in memory whole.
"""
from __future__ import annotations

import dataclasses
import gzip
from collections.abc import Collection, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from bangiao.errors import BangiaoError, InputError
from bangiao.reading import sources
from bangiao.reading.pagebytes import LISTING, page_article
from bangiao.reading.read import WARC_SUFFIXES, RawArticle

_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(name: str) -> bool:
    """Whether a file name is a web archive's (``.warc`` or ``.warc.gz``)."""
    return name.lower().endswith(WARC_SUFFIXES)


def _is_page(record) -> bool:
    if record.rec_type not in ("response", "resource") or record.rec_headers.get_header(LISTING):
        return False
    if record.rec_type == "resource":
        return (record.rec_headers.get_header("Content-Type") or "").startswith(_PAGE_TYPES)
    http = record.http_headers
    return http is not None and http.get_statuscode() == "200" \
        and (http.get_header("Content-Type") or "").startswith(_PAGE_TYPES)


class _Counted:
    """A stream read strictly and counted: a gzipped one cut short raises (warcio takes EOFError for a clean
    end), and whether anything was read at all is known afterwards."""

    def __init__(self, stream: BinaryIO, gzipped: bool) -> None:
        self._file = gzip.GzipFile(fileobj=stream, mode="rb") if gzipped else stream
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._file.read(size)
        except EOFError as exc:
            raise ValueError(f"the file is cut short ({exc})") from None
        self.count += len(data)
        return data


def _cut_short(record) -> bool:
    """Read the rest of a record: whether it holds fewer bytes than it declares."""
    while record.raw_stream.read(1 << 16):
        pass
    return getattr(record.raw_stream, "limit", 0) > 0


def _article(record, path: str, number: int, max_bytes: int, known: sources.Sources) -> RawArticle | None:
    """The record's page (None if it is not in Vietnamese)."""
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        raise InputError(path, f"archived page is over the {max_bytes / 2**20:.0f} MiB limit", number)
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    http = record.http_headers
    content_type = http.get_header("Content-Type") if http is not None else record.rec_headers.get_header("Content-Type")
    return page_article(url, content_type, body, path, number, known)


def _read_record(record, path: str, number: int, max_bytes: int,
                 known: sources.Sources) -> RawArticle | InputError | None:
    """The page of a record, its error, or None when the record is no page (or no Vietnamese page)."""
    try:
        article = _article(record, path, number, max_bytes, known) if _is_page(record) else None
    except InputError as err:
        article = err
    if _cut_short(record):
        return InputError(path, "the record is cut short (the file is truncated or damaged)", number)
    return article


def read_warc(stream: BinaryIO, path: str, max_bytes: int) -> Iterator[RawArticle | InputError]:
    """Each archived HTML page of a WARC stream, or the error of the one that cannot be read; a damaged file
    ends with an error. A ``.warc.gz`` path is gunzipped here."""
    try:
        known = sources.load()  # outlets' names and cleaner hints, the language check
    except BangiaoError as exc:
        yield InputError(path, str(exc))
        return
    number, body = 0, _Counted(stream, path.lower().endswith(".gz"))
    try:
        records = ArchiveIterator(body)
        for number, record in enumerate(records, start=1):
            item = _read_record(record, path, number, max_bytes, known)
            if item is not None:
                yield _at(item, records.get_record_offset())
    except Exception as exc:  # noqa: BLE001 - whatever the parser meets in a damaged file ends that file only
        yield InputError(path, f"not a readable web archive after record {number} ({type(exc).__name__}: {exc});"
                               " the rest of the file is skipped", number + 1)
        return
    if number == 0:
        yield InputError(path, "not a web archive: no WARC record in it" if body.count else "empty file: nothing to read")


def _at(item: RawArticle | InputError, offset: int) -> RawArticle | InputError:
    """The item with the record's offset as its line."""
    if isinstance(item, InputError):
        return InputError(item.path, item.problem, offset)
    return dataclasses.replace(item, line=offset)


def read_again(path: str, offsets: Collection[int], max_bytes: int,
               known: sources.Sources | None = None) -> Iterator[RawArticle | InputError]:
    """The pages archived at these offsets of a WARC file, read again as ``read_warc`` read them (for ``bangiao
    reprocess --from-source``): the file streamed once, in file order, only the wanted records decoded, with
    today's sources (``known``; the packaged and the user's by default). A wanted record that is no page (or no
    Vietnamese page any more) gives an InputError; an offset the file does not hold, or holds past the damage
    in a damaged file, gives nothing. OSError if the file cannot be opened."""
    wanted = set(offsets)
    known = known or sources.load()
    with open(path, "rb") as stream:
        records = ArchiveIterator(_Counted(stream, path.lower().endswith(".gz")))
        try:
            for record in records:
                offset = records.offset  # the record's start: warcio sets it before yielding the record
                if offset in wanted:
                    wanted.discard(offset)
                    page = _read_record(record, path, offset, max_bytes, known)
                    yield _at(page or InputError(path, "no Vietnamese page archived at this offset", offset), offset)
                if not wanted:
                    return
        except Exception:  # noqa: BLE001 - a damaged file: the offsets past the damage are not found
            return
