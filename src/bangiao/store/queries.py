"""Questions analysts ask of the store: events by actor, country, pair, type and time; actors; timelines.

Names match whatever the spelling: "to lam", "Tô Lâm" and "Siphandon" all find their entity (case, diacritics
and the knowledge base's variants are folded).
"""
from __future__ import annotations

import functools
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, replace

from bangiao.extract.kb import knowledge_base
from bangiao.reading.normalize import fold, normalize
from bangiao.store.relations import countries_of


NO_LIMIT = 2**62  # LIMIT for "all": SQLite reads -1 so, PostgreSQL refuses a negative one


@dataclass(frozen=True, slots=True)
class EventFilter:
    actor: str | None = None
    country: str | None = None
    pair: tuple[str, str] | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    participant: str | None = None  # an exact entity id (pages link by id, not by name)
    status: str | None = None       # happened / planned
    min_sources: int = 0            # reported by at least this many articles
    undated: bool = False           # only the events without a date
    location: str | None = None     # an exact place id: the events held there (the map's points)


def like(text: str) -> str:
    """``text`` matched literally by LIKE … ESCAPE '\\': "%" and "_" are letters, not wildcards ("actor=%" finds
    no one, not everyone)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def actor_ids(db: sqlite3.Connection, name: str) -> set[str]:
    """Entities whose name or any KB variant contains the folded query."""
    key = fold(normalize(name)).strip()
    if not key:
        return set()
    found = {r[0] for r in db.execute("SELECT id FROM entities WHERE folded LIKE ? ESCAPE '\\'", (f"%{like(key)}%",))}
    return found | {pid for pid, names in _folded_people() if any(key in n for n in names)}


@functools.cache
def _folded_people() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every KB person with all their names folded, once: name lookups run on every request."""
    return tuple((e.id, tuple(fold(a) for a in e.aliases)) for e in knowledge_base().entities.values()
                 if e.type == "PERSON")


def _postgres(db) -> bool:
    return getattr(db, "dialect", "sqlite") == "postgresql"


def within(db, column: str, values: list) -> tuple[str, list]:
    """``column IN (…)`` and its arguments; on PostgreSQL one array argument (the same statement for any list)."""
    if _postgres(db):
        return f"{column} = ANY(CAST(? AS ctext[]))", [list(values)]
    return f"{column} IN ({','.join('?' * len(values))})", list(values)


_SOURCES = ("SELECT r.fused_id, r.rowid, r.doc_id, r.evidence, d.title, d.source_name, d.source_url, d.published"
            " FROM event_reports r JOIN documents d ON d.id = r.doc_id")


def _sources(db: sqlite3.Connection, ids: list[str], most: int = -1) -> dict[str, list[dict]]:
    """The articles reporting each event, in the order they were stored (the first ``most`` of each), in one
    statement for a page of events: each event's first few read from the index, not all of them sorted."""
    if most < 0:
        where, args = within(db, "r.fused_id", ids)
        sql = f"{_SOURCES} WHERE {where}"
    elif _postgres(db):  # one statement for any page (prepared once): the ids as an array, each event's few by LATERAL
        sql = (f"SELECT s.* FROM unnest(CAST(? AS ctext[])) AS f(id) CROSS JOIN LATERAL"
               f" ({_SOURCES} WHERE r.fused_id = f.id ORDER BY r.rowid LIMIT ?) s")
        args = [ids, most]
    else:
        sql = " UNION ALL ".join(f"SELECT * FROM ({_SOURCES} WHERE r.fused_id = ? ORDER BY r.rowid LIMIT ?) s{n}"
                                 for n in range(len(ids)))
        args = [x for i in ids for x in (i, most)]
    found: dict[str, list] = {i: [] for i in ids}
    for fused, _, doc_id, evidence, title, source, url, published in db.execute(sql + " ORDER BY 2", args):
        found[fused].append({"doc_id": doc_id, "title": title, "source": source, "url": url, "published": published,
                             "evidence": json.loads(evidence)})
    return found


# A fused event's row as _events reads it, with its number of reports.
EVENT = ("SELECT f.id, f.type, f.cameo, f.date_value, f.date_end, f.participants, f.location, f.status,"
         " (SELECT count(*) FROM event_reports r WHERE r.fused_id = f.id) FROM fused_events f")


def _events(db: sqlite3.Connection, rows: list, most_sources: int = -1) -> list[dict]:
    """Fused events from their ``EVENT`` rows; ``most_sources`` caps the sources listed (``source_count`` tells how
    many)."""
    found = []
    for i in range(0, len(rows), 200):
        chunk = rows[i:i + 200]
        sources = _sources(db, [r[0] for r in chunk], most_sources)
        found += [{"id": fused, "type": kind, "cameo": cameo, "date": {"value": day, "end": end} if day else None,
                   "participants": json.loads(participants), "location": location, "status": status,
                   "source_count": count, "sources": sources[fused]}
                  for fused, kind, cameo, day, end, participants, location, status, count in chunk]
    return found


