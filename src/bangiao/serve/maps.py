"""Where events were held, drawn on the server as inline SVG: country outlines from Natural Earth (shipped in
``data/world.geojson``, made by ``tools/natural_earth.py``) and a circle a place, its area growing with its events,
each a link. Nothing is fetched and nothing runs in the browser.

``svg_map(points, …)`` draws any list of ``MapPoint``s (the map page's, or one point on another page); ``places``
is the map page's data (its JSON twin returns it as it is).
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources

from markupsafe import Markup, escape

from bangiao.datafiles import check_header
from bangiao.errors import DataFileError
from bangiao.extract.kb import knowledge_base
from bangiao.serve.filters import Filters
from bangiao.serve.language import entity_name
from bangiao.serve.views import names
from bangiao.store.store import Store

WORLD = "world.geojson"
WHOLE = (-180.0, -58.0, 180.0, 84.0)  # west, south, east, north: the world without Antarctica
LEAST_SPAN = 12.0  # degrees: a map of one or two places still shows their neighbours
MARGIN = 3.0  # degrees around the outermost points
WIDE = 1.4  # a map at least this many times as wide as it is tall (a phone's screen takes it whole)


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A place on the map: where, how many events (the circle's area), what to call it and where it links."""

    lat: float
    lon: float
    n: int = 1
    label: str = ""
    href: str = ""


@dataclass(frozen=True, slots=True)
class Outline:
    code: str  # ISO 3166 alpha-2, "" when the country has none
    name: str
    box: tuple[float, float, float, float]
    rings: tuple[tuple[tuple[float, float], ...], ...]


def _outline(feature: dict) -> Outline:
    props, geometry = feature.get("properties") or {}, feature.get("geometry") or {}
    if geometry.get("type") != "MultiPolygon" or not props.get("name"):
        raise DataFileError(WORLD, f"feature {props!r:.60}: needs a name and a MultiPolygon")
    rings = tuple(tuple((float(x), float(y)) for x, y in ring)
                  for polygon in geometry["coordinates"] for ring in polygon)
    xs, ys = [x for r in rings for x, _ in r], [y for r in rings for _, y in r]
    return Outline(props.get("iso_a2") or "", props["name"], (min(xs), min(ys), max(xs), max(ys)), rings)


@functools.cache
def world() -> tuple[Outline, ...]:
    """The country outlines, read and checked once."""
    try:
        data = json.loads(resources.files("bangiao").joinpath("data", WORLD).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(WORLD, f"cannot be read: {exc}") from exc
    check_header(WORLD, data, "world")
    return tuple(_outline(f) for f in data.get("features", []))


def own_coordinates(place: str) -> tuple[float, float] | None:
    """(lat, lon) the knowledge base gives the place itself; None if it gives none."""
    entity = knowledge_base().entities.get(place)
    if entity is None or "lat" not in entity.facts or "lon" not in entity.facts:
        return None
    return float(entity.facts["lat"]), float(entity.facts["lon"])


def coordinates(place: str) -> tuple[float, float] | None:
    """(lat, lon) of a knowledge-base place; a venue without its own takes the city it lies in; None if unknown."""
    for _ in range(3):
        entity = knowledge_base().entities.get(place)
        if entity is None:
            return None
        if (own := own_coordinates(place)) is not None:
            return own
        place = entity.facts.get("parent", "")
    return None


def frame(points: list[MapPoint]) -> tuple[float, float, float, float]:
    """The part of the world to draw: the points with a margin, at least ``LEAST_SPAN`` degrees each way, never
    taller than ``1/WIDE`` of its width once drawn; the whole world when there is no point."""
    if not points:
        return WHOLE
    west, east = min(p.lon for p in points) - MARGIN, max(p.lon for p in points) + MARGIN
    south, north = min(p.lat for p in points) - MARGIN, max(p.lat for p in points) + MARGIN
    mid_x, mid_y = (west + east) / 2, (south + north) / 2
    height = max(north - south, LEAST_SPAN * 0.75)
    width = max(east - west, LEAST_SPAN, height * WIDE / math.cos(math.radians(mid_y)))
    west, east = max(mid_x - width / 2, WHOLE[0]), min(mid_x + width / 2, WHOLE[2])
    return west, max(mid_y - height / 2, WHOLE[1]), east, min(mid_y + height / 2, WHOLE[3])


class _Projection:
    """Equirectangular, true to scale at the frame's middle latitude."""

    def __init__(self, box: tuple[float, float, float, float], width: float) -> None:
        self.west, self.south, self.east, self.north = box
        stretch = math.cos(math.radians((self.south + self.north) / 2))
        self.k = width / ((self.east - self.west) * stretch)
        self.kx = self.k * stretch
        self.width, self.height = width, round((self.north - self.south) * self.k, 1)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return round((lon - self.west) * self.kx, 1), round((self.north - lat) * self.k, 1)

    def sees(self, box: tuple[float, float, float, float]) -> bool:
        return box[0] <= self.east and box[2] >= self.west and box[1] <= self.north and box[3] >= self.south


def _path(outline: Outline, project: _Projection) -> str:
    parts = []
    for ring in outline.rings:
        xy = [project(x, y) for x, y in ring]
        parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in xy) + "Z")
    return "".join(parts)


