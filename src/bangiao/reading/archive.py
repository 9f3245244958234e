"""The crawl's web archive: one WARC file per run (warcio, gzip per record), every response as received.

Each response is written as the server sent it (status line, headers, body still content-encoded; only the
transfer encoding is gone), followed by the request that asked for it. ``write`` returns the offset of the
response record in the archive's uncompressed stream (as ``reading/warc.py`` counts), which the stored document
keeps as its input (archive path + offset), so ``bangiao ingest FILE.warc.gz`` reads the same bytes again and
a run can be replayed offline.
"""
from __future__ import annotations

import gzip
import io
import os
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bangiao.reading.fetch import Exchange
from bangiao.reading.pagebytes import LISTING

_HOP_BY_HOP = frozenset({"transfer-encoding", "connection", "keep-alive"})


def _version() -> str:
    try:
        return metadata.version("bangiao")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


class Archive:
    """A new ``bangiao-<UTC time>-<pid>.warc.gz`` in ``folder``; close it (or use ``with``) at the end."""

    def __init__(self, folder: str | Path, user_agent: str = "") -> None:
        Path(folder).mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        self.path = (Path(folder) / f"bangiao-{stamp}-{os.getpid()}.warc.gz").resolve()
        self._file = open(self.path, "xb")
        self._writer = WARCWriter(None, gzip=False)  # makes the records; _put writes each as one gzip member
        self._offset = 0  # in the uncompressed stream
        info = {"software": f"bangiao/{_version()}", "format": "WARC File Format 1.1", "http-header-user-agent": user_agent}
        self._put(self._writer.create_warcinfo_record(self.path.name, info))
        self._file.flush()

    def _put(self, record) -> int:
        """Write one record as its own gzip member; its offset in the uncompressed stream."""
        plain = io.BytesIO()
        WARCWriter(plain, gzip=False).write_record(record)
        data, offset = plain.getvalue(), self._offset
        self._file.write(gzip.compress(data))
        self._offset += len(data)
        return offset

    def write(self, exchange: Exchange, listing: str | None = None) -> int:
        """Archive one response (and its request); the response record's offset in the file. A listing's
        response (feed, sitemap, section page, robots.txt) says so in a ``WARC-Bangiao-Listing`` field, so that
        reading the archive back gives the crawl's articles only."""
        headers = [(k, v) for k, v in exchange.headers if k.lower() not in _HOP_BY_HOP]
        http = StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(), headers,
                                protocol=exchange.http_version or "HTTP/1.1")
        dated = {"WARC-Date": exchange.date}
        marked = dated | ({LISTING: listing} if listing else {})
        response = self._writer.create_warc_record(exchange.url, "response", payload=io.BytesIO(exchange.raw),
                                                   http_headers=http, warc_headers_dict=marked)
        offset = self._put(response)
        request_line = StatusAndHeaders(f"GET {_target(exchange.url)} HTTP/1.1", list(exchange.request_headers),
                                        is_http_request=True)
        request = self._writer.create_warc_record(exchange.url, "request", payload=io.BytesIO(b""),
                                                  http_headers=request_line, warc_headers_dict=dated)
        request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        self._put(request)
        self._file.flush()
        return offset

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _target(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return "/" + rest.split("/", 1)[1] if "/" in rest else "/"