def event(db: sqlite3.Connection, fused_id: str, most_sources: int = -1) -> dict | None:
    """One fused event with its sources (the first ``most_sources``), or None."""
    row = db.execute(f"{EVENT} WHERE f.id = ?", (fused_id,)).fetchone()
    return None if row is None else _events(db, [row], most_sources)[0]


@dataclass(frozen=True, slots=True)
class _Walk:
    """The indexed table a query walks in date order, its event-id column, and the conditions on it."""

    table: str
    key: str
    where: str
    args: list
    distinct: bool = False


def _driver(db: sqlite3.Connection, f: EventFilter) -> tuple[_Walk, list[str]]:
    """Walk one actor's or one country's events when the filter names them; returns the countries left to check."""
    countries = ([f.country.upper()] if f.country else []) + [c.upper() for c in (f.pair or ())]
    if f.participant:
        return _Walk("event_participants", "fused_id", "entity_id = ?", [f.participant]), countries
    if f.actor:
        ids = sorted(actor_ids(db, f.actor)) or [""]
        marks = ",".join("?" * len(ids))
        return _Walk("event_participants", "fused_id", f"entity_id IN ({marks})", ids, len(ids) > 1), countries
    if countries:  # the last one: a pair's partner, rarer than Việt Nam in a store about Việt Nam's relations
        return _Walk("event_countries", "fused_id", "country = ?", [countries[-1]]), countries[:-1]
    return _Walk("fused_events", "id", "1 = 1", []), []


def _walk(db: sqlite3.Connection, f: EventFilter) -> _Walk:
    walk, countries = _driver(db, f)
    where, args = walk.where, list(walk.args)
    if f.type:
        where, args = where + " AND type = ?", args + [f.type.upper()]
    if f.since:
        where, args = where + " AND date_value >= ?", args + [f.since]
    if f.until:
        where, args = where + " AND date_value <= ?", args + [f.until + "~"]  # "2024-01" keeps 2024-01-31
    for c in countries:  # looked up for each event walked (a page stops early), not gathered first
        where += (f" AND EXISTS (SELECT 1 FROM event_countries c WHERE c.country = ?"
                  f" AND c.fused_id = {walk.table}.{walk.key})")
        args.append(c)
    where, args = _event_conditions(f, f"{walk.table}.{walk.key}", where, args)
    return _Walk(walk.table, walk.key, where, args, walk.distinct)


def _event_conditions(f: EventFilter, key: str, where: str, args: list) -> tuple[str, list]:
    """The conditions on the fused event itself (its status, its place, its number of reports, no date), by its id
    ``key``."""
    if f.location:
        where, args = where + f" AND EXISTS (SELECT 1 FROM fused_events s WHERE s.id = {key} AND s.location = ?)", \
            args + [f.location]
    if f.status:
        where, args = where + f" AND EXISTS (SELECT 1 FROM fused_events s WHERE s.id = {key} AND s.status = ?)", \
            args + [f.status]
    if f.min_sources > 1:
        where += f" AND (SELECT count(*) FROM event_reports r WHERE r.fused_id = {key}) >= ?"
        args = args + [f.min_sources]
    if f.undated:
        where += " AND date_value IS NULL"
    return where, args


def _page(db: sqlite3.Connection, w: _Walk, dated: bool, desc: str, limit: int, offset: int) -> list[tuple]:
    order = f"date_value {desc}, {w.key} {desc}" if dated else f"{w.key} {desc}"
    sql = (f"SELECT {'DISTINCT' if w.distinct else ''} {w.key}, date_value FROM {w.table} WHERE {w.where}"
           f" AND date_value IS {'NOT ' if dated else ''}NULL ORDER BY {order} LIMIT ? OFFSET ?")
    return [(r[0], r[1]) for r in db.execute(sql, [*w.args, limit if limit >= 0 else NO_LIMIT, offset])]


def _count(db: sqlite3.Connection, w: _Walk, extra: str = "") -> int:
    return db.execute(f"SELECT count(DISTINCT {w.key}) FROM {w.table} WHERE {w.where}{extra}", w.args).fetchone()[0]