def _circle(point: MapPoint, project: _Projection, r: float, labelled: bool) -> str:
    x, y = project(point.lon, point.lat)
    said = escape(f"{point.label}: {point.n}")
    dot = f'<circle cx="{x:g}" cy="{y:g}" r="{r:.1f}"><title>{said}</title></circle>'
    if labelled:
        dot += f'<text x="{x + r + 3:g}" y="{y + 4:g}">{escape(point.label)}</text>'
    return f'<a href="{escape(point.href)}" aria-label="{said}">{dot}</a>' if point.href else dot


def svg_map(points: list[MapPoint], *, width: int = 720, box: tuple[float, float, float, float] | None = None,
            highlight: tuple[str, ...] = (), title: str = "", ident: str = "map", labels: int = 6) -> Markup:
    """An SVG map of ``points`` (inside ``box``, else the frame around them): country outlines, the ``highlight``
    countries (ISO codes) shaded, a circle a point whose area grows with ``n``, the ``labels`` largest named.
    Scales with its box (a viewBox); ``ident`` keeps its title's id unique on a page."""
    project = _Projection(box or frame(points), width)
    shapes = "".join(f'<path class="land{" chosen" if o.code in highlight else ""}" d="{_path(o, project)}"/>'
                     for o in world() if project.sees(o.box))
    top = max((p.n for p in points), default=1) or 1
    scale = width / 720
    ordered = sorted(points, key=lambda p: (-p.n, p.label))
    dots = "".join(_circle(p, project, scale * (3 + 13 * math.sqrt(p.n / top)), i < labels)
                   for i, p in enumerate(ordered))
    return Markup(f'<svg class="map" viewBox="0 0 {project.width:g} {project.height:g}" role="group"'
                  f' aria-labelledby="{ident}-title" preserveAspectRatio="xMidYMid meet">'
                  f'<title id="{ident}-title">{escape(title)}</title>'
                  f'<rect class="sea" width="{project.width:g}" height="{project.height:g}"/>'
                  f'<g aria-hidden="true">{shapes}</g><g class="points">{dots}</g></svg>')


def places(store: Store, filters: Filters) -> dict:
    """The map page's data: each place of the filtered events with its events, name, country and coordinates (None
    when the knowledge base has none); how many events there are in all and how many have a place."""
    chosen = filters.event_filter()
    counts = store.places(chosen)
    named = names(store, {p for p, _ in counts})
    rows = []
    for place, n in counts:
        entity = knowledge_base().entities.get(place)
        rows.append({"id": place, "name": named[place], "country": entity.country if entity else None, "events": n,
                     "coordinates": coordinates(place)})
    return {"places": rows, "total": store.count_events(chosen), "placed": sum(n for _, n in counts)}


def page_map(data: dict, filters: Filters, lang: str, title: str) -> Markup:
    """The map page's drawing: a point a place that has coordinates, linking to its events under the same filters;
    the pair's (or the partner's) countries shaded."""
    points = [MapPoint(row["coordinates"][0], row["coordinates"][1], row["events"],
                       entity_name(row["id"], row["name"], lang),
                       "/events?" + filters.query(lang, location=row["id"], page=1))
              for row in data["places"] if row["coordinates"]]
    chosen = tuple(filters.pair.split("-")) if filters.pair else (filters.country,) if filters.country else ()
    return svg_map(points, highlight=chosen, title=title)
