"""Charts as plain geometry for the templates to draw in inline SVG (no script, nothing fetched).

Every chart has a ``viewBox`` and scales with its box; the numbers behind it travel with it (``rows``) so the page can
show them as a table. The timeline's month axis is continuous (months without events are there, empty), its y axis
has round ticks and a grid, undated events stand apart at the right, and each event type has the colour of
``ui.toml`` on every page.
"""
from __future__ import annotations

import math
from collections.abc import Callable

from bangiao.serve.language import code, colours, money, month_label, month_span, number, words

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 14, 40
APART = 96  # the undated column's width, beside the axis (room for its label)
MOST_MONTHS = 72  # a longer span is drawn a bar a year


def nice_ticks(top: float, most: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``: steps of 1, 2 or 5 times a power of ten, at most ``most``+1."""
    if top <= 0:
        return [0, 1]
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= raw)
    if top >= 1 and step < 1:
        step = 1
    count = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` ("2024-11", "2025-02" → four months)."""
    y, m = int(first[:4]), int(first[5:7])
    found = []
    while f"{y:04d}-{m:02d}" <= last:
        found.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return found


def _label_step(count: int, slot: float) -> int:
    """Label every n-th month so that labels stay about 60 units apart: 1, 2, 3, 6 or 12 months."""
    return next((n for n in (1, 2, 3, 6, 12, 24, 60) if n * slot >= 60), 120) if count else 1


Link = Callable[..., str]  # link(type=..., month=..., undated=...) → the filtered event list's URL


def _y_axis(top: float, plot_h: float, lang: str) -> tuple[list[dict], float]:
    ticks = nice_ticks(top)
    scale = plot_h / ticks[-1]
    return [{"y": round(TOP + plot_h - t * scale, 1), "text": number(t, lang, 2)} for t in ticks], scale


def _stack(row: dict, x: float, width: float, scale: float, lang: str, link: Link, **where: object) -> list[dict]:
    """One column of stacked bars, a segment per event type in the legend's order, each linking to its events."""
    y, bars = TOP + (HEIGHT - TOP - BOTTOM), []
    when = _label(row["month"], lang) if row["month"] != "undated" else words(lang)["undated"]
    for kind, colour in colours().items():
        n = row["types"].get(kind, 0)
        if not n:
            continue
        h = n * scale
        y -= h
        bars.append({"x": round(x, 1), "y": round(y, 1), "w": round(width, 1), "h": round(h, 1), "fill": colour,
                     "label": f"{when} · {code(lang, 'event_types', kind)}: {number(n, lang)}",
                     "href": link(type=kind, **where)})
    return bars


def by_year(rows: list[dict]) -> list[dict]:
    """Monthly rows added up a year ("month": "2024"): for a span too long to read month by month."""
    years: dict[str, dict] = {}
    for row in rows:
        year = years.setdefault(row["month"][:4], {"month": row["month"][:4], "types": {}, "total": 0})
        for kind, n in row["types"].items():
            year["types"][kind] = year["types"].get(kind, 0) + n
        year["total"] += row["total"]
    return list(years.values())


def _label(bucket: str, lang: str) -> str:
    return month_label(bucket, lang) if len(bucket) == 7 else bucket


def timeline_chart(timeline: list[dict], lang: str, link: Link) -> dict:
    """Stacked bars a month for the events of a pair (``store.timeline`` rows), undated events apart; a bar a year
    when the months would be more than ``MOST_MONTHS`` (too thin to read or click)."""
    dated = [r for r in timeline if r["month"] != "undated" and r["total"]]
    undated = next((r for r in timeline if r["month"] == "undated" and r["total"]), None)
    months = months_between(dated[0]["month"], dated[-1]["month"]) if dated else []
    if len(months) > MOST_MONTHS:
        dated = by_year(dated)
        months = [str(y) for y in range(int(dated[0]["month"]), int(dated[-1]["month"]) + 1)]
    by_month = {r["month"]: r for r in dated}
    plot_w = WIDTH - LEFT - RIGHT - (APART if undated else 0)
    plot_h = HEIGHT - TOP - BOTTOM
    yticks, scale = _y_axis(max([r["total"] for r in dated] + [undated["total"] if undated else 0, 1]), plot_h, lang)
    slot = plot_w / max(len(months), 1)
    bars, xlabels = [], []
    step = _label_step(len(months), slot)
    for i, month in enumerate(months):
        x = LEFT + i * slot
        if month in by_month:
            bars += _stack(by_month[month], x + slot * 0.12, max(slot * 0.76, 1), scale, lang, link,
                           since=month, until=month)
        if i % step == 0:
            xlabels.append({"x": round(x + slot / 2, 1), "text": _label(month, lang)})
    if undated:
        x = WIDTH - RIGHT - APART + 16
        bars += _stack(undated, x, APART - 24, scale, lang, link, undated=True)
        xlabels.append({"x": round(x + (APART - 24) / 2, 1), "text": words(lang)["undated"], "apart": True})
    present = {k for r in timeline for k in r["types"]}
    legend = [{"type": k, "colour": c, "label": code(lang, "event_types", k), "href": link(type=k)}
              for k, c in colours().items() if k in present]
    rows = [{"month": _label(r["month"], lang) if r["month"] != "undated" else words(lang)["undated"],
             "href": link(since=r["month"], until=r["month"]) if r["month"] != "undated" else link(undated=True),
             "types": [r["types"].get(k["type"], 0) for k in legend], "total": r["total"]}
            for r in dated + ([undated] if undated else [])]
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "xlabels": xlabels, "yticks": yticks,
            "axis": {"x0": LEFT, "x1": LEFT + plot_w, "y": TOP + plot_h}, "legend": legend, "rows": rows,
            "months": len(months), "by": "month" if not months or len(months[0]) == 7 else "year",
            "apart": WIDTH - RIGHT - APART if undated else None}


