"""Which store a location names: a ``postgresql://`` URL is a PostgreSQL store, anything else a SQLite file."""
from __future__ import annotations

import os
from pathlib import Path

from bangiao.errors import StoreError
from bangiao.store.store import Store, default_path

SCHEMES = ("postgresql://", "postgres://")


def is_postgres(location: str | Path | None) -> bool:
    return str(location or "").startswith(SCHEMES)


def location(given: str | Path | None = None) -> str:
    """``given``, else ``$BANGIAO_DB`` (a path or a URL), else ``bangiao.db`` in the user's data directory."""
    return str(given or os.environ.get("BANGIAO_DB") or default_path())


def open_store(given: str | Path | None = None, *, shared: bool = False, create: bool = True) -> Store:
    """The store at a path or URL (see ``location``); ``create=False`` refuses to make a new one."""
    where = location(given)
    if not is_postgres(where):
        return Store(where, shared=shared, create=create)
    try:
        from bangiao.store.postgres import PostgresStore
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("psycopg"):
            raise
        raise StoreError(f"{where}: PostgreSQL needs psycopg; install it with pip install 'bangiao[postgres]'") from exc
    return PostgresStore(where, shared=shared, create=create)
