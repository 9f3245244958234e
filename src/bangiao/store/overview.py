"""What the store holds at a glance and who met whom: the questions of the web UI's home and network pages.

The partner ranking reads the pair timeline (``pair_months``, kept up to date by fusion), never the events
themselves, so the home page costs the same whatever the size of the store.
"""
from __future__ import annotations

import sqlite3
from collections import Counter

from bangiao.store.queries import EventFilter, event_ids


def summary(db: sqlite3.Connection, top: int = 8) -> dict:
    """Documents, the period they cover, their main outlets, and the number of fused events."""
    documents, first, last = db.execute("SELECT count(*), min(published), max(published) FROM documents").fetchone()
    outlets = db.execute("SELECT source_name, count(*) FROM documents WHERE source_name IS NOT NULL"
                         " GROUP BY source_name ORDER BY 2 DESC, 1 LIMIT ?", (top,)).fetchall()
    events = db.execute("SELECT count(*) FROM fused_events").fetchone()[0]
    return {"documents": documents, "first_published": first, "last_published": last, "events": events,
            "sources": [{"name": r[0], "documents": r[1]} for r in outlets]}


def partners(db: sqlite3.Connection, country: str) -> list[dict]:
    """Every country with events involving ``country``: how many, and how many a year (most events first)."""
    rows = db.execute("SELECT CASE WHEN a = ? THEN b ELSE a END, month, sum(n) FROM pair_months"
                      " WHERE (a = ? OR b = ?) AND n > 0 GROUP BY 1, 2", (country, country, country)).fetchall()
    found: dict[str, dict] = {}
    for partner, month, n in rows:
        item = found.setdefault(partner, {"code": partner, "events": 0, "undated": 0, "years": {}})
        item["events"] += n
        if month == "undated":
            item["undated"] += n
        else:
            item["years"][month[:4]] = item["years"].get(month[:4], 0) + n
    return sorted(found.values(), key=lambda p: (-p["events"], p["code"]))


def together(db: sqlite3.Connection, f: EventFilter, most: int) -> tuple[list[tuple[str, str, int]], int]:
    """Who took part in the same events: (a, b, how many events) for people and countries, among the newest
    ``most`` filtered events; and how many events were read."""
    ids = event_ids(db, f, most, 0, newest_first=True)
    members: dict[str, set[str]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = db.execute(f"SELECT fused_id, entity_id FROM event_participants WHERE fused_id IN"
                          f" ({','.join('?' * len(chunk))}) AND (entity_id LIKE 'person:%' OR entity_id LIKE"
                          " 'country:%')", chunk)
        for fused, entity in rows:
            members.setdefault(fused, set()).add(entity)
    edges: Counter = Counter()
    for group in members.values():
        ordered = sorted(group)
        edges.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:])
    return [(a, b, n) for (a, b), n in edges.most_common()], len(ids)


def reported_as(db: sqlite3.Connection, doc_id: str) -> dict[str, str]:
    """The fused event each of a document's events belongs to: {event id in the record: fused id}."""
    return dict(db.execute("SELECT event_id, fused_id FROM event_reports WHERE doc_id = ?", (doc_id,)).fetchall())


def leads(db: sqlite3.Connection, doc_ids: list[str]) -> dict[str, str]:
    """The start of each document's text (what to call an article without a title)."""
    found: dict[str, str] = {}
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i:i + 500]
        found |= dict(db.execute(f"SELECT id, substr(text, 1, 300) FROM documents WHERE id IN"
                                 f" ({','.join('?' * len(chunk))})", chunk).fetchall())
    return found


def texts(db: sqlite3.Connection, doc_ids: list[str]) -> dict[str, tuple[str | None, str]]:
    """{document id: (title, text)}: for checking a search's candidates word by word."""
    found: dict[str, tuple[str | None, str]] = {}
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i:i + 500]
        found |= {r[0]: (r[1], r[2]) for r in db.execute(
            f"SELECT id, title, text FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
    return found
