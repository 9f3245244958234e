"""A large PostgreSQL store without extracting every article: `python bench/pg_replicate.py URL [BASE] [TOTAL]`.

1. Extracts and stores BASE generated articles (default 2,000; bench/corpus.py, as api_latency.py builds them),
   with the real pipeline, near-duplicate check and fusion (skipped for the ones already there).
2. Copies those rows in SQL until the store holds TOTAL documents (default 100,000): copy k gets ids suffixed
   with "-k" and every date moved k % 10 years back, so each copy's events are occurrences of their own. The pair
   timeline and the dashboard's pair counts (migration 6) are counted again from the copied rows; the search index
   is copied with the documents.

The copies share their texts, so this is a store of TOTAL documents with BASE distinct texts: enough to time
reads (indexes, page walks, ranking windows) on a store of that size, not a corpus to evaluate on.
"""
from __future__ import annotations

import sys
import time
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import api_latency  # noqa: E402

from bangiao.store.backends import open_store  # noqa: E402

AGGREGATES = resources.files("bangiao.store").joinpath("migrations", "postgres", "0006_pair_aggregates.sql")

SHIFT = "(substr({c}, 1, 4)::int - {k} % 10)::text || substr({c}, 5)"


def _shifted(column: str, k: int) -> str:
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE {SHIFT.format(c=column, k=k)} END"


def _copy(db, k: int) -> None:
    s = f"'-{k}'"
    statements = [
        "INSERT INTO documents (id, title, source_name, source_url, published, text, record, minhash, ingested_at)"
        f" SELECT id || {s}, title, source_name, source_url, {_shifted('published', k)}, text, record, minhash,"
        " ingested_at FROM documents WHERE id NOT LIKE '%-%' ORDER BY rowid",
        "INSERT INTO document_inputs (doc_id, path, line, source_name, source_url, content_hash, relation, similarity,"
        f" ingested_at) SELECT doc_id || {s}, path, line, source_name, source_url, content_hash, relation, similarity,"
        " ingested_at FROM document_inputs WHERE doc_id NOT LIKE '%-%' ORDER BY rowid",
        f"INSERT INTO documents_search (doc_id, seq, terms, title_terms) SELECT s.doc_id || {s}, d.rowid, s.terms,"
        " s.title_terms"
        f" FROM documents_search s JOIN documents d ON d.id = s.doc_id || {s} WHERE s.doc_id NOT LIKE '%-%'",
        f'INSERT INTO mentions (doc_id, entity_id, start, "end", text) SELECT doc_id || {s}, entity_id, start, "end",'
        " text FROM mentions WHERE doc_id NOT LIKE '%-%'",
        "INSERT INTO fused_events (id, type, cameo, date_value, date_end, location, status, participants)"
        f" SELECT id || {s}, type, cameo, {_shifted('date_value', k)}, {_shifted('date_end', k)}, location, status,"
        " participants FROM fused_events WHERE id NOT LIKE '%-%'",
        "INSERT INTO event_reports (doc_id, event_id, fused_id, evidence, record)"
        f" SELECT doc_id || {s}, event_id, fused_id || {s}, evidence, record FROM event_reports"
        " WHERE doc_id NOT LIKE '%-%' ORDER BY rowid",
        "INSERT INTO event_participants (fused_id, entity_id, position, date_value, type)"
        f" SELECT fused_id || {s}, entity_id, position, {_shifted('date_value', k)}, type FROM event_participants"
        " WHERE fused_id NOT LIKE '%-%'",
        "INSERT INTO event_countries (fused_id, country, date_value, type)"
        f" SELECT fused_id || {s}, country, {_shifted('date_value', k)}, type FROM event_countries"
        " WHERE fused_id NOT LIKE '%-%'",
        "INSERT INTO agreements (doc_id, id, name, folded, kind, status, period, parties, record)"
        f" SELECT doc_id || {s}, id, name, folded, kind, status, period, parties, record FROM agreements"
        " WHERE doc_id NOT LIKE '%-%'",
        "INSERT INTO figures (doc_id, n, kind, value, unit, is_target, period, parties, record)"
        f" SELECT doc_id || {s}, n, kind, value, unit, is_target, period, parties, record FROM figures"
        " WHERE doc_id NOT LIKE '%-%'",
    ]
    with db.transaction() as conn:
        for sql in statements:
            conn.execute(sql)


def _recount(db) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM pair_months")
        conn.execute("INSERT INTO pair_months (a, b, month, type, n)"
                     " SELECT x.country, y.country, coalesce(substr(x.date_value, 1, 7), 'undated'), x.type, count(*)"
                     " FROM event_countries x JOIN event_countries y ON x.fused_id = y.fused_id"
                     " AND x.country < y.country GROUP BY 1, 2, 3, 4")
        conn.execute(AGGREGATES.read_text("utf-8"))  # the pair dashboard's counts, again
    db.execute("ANALYZE")


def main(url: str, base: int, total: int) -> None:
    t0 = time.perf_counter()
    with open_store(url) as store:
        have = store.stats()["documents"]
    if have < base:
        api_latency.build(url, base, start=have)
    with open_store(url) as store:
        base = store.db.execute("SELECT count(*) FROM documents WHERE id NOT LIKE '%-%'").fetchone()[0]
        copies = store.db.execute("SELECT count(*) FROM documents WHERE id LIKE '%-%'").fetchone()[0] // base
        for k in range(copies + 1, total // base):
            _copy(store.db, k)
            print(f"  copy {k}: {(k + 1) * base:,} documents, {time.perf_counter() - t0:.0f} s", flush=True)
        _recount(store.db)
        print(f"{url}: {store.stats()['documents']:,} documents ({base:,} distinct texts) in "
              f"{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000, int(sys.argv[3]) if len(sys.argv) > 3 else 100_000)
