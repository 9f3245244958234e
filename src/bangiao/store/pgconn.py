"""A PostgreSQL connection pool that speaks like ``sqlite3``: ``execute``/``executemany`` with ``?`` placeholders,
rows readable by position and by column name.

The SQL of ``queries.py`` and ``relations.py`` is written once, in the part of SQL both engines share; this
adapter turns its ``?`` into psycopg's ``%s``. A statement outside a transaction takes a pooled connection for
itself (any thread may ask); ``transaction()`` binds one connection to the calling thread until it commits.
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import psycopg
from psycopg_pool import ConnectionPool


class Row(tuple):
    """A result row: ``row[0]``, ``row["id"]``, ``dict(row)``, like ``sqlite3.Row``. Each statement's columns get
    their own subclass (``_row_class``), so a row is made by the tuple's constructor alone (no per-row dict or
    function) and unpacking it costs what a tuple's does."""

    __slots__ = ()
    _names: dict[str, int] = {}

    def __getitem__(self, key):  # type: ignore[override]
        return tuple.__getitem__(self, self._names[key] if key.__class__ is str else key)

    def keys(self) -> list[str]:
        return list(self._names)


@functools.lru_cache(maxsize=1024)
def _row_class(columns: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_names": {name: i for i, name in enumerate(columns)}})


def _row_factory(cursor: psycopg.Cursor):
    return _row_class(tuple(c.name for c in cursor.description or ()))


@functools.lru_cache(maxsize=2048)
def placeholders(sql: str) -> str:
    """``?`` → ``%s`` (and a literal ``%`` doubled) for psycopg."""
    return sql.replace("%", "%%").replace("?", "%s")


class Fetched:
    """The rows of a statement run on a connection already given back to the pool."""

    def __init__(self, rows: list) -> None:
        self.rows = rows

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list:
        return self.rows

    def __iter__(self):
        return iter(self.rows)


class PgDB:
    """The pool, used as the ``db`` that the shared SQL modules are handed."""

    dialect = "postgresql"

    def __init__(self, conninfo: str, max_size: int = 8) -> None:
        self.pool = ConnectionPool(conninfo, min_size=1, max_size=max_size, open=False, name="bangiao",
                                   kwargs={"autocommit": True, "row_factory": _row_factory})
        self.pool.open(wait=True, timeout=15)
        self._local = threading.local()

    def close(self) -> None:
        self.pool.close()

    def _bound(self) -> psycopg.Connection | None:
        return getattr(self._local, "conn", None)

    def bound(self) -> psycopg.Connection | None:
        """The connection of this thread's transaction, if one is open."""
        return self._bound()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection]:
        """One transaction on one connection, bound to this thread (nested calls join it)."""
        conn = self._bound()
        if conn is not None:
            yield conn
            return
        with self.pool.connection() as conn, conn.transaction():
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None

    def execute(self, sql: str, params: Sequence | None = None):
        query = placeholders(sql) if params is not None else sql
        conn = self._bound()
        if conn is not None:
            return conn.execute(query, params)
        with self.pool.connection() as conn:
            cur = conn.execute(query, params)
            return Fetched(cur.fetchall() if cur.description else [])

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        rows = list(rows)
        if not rows:
            return
        with self.transaction() as conn, conn.cursor() as cur:
            cur.executemany(placeholders(sql), rows)

    @contextmanager
    def stream(self, sql: str, params: Sequence = (), size: int = 500) -> Iterator[Iterator]:
        """A large result read a few hundred rows at a time (a server-side cursor), not all at once."""
        with self.pool.connection() as conn, conn.transaction(), conn.cursor(name="bangiao_stream") as cur:
            cur.itersize = size
            cur.execute(placeholders(sql), params)
            yield iter(cur)