def figure_period(figure: dict, lang: str) -> str:
    """What a figure's period is called: "10 tháng đầu năm 2024"; a target says its year; "?" when unknown."""
    value, _, end = (figure.get("period") or "").partition("/")  # "2024-01/2024-10": 10 months of 2024
    if figure["is_target"]:
        return f"{words(lang)['target_for']} {(end or value)[:4]}" if value else words(lang)["target"]
    if lang == "vi" and figure.get("period_text"):
        return figure["period_text"]
    if len(value) == len(end) == 7 and value < end:
        return month_span(value, end, lang)
    if end:
        return f"{value}–{end}"
    return month_label(value, lang) if len(value) == 7 else value or "?"


def trade_chart(trade: list[dict], lang: str) -> dict:
    """Trade turnover results and targets in time order (their period, then targets after results)."""
    points = sorted(trade, key=lambda f: (f.get("period") or "9999", f["is_target"]))
    plot_h = HEIGHT - TOP - BOTTOM
    top = max((f["value"] for f in points), default=1) / 1e9
    yticks, scale = _y_axis(top, plot_h, lang)
    slot = (WIDTH - LEFT - RIGHT) / max(len(points), 1)
    bars = []
    for i, f in enumerate(points):
        h = f["value"] / 1e9 * scale
        x = LEFT + i * slot + slot * 0.15
        bars.append({"x": round(x, 1), "w": round(slot * 0.7, 1), "y": round(TOP + plot_h - h, 1), "h": round(h, 1),
                     "target": f["is_target"], "value": money(f["value"], f["unit"], lang),
                     "period": figure_period(f, lang),
                     "centre": round(x + slot * 0.35, 1)})
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "yticks": yticks,
            "axis": {"x0": LEFT, "x1": WIDTH - RIGHT, "y": TOP + plot_h}, "slot": slot}


def sparkline(years: dict[str, int], first: int, last: int, width: int = 120, height: int = 28) -> dict:
    """A small bar a year from ``first`` to ``last`` (years without events empty), for the partner ranking."""
    span = list(range(first, last + 1)) or [first]
    top = max(years.values(), default=1) or 1
    slot = width / len(span)
    bars = [{"x": round(i * slot + slot * 0.1, 1), "w": round(slot * 0.8, 1),
             "h": round(max(years.get(str(y), 0) / top * (height - 2), 1 if years.get(str(y)) else 0), 1),
             "year": y, "n": years.get(str(y), 0)} for i, y in enumerate(span)]
    for bar in bars:
        bar["y"] = round(height - bar["h"], 1)
    return {"width": width, "height": height, "bars": bars}
