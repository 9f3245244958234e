"""Commitments across documents (EXTRACTION.md, Commitment): each stored with its country pairs and key words,
and linked to the same undertaking told in another article — of the same pair and topic, sharing a project or an
agreement of what it is about, or enough key words of its ``what`` (``data/commitment_words.toml``).

A link holds between two commitments or not, whatever else is stored; it points from the earlier (by date, then
key) to the later, and is ``again`` when they were made on different dates, ``same`` when the same day's
undertaking is told twice. So the links are the same for any order of ingest; they are made when a commitment is
written and go with either of the two.
"""
from __future__ import annotations

import functools
import json
import re

from bangiao import datafiles
from bangiao.errors import DataFileError
from bangiao.model import Commitment, Document, to_dict
from bangiao.reading.normalize import fold
from bangiao.store import projects

INSERT = ("INSERT INTO commitments (doc_id, id, key, kind, topic, cameo, made, deadline, words, record)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
COLUMNS = ("c.key, c.doc_id, c.id, c.kind, c.topic, c.made, c.deadline, c.record, d.title, d.published,"
           " d.source_name")


@functools.cache
def _rules() -> tuple[frozenset[str], int, float]:
    return rules(datafiles.load("commitment_words.toml", "commitment_words"))


def rules(data: dict) -> tuple[frozenset[str], int, float]:
    """(stop syllables, min_shared, min_share) of commitment_words.toml's data; DataFileError when they are not
    a list of words, a whole number ≥ 1 and a number in (0, 1]."""
    link = data.get("link", {})
    stop = datafiles.strings("commitment_words.toml", data, "link", "stop")
    shared, share = link.get("min_shared"), link.get("min_share")
    if not isinstance(shared, int) or shared < 1 or not isinstance(share, (int, float)) or not 0 < share <= 1:
        raise DataFileError("commitment_words.toml", "[link] min_shared must be a whole number ≥ 1 and min_share "
                            "a number in (0, 1]")
    return frozenset(stop), shared, float(share)


def key_of(doc_id: str, commitment_id: str) -> str:
    return f"{doc_id}-{commitment_id}"


def words(what: str, about: list[str] = ()) -> list[str]:
    """The key words of an undertaking: neighbouring folded syllables but the common ones, its numbers ("#2025"),
    and ``about`` (its projects and agreements)."""
    stop = _rules()[0]
    tokens = re.findall(r"\w+", fold(what))
    syllables = [s for s in tokens if s not in stop and not s.isdigit()]
    numbers = {f"#{t}" for t in tokens if t.isdigit()}
    return sorted({f"{x} {y}" for x, y in zip(syllables, syllables[1:])} | numbers | set(about))


def linked(a: list[str], b: list[str]) -> bool:
    """Whether two commitments' key words tell the same undertaking: a project or agreement in common; else, unless
    both give numbers and none is the same ("100 tỷ USD" is not "150 tỷ USD"), enough words (``min_shared``, and
    ``min_share`` of the shorter list)."""
    return _linker(a)(b)


def _linker(a: list[str]):
    """``linked(a, ·)`` with ``a``'s sets made once (a commitment is checked against each of its candidates)."""
    _, least, share = _rules()
    whole, numbers, plain = set(a), {w for w in a if w.startswith("#")}, [w for w in a if " " in w]
    plain_set = set(plain)

    def against(b: list[str]) -> bool:
        if any(":" in w for w in whole.intersection(b)):
            return True
        theirs = {w for w in b if w.startswith("#")}
        if numbers and theirs and not numbers & theirs:
            return False
        other = [w for w in b if " " in w]
        same = len(plain_set.intersection(other))
        return same >= least and same >= share * min(len(plain), len(other))
    return against


def _about(c: Commitment, names: dict[str, str]) -> list[str]:
    """What a commitment is about, as keys: its projects, and its agreements by folded name (``names``: the
    document's agreement id → folded name, made once a document)."""
    return [f"project:{p}" if not p.startswith("project:") else p for p in c.about.projects] + [
        f"agreement:{names[g]}" for g in c.about.agreements if g in names]


def _sides(db, doc: Document, c: Commitment, countries_of) -> list[tuple[str, str]]:
    """The country pairs of a commitment: of who undertakes and who is asked; one country alone is paired with
    each other country the article names."""
    found = set(countries_of(db, list(c.by) + list(c.of)))
    if len(found) == 1:
        found |= {e.id[8:] for e in doc.entities if e.type == "COUNTRY" and e.id.startswith("country:")}
    ordered = sorted(found)
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]]


