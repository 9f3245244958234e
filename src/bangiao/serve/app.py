"""The web application: the JSON API (``api.router``) and the pages (``webui.mount``) over one store."""
from __future__ import annotations

import threading
from importlib.metadata import version
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline  # Swagger UI served from the package, not a CDN

from bangiao.errors import QueryError, QueryTooLarge
from bangiao.serve import api, api_followups, api_pages, webui
from bangiao.store.backends import open_store
from bangiao.store.store import Store


def create_app(db: str | Path = ":memory:", *, write_token: str | None = None, store: Store | None = None) -> FastAPI:
    """The API and web UI over the store at ``db``, a path or a PostgreSQL URL (or an open ``store``)."""
    app = FastAPIOffline(title="bangiao", version=version("bangiao"),
                  description="Vietnam's foreign relations from the Vietnamese press: events, agreements, figures.")
    app.state.store = store or open_store(db, shared=True)
    app.state.lock = threading.Lock()
    app.state.readers = threading.local()
    app.state.write_token = write_token
    app.include_router(api.router)
    app.include_router(api_pages.router)
    app.include_router(api_followups.router)
    webui.mount(app)
    app.add_exception_handler(QueryError, _refused)
    return app


async def _refused(request: Request, exc: QueryError) -> JSONResponse:
    """A question the store will not answer as asked: 400 when it is too large (a search of too many words, past
    the time limit), 422 for a value out of what is allowed (in the shape of FastAPI's own 422s, which the OpenAPI
    schema declares); the message says what is."""
    if isinstance(exc, QueryTooLarge):
        return JSONResponse({"detail": str(exc)}, status_code=400)
    where = ["body"] if request.method == "POST" else ["query"]
    return JSONResponse({"detail": [{"type": "value_error", "loc": where, "msg": str(exc)}]}, status_code=422)
