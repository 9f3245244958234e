from __future__ import annotations

from pathlib import Path

import pytest

from bangiao.store.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLES = ROOT / "src" / "bangiao" / "data" / "samples"
DATA = Path(__file__).resolve().parent / "data"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


BACKENDS = ["sqlite", "postgresql"]  # the store, query and API tests run on both (tests/pgcluster.py)


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL cluster for the session; the PostgreSQL tests are skipped without one (not in CI)."""
    import pgcluster

    try:
        import psycopg  # noqa: F401
        cluster = pgcluster.Cluster()
    except (RuntimeError, ImportError, OSError) as exc:
        if pgcluster.REQUIRED:
            pytest.fail(f"PostgreSQL tests required: {exc}")
        pytest.skip(f"no PostgreSQL for the tests: {exc}")
    yield cluster
    cluster.stop()


def store_opener(backend: str, request):
    """A function making a new empty store of the backend: in memory for SQLite, a new database for PostgreSQL."""
    if backend == "sqlite":
        return lambda: Store(":memory:", shared=True)
    from bangiao.store.backends import open_store

    cluster = request.getfixturevalue("pg_cluster")
    return lambda: open_store(cluster.database())


@pytest.fixture(params=BACKENDS)
def make_store(request):
    """Call it for a new empty store of the test's backend; closed at the end of the test."""
    opened, opener = [], store_opener(request.param, request)

    def make():
        opened.append(opener())
        return opened[-1]
    yield make
    for s in opened:
        s.close()


@pytest.fixture
def store(make_store):
    return make_store()


def spans_of(record: dict) -> list[dict]:
    """Every Span in an extraction record (as JSON)."""
    spans = [m for e in record.get("entities", []) for m in e.get("mentions", [])]
    for key in ("events", "agreements", "figures", "projects"):
        spans += [x["evidence"] for x in record.get(key, []) if x.get("evidence")]
    return spans
