"""Projects, commitments and targets across documents, written and cleared together (``relations`` calls
``write`` and ``clear`` for each document), and what was reported after an undertaking (``follow_up``).
"""
from __future__ import annotations

from bangiao.model import Document
from bangiao.store import commitments, projects, targets


def write(db, doc: Document, countries_of, record: dict | None = None) -> None:
    """A stored document's projects, commitments and its figures' pairs, with their links to what is stored
    (``record``: the document's ``to_dict`` when the caller has it)."""
    projects.write(db, doc, countries_of, (record or {}).get("projects"))
    commitments.write(db, doc, countries_of, (record or {}).get("commitments"))
    targets.write(db, doc)


def clear(db, doc_id: str, countries_of) -> None:
    projects.clear(db, doc_id, countries_of)
    commitments.clear(db, doc_id)
    targets.clear(db, doc_id)


def _after(when: str | None, seen: str | None) -> bool:
    """Whether a report dated ``seen`` comes after an undertaking made ``when`` (every report, when undated)."""
    return not when or bool(seen) and seen >= when


def _project(db, project: str) -> dict:
    found = projects.one(db, project)
    if found is None:
        return {"id": project, "name": project.split(":", 1)[-1], "stage": None, "mentions_list": [], "timeline": []}
    return found


def _of_commitment(db, key: str) -> dict | None:
    found = commitments.one(db, key)
    if found is None:
        return None
    made = found["made"]
    about = []
    for project in found["about"]["projects"]:
        row = _project(db, project)
        reports = [m for m in row.pop("mentions_list") if _after(made, m["seen"]) and m["doc_id"] != found["doc_id"]]
        about.append(row | {"reports": reports})
    aims = []
    for n in found["about"]["figures"]:
        for pair in targets.pairs_of(db, found["doc_id"], n):
            aims += targets.listing(db, pair, (found["doc_id"], n))
    return {"kind": "commitment", "id": key, "commitment": found, **commitments.related(db, key),
            "projects": about, "targets": aims}


def follow_up(db, thing: str) -> dict | None:
    """Everything reported about a project (``project:…``: every report, its stage timeline, the commitments about
    it) or after a commitment (its key: the same undertaking said again, reports of its projects since, the results
    of its target); None when there is no such thing."""
    if thing.startswith("project:"):
        found = projects.one(db, thing)
        if found is None:
            return None
        reports = found.pop("mentions_list")
        return {"kind": "project", "id": thing, "project": found, "reports": reports,
                "commitments": commitments.about_project(db, thing)}
    return _of_commitment(db, thing)

