"""How a request reaches the store: one shared connection for writes, a connection per worker thread for reads,
and the parameters every route shares (a country pair)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request

from bangiao.store import checks
from bangiao.store.store import Store

T = TypeVar("T")


def locked(request: Request, view: Callable[..., T], *args: Any) -> T:
    """Run a view with the server's own connection, one request at a time (writes; in-memory stores)."""
    with request.app.state.lock:
        return view(request.app.state.store, *args)


def reading(request: Request, view: Callable[..., T], *args: Any) -> T:
    """Run a read-only view; with a database file, each worker thread reads through its own connection (WAL
    lets readers run side by side and beside a writer); a PostgreSQL store's pool serves every thread."""
    state = request.app.state
    if state.store.path == ":memory:":
        return locked(request, _bounded, view, *args)
    reader = getattr(state.readers, "store", None)
    if reader is None:
        reader = state.readers.store = state.store.reader()
    return _bounded(reader, view, *args)


def _bounded(store: Store, view: Callable[..., T], *args: Any) -> T:
    """A read within the store's time limit (``Store.time_limit``): a request never keeps the database busy longer."""
    with store.time_limit():
        return view(store, *args)


def pair_param(pair: str) -> tuple[str, str]:
    """A country pair parameter ("VN-LA"): two codes the knowledge base knows, else a 422 saying so."""
    return checks.country_pair("pair", pair)  # type: ignore[return-value]
