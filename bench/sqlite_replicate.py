"""A large SQLite store without extracting every article: `python bench/sqlite_replicate.py PATH [BASE] [TOTAL]`.

The SQLite twin of bench/pg_replicate.py: BASE generated articles (default 2,000; bench/corpus.py) are extracted and
stored with the real pipeline, near-duplicate check and fusion; then their rows are copied in SQL until the store
holds TOTAL documents (default 100,000): copy k gets ids suffixed with "-k" and every date moved k % 10 years back,
so each copy's events are occurrences of their own. The pair timeline and the dashboard's pair counts are counted again
from the copied rows, the full-text index gets the copies' rows.

A store of TOTAL documents with BASE distinct texts: enough to time reads on a store of that size (the web UI's
pages: bench/page_latency.py), not a corpus to evaluate on.
"""
from __future__ import annotations

import sys
import time
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import api_latency  # noqa: E402

from bangiao.store.store import Store  # noqa: E402

SHIFT = "(CAST(substr({c}, 1, 4) AS INTEGER) - {k} % 10) || substr({c}, 5)"
ORIGINAL = "NOT LIKE '%-%'"
AGGREGATES = resources.files("bangiao.store").joinpath("migrations", "0006_pair_aggregates.sql")


def _shifted(column: str, k: int) -> str:
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE {SHIFT.format(c=column, k=k)} END"


def _statements(k: int) -> list[str]:
    s = f"'-{k}'"
    return [
        "INSERT INTO documents (id, title, source_name, source_url, published, text, record, minhash, ingested_at)"
        f" SELECT id || {s}, title, source_name, source_url, {_shifted('published', k)}, text, record, minhash,"
        f" ingested_at FROM documents WHERE id {ORIGINAL} ORDER BY rowid",
        "INSERT INTO document_inputs (doc_id, path, line, source_name, source_url, content_hash, relation, similarity,"
        f" ingested_at) SELECT doc_id || {s}, path, line, source_name, source_url, content_hash, relation, similarity,"
        f" ingested_at FROM document_inputs WHERE doc_id {ORIGINAL} ORDER BY rowid",
        f"INSERT INTO documents_fts (rowid, doc_id, title, body) SELECT d.rowid, f.doc_id || {s}, f.title, f.body"
        f" FROM documents_fts f JOIN documents d ON d.id = f.doc_id || {s} WHERE f.doc_id {ORIGINAL}",
        f'INSERT INTO mentions (doc_id, entity_id, start, "end", text) SELECT doc_id || {s}, entity_id, start, "end",'
        f" text FROM mentions WHERE doc_id {ORIGINAL}",
        "INSERT INTO fused_events (id, type, cameo, date_value, date_end, location, status, participants)"
        f" SELECT id || {s}, type, cameo, {_shifted('date_value', k)}, {_shifted('date_end', k)}, location, status,"
        f" participants FROM fused_events WHERE id {ORIGINAL}",
        "INSERT INTO event_reports (doc_id, event_id, fused_id, evidence, record)"
        f" SELECT doc_id || {s}, event_id, fused_id || {s}, evidence, record FROM event_reports"
        f" WHERE doc_id {ORIGINAL} ORDER BY rowid",
        "INSERT INTO event_participants (fused_id, entity_id, position, date_value, type)"
        f" SELECT fused_id || {s}, entity_id, position, {_shifted('date_value', k)}, type FROM event_participants"
        f" WHERE fused_id {ORIGINAL}",
        "INSERT INTO event_countries (fused_id, country, date_value, type)"
        f" SELECT fused_id || {s}, country, {_shifted('date_value', k)}, type FROM event_countries"
        f" WHERE fused_id {ORIGINAL}",
        "INSERT INTO agreements (doc_id, id, name, folded, kind, status, period, parties, record)"
        f" SELECT doc_id || {s}, id, name, folded, kind, status, period, parties, record FROM agreements"
        f" WHERE doc_id {ORIGINAL}",
        "INSERT INTO figures (doc_id, n, kind, value, unit, is_target, period, parties, record)"
        f" SELECT doc_id || {s}, n, kind, value, unit, is_target, period, parties, record FROM figures"
        f" WHERE doc_id {ORIGINAL}",
    ]


def _recount(store: Store) -> None:
    with store._transaction():
        store.db.execute("DELETE FROM pair_months")
        store.db.execute("INSERT INTO pair_months (a, b, month, type, n) SELECT x.country, y.country,"
                         " coalesce(substr(x.date_value, 1, 7), 'undated'), x.type, count(*) FROM event_countries x"
                         " JOIN event_countries y ON x.fused_id = y.fused_id AND x.country < y.country"
                         " GROUP BY 1, 2, 3, 4")
        for statement in AGGREGATES.read_text("utf-8").split(";\n"):  # the pair dashboard's counts, again
            store.db.execute(statement)
    store.db.execute("ANALYZE")


def main(path: str, base: int, total: int) -> None:
    t0 = time.perf_counter()
    with Store(path) as store:
        have = store.stats()["documents"]
    if have < base:
        api_latency.build(path, base, start=have)
    with Store(path) as store:
        base = store.db.execute(f"SELECT count(*) FROM documents WHERE id {ORIGINAL}").fetchone()[0]
        copies = store.db.execute("SELECT count(*) FROM documents WHERE id LIKE '%-%'").fetchone()[0] // base
        for k in range(copies + 1, total // base):
            with store._transaction():
                for sql in _statements(k):
                    store.db.execute(sql)
            print(f"  copy {k}: {(k + 1) * base:,} documents, {time.perf_counter() - t0:.0f} s", flush=True)
        _recount(store)
        print(f"{path}: {store.stats()['documents']:,} documents ({base:,} distinct texts) in "
              f"{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000, int(sys.argv[3]) if len(sys.argv) > 3 else 100_000)
