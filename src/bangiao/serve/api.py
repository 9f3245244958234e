"""The HTTP API: every page of the web UI has a JSON twin under /api; OpenAPI at /docs.

``bangiao.serve.app.create_app`` mounts this router beside the pages. The server is read-only unless given a write
token, in which case ``POST /api/documents`` (with ``Authorization: Bearer <token>``) extracts and stores an article.
"""
from __future__ import annotations

import hmac
import json
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bangiao.errors import InputError, QueryError
from bangiao.serve import views
from bangiao.model import Document, to_dict
from bangiao.extract.pipeline import extract, metadata_date
from bangiao.reading.read import MAX_BYTES
from bangiao.serve.access import locked, pair_param, reading
from bangiao.store import checks
from bangiao.store.store import EventFilter, Store

T = TypeVar("T")
router = APIRouter(prefix="/api")
MAX_OFFSET = 10**9  # a page that far in is past any store's end (and a larger number past what a database takes)


class NewArticle(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")  # a number for a text, or an unknown field, is a 422

    content: str = Field(min_length=1, max_length=MAX_BYTES, description="The article: plain text or a saved page's "
                         f"HTML (at most {MAX_BYTES:,} characters).")
    html: bool | None = Field(None, description="Force HTML (true) or text (false); guessed when absent.")
    published: str | None = Field(None, max_length=40, description="Publication date YYYY-MM-DD, when known.")
    title: str | None = Field(None, max_length=1000)
    path: str | None = Field(None, max_length=2000,
                             description="Where the article came from (a file name or URL), for provenance.")

    @field_validator("content")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the content is blank: send the article's text, or its saved page's HTML")
        return value

    @field_validator("published")
    @classmethod
    def _a_date(cls, value: str | None) -> str | None:
        if value is not None and metadata_date(value) is None:
            raise ValueError(f"published {value!r}: give the date as YYYY-MM-DD")
        return value


class JSON(Response):
    """JSON written by the standard library's C encoder: no per-field validation pass on large answers."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def found_or_404(value: T | None, what: str,
                 hint: str = "check the id (documents also take a unique prefix of 4+ characters)") -> T:
    """``value``, or a 404 saying no ``what`` was found and what to do (``hint``)."""
    if value is None:
        raise HTTPException(404, f"no {what}: {hint}")
    return value


def _events(store: Store, f: EventFilter, limit: int, offset: int, sources: int) -> list[dict]:
    return store.events(f, limit, offset, most_sources=sources)


@router.get("/events", summary="Fused events (the spec's Event shape plus every source)")
def api_events(request: Request,
               actor: Annotated[str | None, Query(description="A person's name, any spelling.")] = None,
               country: Annotated[str | None, Query(description="A country's ISO code: LA.")] = None,
               pair: Annotated[str | None, Query(description="Two country codes: VN-LA.")] = None,
               type: Annotated[str | None, Query(description=f"One of {', '.join(checks.event_types())}.")] = None,
               since: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
               until: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
               limit: Annotated[int, Query(ge=1, le=10000)] = 100,
               offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
               sources: Annotated[int, Query(ge=-1, le=10000, description="sources listed per event; -1 for all")] = 10
               ) -> JSON:
    """Oldest first; page with ``limit`` and ``offset``; ``source_count`` tells how many sources each event has.
    A value out of what is allowed is a 422 saying what is."""
    f = checks.event_filter(actor=actor, country=country, pair=pair, type=type, since=since, until=until)
    return JSON(reading(request, _events, f, limit, offset, sources))


@router.get("/events/{event_id}", summary="One fused event with all its sources and evidence")
def api_event(request: Request, event_id: str) -> JSON:
    return JSON(found_or_404(reading(request, views.event, event_id), "event"))


@router.get("/actors", summary="People with their number of events")
def api_actors(request: Request, country: str | None = None) -> JSON:
    chosen = checks.country_code("country", country)
    return JSON(reading(request, lambda s: s.actors(chosen)))


@router.get("/actors/{actor_id}", summary="A person: offices held, events, counterparts")
def api_actor(request: Request, actor_id: str) -> JSON:
    return JSON(found_or_404(reading(request, views.actor, actor_id), "actor"))


@router.get("/documents/{doc_id}", summary="The stored extraction record of an article")
def api_document(request: Request, doc_id: str) -> JSON:
    return JSON(found_or_404(reading(request, views.document, doc_id), "document"))


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
    chosen, signed = checks.country_pair("pair", pair), checks.agreement_status("status", status)
    return JSON(reading(request, lambda s: s.agreements(chosen, signed)))


@router.get("/figures", summary="Money figures (results and targets) across articles")
def api_figures(request: Request, pair: str | None = None) -> JSON:
    chosen = checks.country_pair("pair", pair)
    return JSON(reading(request, lambda s: s.figures(chosen)))


def _authorised(request: Request, authorization: str | None) -> None:
    token = request.app.state.write_token
    if not token:
        raise HTTPException(403, "this server is read-only: start it with `bangiao serve --write-token TOKEN`")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme != "Bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "wrong or missing token: send `Authorization: Bearer TOKEN`")


def _store_article(store: Store, doc: Document) -> dict:
    outcome = store.add(doc)
    said = {"new": "stored", "duplicate": "already stored", "near-duplicate": "already stored, told nearly the same"}
    return {"outcome": outcome.status, "doc_id": outcome.doc_id, "message": f"{said[outcome.status]} as {outcome.doc_id}",
            "record": to_dict(doc)}


@router.post("/documents", status_code=201, summary="Extract and store an article (needs the write token)",
             responses={200: {"description": "Already stored (a duplicate or a near-duplicate): its id"},
                        422: {"description": "Not an article: the reason, as `bangiao extract` gives it"}})
def api_add(request: Request, response: Response, article: NewArticle,
            authorization: Annotated[str | None, Header()] = None) -> dict:
    """201 with the new document's id; 200 when it is stored already (``outcome`` says how, ``doc_id`` which)."""
    _authorised(request, authorization)
    try:
        doc = extract(article.content, html=article.html, published=article.published, path=article.path,
                      title=article.title)
    except InputError as exc:
        raise QueryError(str(exc)) from None  # a 422 with the message `bangiao extract` gives
    answer = locked(request, _store_article, doc)
    if answer["outcome"] != "new":
        response.status_code = 200
    return answer
