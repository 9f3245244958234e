"""Projects across documents: every mention of a project (EXTRACTION.md, Project) kept as a row, and one row per
project made from its mentions — its name, kind, latest stage, the countries it concerns — rebuilt for the projects
a document names whenever that document is written or cleared. A project's row depends only on the set of its
mentions, so the same documents give the same rows whatever order they arrive in.

A project's stage timeline is read from its mentions: one step per stage and date, with every article that
reports it and the sentence it gives.
"""
from __future__ import annotations

import json

from bangiao.model import STAGES, Document, to_dict

COLUMNS = "id, name, kind, stage, stage_date, mentions, documents, first_seen, last_seen, value, unit, parties, places"
MENTION = ("SELECT m.doc_id, m.n, m.name, m.kind, m.stage, m.date_value, m.seen, m.evidence, m.value, m.unit,"
           " d.title, d.published, d.source_name FROM project_mentions m JOIN documents d ON d.id = m.doc_id")


def write(db, doc: Document, countries_of, records: list[dict] | None = None) -> None:
    """A stored document's projects as mentions (``records``: their ``to_dict``, when the caller has them); the
    rows of the projects it names made again."""
    published = doc.published.value if doc.published else None
    spans = [r["evidence"] for r in records] if records else [to_dict(p.evidence) for p in doc.projects]
    rows = [(doc.id, n, p.id, p.name, p.kind, p.stage, p.date.value if p.date else None,
             (p.date.value if p.date else None) or published, json.dumps(spans[n], ensure_ascii=False),
             json.dumps(list(p.parties)), json.dumps(list(p.places)), p.value.value if p.value else None,
             p.value.unit if p.value else None) for n, p in enumerate(doc.projects)]
    db.executemany("INSERT INTO project_mentions (doc_id, n, project_id, name, kind, stage, date_value, seen, evidence,"
                   " parties, places, value, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    for project in sorted({p.id for p in doc.projects}):
        refresh(db, project, countries_of)


def clear(db, doc_id: str, countries_of) -> None:
    """A document's mentions out; the rows of the projects it named made again from the mentions left."""
    named = sorted({r[0] for r in db.execute("SELECT project_id FROM project_mentions WHERE doc_id = ?", (doc_id,))})
    db.execute("DELETE FROM project_mentions WHERE doc_id = ?", (doc_id,))
    for project in named:
        refresh(db, project, countries_of)


# The stage order as SQL: of two reports on the same day, the later stage is the latest
STAGE_ORDER = "CASE stage " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STAGES)) + " END"
MENTIONS = "FROM project_mentions WHERE project_id = ?"


def _most(db, column: str, project: str, skip: str = "") -> str:
    """The value of ``column`` most mentions give (the smallest of equals), ``skip`` only when there is no other."""
    return db.execute(f"SELECT {column} {MENTIONS} GROUP BY {column} ORDER BY {column} = ?, count(*) DESC,"
                      f" {column} LIMIT 1", (project, skip)).fetchone()[0]


def refresh(db, project: str, countries_of) -> None:
    """The row of one project (and its country pairs) made from all its mentions (aggregated by the database: the
    cost of a mention in a project reported thousands of times stays small); gone when none is left."""
    db.execute("DELETE FROM project_pairs WHERE project_id = ?", (project,))
    db.execute("DELETE FROM projects WHERE id = ?", (project,))
    counts = db.execute(f"SELECT count(*), count(DISTINCT doc_id), min(seen), max(seen) {MENTIONS}",
                        (project,)).fetchone()
    if not counts[0]:
        return
    staged = db.execute(f"SELECT stage, seen {MENTIONS} AND stage IS NOT NULL ORDER BY coalesce(seen, '') DESC,"
                        f" {STAGE_ORDER} DESC, doc_id DESC, n DESC LIMIT 1", (project,)).fetchone()
    valued = db.execute(f"SELECT value, unit {MENTIONS} AND value IS NOT NULL ORDER BY coalesce(seen, '') DESC,"
                        " doc_id DESC, n DESC LIMIT 1", (project,)).fetchone()
    lists = db.execute(f"SELECT DISTINCT parties, places {MENTIONS}", (project,)).fetchall()
    parties = sorted({p for r in lists for p in json.loads(r[0])})
    places = sorted({p for r in lists for p in json.loads(r[1])})
    db.execute(f"INSERT INTO projects ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (project, _most(db, "name", project), _most(db, "kind", project, "other"),
                staged[0] if staged else None, staged[1] if staged else None, counts[0], counts[1], counts[2],
                counts[3], valued[0] if valued else None, valued[1] if valued else None, json.dumps(parties),
                json.dumps(places)))
    found = countries_of(db, parties + places)
    db.executemany("INSERT INTO project_pairs (a, b, project_id) VALUES (?, ?, ?)",
                   [(a, b, project) for i, a in enumerate(found) for b in found[i + 1:]])


