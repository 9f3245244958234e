"""The PostgreSQL store: the same interface as the SQLite ``Store``, for a team sharing one database.

Everything but what the engines do differently is ``Store``'s own code (and ``queries``/``relations``' SQL,
through ``pgconn.PgDB``). What differs:

- the schema: ``migrations/postgres/`` (the same numbers as the SQLite files), applied under an advisory lock,
  the version in ``bangiao_schema``;
- writes: one transaction per batch that first takes a transaction-level advisory lock, so writers decide one
  after another what is a duplicate, a near-duplicate (the LSH bands are a table every process reads) and which
  fused event a report joins; a killed writer's transaction is rolled back by the server;
- search: the folded title and text as a weighted 'simple' tsvector with a GIN index, ranked by ``ts_rank``;
  snippets are made from the stored text exactly as on SQLite.
"""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from urllib.parse import urlsplit, urlunsplit

import psycopg
import psycopg_pool

from bangiao.errors import QueryTooLarge, StoreError
from bangiao.model import Document
from bangiao.reading.normalize import fold
from bangiao.store import search
from bangiao.store import store as base
from bangiao.store.pgconn import PgDB, placeholders

WRITE_LOCK = 0x62616E67  # "bang": the advisory lock every writer of a bangiao database takes
MIGRATE_LOCK = WRITE_LOCK + 1
RANK_WEIGHTS = "{0.2, 0.2, 0.2, 1.0}"  # D (body), C, B, A (title): a title word counts five times, as on SQLite
SHORTLIST = 200  # of the ranking window, the matches ranked on their whole text: the best on their titles
INDEX_TEXT = ("INSERT INTO documents_search (doc_id, seq, terms, title_terms) SELECT id, rowid, t.terms,"
              " ts_filter(t.terms, '{a}') FROM documents, LATERAL (SELECT setweight(to_tsvector('simple', ?), 'A')"
              " || setweight(to_tsvector('simple', ?), 'D') AS terms) t WHERE id = ?")
# Migration 8's GIN index holds, beside a document's words, a lexeme '@<seq // WINDOW_BUCKET>' (no word has an '@'):
# asking for the words AND the buckets of the newest seqs, GIN skips through the words' long posting lists to the
# rare buckets', so a common word's newest matches cost what they are, not every match in the store.
WINDOW_BUCKET = 1000  # seqs a bucket lexeme stands for: the number in migrations/postgres/0008's index expression
WINDOW_TERMS = "(s.terms || array_to_tsvector(ARRAY['@' || (s.seq / 1000)::text]))"  # that index's expression
MOST_BUCKETS = 256  # beyond this many, the whole store is searched (the words' posting lists alone)
# The share of documents having each word, from the planner's statistics of the search index (ANALYZE's most common
# lexemes, with their frequencies; a word not among them is rarer than the rarest there): how far back the first look
# for a search's window reaches. Read again after STATS_SECONDS.
SHARES = ("SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats"
          " WHERE schemaname = current_schema() AND tablename = 'documents_search' AND attname = 'terms'")
STATS_SECONDS = 600.0
# One round trip before a search: the newest seq, and no plan that scans every row or walks an index reading each
# row's tsvector (matches come from the GIN index alone), for this transaction.
NEWEST = ("SELECT max(seq), set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"
          " FROM documents_search")
# q: every word of the query, p: the query with its phrases. The newest RANK_WINDOW documents after a seq that have
# every word (as on SQLite; exact from the GIN index, within the given buckets), each with its title's rank (ranked
# as the rows are read: the window's sort then moves numbers, not titles' tsvectors); SHORTLIST of them by their
# title; of those, the ones that match p, ranked on title and text (ts_rank, normalised by length as BM25 is); n:
# documents in the window.
SEARCH = ("WITH q AS (SELECT to_tsquery('simple', ?) AS q, to_tsquery('simple', ?) AS p),"
          " matched AS (SELECT s.doc_id, s.seq, ts_rank(s.title_terms, q.q) AS title_rank FROM documents_search s, q"
          "  WHERE {match} AND s.seq > ? ORDER BY s.seq DESC LIMIT ?),"
          " short AS (SELECT doc_id, seq FROM matched ORDER BY title_rank DESC, seq DESC LIMIT ?),"
          f" best AS (SELECT t.doc_id, t.seq, ts_rank('{RANK_WEIGHTS}', s.terms, q.q, 1) AS score"
          "  FROM short t JOIN documents_search s ON s.doc_id = t.doc_id, q WHERE s.terms @@ q.p"
          "  ORDER BY score DESC, t.seq DESC LIMIT ?)"
          " SELECT d.id, d.title, d.published, d.source_name, d.text, best.score, (SELECT count(*) FROM matched) AS n"
          " FROM best"
          " JOIN documents d ON d.id = best.doc_id ORDER BY best.score DESC, best.seq DESC")
