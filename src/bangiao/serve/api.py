"""The HTTP API: every page of the web UI has a JSON twin under /api; OpenAPI at /docs.

``bangiao.serve.app.create_app`` mounts this router beside the pages. The server is read-only unless given a write
token, in which case ``POST /api/documents`` (with ``Authorization: Bearer <token>``) extracts and stores an article.
"""
from __future__ import annotations

import hmac
import json
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from bangiao.serve import views
from bangiao.model import to_dict
from bangiao.extract.pipeline import extract
from bangiao.serve.access import locked, pair_param, reading
from bangiao.store.store import EventFilter, Store

T = TypeVar("T")
router = APIRouter(prefix="/api")


class NewArticle(BaseModel):
    content: str = Field(description="The article: plain text or a saved page's HTML.")
    html: bool | None = Field(None, description="Force HTML (true) or text (false); guessed when absent.")
    published: str | None = Field(None, description="Publication date YYYY-MM-DD, when known.")
    title: str | None = None
    path: str | None = Field(None, description="Where the article came from (a file name or URL), for provenance.")


class JSON(Response):
    """JSON written by the standard library's C encoder: no per-field validation pass on large answers."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _found(value: T | None, what: str) -> T:
    if value is None:
        raise HTTPException(404, f"no {what}: check the id (documents also take a unique prefix of 4+ characters)")
    return value


def _events(store: Store, f: EventFilter, limit: int, offset: int, sources: int) -> list[dict]:
    return store.events(f, limit, offset, most_sources=sources)


@router.get("/events", summary="Fused events (the spec's Event shape plus every source)")
def api_events(request: Request, actor: str | None = None, country: str | None = None, pair: str | None = None,
               type: str | None = None, since: str | None = None, until: str | None = None,
               limit: Annotated[int, Query(ge=1, le=10000)] = 100,
               offset: Annotated[int, Query(ge=0)] = 0,
               sources: Annotated[int, Query(ge=-1, description="sources listed per event; -1 for all")] = 10
               ) -> JSON:
    """Oldest first; page with ``limit`` and ``offset``; ``source_count`` tells how many sources each event has."""
    f = EventFilter(actor, country.upper() if country else None, pair_param(pair) if pair else None,
                            type, since, until)
    return JSON(reading(request, _events, f, limit, offset, sources))


@router.get("/events/{event_id}", summary="One fused event with all its sources and evidence")
def api_event(request: Request, event_id: str) -> JSON:
    return JSON(_found(reading(request, views.event, event_id), "event"))


@router.get("/actors", summary="People with their number of events")
def api_actors(request: Request, country: str | None = None) -> JSON:
    return JSON(reading(request, lambda s: s.actors(country.upper() if country else None)))


@router.get("/actors/{actor_id}", summary="A person: offices held, events, counterparts")
def api_actor(request: Request, actor_id: str) -> JSON:
    return JSON(_found(reading(request, views.actor, actor_id), "actor"))


@router.get("/documents/{doc_id}", summary="The stored extraction record of an article")
def api_document(request: Request, doc_id: str) -> JSON:
    return JSON(_found(reading(request, views.document, doc_id), "document"))


@router.get("/search", summary="Articles matching every word (case and diacritics ignored)")
def api_search(request: Request, q: str, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> JSON:
    return JSON(reading(request, views.search, q, limit))


@router.get("/dashboard", summary="The view of a country pair: timeline, leaders, agreements, figures")
def api_dashboard(request: Request, pair: Annotated[tuple[str, str], Depends(pair_param)]) -> JSON:
    return JSON(reading(request, views.dashboard, pair))


@router.get("/timeline", summary="Events of a pair by month and type")
def api_timeline(request: Request, pair: Annotated[tuple[str, str], Depends(pair_param)]) -> JSON:
    return JSON(reading(request, lambda s: s.timeline(pair)))


@router.get("/agreements", summary="Named agreements across articles")
def api_agreements(request: Request, pair: str | None = None, status: str | None = None) -> JSON:
    chosen = pair_param(pair) if pair else None
    return JSON(reading(request, lambda s: s.agreements(chosen, status)))


@router.get("/figures", summary="Money figures (results and targets) across articles")
def api_figures(request: Request, pair: str | None = None) -> JSON:
    chosen = pair_param(pair) if pair else None
    return JSON(reading(request, lambda s: s.figures(chosen)))


def _authorised(request: Request, authorization: str | None) -> None:
    token = request.app.state.write_token
    if not token:
        raise HTTPException(403, "this server is read-only: start it with `bangiao serve --write-token TOKEN`")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "wrong or missing token: send `Authorization: Bearer TOKEN`")


def _store_article(store: Store, article: NewArticle) -> dict:
    doc = extract(article.content, html=article.html, published=article.published, path=article.path,
                  title=article.title)
    outcome = store.add(doc)
    return {"outcome": outcome.status, "doc_id": outcome.doc_id, "record": to_dict(doc)}


@router.post("/documents", status_code=201, summary="Extract and store an article (needs the write token)")
def api_add(request: Request, article: NewArticle, authorization: Annotated[str | None, Header()] = None) -> dict:
    _authorised(request, authorization)
    return locked(request, _store_article, article)