def _project(row) -> dict:
    found = dict(row)
    found["parties"], found["places"] = json.loads(found["parties"]), json.loads(found["places"])
    return found


def conditions(in_pair: str, pair: tuple[str, str] | None, equal: dict) -> tuple[list[str], list]:
    """The WHERE conditions and parameters of a listing: ``in_pair`` when a pair is asked, ``column = value`` for
    each value given."""
    where, params = ([in_pair], sorted(pair)) if pair else ([], [])
    for column, value in equal.items():
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    return where, params


def listing(db, pair: tuple[str, str] | None = None, stage: str | None = None, kind: str | None = None,
            limit: int = 100, offset: int = 0) -> list[dict]:
    """Projects, the most recently reported first; ``stage`` is the latest stage reported."""
    where, params = conditions("id IN (SELECT project_id FROM project_pairs WHERE a = ? AND b = ?)", pair,
                               {"stage": stage, "kind": kind})
    sql = f"SELECT {COLUMNS} FROM projects" + (" WHERE " + " AND ".join(where) if where else "")
    rows = db.execute(sql + " ORDER BY coalesce(last_seen, '') DESC, id LIMIT ? OFFSET ?", (*params, limit, offset))
    return [_project(r) for r in rows.fetchall()]


def mentions(db, project: str) -> list[dict]:
    """Every report of a project, oldest first (undated last), each with its article and sentence."""
    rows = db.execute(MENTION + " WHERE m.project_id = ?", (project,)).fetchall()
    found = [{"doc_id": r["doc_id"], "n": r["n"], "name": r["name"], "kind": r["kind"], "stage": r["stage"],
              "date": r["date_value"], "seen": r["seen"], "evidence": json.loads(r["evidence"]), "value": r["value"],
              "unit": r["unit"], "title": r["title"], "published": r["published"], "source": r["source_name"]}
             for r in rows]
    return sorted(found, key=lambda m: (m["seen"] is None, m["seen"] or "", m["doc_id"], m["n"]))


def timeline(reports: list[dict]) -> list[dict]:
    """The stage steps of a project's reports: one per stage and date (undated last), each with its sources."""
    steps: dict[tuple, dict] = {}
    for m in reports:
        if m["stage"]:
            step = steps.setdefault((m["stage"], m["seen"]), {"stage": m["stage"], "date": m["seen"], "sources": []})
            step["sources"].append({k: m[k] for k in ("doc_id", "title", "published", "source", "evidence", "date")})
    return sorted(steps.values(), key=lambda s: (s["date"] is None, s["date"] or "", STAGES.index(s["stage"])))


def one(db, project: str) -> dict | None:
    """A project's row with its mentions and stage timeline, or None."""
    row = db.execute(f"SELECT {COLUMNS} FROM projects WHERE id = ?", (project,)).fetchone()
    if row is None:
        return None
    reports = mentions(db, project)
    pairs = db.execute("SELECT a, b FROM project_pairs WHERE project_id = ? ORDER BY a, b", (project,)).fetchall()
    return _project(row) | {"mentions_list": reports, "timeline": timeline(reports),
                            "pairs": [f"{r[0]}-{r[1]}" for r in pairs]}