def _ordered(db: sqlite3.Connection, f: EventFilter, limit: int, offset: int, newest_first: bool) -> list[tuple]:
    """(id, date) of the filtered events in date order (undated last), walking an index so a page stops early."""
    w, desc = _walk(db, f), "DESC" if newest_first else ""
    found = _page(db, w, True, desc, limit, offset)
    if limit < 0 or len(found) < limit:
        skipped = max(0, offset - _count(db, w, " AND date_value IS NOT NULL")) if offset else 0
        found += _page(db, w, False, desc, limit - len(found) if limit >= 0 else -1, skipped)
    return found


def _merged(db: sqlite3.Connection, f: EventFilter, people: list[str], limit: int, offset: int,
            newest_first: bool) -> list[str]:
    """A name that fits several people: each one's events in index order, merged (a walk each, no big sort)."""
    want = -1 if limit < 0 else offset + limit
    seen = dict(pair for p in people
                for pair in _ordered(db, replace(f, actor=None, participant=p), want, 0, newest_first))
    dated = sorted(((d, i) for i, d in seen.items() if d is not None), reverse=newest_first)
    undated = sorted((i for i, d in seen.items() if d is None), reverse=newest_first)
    ids = [i for _, i in dated] + undated
    return ids[offset:] if limit < 0 else ids[offset:offset + limit]


def event_ids(db: sqlite3.Connection, f: EventFilter, limit: int = -1, offset: int = 0,
              newest_first: bool = False) -> list[str]:
    """Ids of the filtered fused events in date order (undated last), ``limit`` of them from ``offset``."""
    if f.actor and not f.participant:  # the name resolved once: no one, one person, or several walks merged
        people = sorted(actor_ids(db, f.actor))
        if len(people) != 1:
            return _merged(db, f, people, limit, offset, newest_first) if people else []
        f = replace(f, actor=None, participant=people[0])
    return [i for i, _ in _ordered(db, f, limit, offset, newest_first)]


def events(db: sqlite3.Connection, f: EventFilter = EventFilter(), limit: int | None = None,
           offset: int = 0, newest_first: bool = False, most_sources: int = -1) -> list[dict]:
    """Fused events, oldest first (undated last), each with the sources that report it (all, or the first few)."""
    return by_ids(db, event_ids(db, f, -1 if limit is None else limit, offset, newest_first), most_sources)


def by_ids(db: sqlite3.Connection, ids: list[str], most_sources: int = -1) -> list[dict]:
    """The fused events with these ids, in this order."""
    rows = {}
    for i in range(0, len(ids), 500):
        where, args = within(db, "f.id", ids[i:i + 500])
        rows |= {r[0]: r for r in db.execute(f"{EVENT} WHERE {where}", args)}
    return _events(db, [rows[i] for i in ids], most_sources)


def most_reported(db: sqlite3.Connection, f: EventFilter, limit: int, offset: int) -> list[str]:
    """Ids of the filtered events, those reported by the most articles first (then the newest)."""
    if f.actor and not f.participant and len(actor_ids(db, f.actor)) == 1:
        f = replace(f, actor=None, participant=next(iter(actor_ids(db, f.actor))))
    w = _walk(db, f)
    sql = (f"SELECT {'DISTINCT' if w.distinct else ''} {w.key}, date_value,"
           f" (SELECT count(*) FROM event_reports r WHERE r.fused_id = {w.table}.{w.key}) AS n FROM {w.table}"
           f" WHERE {w.where} ORDER BY n DESC, date_value IS NULL, date_value DESC, {w.key} LIMIT ? OFFSET ?")
    return [r[0] for r in db.execute(sql, [*w.args, limit if limit >= 0 else NO_LIMIT, offset])]


def count_events(db: sqlite3.Connection, f: EventFilter = EventFilter()) -> int:
    return _count(db, _walk(db, f))


def participants(db: sqlite3.Connection, f: EventFilter = EventFilter()) -> list[tuple[str, int]]:
    """People taking part in the filtered events, with how many each, most first."""
    return _counted(db, f, "event_participants", "entity_id", "fused_id", "entity_id LIKE 'person:%'")


def places(db: sqlite3.Connection, f: EventFilter = EventFilter()) -> list[tuple[str, int]]:
    """Where the filtered events were held: (place id, events there), most first; events without a place left out."""
    return _counted(db, f, "fused_events", "location", "id", "location IS NOT NULL")


def _counted(db: sqlite3.Connection, f: EventFilter, table: str, column: str, key: str,
             condition: str) -> list[tuple[str, int]]:
    """(value of ``column``, how many filtered events have it) over ``table``'s rows meeting ``condition``, whose
    event id is ``key``; most first."""
    w = _walk(db, f)
    rows = db.execute(f"SELECT {column}, count(*) FROM {table} WHERE {condition}"
                      f" AND {key} IN (SELECT {w.key} FROM {w.table} WHERE {w.where}) GROUP BY 1 ORDER BY 2 DESC, 1",
                      w.args)
    return [(r[0], r[1]) for r in rows]


