"""Both backends agree: fusion independent of arrival order, concurrent PostgreSQL writers, a killed writer,
`bangiao store copy` between SQLite and PostgreSQL, `--db URL` for every command."""
from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from bangiao.cli import app
from bangiao.extract import pipeline
from bangiao.store.backends import is_postgres, open_store
from bangiao.store.copy import copy_store, counts
from bangiao.store.store import Store
from conftest import ROOT, SAMPLES

DEV = ROOT / "tests" / "dev" / "articles"
runner = CliRunner()


def _articles() -> list:
    paths = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html", ".jsonl")) + sorted(DEV.glob("*.txt"))[:30]
    return [d for _, d in pipeline.extract_paths(map(str, paths)) if not isinstance(d, Exception)]


@pytest.fixture(scope="module")
def articles():
    return _articles()


def fused(store: Store) -> list[tuple]:
    """Every fused event as the reader sees it, with its sources as a set (their order is arrival order)."""
    return sorted((e["id"], e["type"], json.dumps(e["date"]), tuple(e["participants"]), e["location"], e["status"],
                   frozenset((s["doc_id"], s["evidence"]["start"]) for s in e["sources"])) for e in store.events())


def test_store_fusion_is_the_same_in_any_order_on_both_backends(make_store, articles):
    reference = Store(":memory:")
    for doc in articles:
        reference.add(doc)
    expected = fused(reference)
    assert len(expected) > 100 and any(len(e[-1]) > 1 for e in expected)
    for seed in (1, 2):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        store = make_store()
        for i in range(0, len(shuffled), 7):
            store.add_many([(d, None) for d in shuffled[i:i + 7]])
        assert fused(store) == expected
        assert store.timeline(("VN", "LA")) == reference.timeline(("VN", "LA"))


def test_store_reprocess_gives_a_fused_event_back_its_best_voice(make_store, articles):
    store = make_store()
    for doc in articles:
        store.add(doc)
    before = fused(store)
    for doc in reversed(articles[:20]):
        store.replace_record(doc)
    assert fused(store) == before


def test_store_copy_round_trip_sqlite_postgresql_sqlite(pg_cluster, articles, tmp_path):
    with Store(tmp_path / "a.db") as original:
        for doc in articles[:30]:
            original.add(doc)
        original.add(articles[0])                                   # an input recorded twice
        url = pg_cluster.database()
        with open_store(url) as pg, Store(tmp_path / "b.db") as back:
            assert copy_store(original, pg) == counts(original)
            assert copy_store(pg, back) == counts(original)
            for s in (pg, back):
                assert fused(s) == fused(original)
                assert [h.doc_id for h in s.search("Lào", 5)] == [h.doc_id for h in original.search("Lào", 5)] \
                    or {h.doc_id for h in s.search("Lào", 50)} == {h.doc_id for h in original.search("Lào", 50)}
                assert list(s.record_lines()) == list(original.record_lines())
                assert s.get(articles[0].id)["inputs"] == original.get(articles[0].id)["inputs"]
            with pytest.raises(Exception, match="already holds"):
                copy_store(original, pg)


def test_store_cli_every_command_takes_a_postgresql_url(pg_cluster, tmp_path, monkeypatch):
    url = pg_cluster.database(empty=True)
    assert is_postgres(url) and not is_postgres(tmp_path / "x.db")
    assert runner.invoke(app, ["stats", "--db", url]).exit_code == 2           # no store there yet: said, not made
    done = runner.invoke(app, ["ingest", "-q", "--db", url, "--published", "2024-01-06", str(SAMPLES)])
    assert done.exit_code == 0, done.output
    monkeypatch.setenv("BANGIAO_DB", url)
    for args in (["stats"], ["search", "thongloun"], ["events", "--pair", "VN-LA", "--format", "json"],
                 ["timeline", "--pair", "VN-LA"], ["actors", "--country", "LA"], ["agreements"], ["figures"],
                 ["export", "--format", "cameo"], ["reprocess"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    assert "Thongloun" in runner.invoke(app, ["search", "thongloun"]).stdout
    copied = runner.invoke(app, ["store", "copy", url, str(tmp_path / "c.db")])
    assert copied.exit_code == 0, copied.output
    assert "documents" in copied.stdout


def _ingest_cmd(db: str, folder, batch: int = 4) -> list[str]:
    return [sys.executable, "-m", "bangiao", "ingest", "--quiet", "--jobs", "1", "--batch", str(batch), "--db", db,
            str(folder)]


def _folder(tmp_path, name: str, paths: list) -> object:
    folder = tmp_path / name
    folder.mkdir()
    for p in paths:
        shutil.copy(p, folder / p.name)
    return folder


def test_store_two_writers_lose_nothing_and_duplicate_nothing(pg_cluster, tmp_path):
    paths = sorted(DEV.glob("*.txt"))[:18]
    first, second = _folder(tmp_path, "a", paths[:12]), _folder(tmp_path, "b", paths[6:])    # 6 in both
    url = pg_cluster.database()
    open_store(url).close()                                                                    # schema made once
    procs = [subprocess.Popen(_ingest_cmd(url, f), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for f in (first, second)]
    assert all(p.wait(timeout=300) == 0 for p in procs), [p.stderr.read() for p in procs]
    reference = Store(":memory:")
    for _, doc in pipeline.extract_paths(map(str, paths)):
        reference.add(doc)
    with open_store(url) as pg:
        assert pg.stats()["documents"] == reference.stats()["documents"]
        assert pg.stats()["inputs"] == 24
        assert fused(pg) == fused(reference)


def test_store_killed_postgresql_writer_leaves_a_valid_store_and_a_rerun_completes(pg_cluster, tmp_path):
    folder = _folder(tmp_path, "many", sorted(DEV.glob("*.txt"))[:20])
    url = pg_cluster.database()
    proc = subprocess.Popen(_ingest_cmd(url, folder, 2), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, stored = time.time() + 120, 0
    with open_store(url) as pg:
        while time.time() < deadline and proc.poll() is None and stored < 6:
            time.sleep(0.05)
            stored = pg.stats()["documents"]
        assert proc.poll() is None, "ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial = pg.stats()["documents"]
        assert 6 <= partial < 20 and partial % 2 == 0                  # whole batches only
        assert pg.stats()["inputs"] == partial
        rerun = subprocess.run(_ingest_cmd(url, folder), capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stderr
        assert pg.stats()["documents"] == 20 == pg.stats()["inputs"]


def test_store_ingest_in_worker_processes_stores_what_one_process_does(tmp_path):
    folder = _folder(tmp_path, "in", sorted(DEV.glob("*.txt"))[:20])
    (folder / "empty.txt").write_bytes(b"")
    found = {}
    for jobs in ("1", "2"):
        db = str(tmp_path / f"j{jobs}.db")
        cmd = [sys.executable, "-m", "bangiao", "ingest", "-q", "--jobs", jobs, "--batch", "8", "--db", db, str(folder)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert done.returncode == 1 and "empty.txt" in done.stderr      # the empty file reported, the rest stored
        with Store(db) as s:
            found[jobs] = (s.stats()["documents"], fused(s), list(s.record_lines()))
    assert found["1"] == found["2"] and found["1"][0] == 20
