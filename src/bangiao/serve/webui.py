"""The web UI: server-rendered pages in Vietnamese (``?lang=en`` for English labels), charts as inline SVG.

Pages are rendered by Jinja2 with autoescaping, so article text is always shown as text. Styles are served from
the package: nothing is fetched from the internet.
"""
from __future__ import annotations

import functools
from importlib import resources
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from bangiao.serve import highlight, views
from bangiao.serve.access import pair_param, reading
from bangiao.datafiles import load
from bangiao.errors import DataFileError

WEB = resources.files("bangiao.serve") / "web"
STEP = 56  # pixels a month in the timeline
COLOURS = ("#14365d", "#d9822b", "#3c8d5a", "#a23b72", "#5b6675", "#c9a227", "#2e86ab", "#8f5c38")


@functools.cache
def labels() -> dict[str, dict[str, str]]:
    """The interface's words in every language of ui.toml; each language must have every key."""
    data = load("ui.toml", "ui")
    languages = {k: v for k, v in data.items() if k not in ("meta", "defaults")}
    keys = set(languages["vi"])
    for lang, words in languages.items():
        if set(words) != keys:
            raise DataFileError("ui.toml", f"[{lang}] differs from [vi] in {sorted(set(words) ^ keys)}")
    return languages


def default_pair() -> str:
    return load("ui.toml", "ui")["defaults"]["pair"]


def timeline_chart(timeline: list[dict], height: int = 160) -> dict:
    """Stacked bars, one a month, one colour a type of event."""
    types = sorted({t for row in timeline for t in row["types"]})
    colour = {t: COLOURS[i % len(COLOURS)] for i, t in enumerate(types)}
    top = max((row["total"] for row in timeline), default=1)
    width = max(STEP * len(timeline), 200)
    bars = []
    for i, row in enumerate(timeline):
        y = height
        for t in types:
            h = row["types"].get(t, 0) * (height - 20) / top
            y -= h
            if h:
                bars.append({"x": i * STEP + 14, "y": round(y, 1), "h": round(h, 1), "fill": colour[t],
                             "label": f"{row['month']} {t}: {row['types'][t]}"})
    ticks = [{"x": i * STEP + 28, "text": row["month"]} for i, row in enumerate(timeline)]
    return {"width": width, "height": height + 24, "bars": bars, "ticks": ticks, "legend": colour}


def trade_chart(trade: list[dict], height: int = 160) -> dict:
    """Trade turnover: results and targets side by side, in billions of USD."""
    top = max((f["value"] for f in trade), default=1)
    bars = [{"x": i * 70 + 10, "h": round(f["value"] * (height - 20) / top, 1), "target": f["is_target"],
             "value": f"{f['value'] / 1e9:.2f}", "period": f["period"] or "?"} for i, f in enumerate(trade)]
    for bar in bars:
        bar["y"] = height - bar["h"]
    return {"width": max(70 * len(trade) + 20, 200), "height": height + 24, "bars": bars}


class Pages:
    def __init__(self) -> None:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(WEB / "templates")), autoescape=True)
        self.templates = Jinja2Templates(env=env)

    def render(self, request: Request, name: str, status: int = 200, **context: object) -> HTMLResponse:
        lang = request.query_params.get("lang", "vi")
        words = labels().get(lang, labels()["vi"])
        other = "en" if lang == "vi" else "vi"
        switch = str(request.url.path) + "?" + urlencode({**request.query_params, "lang": other})
        suffix = "" if lang == "vi" else "?lang=" + lang
        return self.templates.TemplateResponse(request, name, {"t": words, "lang": lang, "switch": switch,
                                                               "q": suffix, **context}, status_code=status)


def _missing(pages: Pages, request: Request, what: str) -> HTMLResponse:
    return pages.render(request, "missing.html", 404, what=what)


def mount(app: FastAPI) -> None:
    """Add the pages and the static files to the app."""
    pages = Pages()
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request, pair: str | None = None) -> HTMLResponse:
        data = reading(request, views.dashboard, pair_param(pair or default_pair()))
        return pages.render(request, "dashboard.html", d=data, chart=timeline_chart(data["timeline"]),
                            trade=trade_chart(data["trade"]))

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor(request: Request, actor_id: str) -> HTMLResponse:
        data = reading(request, views.actor, actor_id)
        return pages.render(request, "actor.html", a=data) if data else _missing(pages, request, actor_id)

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event(request: Request, event_id: str) -> HTMLResponse:
        data = reading(request, views.event, event_id)
        return pages.render(request, "event.html", e=data) if data else _missing(pages, request, event_id)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document(request: Request, doc_id: str) -> HTMLResponse:
        record = reading(request, views.document, doc_id)
        if record is None:
            return _missing(pages, request, doc_id)
        parts = highlight.segments(record["text"], highlight.marks(record))
        return pages.render(request, "document.html", r=record, segments=parts)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, q: str = "") -> HTMLResponse:
        hits = reading(request, views.search, q, 50) if q.strip() else []
        for hit in hits:
            hit["parts"] = highlight.segments(hit["snippet"], [highlight.Mark(a, b, "hit", "") for a, b in hit["marks"]])
        return pages.render(request, "search.html", hits=hits, query=q)

    @app.exception_handler(HTTPException)
    async def errors(request: Request, exc: HTTPException):  # JSON under /api, a page elsewhere
        from fastapi.exception_handlers import http_exception_handler
        if request.url.path.startswith("/api"):
            return await http_exception_handler(request, exc)
        return pages.render(request, "missing.html", exc.status_code, what=exc.detail)
