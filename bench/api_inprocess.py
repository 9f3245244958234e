"""Where an API request's time goes, without HTTP: `python bench/api_inprocess.py URL [ROUNDS] [--snapshot FILE]`.

Each route of issue 11's bar (search, events by actor, timeline by pair, the pair dashboard) is called in this process
as a request calls it (its view under the store's time limit), ROUNDS times (default 4) over `api_latency.py`'s
searches, actors and pairs after one warm-up round. Printed a route: the median and p95 ms, the largest answer's JSON
size, the statements (round trips to the server, BEGIN and COMMIT included) a request and, for a PostgreSQL store
whose server loads `pg_stat_statements`, the database's own time a request (planning, when the server tracks it, and
execution) — which resets that database's `pg_stat_statements`. `--snapshot FILE` writes every answer instead, as
JSON, to compare two versions of the code answer for answer.
"""
from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).parent))
from api_latency import ACTORS, PAIRS, SEARCHES

from bangiao.serve import views
from bangiao.serve.api import JSON, _events
from bangiao.store import checks
from bangiao.store.backends import open_store

TOTAL = ("SELECT sum(total_exec_time + total_plan_time) FROM pg_stat_statements"
         " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")


def routes(store) -> dict[str, list]:
    """{route: [a call answering one of the bench's requests]}."""
    def run(view, *args):
        with store.time_limit():
            return view(store, *args)
    pair = lambda p: checks.country_pair("pair", p)  # noqa: E731
    return {"search": [lambda q=q: run(views.search, q, 20) for q in SEARCHES],
            "events by actor": [lambda a=a: run(_events, checks.event_filter(actor=a), 100, 0, 10) for a in ACTORS],
            "timeline by pair": [lambda p=p: run(lambda s, x: s.timeline(x), pair(p)) for p in PAIRS],
            "dashboard by pair": [lambda p=p: run(views.dashboard, pair(p)) for p in PAIRS]}


@contextmanager
def counting() -> dict:
    """The statements sent by psycopg meanwhile (BEGIN and COMMIT counted two a transaction)."""
    said = {"n": 0}
    execute, transaction = psycopg.Connection.execute, psycopg.Connection.transaction

    def counted(self, *args, **kwargs):
        said["n"] += 1
        return execute(self, *args, **kwargs)

    @contextmanager
    def counted_transaction(self, *args, **kwargs):
        said["n"] += 2
        with transaction(self, *args, **kwargs) as t:
            yield t
    psycopg.Connection.execute, psycopg.Connection.transaction = counted, counted_transaction
    try:
        yield said
    finally:
        psycopg.Connection.execute, psycopg.Connection.transaction = execute, transaction


def _database_ms(store) -> float | None:
    try:
        return store.db.execute(TOTAL).fetchone()[0] or 0.0
    except (psycopg.Error, sqlite3.Error):  # SQLite, or no pg_stat_statements: the database's time is not reported
        return None


def main(url: str, rounds: int, snapshot: str | None) -> None:
    with open_store(url) as store:
        calls = routes(store)
        if snapshot:
            Path(snapshot).write_text(json.dumps({r: [f() for f in fs] for r, fs in calls.items()}, ensure_ascii=False,
                                                 sort_keys=True, indent=0), encoding="utf-8")
            return
        print(f"| route | median ms | p95 ms | largest JSON kB | statements a request | database ms a request |"
              f" load |\n|---|---|---|---|---|---|---|")
        for route, fs in calls.items():
            size = max(len(JSON(f()).body) for f in fs)  # warm-up round
            if _database_ms(store) is not None:
                store.db.execute("SELECT pg_stat_statements_reset()")
            times = []
            with counting() as said:
                for _ in range(rounds):
                    for f in fs:
                        start = time.perf_counter()
                        f()
                        times.append((time.perf_counter() - start) * 1000)
            spent = _database_ms(store)
            n = rounds * len(fs)
            print(f"| {route} | {statistics.median(times):.1f} | {statistics.quantiles(times, n=20)[18]:.1f} |"
                  f" {size / 1000:.0f} | {said['n'] / n:.1f} | {'' if spent is None else f'{spent / n:.1f}'} |"
                  f" {os.getloadavg()[0]:.1f} |")


if __name__ == "__main__":
    args = sys.argv[1:]
    given = args[args.index("--snapshot") + 1] if "--snapshot" in args else None
    numbers = [int(a) for a in args if a.isdigit()]
    main(args[0], numbers[0] if numbers else 4, given)
