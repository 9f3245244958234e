"""Targets and the results reported for them: a target figure ("5 tỷ USD vào năm 2025", ``is_target`` with a
period, or the deadline of the commitment that sets it) is linked to every result figure of the same country pair,
kind, unit and period (the periods agree at the precision both give), in whichever order they are stored.

A link holds between two figures or not, whatever else is stored, so the links are the same for any order of
ingest; they are made when a figure is written and go with either of its two figures.
Progress: ``reached`` when a result is at least the target; ``not_reached`` when a result for the whole period
(as precise as the target's) is below it; else ``open``.
"""
from __future__ import annotations

import json

from bangiao.model import Document

SIDES = ("INSERT INTO figure_sides (a, b, doc_id, n, kind, unit, is_target, period, value)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
SOURCES, RESULT_SOURCES = 10, 3  # articles shown for a target, a result (the newest); ``mentions`` counts all
LINK = ("INSERT INTO target_links (target_doc, target_n, result_doc, result_n) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING")


def agree(a: str | None, b: str | None) -> bool:
    """Two periods agree when they are the same at the precision both give ("2025" and "2025-12"); a span
    ("2025-01/2025-10") by its start."""
    if not a or not b:
        return False
    a, b = a.split("/")[0], b.split("/")[0]
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _periods(doc: Document) -> dict[int, str]:
    """Each figure's period: its own, else the deadline of a commitment of the record about it."""
    found = {n: c.deadline.value for c in doc.commitments if c.deadline for n in c.about.figures}
    return {n: f.period.interval() if f.period else found.get(n) for n, f in enumerate(doc.figures)}


def write(db, doc: Document) -> None:
    """A document's figures by country pair, and their links to the targets or results already stored."""
    periods = _periods(doc)
    for n, f in enumerate(doc.figures):
        countries = sorted({p[8:] for p in f.parties if p.startswith("country:")})
        pairs = [(a, b) for i, a in enumerate(countries) for b in countries[i + 1:]]
        db.executemany(SIDES, [(a, b, doc.id, n, f.kind, f.unit, int(f.is_target), periods[n], f.value)
                               for a, b in pairs])
        if periods[n] is None:
            continue
        for a, b in pairs:
            mine = (doc.id, n)
            db.executemany(LINK, [(*mine, r[0], r[1]) if f.is_target else (r[0], r[1], *mine)
                                  for r in _agreeing(db, (a, b), f.kind, f.unit, 1 - int(f.is_target), periods[n])])


def _agreeing(db, pair: tuple[str, str], kind: str, unit: str, is_target: int, period: str) -> list:
    """The stored figures of a pair, kind, unit and claim whose period agrees with ``period``: the same or a coarser
    one ("2025" for "2025-10"), or a finer one (indexed lookups, not every figure of the pair)."""
    start = period.split("/")[0]  # a span by its start (the span itself is among the finer ones)
    coarser = [start[:n] for n in (4, 7, 10) if n < len(start)] + [start]
    head = "SELECT doc_id, n, period FROM figure_sides WHERE a = ? AND b = ? AND kind = ? AND unit = ? AND is_target = ?"
    rows = db.execute(head + f" AND period IN ({','.join('?' * len(coarser))})",
                      (*pair, kind, unit, is_target, *coarser)).fetchall()
    rows += db.execute(head + " AND period > ? AND period < ?", (*pair, kind, unit, is_target, start,
                                                                 start + "~")).fetchall()
    return [r for r in rows if agree(period, r[2])]


def clear(db, doc_id: str) -> None:
    db.execute("DELETE FROM target_links WHERE target_doc = ? OR result_doc = ?", (doc_id, doc_id))
    db.execute("DELETE FROM figure_sides WHERE doc_id = ?", (doc_id,))


def _progress(target: dict) -> str:
    if any(r["value"] >= target["value"] for r in target["results"]):
        return "reached"
    if any(r["period"] == target["period"] for r in target["results"]):
        return "not_reached"
    return "open"


def _published(db, docs: set[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    ordered = sorted(docs)
    for i in range(0, len(ordered), 400):
        chunk = ordered[i:i + 400]
        found |= dict(db.execute(f"SELECT id, published FROM documents WHERE id IN ({','.join('?' * len(chunk))})",
                                 chunk).fetchall())
    return found


def _evidence(db, newest: list[tuple]) -> list[dict]:
    """These figures ((published, document, n), newest first), each with its article and sentence."""
    sources = []
    for day, doc_id, n in newest:
        row = db.execute("SELECT f.record, d.title, d.source_name FROM figures f JOIN documents d ON d.id = f.doc_id"
                         " WHERE f.doc_id = ? AND f.n = ?", (doc_id, n)).fetchone()
        sources.append({"doc_id": doc_id, "n": n, "published": day, "title": row[1], "source": row[2],
                        "evidence": json.loads(row[0])["evidence"]})
    return sources


def _grouped(db, rows, key, most: int) -> dict:
    """Figures (doc_id, n, kind, unit, value, period) merged by ``key``: each group with how many mentions it has and
    its newest ``most`` sources (the articles' dates read at once for every group)."""
    groups: dict = {}
    for r in rows:
        item = groups.setdefault(key(r), {"kind": r["kind"], "unit": r["unit"], "value": r["value"],
                                          "period": r["period"], "members": set()})
        item["members"].add((r["doc_id"], r["n"]))
    published = _published(db, {d for item in groups.values() for d, _ in item["members"]})
    for item in groups.values():
        members = sorted(item.pop("members"))
        item["mentions"], item["first"] = len(members), members[0]
        newest = sorted(((published.get(d), d, n) for d, n in members), key=lambda x: (x[0] or "", x[1], x[2]),
                        reverse=True)
        item["sources"] = _evidence(db, newest[:most])
    return groups


def _results(db, pair: tuple[str, str], first: tuple[str, int]) -> list[dict]:
    """The results linked to a target (every mention of the same target has the same links: its pair, kind, unit
    and period decide them), one per amount and period."""
    rows = db.execute("SELECT DISTINCT r.doc_id, r.n, r.kind, r.unit, r.value, r.period FROM target_links l JOIN"
                      " figure_sides r ON r.doc_id = l.result_doc AND r.n = l.result_n AND r.a = ? AND r.b = ?"
                      " WHERE l.target_doc = ? AND l.target_n = ?", (*pair, *first)).fetchall()
    merged = _grouped(db, rows, lambda r: (round(r["value"]), r["period"]), RESULT_SOURCES)
    for item in merged.values():
        item.pop("first")
    return sorted(merged.values(), key=lambda r: (r["period"] or "", r["value"]))


def listing(db, pair: tuple[str, str], doc_n: tuple[str, int] | None = None) -> list[dict]:
    """A pair's targets (one per kind, unit, amount and period), each with its sources, the results reported for
    it and its progress; with ``doc_n``, only the target that figure belongs to."""
    a, b = sorted(pair)
    rows = db.execute("SELECT doc_id, n, kind, unit, value, period FROM figure_sides WHERE a = ? AND b = ? AND"
                      " is_target = 1 AND period IS NOT NULL", (a, b)).fetchall()
    key = lambda r: (r["kind"], r["unit"], round(r["value"]), r["period"])  # noqa: E731
    if doc_n is not None:
        chosen = {key(r) for r in rows if (r["doc_id"], r["n"]) == doc_n}
        rows = [r for r in rows if key(r) in chosen]
    found, results = [], {}
    for item in _grouped(db, rows, key, SOURCES).values():
        first, same = item.pop("first"), (item["kind"], item["unit"], item["period"])  # the same links
        if same not in results:
            results[same] = _results(db, (a, b), first)
        item["results"] = results[same]
        item["progress"], item["pair"] = _progress(item), f"{a}-{b}"
        found.append(item)
    return sorted(found, key=lambda t: (t["period"], t["kind"], t["unit"], t["value"]))


def pairs_of(db, doc_id: str, n: int) -> list[tuple[str, str]]:
    """The country pairs a stored figure is counted for."""
    rows = db.execute("SELECT a, b FROM figure_sides WHERE doc_id = ? AND n = ? ORDER BY a, b", (doc_id, n))
    return [(r[0], r[1]) for r in rows.fetchall()]
