"""Exports of the store: the spec's JSONL, CSV of events, PLOVER-style JSONL, a CAMEO-coded TSV, GraphML of who met whom.

Events are the fused ones (one row per occurrence); every export names its sources.
"""
from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

from bangiao.store.store import EventFilter, Store

FORMATS = ("jsonl", "csv", "plover", "cameo", "graphml")
_PLOVER = {"TALKS": "CONSULT", "MEET": "CONSULT", "VISIT": "CONSULT", "CALL": "CONSULT", "CONSULT": "CONSULT",
           "SIGN": "AGREE", "AWARD": "AID", "CONFERENCE": "CONSULT", "CEREMONY": "CONSULT", "SPEECH": "ACCUSE"}
_PLOVER_MODE = {"TALKS": "meet", "MEET": "meet", "VISIT": "visit", "CALL": "phone", "CONSULT": "meet", "SIGN": "sign",
                "AWARD": "honor", "CONFERENCE": "third-party", "CEREMONY": "meet", "SPEECH": "statement"}


def _names(store: Store) -> dict[str, str]:
    return store.entity_names()


def jsonl(store: Store) -> str:
    """Every stored record, as `bangiao extract --format jsonl` prints it."""
    return "".join(line + "\n" for line in store.record_lines())


def events_jsonl(store: Store, f: EventFilter = EventFilter()) -> str:
    """The filtered fused events, one JSON line each (the API's event shape, every source)."""
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in store.events(f))


def events_csv(store: Store, f: EventFilter = EventFilter()) -> str:
    names, buf = _names(store), io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "date", "date_end", "type", "cameo", "status", "participants", "location", "sources", "urls",
                     "documents"])
    for e in store.events(f):
        writer.writerow([e["id"], (e["date"] or {}).get("value", ""), (e["date"] or {}).get("end") or "", e["type"],
                         e["cameo"], e["status"], "; ".join(names.get(p, p) for p in e["participants"]),
                         names.get(e["location"], e["location"] or ""), len(e["sources"]),
                         " ".join(s["url"] for s in e["sources"] if s["url"]),  # a URL where a URL belongs
                         " ".join(s["doc_id"] for s in e["sources"])])
    return buf.getvalue()


def plover(store: Store, f: EventFilter = EventFilter()) -> str:
    """PLOVER-style event records (event type and mode mapped from ours; not an official PLOVER coder)."""
    names, lines = _names(store), []
    for e in store.events(f):
        actors = [names.get(p, p) for p in e["participants"]]
        lines.append(json.dumps({
            "id": e["id"], "date": (e["date"] or {}).get("value"), "event_type": _PLOVER[e["type"]],
            "mode": _PLOVER_MODE[e["type"]], "actor": actors[0] if actors else None, "recipient": actors[1:2] or None,
            "others": actors[2:], "location": names.get(e["location"], e["location"]), "status": e["status"],
            "bangiao_type": e["type"], "cameo": e["cameo"],
            "sources": [{"doc_id": s["doc_id"], "url": s["url"], "text": s["evidence"]["text"]} for s in e["sources"]],
        }, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def cameo_tsv(store: Store, f: EventFilter = EventFilter()) -> str:
    """actor, recipient, code, date, location, source URL (empty when unknown), evidence, document id: one line per
    source of each event."""
    names, buf = _names(store), io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow(["actor", "recipient", "cameo", "date", "location", "source_url", "evidence", "doc_id"])
    for e in store.events(f):
        actor = names.get(e["participants"][0], e["participants"][0]) if e["participants"] else ""
        recipient = "; ".join(names.get(p, p) for p in e["participants"][1:])
        for s in e["sources"]:
            writer.writerow([actor, recipient, e["cameo"], (e["date"] or {}).get("value", ""),
                             names.get(e["location"], e["location"] or ""), s["url"] or "",  # empty when unknown
                             s["evidence"]["text"].replace("\t", " ").replace("\n", " "), s["doc_id"]])
    return buf.getvalue()


def graphml(store: Store, f: EventFilter = EventFilter()) -> str:
    """Who met whom: people as nodes, an edge for each pair that took part in the same events (weight = events)."""
    names = _names(store)
    weights: dict[tuple[str, str], int] = {}
    for e in store.events(f):
        people = sorted({p for p in e["participants"] if p.startswith("person:")})
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                weights[(a, b)] = weights.get((a, b), 0) + 1
    nodes = sorted({p for pair in weights for p in pair})
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '<key id="name" for="node" attr.name="name" attr.type="string"/>',
           '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
           '<graph id="who-met-whom" edgedefault="undirected">']
    out += [f'<node id={quoteattr(n)}><data key="name">{escape(names.get(n, n))}</data></node>' for n in nodes]
    out += [f'<edge source={quoteattr(a)} target={quoteattr(b)}><data key="weight">{w}</data></edge>'
            for (a, b), w in sorted(weights.items())]
    out += ["</graph>", "</graphml>"]
    return "\n".join(out) + "\n"


def export(store: Store, fmt: str, f: EventFilter | None = None) -> str:
    """The whole store in a format; with a filter ``f``, its events only (JSONL: the events, not the documents)."""
    if f is None:
        return {"jsonl": jsonl, "csv": events_csv, "plover": plover, "cameo": cameo_tsv, "graphml": graphml}[fmt](store)
    return {"jsonl": events_jsonl, "csv": events_csv, "plover": plover, "cameo": cameo_tsv,
            "graphml": graphml}[fmt](store, f)