SEARCH_ALL = placeholders(SEARCH.replace("{match}", f"{WINDOW_TERMS} @@ q.q"))
SEARCH_NEWEST = placeholders(SEARCH.replace("{match}", f"{WINDOW_TERMS} @@ (q.q && CAST(? AS tsquery))"))


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("bangiao.store").joinpath("migrations", "postgres")
    return sorted((int(f.name.split("_")[0]), f.read_text("utf-8")) for f in folder.iterdir() if f.name.endswith(".sql"))


def _buckets(floor: int, newest: int) -> str:
    """A tsquery of the bucket lexemes of the seqs after ``floor`` up to ``newest``: any of them."""
    return " | ".join(f"'@{b}'" for b in range((floor + 1) // WINDOW_BUCKET, newest // WINDOW_BUCKET + 1))


def display(url: str) -> str:
    """The URL without its password, to print."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


class PostgresStore(base.Store):
    """A bangiao database in PostgreSQL at ``url`` (``postgresql://user@host:port/dbname``)."""

    _shares: tuple[float, dict[str, float], float] | None = None  # (read at, SHARES' shares, the smallest)
    _UTF8 = "convert_from(?, 'UTF8')"  # (bytes are bytea here: their text, decoded)
    _UTF8 = "convert_from(?, 'UTF8')"  # (bytes are bytea here: their text, decoded)

    def __init__(self, url: str, *, shared: bool = False, create: bool = True, db: PgDB | None = None) -> None:
        """``shared`` is accepted for symmetry: every PostgreSQL store serves several threads (a pool)."""
        self.url, self.path = url, display(url)
        try:
            self.db = db or PgDB(url)
        except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL ({exc}); check the URL, that the server is "
                             "running and that the user may connect") from exc
        self._owns_pool = db is None
        if not create and self.version == 0:
            self.close()
            raise StoreError(f"{self.path}: no bangiao store in this database; create one with "
                             f"`bangiao ingest FILES --db {self.path}`")
        try:
            self.migrate()
        except psycopg.Error as exc:
            self.close()
            raise StoreError(f"{self.path}: cannot create or upgrade the bangiao tables ({exc}); the user needs "
                             "the right to create tables in this database") from exc

    def close(self) -> None:
        if self._owns_pool:
            self.db.close()

    def reader(self) -> "PostgresStore":
        """The same store: its pool serves any number of reading threads."""
        return self

    @property
    def version(self) -> int:
        if self.db.execute("SELECT to_regclass('bangiao_schema')").fetchone()[0] is None:
            return 0
        row = self.db.execute("SELECT max(version) FROM bangiao_schema").fetchone()
        return row[0] or 0

    def migrate(self) -> None:
        """Apply every migration newer than the database, each in its own transaction, one process at a time."""
        for number, sql in _migrations():
            with self.db.transaction() as conn:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
                conn.execute("CREATE TABLE IF NOT EXISTS bangiao_schema (version integer NOT NULL)")
                if number <= (conn.execute("SELECT max(version) FROM bangiao_schema").fetchone()[0] or 0):
                    continue
                conn.execute(sql)
                conn.execute("INSERT INTO bangiao_schema (version) VALUES (%s)", (number,))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self.db.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield

    @contextmanager
    def time_limit(self, seconds: float | None = None) -> Iterator[None]:
        """As ``Store.time_limit``, by PostgreSQL's ``statement_timeout`` on a connection this thread holds until
        the end (``PgDB.limited``; inside a transaction or another limit already, the outer one holds)."""
        if self.db.bound() is not None:
            yield
            return
        limit = seconds or self.query_seconds
        try:
            with self.db.limited(int(limit * 1000)):
                yield
        except psycopg.errors.QueryCanceled:
            raise QueryTooLarge(f"the question took more than {limit:g} s and was stopped; ask for less (fewer or "
                             "rarer words, a narrower filter)") from None

    def _index_text(self, cur, doc: Document) -> None:
        self.db.execute(INDEX_TEXT, (search.words(fold(doc.title or "")), search.words(fold(doc.text)), doc.id))

    def _unindex_text(self, doc_id: str) -> None:
        """Nothing to do: a document's ``documents_search`` row goes with it (ON DELETE CASCADE)."""

    def _search(self, query: str, limit: int) -> list[search.Hit]:
        """As ``Store.search``: every word, ranked among the newest ``RANK_WINDOW`` matches, snippets marked."""
        expr, words = search.tsquery(query), search.tsquery(query, phrases=False)
        if expr is None:
            return []
        span = self._first_span({w for t in search.terms(query) for w in t.split()})
        rows = self._ranked(words, expr, limit, SHORTLIST, span)
        if expr != words and len(rows) < limit:  # a phrase rarer than its words: every match, the slow way
            rows = self._ranked(expr, expr, limit, SHORTLIST, span)
        return [search.Hit(r["id"], r["title"], r["published"], r["source_name"], float(r["score"]),
                           search.snippet(r["text"], query)) for r in rows]

    def _first_span(self, words: set[str]) -> int:
        """How many of the newest seqs a search reads first: enough for RANK_WINDOW matches, with a quarter more, if
        its rarest word is as common there as in the whole store (``SHARES``); twice the window without statistics.
        Any span gives the same answer (``_ranked`` reads further back when the window is not found in it)."""
        window, (shares, rarest) = base.RANK_WINDOW, self._word_shares()
        share = min(shares.get(w, rarest) for w in words) if shares else 0.0
        return int(window * 5 / (4 * share)) + 1 if share > 0 else 2 * window

    def _word_shares(self) -> tuple[dict[str, float], float]:
        """{word: share of the documents having it} of the most common words, and the smallest of those shares."""
        now = time.monotonic()
        if self._shares is None or now - self._shares[0] > STATS_SECONDS:
            row = self.db.execute(SHARES).fetchone()
            words, freqs = (row[0], row[1]) if row and row[0] else ([], [])
            self._shares = (now, dict(zip(words, freqs)), min(freqs[:len(words)], default=0.0))
        return self._shares[1], self._shares[2]

    def _ranked(self, words: str, expr: str, limit: int, shortlist: int, span: int) -> list:
        """The best ``limit`` documents matching ``expr`` among the newest RANK_WINDOW having ``words``: looked for
        in the newest ``span`` seqs first, then as far back as the matches found there say the window reaches."""
        window = base.RANK_WINDOW
        with self.db.transaction() as conn:  # matches from the GIN index alone: no scan reads every tsvector
            newest = conn.execute(NEWEST).fetchone()[0] or 0
            while True:
                floor = newest - span if span < newest and span // WINDOW_BUCKET < MOST_BUCKETS else -1
                sql, first = (SEARCH_ALL, ()) if floor < 0 else (SEARCH_NEWEST, (_buckets(floor, newest),))
                rows = conn.execute(sql, (words, expr, *first, floor, window, max(shortlist, limit), limit)).fetchall()
                found = rows[0]["n"] if rows else 0
                if floor < 0 or found == window:
                    return rows
                span = max(2 * span, window * span * 5 // (4 * found)) if found else newest  # the matches' density

    def record_lines(self):
        """Every stored record as its JSON line, oldest ingest first, read a few hundred at a time."""
        with self.db.stream("SELECT record FROM documents ORDER BY rowid") as rows:
            for row in rows:
                yield row[0]

    def records(self):
        for line in self.record_lines():
            yield json.loads(line)
