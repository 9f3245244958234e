"""Writing a document's record relationally, and fusing the events several articles report.

Two reports are one event when they have the same type, the same main participants (one set inside the
other, at least two shared, or equal) and dates that agree at their known precision. Undated reports are never
fused: there is nothing to say they are the same occurrence.

A fused event speaks with the voice of one of its reports — its date, place, participants and id are that
report's: the one with the most precise date, then the smallest (document, event) id. So the same reports give
the same fused events whatever order they arrive in, one process or several: a better report arriving later
takes over (the event is re-keyed to it), and when a reprocessed document takes its report away the best one
left speaks.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

from bangiao.model import Document, Event, to_dict
from bangiao.reading.normalize import fold
from bangiao.store import follow_ups, pairs as pairs_


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


def _fused_id(doc_id: str, event_id: str) -> str:
    return "f" + hashlib.sha1(f"{doc_id}:{event_id}".encode()).hexdigest()[:12]


def _rank(doc_id: str, event_id: str, date: str | None) -> tuple:
    """Which report speaks for a fused event: the smallest rank (the most precise date, then the first id)."""
    return -len(date or ""), doc_id, event_id


def _fields(event: Event | dict) -> tuple:
    """(type, cameo, date, end, location, status, participants) of an Event or of its stored record."""
    if isinstance(event, Event):
        return (event.type, event.cameo, event.date.value if event.date else None,
                event.date.end if event.date else None, event.location, event.status, list(event.participants))
    date = event.get("date") or {}
    return (event["type"], event["cameo"], date.get("value"), date.get("end"), event.get("location"),
            event["status"], list(event["participants"]))


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
    """The fused event this report belongs to (of the agreeing ones, the most precisely dated), created if it is
    the first report of the occurrence, re-keyed to this report if it speaks better for it."""
    date = event.date.value if event.date else None
    end = event.date.end if event.date else None
    if date:
        rows = [r for r in _candidates(db, event.type, event.status, date, end)
                if _agree(date, end, r[1], r[2]) and _same_people(list(event.participants), json.loads(r[3]))]
        if rows:
            row = min(rows, key=lambda r: (-len(r[1]), r[0]))
            speaker = _speaker(db, row[0])
            if speaker is not None and _rank(doc_id, event.id, date) >= _rank(*speaker, row[1]):
                return row[0]
            return _rekey(db, row[0], _fused_id(doc_id, event.id), _fields(event))
    fused = _fused_id(doc_id, event.id)
    _create(db, fused, _fields(event))
    return fused


def _create(db: sqlite3.Connection, fused: str, fields: tuple) -> None:
    kind, cameo, date, end, location, status, people = fields
    db.execute("INSERT INTO fused_events (id, type, cameo, date_value, date_end, location, status, participants)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (fused, kind, cameo, date, end, location, status, json.dumps(people)))
    db.executemany("INSERT INTO event_participants (fused_id, entity_id, position, date_value, type)"
                   " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", [(fused, p, i, date, kind) for i, p in enumerate(people)])
    _count(db, fused, countries_of(db, people), kind, date, +1)


def _drop(db: sqlite3.Connection, fused: str) -> None:
    """A fused event's own rows (its reports are the caller's)."""
    row = db.execute("SELECT type, date_value FROM fused_events WHERE id = ?", (fused,)).fetchone()
    countries = [r[0] for r in db.execute("SELECT country FROM event_countries WHERE fused_id = ?", (fused,))]
    _count(db, fused, sorted(countries), row[0], row[1], -1)
    db.execute("DELETE FROM event_participants WHERE fused_id = ?", (fused,))
    db.execute("DELETE FROM fused_events WHERE id = ?", (fused,))


def _speaker(db: sqlite3.Connection, fused: str) -> tuple[str, str] | None:
    """(document, event) of the stored report a fused event speaks for (its id is made from them)."""
    rows = db.execute("SELECT doc_id, event_id FROM event_reports WHERE fused_id = ?", (fused,)).fetchall()
    return next(((r[0], r[1]) for r in rows if _fused_id(r[0], r[1]) == fused), None)


def _rekey(db: sqlite3.Connection, old: str, new: str, fields: tuple) -> str:
    """The fused event ``old`` becomes ``new``, speaking with ``fields``; its reports follow."""
    _create(db, new, fields)
    db.execute("UPDATE event_reports SET fused_id = ? WHERE fused_id = ?", (new, old))
    _drop(db, old)
    return new


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
    pairs_.count_people(db, fused, countries, step)


def _evidence(event: Event) -> dict:
    """The sentence that tells an event; for one told only in a photo caption, the caption (with its ``removed``)."""
    return to_dict(event.evidence if event.evidence.text or not event.captions else event.captions[0])


def write(db: sqlite3.Connection, doc: Document, record: dict | None = None) -> None:
    """The derived rows of one stored document (inside the caller's transaction); ``record``: its ``to_dict``
    when the caller has it (made once, not again for each event, agreement and figure)."""
    record = record or {"events": [to_dict(e) for e in doc.events], "agreements": [to_dict(a) for a in doc.agreements],
                        "figures": [to_dict(f) for f in doc.figures]}
    db.executemany("INSERT INTO entities (id, type, name, country, folded) VALUES (?, ?, ?, ?, ?)"
                   " ON CONFLICT(id) DO NOTHING",
                   [(e.id, e.type, e.name, e.country, fold(e.name)) for e in doc.entities])
    db.executemany('INSERT INTO mentions (doc_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                   ((doc.id, e.id, m.start, m.end, m.text) for e in doc.entities for m in e.mentions))
    for event, event_record in zip(doc.events, record["events"]):
        fused = _fuse(db, doc.id, event)
        db.execute("INSERT INTO event_reports (doc_id, event_id, fused_id, evidence, record) VALUES (?, ?, ?, ?, ?)",
                   (doc.id, event.id, fused, json.dumps(_evidence(event), ensure_ascii=False),
                    json.dumps(event_record, ensure_ascii=False)))
    db.executemany("INSERT INTO agreements (doc_id, id, name, folded, kind, status, period, parties, record)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(doc.id, a.id, a.name, fold(a.name), a.kind, a.status,
                     f"{a.period.start}-{a.period.end}" if a.period else None, json.dumps(list(a.parties)),
                     json.dumps(r, ensure_ascii=False)) for a, r in zip(doc.agreements, record["agreements"])])
    db.executemany("INSERT INTO figures (doc_id, n, kind, value, unit, is_target, period, parties, record)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(doc.id, n, f.kind, f.value, f.unit, int(f.is_target), f.period.interval() if f.period else None,
                     json.dumps(list(f.parties)), json.dumps(r, ensure_ascii=False))
                    for n, (f, r) in enumerate(zip(doc.figures, record["figures"]))])
    pairs_.count_document(db, doc.id, +1, countries_of)
    follow_ups.write(db, doc, countries_of, record)


def clear(db: sqlite3.Connection, doc_id: str) -> None:
    """Remove a document's derived rows (and fused events no other document reports)."""
    db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
    fused = [r[0] for r in db.execute("SELECT fused_id FROM event_reports WHERE doc_id = ?", (doc_id,))]
    db.execute("DELETE FROM event_reports WHERE doc_id = ?", (doc_id,))
    for f in fused:
        left = db.execute("SELECT doc_id, event_id, record FROM event_reports WHERE fused_id = ?", (f,)).fetchall()
        if not left:
            _drop(db, f)
        elif f not in {_fused_id(r[0], r[1]) for r in left}:  # its voice was this document's: the best left speaks
            best = min(left, key=lambda r: _rank(r[0], r[1], (json.loads(r[2]).get("date") or {}).get("value")))
            _rekey(db, f, _fused_id(best[0], best[1]), _fields(json.loads(best[2])))
    follow_ups.clear(db, doc_id, countries_of)
    pairs_.count_document(db, doc_id, -1, countries_of)
    db.execute("DELETE FROM agreements WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
