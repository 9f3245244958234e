"""A whole store copied to another backend (SQLite → PostgreSQL and back), counts checked at the end.

Every stored row is copied as it is — documents and their inputs in the order they were stored, the LSH bands,
the relational rows with their fused events — so the copy answers every question as the original does without
extracting anything again. The full-text index is the one thing each backend keeps its own way: it is rebuilt
from the copied documents. The destination must be empty: a copy never mixes into a store that has documents.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from bangiao.errors import StoreError
from bangiao.reading.normalize import fold
from bangiao.store import search
from bangiao.store.store import Store

# (table, columns, order): parents before children; documents, inputs and reports keep the order they were stored
TABLES = [
    ("documents", "id, title, source_name, source_url, published, text, record, minhash, ingested_at", "rowid"),
    ("document_inputs", "doc_id, path, line, source_name, source_url, content_hash, relation, similarity, ingested_at",
     "rowid"),
    ("lsh_bands", "band, bucket, doc_id", None),
    ("entities", "id, type, name, country, folded", None),
    ("mentions", 'doc_id, entity_id, start, "end", text', None),
    ("fused_events", "id, type, cameo, date_value, date_end, location, status, participants", None),
    ("event_reports", "doc_id, event_id, fused_id, evidence, record", "rowid"),
    ("event_participants", "fused_id, entity_id, position, date_value, type", None),
    ("event_countries", "fused_id, country, date_value, type", None),
    ("pair_months", "a, b, month, type, n", None),
    ("agreements", "doc_id, id, name, folded, kind, status, period, parties, record", None),
    ("figures", "doc_id, n, kind, value, unit, is_target, period, parties, record", None),
    ("project_mentions", "doc_id, n, project_id, name, kind, stage, date_value, seen, evidence, parties, places, value,"
                         " unit", None),
    ("projects", "id, name, kind, stage, stage_date, mentions, documents, first_seen, last_seen, value, unit, parties,"
                 " places", None),
    ("project_pairs", "a, b, project_id", None),
    ("commitments", "doc_id, id, key, kind, topic, cameo, made, deadline, words, record", None),
    ("commitment_sides", "a, b, key, topic, made", None),
    ("commitment_words", "word, key", None),
    ("commitment_links", "earlier, later, relation", None),
    ("figure_sides", "a, b, doc_id, n, kind, unit, is_target, period, value", None),
    ("target_links", "target_doc, target_n, result_doc, result_n", None),
    ("crawl_urls", "url, outlet, kind, state, published, discovered_at, fetched_at, attempts, http_status, outcome,"
                   " retry, etag, last_modified, doc_id, warc, warc_offset", None),
]
CHUNK = 2000


def _is_pg(store: Store) -> bool:
    return hasattr(store.db, "pool")


def _rows(store: Store, sql: str) -> Iterator[tuple]:
    if _is_pg(store):
        with store.db.stream(sql, size=CHUNK) as rows:
            yield from rows
    else:
        yield from store.db.execute(sql)


def _chunks(rows: Iterator[tuple]) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(tuple(row))
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _writer(dst: Store, table: str, columns: str) -> Callable[[list[tuple]], None]:
    """Rows into a table of the destination: COPY on PostgreSQL, executemany on SQLite; a transaction a chunk."""
    if _is_pg(dst):
        def write(chunk: list[tuple]) -> None:
            with dst.db.transaction() as conn, conn.cursor() as cur:
                with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in chunk:
                        copy.write_row(row)
        return write
    marks = ", ".join("?" * len(columns.split(",")))

    def write_sqlite(chunk: list[tuple]) -> None:
        with dst._transaction():
            dst.db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", chunk)
    return write_sqlite


def _index(dst: Store) -> None:
    """The destination's full-text index, from its documents."""
    if not _is_pg(dst):
        dst.db.create_function("fold", 1, fold, deterministic=True)
        with dst._transaction():
            dst.db.execute("INSERT INTO documents_fts (rowid, doc_id, title, body)"
                           " SELECT rowid, id, fold(coalesce(title, '')), fold(text) FROM documents")
        return
    from bangiao.store.postgres import INDEX_TEXT

    for chunk in _chunks(_rows(dst, "SELECT id, title, text FROM documents ORDER BY rowid")):
        dst.db.executemany(INDEX_TEXT, [(search.words(fold(t or "")), search.words(fold(x)), i) for i, t, x in chunk])
    dst.db.execute("ANALYZE")


def counts(store: Store) -> dict[str, int]:
    """Rows per copied table, and the documents the full-text index holds."""
    found = {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t, _, _ in TABLES}
    index = "documents_search" if _is_pg(store) else "documents_fts"
    found["search index"] = store.db.execute(f"SELECT count(*) FROM {index}").fetchone()[0]
    return found


def copy_store(src: Store, dst: Store, progress: Callable[[str, int], None] = lambda table, n: None) -> dict[str, int]:
    """Copy every row of ``src`` into the empty ``dst``; the counts of both, checked equal (else StoreError)."""
    held = dst.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    if held:
        raise StoreError(f"{dst.path} already holds {held} documents: copy into a new, empty store")
    for table, columns, order in TABLES:
        write = _writer(dst, table, columns)
        for chunk in _chunks(_rows(src, f"SELECT {columns} FROM {table}" + (f" ORDER BY {order}" if order else ""))):
            write(chunk)
            progress(table, len(chunk))
    _index(dst)
    before, after = counts(src), counts(dst)
    if before != after:
        wrong = ", ".join(f"{t}: {before[t]} → {after.get(t)}" for t in before if before[t] != after.get(t))
        raise StoreError(f"the copy in {dst.path} does not hold what {src.path} holds ({wrong})")
    return after
