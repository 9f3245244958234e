"""Make ``src/bangiao/data/world.geojson``, the country outlines the web UI's map draws, from Natural Earth.

Run once, by hand (the package never fetches anything: the file it writes is shipped). The source is Natural Earth's
1:110m admin-0 countries (public domain) as geopandas 0.14 ships it (``datasets/naturalearth_lowres``, built from
Natural Earth 5.1.1); geopandas 1.0 dropped the file, so an older wheel is read without installing it:

    python -m venv /tmp/ne && /tmp/ne/bin/pip install pyshp==3.1.6 pycountry==26.2.16
    /tmp/ne/bin/pip download geopandas==0.14.4 --no-deps -d /tmp/ne/wheel
    (cd /tmp/ne/wheel && unzip -o geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/*')
    /tmp/ne/bin/python tools/natural_earth.py /tmp/ne/wheel/geopandas/datasets/naturalearth_lowres/naturalearth_lowres

Each country keeps its Natural Earth name, its ISO 3166 alpha-2 code (from pycountry; empty for Kosovo, N. Cyprus
and Somaliland, which have none) and its rings (outer ones with the holes after them) with coordinates rounded to
0.1° (about 11 km, finer than a map of a region draws), consecutive repeats dropped.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry
import shapefile

OUT = Path(__file__).resolve().parent.parent / "src" / "bangiao" / "data" / "world.geojson"
DIGITS = 1
META = {"version": 1, "kind": "world", "sources": [
    "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (naturalearthdata.com), public domain;"
    " the copy geopandas 0.14.4 ships as datasets/naturalearth_lowres (Natural Earth 5.1.1)",
    "ISO 3166-1 alpha-2 codes from the alpha-3 codes by pycountry 26.2.16",
    "converted by tools/natural_earth.py: coordinates rounded to 0.1 degree, repeated points dropped"]}


def _ring(points: list) -> list[list[float]]:
    ring: list[list[float]] = []
    for lon, lat in points:
        point = [round(lon, DIGITS), round(lat, DIGITS)]
        if not ring or ring[-1] != point:
            ring.append(point)
    return ring


def _rings(shape) -> list[list[list[float]]]:
    ends = list(shape.parts[1:]) + [len(shape.points)]
    rings = [_ring(shape.points[a:b]) for a, b in zip(shape.parts, ends)]
    return [r for r in rings if len(r) >= 4]


def _area(ring: list[list[float]]) -> float:
    """Twice the signed area: negative for a clockwise ring (a shapefile's outer ring), positive for a hole."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))


def _polygons(rings: list[list[list[float]]]) -> list[list[list[list[float]]]]:
    """GeoJSON polygons: each outer ring with the holes that follow it."""
    polygons: list = []
    for ring in rings:
        if _area(ring) < 0 or not polygons:
            polygons.append([ring])
        else:
            polygons[-1].append(ring)
    return polygons


def _alpha2(alpha3: str) -> str:
    found = pycountry.countries.get(alpha_3=alpha3)
    return found.alpha_2 if found else ""


def convert(source: str) -> dict:
    reader = shapefile.Reader(source)
    features = []
    for shape, record in zip(reader.shapes(), reader.records()):
        features.append({"type": "Feature", "properties": {"name": record["name"], "iso_a2": _alpha2(record["iso_a3"])},
                         "geometry": {"type": "MultiPolygon", "coordinates": _polygons(_rings(shape))}})
    return {"type": "FeatureCollection", "meta": META, "features": features}


if __name__ == "__main__":
    world = convert(sys.argv[1])
    OUT.write_text(json.dumps(world, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(world['features'])} countries, {OUT.stat().st_size:,} bytes")