def write(db, doc: Document, countries_of, records: list[dict] | None = None) -> None:
    """A document's commitments, their pairs and key words, and their links to those already stored
    (``records``: their ``to_dict``, when the caller has them)."""
    published = doc.published.value if doc.published else None
    records = records or [to_dict(c) for c in doc.commitments]
    names, indexed = {g.id: fold(g.name) for g in doc.agreements}, []
    for c, record in zip(doc.commitments, records):
        key, made = key_of(doc.id, c.id), c.date.value if c.date else published
        found = words(c.what.text, _about(c, names))
        db.execute(INSERT, (doc.id, c.id, key, c.kind, c.topic, c.cameo, made,
                            c.deadline.value if c.deadline else None, json.dumps(found, ensure_ascii=False),
                            json.dumps(record, ensure_ascii=False)))
        sides = _sides(db, doc, c, countries_of)
        db.executemany("INSERT INTO commitment_sides (a, b, key, topic, made) VALUES (?, ?, ?, ?, ?)",
                       [(a, b, key, c.topic, made) for a, b in sides])
        _link(db, doc.id, key, made, c.topic, sides, found)
        indexed += [(w, key) for w in found]
    # the words indexed after the links: a document's own commitments are never linked, so not looked through
    # (each of a long text's commitments read all those of the text before it)
    db.executemany("INSERT INTO commitment_words (word, key) VALUES (?, ?)", indexed)


def _candidates(db, key: str, topic: str, sides: list, found: list[str]) -> list[tuple[str, tuple]]:
    """(key, (doc_id, made, words)) of the stored commitments of the same pairs and topic that may tell the same
    undertaking, by key: those sharing a project or an agreement, or at least ``min_shared`` key words (counted from
    the words' index, then checked for pair and topic by key: indexed lookups whatever the size of a pair's
    commitments; one statement)."""
    either = " OR ".join("(s.a = ? AND s.b = ?)" for _ in sides)
    rows = db.execute(
        "SELECT c.key, c.doc_id, c.made, c.words FROM commitments c WHERE c.key IN (SELECT key FROM commitment_words"
        f" WHERE word IN ({','.join('?' * len(found))}) AND key <> ? GROUP BY key HAVING count(*) >= ?"
        " OR sum(CASE WHEN word LIKE '%:%' THEN 1 ELSE 0 END) > 0) AND EXISTS (SELECT 1 FROM commitment_sides s"
        f" WHERE s.key = c.key AND s.topic = ? AND ({either}))",
        (*found, key, _rules()[1], topic, *(x for pair in sides for x in pair))).fetchall()
    return sorted((r[0], (r[1], r[2], r[3])) for r in rows)


