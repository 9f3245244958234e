"""The web UI: server-rendered pages in Vietnamese (``?lang=en`` for English), charts and the network as inline SVG.

Pages are rendered by Jinja2 with autoescaping, so article text is always shown as text. Styles are served from
the package: nothing is fetched from the internet, and no page needs a script. Every list of events takes the
filters of ``serve/filters.py`` from its URL; an unknown path or a bad parameter gets an error page in the UI's
language with a way back.
"""
from __future__ import annotations

from functools import partial
from importlib import resources
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from bangiao.serve import charts, export, graph, highlight, language, maps, views, webui_followups
from bangiao.serve.access import reading
from bangiao.serve.filters import Filters, parse_pair
from bangiao.serve.language import default_pair, labels  # noqa: F401  (labels: the tests' too)
from bangiao.serve.charts import timeline_chart, trade_chart  # noqa: F401

WEB = resources.files("bangiao.serve") / "web"
MEDIA = {"csv": ("text/csv", "csv"), "jsonl": ("application/x-ndjson", "jsonl"),
         "plover": ("application/x-ndjson", "plover.jsonl"), "cameo": ("text/tab-separated-values", "tsv"),
         "graphml": ("application/graphml+xml", "graphml")}


class BadParameter(Exception):
    """A page's parameter that cannot be read: the page says which and what is expected."""


def _helpers(lang: str) -> dict:
    """The functions templates use to show codes, numbers and names in the reader's language."""
    return {"code": partial(language.code, lang), "num": lambda n, d=0: language.number(n, lang, d),
            "money": lambda v, u: language.money(v, u, lang), "country": lambda c: language.country_name(c, lang),
            "ename": lambda i, n: language.entity_name(i, n, lang), "month": lambda m: language.month_label(m, lang),
            "colours": language.colours(), "period": lambda f: charts.figure_period(f, lang)}


class Pages:
    def __init__(self) -> None:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(WEB / "templates")), autoescape=True)
        self.templates = Jinja2Templates(env=env)

    def render(self, request: Request, name: str, status: int = 200, **context: object) -> HTMLResponse:
        lang = language.language(request.query_params.get("lang"))
        other = "en" if lang == "vi" else "vi"
        switch = str(request.url.path) + "?" + urlencode({**request.query_params, "lang": other})
        suffix, joined = ("", "") if lang == "vi" else ("?lang=" + lang, "&lang=" + lang)
        return self.templates.TemplateResponse(
            request, name, {"t": language.words(lang), "lang": lang, "switch": switch, "q": suffix, "lq": joined,
                            "path": request.url.path, **_helpers(lang), **context}, status_code=status)


def _filters(request: Request) -> Filters:
    try:
        return Filters.read(request.query_params)
    except ValueError as exc:
        raise BadParameter(str(exc)) from None


def _pair(value: str) -> tuple[str, str]:
    try:
        return parse_pair(value)
    except ValueError as exc:
        raise BadParameter(str(exc)) from None


def _events_link(base: Filters, lang: str):
    """link(type=…, since=…, until=…, undated=…) → the event list of ``base`` narrowed so (the charts' links)."""
    def link(**changes: object) -> str:
        return "/events?" + base.query(lang, **changes)
    return link


def _dashboard(pages: Pages, request: Request, pair: tuple[str, str]) -> HTMLResponse:
    lang = language.language(request.query_params.get("lang"))
    data = reading(request, views.dashboard, pair)
    choices = reading(request, lambda store: store.partners(views.HOME))
    link = _events_link(Filters(pair="-".join(pair)), lang)
    return pages.render(request, "dashboard.html", d=data, chart=charts.timeline_chart(data["timeline"], lang, link),
                        trade=charts.trade_chart(data["trade"], lang), choices=choices, events_link=link,
                        home_country=views.HOME, f_pair=Filters(pair="-".join(pair)))


def _home(pages: Pages, request: Request) -> HTMLResponse:
    data = reading(request, views.home)
    first, last = data["years"] or [0, 0]
    for partner in data["partners"]:
        partner["spark"] = charts.sparkline(partner["years"], first, last)
    return pages.render(request, "home.html", h=data)


