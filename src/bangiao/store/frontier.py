"""The crawl's memory (table ``crawl_urls``): every URL found, what fetching it gave, its validators.

``Store.frontier`` hands this out; ``bangiao crawl`` asks it what to fetch and tells it what happened. A page
is fetched once: when it is done (stored, a duplicate, or failed for good) a later run passes it by; a page
that failed for a passing reason (a timeout, a 5xx, a 429) is tried again in later runs, up to ``MAX_ATTEMPTS``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone

MAX_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class Found:
    """A URL met while discovering: the page, its outlet, and the date its listing gives (or None)."""

    url: str
    outlet: str | None
    kind: str = "page"
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """What fetching one URL gave."""

    state: str                      # done | failed
    outcome: str                    # new, duplicate, not-modified, http-404, robots, ...
    http_status: int | None = None
    retry: bool = False
    etag: str | None = None
    last_modified: str | None = None
    doc_id: str | None = None
    warc: str | None = None
    warc_offset: int | None = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Frontier:
    """``db``: the store's connection (SQLite, or the PostgreSQL adapter); ``transaction``: its write transaction."""

    def __init__(self, db, transaction: Callable[[], AbstractContextManager]) -> None:
        self.db = db
        self.transaction = transaction

    def add(self, found: Iterable[Found]) -> int:
        """Remember URLs not met before (one transaction); how many were new."""
        rows = list({f.url: (f.url, f.outlet, f.kind, f.published, _now()) for f in found}.values())
        with self.transaction():
            known = self._known([r[0] for r in rows])
            self.db.executemany("INSERT INTO crawl_urls (url, outlet, kind, published, discovered_at)"
                                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING", rows)
        return len(rows) - len(known)

    def _known(self, urls: list[str]) -> set[str]:
        known: set[str] = set()
        for i in range(0, len(urls), 500):
            chunk = urls[i:i + 500]
            known |= {r[0] for r in self.db.execute(
                f"SELECT url FROM crawl_urls WHERE url IN ({','.join('?' * len(chunk))})", chunk).fetchall()}
        return known

    def todo(self, outlets: list[str], since: str | None = None, limit: int | None = None) -> list[Found]:
        """Pages of these outlets still to fetch (newest listed first; undated last)."""
        if not outlets:
            return []
        sql = (f"SELECT url, outlet, published FROM crawl_urls WHERE kind = 'page' AND outlet IN"
               f" ({','.join('?' * len(outlets))})"
               " AND (state = 'pending' OR (state = 'failed' AND retry = 1 AND attempts < ?))")
        params: list = [*outlets, MAX_ATTEMPTS]
        if since:
            sql, params = sql + " AND (published IS NULL OR published >= ?)", params + [since]
        sql += " ORDER BY published IS NULL, published DESC, discovered_at, url"
        if limit is not None:
            sql, params = sql + " LIMIT ?", params + [limit]
        return [Found(r[0], r[1], "page", r[2]) for r in self.db.execute(sql, params).fetchall()]

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified of the last answer for this URL, for a conditional GET."""
        row = self.db.execute("SELECT etag, last_modified FROM crawl_urls WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def record(self, url: str, result: Result, *, outlet: str | None = None, kind: str = "page") -> None:
        """What fetching ``url`` gave (the row is made if the URL was not listed: a feed, a sitemap)."""
        r = result
        with self.transaction():
            self._record(url, r, outlet, kind)

    def _record(self, url: str, r: Result, outlet: str | None, kind: str) -> None:
        self.db.execute(
            "INSERT INTO crawl_urls (url, outlet, kind, discovered_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING",
            (url, outlet, kind, _now()))
        self.db.execute(
            "UPDATE crawl_urls SET state = ?, outcome = ?, http_status = ?, retry = ?, attempts = attempts + 1,"
            " fetched_at = ?, etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),"
            " doc_id = coalesce(?, doc_id), warc = coalesce(?, warc), warc_offset = coalesce(?, warc_offset)"
            " WHERE url = ?",
            (r.state, r.outcome, r.http_status, int(r.retry), _now(), r.etag, r.last_modified, r.doc_id, r.warc,
             r.warc_offset, url))

    def counts(self) -> dict[str, int]:
        """Pages by state: pending, done, failed."""
        rows = self.db.execute("SELECT state, count(*) FROM crawl_urls WHERE kind = 'page' GROUP BY state")
        return {state: n for state, n in rows}
