"""What the pair dashboard shows, counted per country pair and kept up to date (migration 6's tables).

``relations`` calls ``count_people`` when a fused event comes or goes (beside ``pair_months``) and ``count_document``
when a document's agreements and figures are written or cleared; the dashboard reads ``leaders``, ``agreements`` and
``figures``, which cost the same whatever the size of the store (a few articles are read for each item shown).
"""
from __future__ import annotations

import json
import sqlite3

PEOPLE = ("INSERT INTO pair_people (a, b, person, n) VALUES (?, ?, ?, ?)"
          " ON CONFLICT(a, b, person) DO UPDATE SET n = pair_people.n + excluded.n")
AGREEMENTS = ("INSERT INTO pair_agreements (a, b, folded, name, kind, n, signed) VALUES (?, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT(a, b, folded) DO UPDATE SET n = pair_agreements.n + excluded.n,"
              " signed = pair_agreements.signed + excluded.signed")
FIGURES = ("INSERT INTO pair_figures (a, b, unit, is_target, value, kind, period, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
           " ON CONFLICT(a, b, unit, is_target, value) DO UPDATE SET n = pair_figures.n + excluded.n,"
           " kind = CASE WHEN pair_figures.kind = 'other' THEN excluded.kind ELSE pair_figures.kind END,"
           " period = coalesce(pair_figures.period, excluded.period)")


# The first few articles of a pair's agreement (its folded name) and of a figure (unit, claim, amount ± 0.5), as
# first_rows takes them: {n} is the key's n-th value.
AGREEMENT_ARTICLES = ("SELECT g.doc_id, d.published, d.title, g.period FROM agreements g JOIN documents d"
                      " ON d.id = g.doc_id WHERE g.folded = {0} LIMIT ?")
FIGURE_ARTICLES = ("SELECT f.doc_id, d.published, f.record FROM figures f JOIN documents d ON d.id = f.doc_id"
                   " WHERE f.unit = {0} AND f.is_target = {1} AND f.value >= {2} AND f.value < {3} LIMIT ?")


def _pairs(countries: list[str]) -> list[tuple[str, str]]:
    ordered = sorted(set(countries))
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]]


def count_people(db: sqlite3.Connection, fused: str, countries: list[str], step: int) -> None:
    """A fused event came (+1) or goes (-1, before its participants are deleted): its people in each pair."""
    pairs = _pairs(countries)
    if not pairs:
        return
    people = [r[0] for r in db.execute("SELECT entity_id FROM event_participants WHERE fused_id = ?"
                                       " AND entity_id LIKE 'person:%'", (fused,))]
    db.executemany(PEOPLE, [(a, b, p, step) for a, b in pairs for p in people])


def count_document(db: sqlite3.Connection, doc_id: str, step: int, countries_of) -> None:
    """A document's agreements and figures were written (+1) or are about to be deleted (-1)."""
    rows = db.execute("SELECT folded, name, kind, status, parties FROM agreements WHERE doc_id = ?", (doc_id,))
    db.executemany(AGREEMENTS, [(a, b, r[0], r[1], r[2], step, step if r[3] == "signed" else 0)
                                for r in rows.fetchall() for a, b in _pairs(countries_of(db, json.loads(r[4])))])
    rows = db.execute("SELECT unit, is_target, value, kind, period, parties FROM figures WHERE doc_id = ?", (doc_id,))
    db.executemany(FIGURES, [(a, b, r[0], r[1], round(r[2]), r[3], r[4], step) for r in rows.fetchall()
                             for a, b in _pairs([p[8:] for p in json.loads(r[5]) if p.startswith("country:")])])


