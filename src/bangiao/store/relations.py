"""Writing a document's record relationally, and fusing the events several articles report.

Two reports are one event when they have the same type, the same main participants (one set inside the
other, at least two shared, or equal) and dates that agree at their known precision. Undated reports are never
fused: there is nothing to say they are the same occurrence.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

from bangiao.model import Document, Event, to_dict
from bangiao.reading.normalize import fold


def _agree(a: str | None, a_end: str | None, b: str | None, b_end: str | None) -> bool:
    if not a or not b:
        return False
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return True
    return bool(a_end and a <= b[:len(a)] <= a_end or b_end and b <= a[:len(b)] <= b_end)


def _same_people(a: list[str], b: list[str]) -> bool:
    x, y = set(a), set(b)
    return x == y or (x <= y or y <= x) and len(x & y) >= 2


def _fused_id(doc_id: str, event: Event) -> str:
    return "f" + hashlib.sha1(f"{doc_id}:{event.id}".encode()).hexdigest()[:12]


def _candidates(db: sqlite3.Connection, kind: str, status: str, date: str, end: str | None) -> list:
    """Fused events whose date may agree: the same or a coarser date, a finer one, a range (indexed lookups)."""
    coarser = [date[:n] for n in (4, 7, 10) if n <= len(date)]
    head = "SELECT id, date_value, date_end, participants FROM fused_events WHERE type = ? AND status = ? AND "
    marks = ",".join("?" * len(coarser))
    rows = db.execute(head + f"date_value IN ({marks})", (kind, status, *coarser)).fetchall()
    rows += db.execute(head + "date_value > ? AND date_value < ?", (kind, status, date, date + "~")).fetchall()
    rows += db.execute(head + "date_end IS NOT NULL AND date_value >= ? AND date_value <= ?",
                       (kind, status, date[:4], date)).fetchall()
    if end:
        rows += db.execute(head + "date_value > ? AND date_value <= ?", (kind, status, date, end + "~")).fetchall()
    return rows


def _fuse(db: sqlite3.Connection, doc_id: str, event: Event) -> str:
    """The fused event this report belongs to, created if it is the first report of the occurrence."""
    date = event.date.value if event.date else None
    end = event.date.end if event.date else None
    if date:
        for row in _candidates(db, event.type, event.status, date, end):
            if _agree(date, end, row[1], row[2]) and _same_people(list(event.participants), json.loads(row[3])):
                return row[0]
    fused = _fused_id(doc_id, event)
    db.execute("INSERT INTO fused_events (id, type, cameo, date_value, date_end, location, status, participants)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (fused, event.type, event.cameo, date, end, event.location,
                                                    event.status, json.dumps(list(event.participants))))
    db.executemany("INSERT INTO event_participants (fused_id, entity_id, position, date_value, type)"
                   " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", [(fused, p, i, date, event.type) for i, p in enumerate(event.participants)])
    _count(db, fused, countries_of(db, list(event.participants)), event.type, date, +1)
    return fused


def countries_of(db: sqlite3.Connection, participants: list[str]) -> list[str]:
    """The countries an event involves: country participants and the countries of the others."""
    found = {p.split(":", 1)[1] for p in participants if p.startswith("country:")}
    others = [p for p in participants if not p.startswith("country:")]
    if others:
        marks = ",".join("?" * len(others))
        found |= {r[0] for r in db.execute(f"SELECT country FROM entities WHERE id IN ({marks})", others) if r[0]}
    return sorted(found)


def _count(db: sqlite3.Connection, fused: str, countries: list[str], kind: str, date: str | None, step: int) -> None:
    """Keep event_countries and the pair timeline in step with a fused event created (+1) or removed (-1)."""
    if step > 0:
        db.executemany("INSERT INTO event_countries (fused_id, country, date_value, type) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING",
                       [(fused, c, date, kind) for c in countries])
    else:
        db.execute("DELETE FROM event_countries WHERE fused_id = ?", (fused,))
    month = date[:7] if date else "undated"
    pairs = [(a, b) for i, a in enumerate(countries) for b in countries[i + 1:]]
    db.executemany("INSERT INTO pair_months (a, b, month, type, n) VALUES (?, ?, ?, ?, ?)"
                   " ON CONFLICT(a, b, month, type) DO UPDATE SET n = pair_months.n + excluded.n",
                   [(a, b, month, kind, step) for a, b in pairs])


def write(db: sqlite3.Connection, doc: Document) -> None:
    """The derived rows of one stored document (inside the caller's transaction)."""
    db.executemany("INSERT INTO entities (id, type, name, country, folded) VALUES (?, ?, ?, ?, ?)"
                   " ON CONFLICT(id) DO NOTHING",
                   [(e.id, e.type, e.name, e.country, fold(e.name)) for e in doc.entities])
    db.executemany('INSERT INTO mentions (doc_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                   [(doc.id, e.id, m.start, m.end, m.text) for e in doc.entities for m in e.mentions])
    for event in doc.events:
        fused = _fuse(db, doc.id, event)
        db.execute("INSERT INTO event_reports (doc_id, event_id, fused_id, evidence, record) VALUES (?, ?, ?, ?, ?)",
                   (doc.id, event.id, fused, json.dumps(to_dict(event.evidence), ensure_ascii=False),
                    json.dumps(to_dict(event), ensure_ascii=False)))
    db.executemany("INSERT INTO agreements (doc_id, id, name, folded, kind, status, period, parties, record)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(doc.id, a.id, a.name, fold(a.name), a.kind, a.status,
                     f"{a.period.start}-{a.period.end}" if a.period else None, json.dumps(list(a.parties)),
                     json.dumps(to_dict(a), ensure_ascii=False)) for a in doc.agreements])
    db.executemany("INSERT INTO figures (doc_id, n, kind, value, unit, is_target, period, parties, record)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(doc.id, n, f.kind, f.value, f.unit, int(f.is_target), f.period.value if f.period else None,
                     json.dumps(list(f.parties)), json.dumps(to_dict(f), ensure_ascii=False))
                    for n, f in enumerate(doc.figures)])


def clear(db: sqlite3.Connection, doc_id: str) -> None:
    """Remove a document's derived rows (and fused events no other document reports)."""
    db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
    fused = [r[0] for r in db.execute("SELECT fused_id FROM event_reports WHERE doc_id = ?", (doc_id,))]
    db.execute("DELETE FROM event_reports WHERE doc_id = ?", (doc_id,))
    for f in fused:
        if not db.execute("SELECT 1 FROM event_reports WHERE fused_id = ? LIMIT 1", (f,)).fetchone():
            row = db.execute("SELECT type, date_value FROM fused_events WHERE id = ?", (f,)).fetchone()
            countries = [r[0] for r in db.execute("SELECT country FROM event_countries WHERE fused_id = ?", (f,))]
            _count(db, f, sorted(countries), row[0], row[1], -1)
            db.execute("DELETE FROM event_participants WHERE fused_id = ?", (f,))
            db.execute("DELETE FROM fused_events WHERE id = ?", (f,))
    db.execute("DELETE FROM agreements WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