def actors(db: sqlite3.Connection, country: str | None = None) -> list[dict]:
    """People with the number of events they took part in and their counterparts."""
    rows = db.execute("SELECT e.id, e.name, e.country, p.fused_id FROM entities e JOIN event_participants p"
                      " ON p.entity_id = e.id WHERE e.type = 'PERSON'" + (" AND e.country = ?" if country else ""),
                      (country,) if country else ()).fetchall()
    counts: Counter = Counter()
    names = {}
    for r in rows:
        counts[r[0]] += 1
        names[r[0]] = (r[1], r[2])
    return [{"id": i, "name": names[i][0], "country": names[i][1], "events": n} for i, n in counts.most_common()]


def timeline(db: sqlite3.Connection, pair: tuple[str, str]) -> list[dict]:
    """Per year and month: how many events of each type the pair's leaders had (kept up to date by fusion)."""
    a, b = sorted(pair)
    rows = db.execute("SELECT month, type, n FROM pair_months WHERE a = ? AND b = ? AND n > 0 ORDER BY month, type",
                      (a, b))
    buckets: dict[str, dict] = {}
    for month, kind, n in rows:
        buckets.setdefault(month, {})[kind] = n
    return [{"month": m, "types": c, "total": sum(c.values())} for m, c in buckets.items()]


def agreements(db: sqlite3.Connection, pair: tuple[str, str] | None = None, status: str | None = None) -> list[dict]:
    """Named documents across the store, one row per name (folded), with every article that mentions it."""
    rows = db.execute("SELECT a.folded, a.name, a.kind, a.status, a.period, a.parties, a.doc_id, d.published, d.title"
                      " FROM agreements a JOIN documents d ON d.id = a.doc_id ORDER BY d.published").fetchall()
    merged: dict[str, dict] = {}
    for r in rows:
        item = merged.setdefault(r[0], {"name": r[1], "kind": r[2], "status": r[3], "period": r[4],
                                        "parties": json.loads(r[5]), "documents": []})
        if r[3] == "signed":
            item["status"], item["signed_in"] = "signed", r[7]
        item["documents"].append({"doc_id": r[6], "published": r[7], "title": r[8]})
    found = _merge_names(list(merged.values()))
    if status:
        found = [a for a in found if a["status"] == status]
    if pair:
        found = [a for a in found if set(pair) <= set(countries_of(db, a["parties"]))]
    return found


def _merge_names(items: list[dict]) -> list[dict]:
    """One document named shorter in one article and in full in another: keep the full name, all articles."""
    kept: list[dict] = []
    for item in sorted(items, key=lambda a: -len(a["name"])):
        words = set(fold(item["name"]).split())
        into = next((k for k in kept if k["kind"] == item["kind"] and words <= set(fold(k["name"]).split())), None)
        if into is None:
            kept.append(item)
            continue
        into["documents"] += item["documents"]
        if item["status"] == "signed":
            into["status"] = "signed"
    return kept


def figures(db: sqlite3.Connection, pair: tuple[str, str] | None = None) -> list[dict]:
    """Money figures across the store: results and targets, one row per value, unit, claim and period."""
    near = " WHERE f.parties LIKE ? AND f.parties LIKE ?" if pair else ""  # a superset, checked exactly below
    rows = db.execute("SELECT f.kind, f.value, f.unit, f.is_target, f.period, f.parties, f.record, f.doc_id, d.published"
                      f" FROM figures f JOIN documents d ON d.id = f.doc_id{near} ORDER BY d.published",
                      [f'%"country:{c}"%' for c in pair] if pair else []).fetchall()
    merged: dict[tuple, dict] = {}
    for r in rows:
        parties = json.loads(r[5])
        if pair and not set(pair) <= {p.split(":", 1)[1] for p in parties if p.startswith("country:")}:
            continue
        key = (round(r[1]), r[2], r[3])  # the same amount claimed the same way is one figure
        item = merged.setdefault(key, {"kind": r[0], "value": r[1], "unit": r[2], "is_target": bool(r[3]),
                                       "period": r[4], "change_pct": json.loads(r[6]).get("change_pct"),
                                       "parties": parties, "documents": []})
        if item["kind"] == "other":
            item["kind"] = r[0]
        item["period"] = item["period"] or r[4]
        item["period_text"] = item.get("period_text") or (json.loads(r[6]).get("period") or {}).get("text")
        item["documents"].append({"doc_id": r[7], "published": r[8], "evidence": json.loads(r[6])["evidence"]["text"]})
    return list(merged.values())