def first_rows(db, sql: str, keys: list[tuple], types: tuple[str, ...], most: int) -> list[list]:
    """For each key (a tuple of values), the first ``most`` rows of ``sql``, whose ``{0}``, ``{1}``… stand for the
    key's values and which ends in ``LIMIT ?``; in the keys' order. On PostgreSQL one statement for every key (their
    values as arrays of ``types``, each key's rows by LATERAL), not a round trip a key."""
    if not keys:
        return []
    if getattr(db, "dialect", "sqlite") != "postgresql":
        one = sql.format(*["?"] * len(types))
        return [db.execute(one, (*key, most)).fetchall() for key in keys]
    columns = [f"k{n}" for n in range(len(types))]
    arrays = ", ".join(f"CAST(? AS {t}[])" for t in types)
    rows = db.execute(f"SELECT k.i, s.* FROM unnest({arrays}) WITH ORDINALITY AS k({', '.join(columns)}, i)"
                      f" CROSS JOIN LATERAL ({sql.format(*[f'k.{c}' for c in columns])}) s",
                      [*map(list, zip(*keys)), most])
    found: list[list] = [[] for _ in keys]
    for i, *row in rows:
        found[i - 1].append(row)
    return found


def leaders(db: sqlite3.Connection, pair: tuple[str, str], most: int = 50) -> list[tuple[str, int]]:
    """The people of the pair's events, with how many each, most first."""
    a, b = sorted(pair)
    return [(r[0], r[1]) for r in db.execute("SELECT person, n FROM pair_people WHERE a = ? AND b = ? AND n > 0"
                                             " ORDER BY n DESC, person LIMIT ?", (a, b, most))]


def agreements(db: sqlite3.Connection, pair: tuple[str, str], most: int = 40, articles: int = 5) -> list[dict]:
    """The pair's named documents, the most mentioned first, each with its latest articles."""
    a, b = sorted(pair)
    rows = db.execute("SELECT folded, name, kind, n, signed FROM pair_agreements WHERE a = ? AND b = ? AND n > 0"
                      " ORDER BY n DESC, folded LIMIT ?", (a, b, most)).fetchall()
    found = []
    each = first_rows(db, AGREEMENT_ARTICLES, [r[:1] for r in rows], ("ctext",), articles)
    for (folded, name, kind, n, signed), first in zip(rows, each):
        docs = sorted(first, key=lambda d: (d[1] or "", d[0]), reverse=True)  # the first few found, newest first
        found.append({"name": name, "kind": kind, "status": "signed" if signed else "referenced", "mentions": n,
                      "period": next((d[3] for d in docs if d[3]), None),
                      "documents": [{"doc_id": d[0], "published": d[1], "title": d[2]} for d in docs]})
    return found


def figures(db: sqlite3.Connection, pair: tuple[str, str], most: int = 60, articles: int = 3) -> list[dict]:
    """The pair's figures (one per amount, unit and claim), the most mentioned first, each with a few articles."""
    a, b = sorted(pair)
    rows = db.execute("SELECT unit, is_target, value, kind, period, n FROM pair_figures WHERE a = ? AND b = ?"
                      " AND n > 0 ORDER BY n DESC, value LIMIT ?", (a, b, most)).fetchall()
    found = []
    each = first_rows(db, FIGURE_ARTICLES, [(r[0], r[1], r[2] - 0.5, r[2] + 0.5) for r in rows],
                      ("ctext", "integer", "float8", "float8"), articles)
    for (unit, is_target, value, kind, period, n), docs in zip(rows, each):
        records = sorted(((d[0], d[1], json.loads(d[2])) for d in docs), key=lambda d: (d[1] or "", d[0]),
                         reverse=True)  # the first few found, newest first
        first = records[0][2] if records else {}
        found.append({"kind": kind, "value": first.get("value", float(value)), "unit": unit, "is_target": bool(is_target),
                      "period": period, "period_text": (first.get("period") or {}).get("text"),
                      "change_pct": first.get("change_pct"), "mentions": n,
                      "documents": [{"doc_id": d, "published": p, "evidence": r["evidence"]["text"]}
                                    for d, p, r in records]})
    return found
