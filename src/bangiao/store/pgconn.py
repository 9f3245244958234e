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


def _timeout(conn: psycopg.Connection, ms: int) -> None:
    conn.execute("SELECT set_config('statement_timeout', %s, false)", (f"{ms}ms",))


def _fetched(cur: psycopg.Cursor) -> "Fetched":
    return Fetched(cur.fetchall() if cur.description else [])


class Fetched:
    """The rows of a statement, read (the connection may be back in the pool)."""

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
        self.conninfo, self.max_size = conninfo, max_size
        self.pool = self._pool("bangiao")
        self._local = threading.local()
        self._limited: tuple[int, ConnectionPool] | None = None  # (statement_timeout in ms, its pool)
        self._lock = threading.Lock()

    def _pool(self, name: str, min_size: int = 1, configure=None) -> ConnectionPool:
        pool = ConnectionPool(self.conninfo, min_size=min_size, max_size=self.max_size, open=False, name=name,
                              kwargs={"autocommit": True, "row_factory": _row_factory}, configure=configure)
        pool.open(wait=True, timeout=15)
        return pool

    def close(self) -> None:
        self.pool.close()
        if self._limited is not None:
            self._limited[1].close()

    def _bound(self) -> psycopg.Connection | None:
        return getattr(self._local, "conn", None)

    def bound(self) -> psycopg.Connection | None:
        """The connection bound to this thread (by ``transaction`` or ``limited``), if any."""
        return self._bound()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection]:
        """One transaction on one connection, bound to this thread (nested calls join it; on a connection bound by
        ``limited``, it is begun there)."""
        conn = self._bound()
        if conn is not None:
            if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                yield conn
                return
            with conn.transaction():
                yield conn
            return
        with self.pool.connection() as conn, conn.transaction():
            with self._binding(conn):
                yield conn

    @contextmanager
    def _binding(self, conn: psycopg.Connection) -> Iterator[None]:
        self._local.conn = conn
        try:
            yield
        finally:
            self._local.conn = None

    @contextmanager
    def limited(self, ms: int) -> Iterator[None]:
        """This thread's statements stopped after ``ms`` (QueryCanceled) until the end. The first limit asked gets a
        pool of its own whose connections have it as their ``statement_timeout`` from the start: a read under it costs
        no statement to set it nor a transaction to hold it (each statement is its own, as each read its own snapshot
        in a READ COMMITTED transaction). Another limit: a transaction that sets it."""
        with self._lock:
            if self._limited is None:
                self._limited = (ms, self._pool("bangiao-limited", 0, lambda c: _timeout(c, ms)))
        if self._limited[0] != ms:
            with self.transaction() as conn:
                conn.execute("SELECT set_config('statement_timeout', %s, true)", (f"{ms}ms",))
                yield
            return
        with self._limited[1].connection() as conn, self._binding(conn):
            yield

    def execute(self, sql: str, params: Sequence | None = None) -> Fetched:
        """The statement's rows, all read at once (psycopg makes them in one call, not one Python call a row)."""
        query = placeholders(sql) if params is not None else sql
        conn = self._bound()
        if conn is not None:
            return _fetched(conn.execute(query, params))
        with self.pool.connection() as conn:
            return _fetched(conn.execute(query, params))

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