def mount(app: FastAPI) -> None:
    """Add the pages and the static files to the app."""
    pages = Pages()
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, pair: str | None = None) -> HTMLResponse:
        return _dashboard(pages, request, _pair(pair)) if pair else _home(pages, request)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events(request: Request) -> HTMLResponse:
        filters = _filters(request)
        data = reading(request, views.event_list, filters)
        return pages.render(request, "events.html", f=filters, d=data, formats=MEDIA)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network(request: Request) -> HTMLResponse:
        filters = _filters(request)
        data = reading(request, views.network, filters.event_filter())
        edges = [(e["a"], e["b"], e["events"]) for e in data["edges"]]
        drawing = graph.network(edges, data["names"], data["countries"])
        return pages.render(request, "network.html", f=filters, d=data, g=drawing)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def where(request: Request) -> HTMLResponse:
        filters = _filters(request)
        lang = language.language(request.query_params.get("lang"))
        data = reading(request, maps.places, filters)
        drawing = maps.page_map(data, filters, lang, language.words(lang)["map_title"])
        return pages.render(request, "map.html", f=filters, d=data, m=drawing)

    @app.get("/export/{fmt}", include_in_schema=False)
    def download(request: Request, fmt: str) -> Response:
        if fmt not in MEDIA:
            raise StarletteHTTPException(404, f"{fmt}: expected one of {', '.join(export.FORMATS)}")
        chosen = _filters(request).event_filter()
        text = reading(request, export.export, fmt, chosen)
        media, suffix = MEDIA[fmt]
        return Response(text, media_type=f"{media}; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="bangiao-events.{suffix}"'})

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor(request: Request, actor_id: str) -> HTMLResponse:
        data = reading(request, views.actor, actor_id)
        if data is None:
            raise StarletteHTTPException(404, actor_id)
        return pages.render(request, "actor.html", a=data, f_actor=Filters(participant=actor_id))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event(request: Request, event_id: str) -> HTMLResponse:
        data = reading(request, views.event, event_id)
        if data is None:
            raise StarletteHTTPException(404, event_id)
        return pages.render(request, "event.html", e=data)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document(request: Request, doc_id: str) -> HTMLResponse:
        record = reading(request, views.document, doc_id)
        if record is None:
            raise StarletteHTTPException(404, doc_id)
        lang = language.language(request.query_params.get("lang"))
        parts = highlight.segments(record["text"], highlight.marks(record, record["reported_as"], lang, views.HOME))
        return pages.render(request, "document.html", r=record, segments=parts)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, q: str = "", page: str = "1") -> HTMLResponse:
        number = int(page) if page.isdigit() else 1
        found = reading(request, views.find, q, number) if q.strip() else None
        for hit in found["hits"] if found else []:
            hit["parts"] = highlight.segments(hit["snippet"], [highlight.Mark(a, b, "hit", "") for a, b in hit["marks"]])
        more = "/search?" + urlencode({"q": q, **({"lang": request.query_params["lang"]}
                                                   if "lang" in request.query_params else {})})
        return pages.render(request, "search.html", found=found, query=q, more=more)

    webui_followups.mount(app, pages)  # projects, commitments, targets

    async def error_page(request: Request, status: int, detail: str):
        from fastapi.exception_handlers import http_exception_handler
        if request.url.path.startswith("/api"):
            return await http_exception_handler(request, StarletteHTTPException(status, detail))
        return pages.render(request, "error.html", status, code_=status, detail=detail)

    @app.exception_handler(StarletteHTTPException)
    async def errors(request: Request, exc: StarletteHTTPException):  # JSON under /api, a page elsewhere
        return await error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter):
        return await error_page(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        if request.url.path.startswith("/api"):
            from fastapi.exception_handlers import request_validation_exception_handler
            return await request_validation_exception_handler(request, exc)
        where = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return pages.render(request, "error.html", 422, code_=422, detail=where)
