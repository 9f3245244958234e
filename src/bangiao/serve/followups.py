"""What the project, commitment and target pages show, as plain data (their JSON twins under /api return the same):
a project with its stage timeline and a point on a map, a pair's commitments grouped by meeting and topic with
their follow-ups, a pair's targets beside the results reported for them.
"""
from __future__ import annotations

import math

from bangiao.serve import charts, maps
from bangiao.serve.views import names
from bangiao.store.store import Store

MOST_COMMITMENTS = 500  # of a pair, on its page
MAP_W, MAP_H, MAP_PAD = 320, 200, 1.5  # the point's frame (px) and the degrees shown around it


def map_point(places: list[str]) -> dict | None:
    """The first place of a project with coordinates, as a point in a small frame of longitude and latitude
    (equirectangular, a grid line a degree), or None when no place has coordinates."""
    found = next(((p, c) for p in places if (c := maps.own_coordinates(p)) is not None), None)
    if found is None:
        return None
    place, (lat, lon) = found
    west, north = lon - MAP_PAD * MAP_W / MAP_H, lat + MAP_PAD
    scale = MAP_H / (2 * MAP_PAD)
    xs = [round((d - west) * scale, 1) for d in range(math.ceil(west), math.floor(west + MAP_W / scale) + 1)]
    ys = [round((north - d) * scale, 1) for d in range(math.ceil(north - 2 * MAP_PAD), math.floor(north) + 1)]
    return {"place": place, "lat": lat, "lon": lon, "width": MAP_W, "height": MAP_H, "x": MAP_W / 2, "y": MAP_H / 2,
            "grid_x": xs, "grid_y": ys}


def projects(store: Store, pair: tuple[str, str] | None = None, stage: str | None = None, kind: str | None = None,
             limit: int = 100, offset: int = 0) -> dict:
    found = store.projects(pair, stage, kind, limit, offset)
    return {"projects": found, "names": names(store, {p for x in found for p in x["places"] + x["parties"]})}


def project(store: Store, project_id: str) -> dict | None:
    """A project with its stage timeline (each step's sources), every report, the commitments about it, its point."""
    found = store.follow_up(project_id) if project_id.startswith("project:") else None
    if found is None:
        return None
    p = found["project"]
    return p | {"reports": found["reports"], "commitments": found["commitments"], "point": map_point(p["places"]),
                "names": names(store, set(p["places"] + p["parties"]))}


def _meetings(items: list[dict]) -> list[dict]:
    """Commitments grouped by meeting (their date and article), then by topic, in the order they were made."""
    meetings: dict[tuple, dict] = {}
    for c in items:
        meeting = meetings.setdefault((c["made"] or "", c["doc_id"]), {
            "date": c["made"], "doc_id": c["doc_id"], "title": c["title"], "published": c["published"],
            "source": c["source"], "topics": {}})
        meeting["topics"].setdefault(c["topic"], []).append(c)
    return [m | {"topics": [{"topic": t, "commitments": cs} for t, cs in sorted(m["topics"].items())]}
            for m in meetings.values()]


def commitments(store: Store, pair: tuple[str, str], topic: str | None = None, since: str | None = None,
                until: str | None = None, kind: str | None = None) -> dict:
    """A pair's commitments by meeting and topic; each says which later and earlier ones tell it again."""
    found = store.commitments(pair, topic, since, until, kind, MOST_COMMITMENTS)
    told = {c["key"]: {"key": c["key"], "made": c["made"], "doc_id": c["doc_id"]} for c in found}
    for c in found:
        c["later_told"] = [told.get(k, {"key": k, "made": None, "doc_id": k.rsplit("-", 1)[0]}) for k in c["later"]]
    people = {p for c in found for p in list(c["by"]) + list(c["of"])}
    return {"pair": list(pair), "meetings": _meetings(found), "count": len(found), "names": names(store, people),
            "complete": len(found) < MOST_COMMITMENTS}


def follow_up(store: Store, thing: str) -> dict | None:
    found = store.follow_up(thing)
    if found is None:
        return None
    if found["kind"] == "commitment":
        c = found["commitment"]
        found["names"] = names(store, set(c["by"]) | set(c["of"]))
    return found


def targets(store: Store, pair: tuple[str, str], lang: str = "vi") -> dict:
    """A pair's targets with their results and progress, and a chart per kind and unit (results beside targets)."""
    found = store.targets(pair)
    groups: dict[tuple, list[dict]] = {}
    for t in found:
        bars = groups.setdefault((t["kind"], t["unit"]), [])
        bars.append({"value": t["value"], "unit": t["unit"], "is_target": True, "period": t["period"]})
        bars += [{"value": r["value"], "unit": r["unit"], "is_target": False, "period": r["period"]}
                 for r in t["results"]]
    charted = [{"kind": k, "unit": u, "chart": charts.trade_chart(bars, lang)} for (k, u), bars in sorted(groups.items())]
    return {"pair": list(pair), "targets": found, "charts": charted}
