"""The SQLite store: documents, their inputs, near-duplicate index and full-text search.

The schema is created and upgraded by the numbered SQL files in
``bangiao/migrations`` (``PRAGMA user_version`` records the last one applied).
Each document is written in one transaction, so a killed ingest leaves a valid
store and a re-run completes the rest.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import platformdirs

from bangiao.store import commitments, dedupe, follow_ups, moves, overview, pairs, projects, queries, records, relations
from bangiao.store import search
from bangiao.store import targets as targets_
from bangiao.store.frontier import Frontier
from bangiao.store.queries import EventFilter
from bangiao.errors import QueryTooLarge, StoreError
from bangiao.model import Document
from bangiao.reading.normalize import fold
from bangiao.reading.read import RawArticle


RANK_WINDOW = 5000  # matches ranked at most; more recent ones first (see Store.search)
QUERY_SECONDS = 10.0  # how long one question may keep the database busy (Store.time_limit)


def default_path() -> Path:
    """``$BANGIAO_DB``, else ``bangiao.db`` in the user's data directory."""
    env = os.environ.get("BANGIAO_DB")
    return Path(env) if env else platformdirs.user_data_path("bangiao") / "bangiao.db"


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("bangiao.store").joinpath("migrations")
    found = [(int(f.name.split("_")[0]), f.read_text("utf-8")) for f in folder.iterdir() if f.name.endswith(".sql")]
    return sorted(found)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What adding one document did: ``new``, ``duplicate`` or ``near-duplicate`` (of ``doc_id``)."""

    status: str
    doc_id: str
    similarity: float | None = None


def _facts(doc: Document) -> tuple:
    people = {e.id for e in doc.entities if e.type == "PERSON"}
    return dedupe.facts(doc.text, people, doc.published.value if doc.published else None)


def _write_error(path: str, exc: sqlite3.OperationalError) -> Exception:
    """What a failed write says: a full disk and a read-only store in words, anything else as it was."""
    said = str(exc).lower()
    if "full" in said:
        return StoreError(f"{path}: the disk is full (or the store reached its size limit): what was being written "
                          "is rolled back and every document stored before it is kept; free some space and run the "
                          "same command again (what is stored already is recognised)")
    if "readonly" in said or "read-only" in said:
        return StoreError(f"{path}: the store is read-only ({exc}); get write access to it, or write into another "
                          "store with --db")
    return exc


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A bangiao database. ``Store(":memory:")`` for tests; ``Store(path)`` creates or upgrades the file."""

    query_seconds: float = QUERY_SECONDS  # the time limit of one question (``time_limit``); the config may set it
    _deadline: float | None = None
    _UTF8 = "CAST(? AS TEXT)"  # a parameter of UTF-8 bytes written as text (a long record: no str of it made)

    def __init__(self, path: str | Path = ":memory:", *, shared: bool = False, create: bool = True) -> None:
        """``shared=True`` lets several threads use the connection (the web server serialises them);
        ``create=False`` opens only a store that exists (a mistyped path is an error, not a new empty store)."""
        self.path = str(path)
        if self.path != ":memory:" and not create and not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no bangiao store at this path; check --db (or $BANGIAO_DB), or create "
                             f"one with `bangiao ingest FILES --db {self.path}`")
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=not shared)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")  # WAL: atomic per document, no fsync per commit
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable bangiao database ({exc}); pass another --db") from exc

    def close(self) -> None:
        self.db.close()

    @property
    def frontier(self) -> Frontier:
        """The crawl's URL state: what was found, fetched and failed, and the validators for a conditional GET."""
        return Frontier(self.db, self._transaction)

    def reader(self) -> "Store":
        """A store for one more reading thread (the web server's workers): its own connection to the file."""
        return Store(self.path, create=False)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Apply every migration newer than the database, each in its own transaction."""
        for number, sql in _migrations():
            if number <= self.version:
                continue
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in sql.split(";\n"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")
                self.db.execute("COMMIT")
            except sqlite3.Error:
                self.db.execute("ROLLBACK")
                raise

    # ------------------------------------------------------------ writing

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction (SQLite: one writer at a time, taken at the start). A full disk or a read-only
        store is a StoreError saying so; what the transaction wrote is rolled back, what was stored before stays."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise _write_error(self.path, exc) from exc

    @contextmanager
    def time_limit(self, seconds: float | None = None) -> Iterator[None]:
        """Stop what the database does for the caller after ``seconds`` (``query_seconds``): a QueryError, the store
        untouched (SQLite's progress handler). Inside another limit, the outer one holds."""
        if self._deadline is not None:
            yield
            return
        limit = seconds or self.query_seconds
        self._deadline = time.monotonic() + limit
        self.db.set_progress_handler(lambda: time.monotonic() > self._deadline, 20_000)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                raise
            raise QueryTooLarge(f"the question took more than {limit:g} s and was stopped; ask for less (fewer or "
                             "rarer words, a narrower filter)") from None
        finally:
            self.db.set_progress_handler(None, 0)
            self._deadline = None

    def add(self, doc: Document, raw: RawArticle | None = None) -> Outcome:
        """Store a document, or record its input against the document it duplicates."""
        return self.add_many([(doc, raw)])[0]

    def add_many(self, items: list[tuple[Document, RawArticle | None]]) -> list[Outcome]:
        """Store several documents in one transaction (all or none: a killed ingest loses only this batch)."""
        sigs = [dedupe.signature(doc.text) for doc, _ in items]
        with self._transaction():
            return [self._add(doc, raw, sig) for (doc, raw), sig in zip(items, sigs)]

    def _add(self, doc: Document, raw: RawArticle | None, sig: bytes) -> Outcome:
        outcome = self._place(doc, sig)
        relation = "original" if outcome.status == "new" else outcome.status
        self._add_input(outcome.doc_id, doc, raw, relation, outcome.similarity)
        return outcome

    def _place(self, doc: Document, sig: bytes) -> Outcome:
        """The stored document this one duplicates (exactly or near), else this one, inserted."""
        if self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
            return Outcome("duplicate", doc.id, 1.0)
        near = self._near_duplicate(sig, _facts(doc))
        if near is not None:
            return Outcome("near-duplicate", near[0], near[1])
        self._insert(doc, sig)
        return Outcome("new", doc.id)

    def _near_duplicate(self, sig: bytes, facts: tuple) -> tuple[str, float] | None:
        """The most similar stored document that also states the same facts, if similar enough."""
        clauses = " OR ".join("(band = ? AND bucket = ?)" for _ in range(dedupe.BANDS))
        params = [x for pair in dedupe.bands(sig) for x in pair]
        rows = self.db.execute(
            f"SELECT DISTINCT d.id, d.minhash FROM lsh_bands b JOIN documents d ON d.id = b.doc_id WHERE {clauses}",
            params,
        ).fetchall()
        scored = sorted(((dedupe.similarity(sig, r["minhash"]), r["id"]) for r in rows), reverse=True)
        for score, doc_id in scored:
            if score < dedupe.THRESHOLD:
                break
            if dedupe.same_facts(facts, self._stored_facts(doc_id)):
                return doc_id, score
        return None

    def _stored_facts(self, doc_id: str) -> tuple:
        row = self.db.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        record = json.loads(row["record"])
        people = {e["id"] for e in record["entities"] if e["type"] == "PERSON"}
        return dedupe.facts(record["text"], people, (record.get("published") or {}).get("value"))

    def _insert(self, doc: Document, sig: bytes) -> None:
        published = doc.published.value if doc.published else None
        record = records.fields(doc)  # (the text and the record as UTF-8 made here: no copy kept in doc.text)
        cur = self.db.execute(
            "INSERT INTO documents (id, title, source_name, source_url, published, text, record, minhash, ingested_at)"
            f" VALUES (?, ?, ?, ?, ?, {self._UTF8}, {self._UTF8}, ?, ?)",
            (doc.id, doc.title, doc.source.name, doc.source.url, published, doc.text.encode(),
             records.utf8(doc, record), sig, _now()),
        )
        self.db.executemany("INSERT INTO lsh_bands (band, bucket, doc_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                            [(b, h, doc.id) for b, h in dedupe.bands(sig)])
        self._index_text(cur, doc)
        relations.write(self.db, doc, record)

    def _index_text(self, cur, doc: Document) -> None:
        """The folded title and text in the full-text index (``cur``: the insert of the document's row)."""
        self.db.execute("INSERT INTO documents_fts (rowid, doc_id, title, body) VALUES (?, ?, ?, ?)",
                        (cur.lastrowid, doc.id, fold(doc.title or ""), fold(doc.text)))

    def _unindex_text(self, doc_id: str) -> None:
        """A document's entry out of the full-text index (before its row goes)."""
        self.db.execute("DELETE FROM documents_fts WHERE rowid = (SELECT rowid FROM documents WHERE id = ?)", (doc_id,))

    def _add_input(self, doc_id: str, doc: Document, raw: RawArticle | None, relation: str, sim: float | None) -> None:
        content_hash = raw.content_hash if raw else doc.id
        self.db.execute(
            "INSERT INTO document_inputs (doc_id, path, line, source_name, source_url, content_hash,"
            " relation, similarity, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (doc_id, doc.path, raw.line if raw else None, doc.source.name, doc.source.url, content_hash,
             relation, sim, _now()),
        )

    def replace_record(self, doc: Document) -> None:
        """Store a re-extracted record of a stored document (same id): derived rows rebuilt, inputs kept."""
        with self._transaction():
            relations.clear(self.db, doc.id)
            record = records.fields(doc)
            self.db.execute("UPDATE documents SET title = ?, source_name = ?, source_url = ?, published = ?,"
                            f" record = {self._UTF8} WHERE id = ?",
                            (doc.title, doc.source.name, doc.source.url, doc.published.value if doc.published else None,
                             records.utf8(doc, record), doc.id))
            relations.write(self.db, doc, record)

    def move_record(self, old_id: str, doc: Document) -> Outcome:
        """Store a document read again from its source whose text, and so id, changed (``bangiao reprocess
        --from-source``), in one transaction: ``doc`` is stored, or merged into the stored document it duplicates
        (the outcome says which); every input of ``old_id`` moves to it (store/moves.py) and ``old_id`` goes."""
        sig = dedupe.signature(doc.text)
        with self._transaction():
            inputs = moves.take_inputs(self.db, old_id)
            relations.clear(self.db, old_id)
            self._unindex_text(old_id)
            self.db.execute("DELETE FROM documents WHERE id = ?", (old_id,))
            outcome = self._place(doc, sig)
            merged = None if outcome.status == "new" else outcome.status
            moves.put_inputs(self.db, outcome.doc_id, inputs, merged, outcome.similarity)
            moves.follow_frontier(self.db, old_id, outcome.doc_id)
        return outcome

    def records(self):
        """Every stored record, oldest ingest first."""
        for line in self.record_lines():
            yield json.loads(line)

    # ------------------------------------------------------------ reading

    def resolve_id(self, prefix: str) -> str | None:
        """The full id of a document from its id or a unique prefix of it (at least 4 characters)."""
        if len(prefix) < 4:
            return None
        rows = self.db.execute("SELECT id FROM documents WHERE id LIKE ? || '%' ESCAPE '\\' LIMIT 2",
                               (queries.like(prefix),)).fetchall()
        return rows[0]["id"] if len(rows) == 1 else None

    def get(self, doc_id: str) -> dict | None:
        """The stored record of a document, with ``inputs``: every path it was read from."""
        full = self.resolve_id(doc_id)
        if full is None:
            return None
        row = self.db.execute("SELECT record FROM documents WHERE id = ?", (full,)).fetchone()
        record = json.loads(row["record"])
        inputs = self.db.execute(
            "SELECT path, line, source_name, source_url, relation, similarity, ingested_at FROM document_inputs"
            " WHERE doc_id = ? ORDER BY ingested_at, rowid", (full,)).fetchall()
        record["inputs"] = [dict(r) for r in inputs]
        return record

    def search(self, query: str, limit: int = 10) -> list[search.Hit]:
        """Documents matching every word of the query, best first, with highlighted snippets.

        A query matching more than ``RANK_WINDOW`` documents is ranked among the most recently stored
        ``RANK_WINDOW`` of them: scoring every match of a word found in every article would cost time in
        proportion to the whole store. QueryError for a query of too many words (``search.terms``) or one that
        runs past ``query_seconds``.
        """
        with self.time_limit():
            return self._search(query, limit)

    def _search(self, query: str, limit: int) -> list[search.Hit]:
        expr = search.fts_query(query)
        if expr is None:
            return []
        edge = self.db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC"
                               " LIMIT 1 OFFSET ?", (expr, RANK_WINDOW - 1)).fetchone()
        rows = self.db.execute(  # rank inside the index first: only the page's documents are read
            "WITH best AS (SELECT rowid, bm25(documents_fts, 0.0, 5.0, 1.0) AS score FROM documents_fts"
            " WHERE documents_fts MATCH ? AND rowid >= ? ORDER BY score LIMIT ?)"
            " SELECT d.id, d.title, d.published, d.source_name, d.text, best.score FROM best"
            " JOIN documents d ON d.rowid = best.rowid ORDER BY best.score",
            (expr, edge[0] if edge else 0, limit)).fetchall()
        return [search.Hit(r["id"], r["title"], r["published"], r["source_name"], -r["score"],
                           search.snippet(r["text"], query)) for r in rows]

    def stats(self) -> dict[str, object]:
        """Counts for ``bangiao stats``."""
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "inputs": one("SELECT count(*) FROM document_inputs"),
            "duplicates": one("SELECT count(*) FROM document_inputs WHERE relation = 'duplicate'"),
            "near_duplicates": one("SELECT count(*) FROM document_inputs WHERE relation = 'near-duplicate'"),
            "sources": [tuple(r) for r in self.db.execute(
                "SELECT coalesce(source_name, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC LIMIT 10")],
            "first_published": one("SELECT min(published) FROM documents"),
            "last_published": one("SELECT max(published) FROM documents"),
            "schema_version": self.version,
            "path": self.path,
        }

    # ------------------------------------------------------------ questions (what serve/ and the CLI ask)

    def events(self, f: EventFilter = EventFilter(), limit: int | None = None, offset: int = 0,
               newest_first: bool = False, most_sources: int = -1) -> list[dict]:
        """Fused events in date order (undated last), each with its sources (all, or the first ``most_sources``)."""
        return queries.events(self.db, f, limit, offset, newest_first, most_sources)

    def event(self, fused_id: str, most_sources: int = 500) -> dict | None:
        """One fused event with its sources, or None."""
        return queries.event(self.db, fused_id, most_sources)

    def count_events(self, f: EventFilter = EventFilter()) -> int:
        return queries.count_events(self.db, f)

    def participants(self, f: EventFilter = EventFilter()) -> list[tuple[str, int]]:
        """People taking part in the filtered events, with how many each, most first."""
        return queries.participants(self.db, f)

    def places(self, f: EventFilter = EventFilter()) -> list[tuple[str, int]]:
        """Where the filtered events were held: (place id, events there), most first (the web UI's map)."""
        return queries.places(self.db, f)

    def actors(self, country: str | None = None) -> list[dict]:
        return queries.actors(self.db, country)

    def timeline(self, pair: tuple[str, str]) -> list[dict]:
        return queries.timeline(self.db, pair)

    def agreements(self, pair: tuple[str, str] | None = None, status: str | None = None) -> list[dict]:
        return queries.agreements(self.db, pair, status)

    def figures(self, pair: tuple[str, str] | None = None) -> list[dict]:
        return queries.figures(self.db, pair)

    # ------------------------------------------------------------ projects, commitments, targets (store/follow_ups.py)

    def projects(self, pair: tuple[str, str] | None = None, stage: str | None = None, kind: str | None = None,
                 limit: int = 100, offset: int = 0) -> list[dict]:
        """Projects across articles (one row each), the most recently reported first; ``stage``: the latest one."""
        return projects.listing(self.db, pair, stage, kind, limit, offset)

    def project(self, project_id: str) -> dict | None:
        """A project with every report of it and its stage timeline (each step with its sources), or None."""
        return projects.one(self.db, project_id)

    def commitments(self, pair: tuple[str, str] | None = None, topic: str | None = None, since: str | None = None,
                    until: str | None = None, kind: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
        """Commitments in the order they were made, each with the keys of the same undertaking told elsewhere."""
        return commitments.listing(self.db, pair, topic, since, until, kind, limit, offset)

    def follow_up(self, thing: str) -> dict | None:
        """Everything reported later about a commitment (its key) or a project (``project:…``), or None."""
        return follow_ups.follow_up(self.db, thing)

    def targets(self, pair: tuple[str, str]) -> list[dict]:
        """A pair's target figures with the results reported for their period and their progress."""
        return targets_.listing(self.db, pair)

    # ------------------------------------------------------------ the web UI's questions (store/overview.py)

    def overview(self) -> dict:
        """Documents, the period they cover, their main outlets and the number of fused events."""
        return overview.summary(self.db)

    def partners(self, country: str = "VN") -> list[dict]:
        """Countries with events involving ``country``, most first, with their events a year (the pair timeline)."""
        return overview.partners(self.db, country)

    def event_page(self, f: EventFilter = EventFilter(), sort: str = "-date", limit: int = 50, offset: int = 0,
                   most_sources: int = 10) -> list[dict]:
        """A page of fused events sorted by ``date`` (oldest first), ``-date`` (newest first) or ``sources``."""
        ids = (queries.most_reported(self.db, f, limit, offset) if sort == "sources"
               else queries.event_ids(self.db, f, limit, offset, newest_first=sort != "date"))
        return queries.by_ids(self.db, ids, most_sources)

    def together(self, f: EventFilter = EventFilter(), most: int = 5000) -> tuple[list[tuple[str, str, int]], int]:
        """Who met whom: (a, b, events together) for people and countries of the newest ``most`` filtered events,
        and how many events that was."""
        return overview.together(self.db, f, most)

    def reported_as(self, doc_id: str) -> dict[str, str]:
        """{event id in a document's record: the fused event it belongs to}."""
        return overview.reported_as(self.db, doc_id)

    def leads(self, doc_ids: list[str]) -> dict[str, str]:
        """The first 300 characters of each document's text: what to call an article without a title."""
        return overview.leads(self.db, doc_ids)

    def pair_leaders(self, pair: tuple[str, str], most: int = 50) -> list[tuple[str, int]]:
        """The people of a pair's events with how many each, most first (counted as events come and go)."""
        return pairs.leaders(self.db, pair, most)

    def pair_agreements(self, pair: tuple[str, str], most: int = 40) -> list[dict]:
        """A pair's named documents, the most mentioned first, each with its latest few articles."""
        return pairs.agreements(self.db, pair, most)

    def pair_figures(self, pair: tuple[str, str], most: int = 60) -> list[dict]:
        """A pair's figures (one per amount, unit and claim), the most mentioned first, with a few articles each."""
        return pairs.figures(self.db, pair, most)

    def texts(self, doc_ids: list[str]) -> dict[str, tuple[str | None, str]]:
        """{document id: (title, text)} of these documents (a search's candidates, checked word by word)."""
        return overview.texts(self.db, doc_ids)

    def entity(self, entity_id: str) -> dict | None:
        """A stored entity (id, name, country, type), or None."""
        row = self.db.execute("SELECT id, name, country, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return dict(row) if row else None

    def entity_names(self, ids: set[str] | None = None) -> dict[str, str]:
        """Stored names of the given entity ids (of every entity when ``ids`` is None)."""
        if ids is None:
            return dict(self.db.execute("SELECT id, name FROM entities").fetchall())
        wanted, found = sorted(ids), {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            found |= dict(self.db.execute(f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(chunk))})",
                                          chunk).fetchall())
        return found

    def person_countries(self) -> dict[str, str | None]:
        """The country of every stored person."""
        return dict(self.db.execute("SELECT id, country FROM entities WHERE type = 'PERSON'").fetchall())

    def record_lines(self):
        """Every stored record as its JSON line, oldest ingest first (the export's JSONL)."""
        for row in self.db.execute("SELECT record FROM documents ORDER BY rowid"):
            yield row[0]
