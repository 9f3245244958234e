"""A stored document moving to a new id: ``bangiao reprocess --from-source`` read its page again and the page
now cleans to another text (and so another id). ``Store.move_record`` runs these steps in one transaction: the
old document's inputs are taken, the old document goes, the new one is placed (stored, or merged into the one it
duplicates), the inputs are put back under it and the crawl's frontier follows. Nothing an input says is lost:
only the original's relation changes when the new text duplicates another document's.
"""
from __future__ import annotations

_COLUMNS = "path, line, source_name, source_url, content_hash, relation, similarity, ingested_at"


def take_inputs(db, doc_id: str) -> list[tuple]:
    """Every input row of a document, in the order they were stored (without the document's id)."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM document_inputs WHERE doc_id = ? ORDER BY rowid", (doc_id,))
    return [tuple(r) for r in rows.fetchall()]


def put_inputs(db, doc_id: str, rows: list[tuple], merged_as: str | None, similarity: float | None) -> None:
    """The rows as inputs of ``doc_id``. ``merged_as``: the relation the original input takes when the document
    it gave was merged into ``doc_id`` ("duplicate", "near-duplicate"; None: it stays the original). A row
    ``doc_id`` already holds (the same input read twice) is kept once."""
    relation = _COLUMNS.split(", ").index("relation")
    moved = [r[:relation] + (merged_as, similarity) + r[relation + 2:] if merged_as and r[relation] == "original"
             else r for r in rows]
    db.executemany(f"INSERT INTO document_inputs (doc_id, {_COLUMNS}) VALUES (?, {', '.join('?' * 8)})"
                   " ON CONFLICT DO NOTHING", [(doc_id, *r) for r in moved])


def follow_frontier(db, old_id: str, new_id: str) -> None:
    """The crawl's URLs that gave the old document name the new one."""
    db.execute("UPDATE crawl_urls SET doc_id = ? WHERE doc_id = ?", (new_id, old_id))
