"""Nothing lost, nothing hung: the same corpus in any order gives the same fused events; a full disk or a read-only
store is a clear error and leaves a valid store; SIGTERM stops `ingest` and `serve` cleanly."""
from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bangiao.errors import InputError, StoreError
from bangiao.extract import pipeline
from bangiao.store.store import Store
from conftest import SAMPLES

BANGIAO = [sys.executable, "-m", "bangiao"]


@pytest.fixture(scope="module")
def corpus() -> list:
    return [doc for _, doc in pipeline.extract_paths([str(SAMPLES)]) if not isinstance(doc, InputError)]


def _picture(store: Store) -> tuple:
    """The fused events (each with its sources) and the stored documents' sources, order aside."""
    events = sorted((e["type"], (e["date"] or {}).get("value") or "", tuple(sorted(e["participants"])),
                     e["location"] or "", e["status"], e["source_count"], tuple(sorted(s["doc_id"] for s in e["sources"])))
                    for e in store.events())
    stats = store.stats()
    return events, sorted(stats["sources"]), stats["documents"], stats["near_duplicates"]


def test_store_faults_any_order_gives_the_same_events(corpus):
    with Store(":memory:") as forward, Store(":memory:") as backward:
        for doc in corpus:
            forward.add(doc)
        for doc in reversed(corpus):
            backward.add(doc)
        assert _picture(forward) == _picture(backward)
        before = _picture(forward)
        for record in list(forward.records()):
            forward.replace_record(pipeline.reextract(record))
        assert _picture(forward) == before  # reprocessing without a change of code changes nothing


def test_store_faults_disk_full_is_a_clear_error_and_the_store_stays_valid(tmp_path, corpus):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_many([(doc, None) for doc in corpus[:3]])
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up during the next batch
        with pytest.raises(StoreError, match="the disk is full .* every document stored before it is kept"):
            store.add_many([(doc, None) for doc in corpus[3:]])
        assert store.stats()["documents"] == 3
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Store(path) as store:
        store.add_many([(doc, None) for doc in corpus[3:]])  # space again: the same command completes the rest
        assert store.stats()["documents"] == len(corpus)


def test_store_faults_read_only_store_is_a_clear_error(tmp_path, corpus):
    with Store(tmp_path / "s.db") as store:
        store.add(corpus[0])
        store.db.execute("PRAGMA query_only = ON")  # as a file the process may not write
        with pytest.raises(StoreError, match="the store is read-only"):
            store.add(corpus[1])
        assert store.stats()["documents"] == 1 and store.search("Lào") is not None


def _copies(folder: Path, n: int) -> Path:
    texts = sorted(p for p in SAMPLES.glob("*.txt") if not p.name.startswith("legacy"))
    folder.mkdir()
    for i in range(n):
        src = texts[i % len(texts)]
        (folder / f"{i:03d}.txt").write_text(src.read_text("utf-8") + f"\nBản tin số {i} của ngày hôm nay.\n",
                                             encoding="utf-8")
    return folder


def test_store_faults_sigterm_stops_ingest_cleanly(tmp_path):
    folder, db = _copies(tmp_path / "in", 60), tmp_path / "s.db"
    run = subprocess.Popen([*BANGIAO, "ingest", str(folder), "--db", str(db), "-j", "1", "--batch", "4", "-q"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (db.exists() and _documents(db) >= 4):
        time.sleep(0.2)
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=30)
    assert run.returncode in (143, 0), err
    if run.returncode == 143:
        assert "stopped:" in err and "run the same command again" in err and "Traceback" not in err
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = subprocess.run([*BANGIAO, "ingest", str(folder), "--db", str(db), "-j", "1", "-q"], capture_output=True,
                           text=True, timeout=300)
    assert again.returncode == 0 and _documents(db, "document_inputs") == 60  # every input, once


def _documents(db: Path, table: str = "documents") -> int:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_store_faults_sigterm_stops_serve_cleanly(tmp_path, corpus):
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add(corpus[0])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = subprocess.Popen([*BANGIAO, "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, env={**os.environ, "COLUMNS": "200"})
    deadline, up = time.monotonic() + 30, False
    while time.monotonic() < deadline and not up:
        try:
            up = urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=lao", timeout=2).status == 200
        except OSError:
            time.sleep(0.2)
    assert up
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=20)
    assert run.returncode == 0 and "Traceback" not in err