def _link(db, doc_id: str, key: str, made: str | None, topic: str, sides: list, found: list[str]) -> None:
    if not found or not sides:
        return
    rows, fits = [], _linker(found)
    for other, row in _candidates(db, key, topic, sides, found):
        if row[0] == doc_id or not fits(json.loads(row[2])):
            continue
        first, then = sorted([((made or ""), key), ((row[1] or ""), other)])
        rows.append((first[1], then[1], "same" if made and made == row[1] else "again"))
    db.executemany("INSERT INTO commitment_links (earlier, later, relation) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                   rows)


def clear(db, doc_id: str) -> None:
    """A document's commitments out, with their pairs, key words and links."""
    keys = [r[0] for r in db.execute("SELECT key FROM commitments WHERE doc_id = ?", (doc_id,))]
    for key in keys:
        db.execute("DELETE FROM commitment_links WHERE earlier = ? OR later = ?", (key, key))
        db.execute("DELETE FROM commitment_sides WHERE key = ?", (key,))
        db.execute("DELETE FROM commitment_words WHERE key = ?", (key,))
    db.execute("DELETE FROM commitments WHERE doc_id = ?", (doc_id,))


def _item(row) -> dict:
    record = json.loads(row["record"])
    return record | {"key": row["key"], "doc_id": row["doc_id"], "made": row["made"], "title": row["title"],
                     "published": row["published"], "source": row["source_name"]}


def listing(db, pair: tuple[str, str] | None = None, topic: str | None = None, since: str | None = None,
            until: str | None = None, kind: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Commitments in the order they were made (undated last), each with the keys of its links."""
    where, params = projects.conditions("c.key IN (SELECT key FROM commitment_sides WHERE a = ? AND b = ?)", pair,
                                        {"c.topic": topic, "c.kind": kind})
    if since:
        where.append("substr(c.made, 1, CAST(? AS INTEGER)) >= ?")
        params += [len(since), since]
    if until:
        where.append("substr(c.made, 1, CAST(? AS INTEGER)) <= ?")
        params += [len(until), until]
    sql = (f"SELECT {COLUMNS} FROM commitments c JOIN documents d ON d.id = c.doc_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY c.made IS NULL, c.made, c.key LIMIT ? OFFSET ?")
    found = [_item(r) for r in db.execute(sql, (*params, limit, offset)).fetchall()]
    links = _links(db, [c["key"] for c in found])
    for c in found:
        c["earlier"] = [x for x, y, _ in links if y == c["key"]]
        c["later"] = [y for x, y, _ in links if x == c["key"]]
    return found


def _links(db, keys: list[str]) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    for i in range(0, len(keys), 400):
        chunk = keys[i:i + 400]
        marks = ",".join("?" * len(chunk))
        found += [(r[0], r[1], r[2]) for r in db.execute(
            f"SELECT earlier, later, relation FROM commitment_links WHERE earlier IN ({marks}) OR later IN ({marks})",
            (*chunk, *chunk))]
    return sorted(set(found))


def by_keys(db, keys: list[str]) -> list[dict]:
    """These commitments, in the order they were made."""
    found = []
    for i in range(0, len(keys), 400):
        chunk = keys[i:i + 400]
        found += [_item(r) for r in db.execute(f"SELECT {COLUMNS} FROM commitments c JOIN documents d ON"
                                               f" d.id = c.doc_id WHERE c.key IN ({','.join('?' * len(chunk))})",
                                               chunk)]
    return sorted(found, key=lambda c: (c["made"] is None, c["made"] or "", c["key"]))


def one(db, key: str) -> dict | None:
    found = by_keys(db, [key])
    return found[0] if found else None


def related(db, key: str) -> dict[str, list[dict]]:
    """The commitments linked to one: earlier ones, the same told elsewhere, and later ones (said again)."""
    links = _links(db, [key])
    earlier = by_keys(db, [x for x, y, r in links if y == key and r == "again"])
    same = by_keys(db, [x if y == key else y for x, y, r in links if r == "same"])
    later = by_keys(db, [y for x, y, r in links if x == key and r == "again"])
    return {"earlier": earlier, "same": same, "later": later}


def about_project(db, project: str) -> list[dict]:
    """The commitments about a project, in the order they were made."""
    keys = [r[0] for r in db.execute("SELECT key FROM commitment_words WHERE word = ?", (project,))]
    return by_keys(db, keys)


def pairs_of(db, key: str) -> list[str]:
    return [f"{r[0]}-{r[1]}" for r in db.execute("SELECT a, b FROM commitment_sides WHERE key = ? ORDER BY a, b",
                                                  (key,)).fetchall()]
