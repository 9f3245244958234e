"""End-to-end ingest throughput: `python bench/ingest_throughput.py [N] [--pg URL]`.

Generates N articles (default 2,000) from the bundled samples (bench/corpus.py) and times whole `bangiao ingest`
commands, start to exit (reading, cleaning, extraction, near-duplicates, fusion, writing), into fresh stores:

1. SQLite, one process, extraction in one process (`--jobs 1`) and in worker processes (`--jobs 2`),
   one transaction per 64 articles;
2. PostgreSQL (on the server at the URL given, e.g. postgresql://postgres@127.0.0.1:5432, else a throw-away cluster as the tests make one: tests/pgcluster.py), one command
   with `--jobs 2`, and two commands at once (`--jobs 1` each) on the two halves of the corpus.

Prints articles/s for each, and the storing step alone (documents already extracted, `Store.add_many`), with the
CPU seconds each took (on a shared machine wall time is mostly waiting for a core). `--sqlite`: the SQLite runs only.
"""
from __future__ import annotations

import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from corpus import write_corpus  # noqa: E402

from bangiao.extract import pipeline  # noqa: E402
from bangiao.store.backends import open_store  # noqa: E402


def _ingest(db: str, folders: list[Path], jobs: int) -> tuple[float, float]:
    """Seconds for the commands (one per folder, run at once) to finish, and the CPU seconds they (and their
    worker processes) took."""
    t0, cpu0 = time.perf_counter(), _children_cpu()
    procs = [subprocess.Popen([sys.executable, "-m", "bangiao", "ingest", "-q", "--jobs", str(jobs), "--db", db,
                               str(f)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for f in folders]
    for p in procs:
        if p.wait() != 0:
            raise SystemExit(p.stderr.read().decode())
    return time.perf_counter() - t0, _children_cpu() - cpu0


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _halves(folder: Path) -> list[Path]:
    files = sorted(folder.iterdir())
    halves = [folder.parent / "half0", folder.parent / "half1"]
    for i, h in enumerate(halves):
        h.mkdir()
        for f in files[i::2]:
            (h / f.name).symlink_to(f)
    return halves


def _store_only(db: str, folder: Path) -> float:
    docs = [(doc, raw) for raw, doc in pipeline.extract_paths([str(folder)])]
    with open_store(db) as store:
        t0, cpu0 = time.perf_counter(), time.process_time()
        for i in range(0, len(docs), 64):
            store.add_many(docs[i:i + 64])
        return time.perf_counter() - t0, time.process_time() - cpu0


def main(count: int, pg_url: str | None, sqlite_only: bool = False) -> None:
    import pgcluster

    if pg_url:
        os.environ["BANGIAO_TEST_PG_URL"] = pg_url  # a server given: databases made on it, none started
    cluster = pgcluster.Cluster() if not sqlite_only else None  # (a cluster only for the PostgreSQL runs)
    database = lambda name: cluster.database()  # noqa: E731
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            size = write_corpus(folder, count)
            halves = _halves(folder)
            print(f"bangiao ingest benchmark, {date.today()}, {platform.python_implementation()} "
                  f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")
            print(f"articles: {count}, {size / 2**20:.1f} MB")
            print("| run | seconds | articles/s | CPU seconds | articles per CPU second | load average (1 min) after |")
            print("|---|---|---|---|---|---|")
            runs = [
                ("SQLite, 1 command, --jobs 1", lambda: _ingest(str(Path(tmp) / "a.db"), [folder], 1)),
                ("SQLite, 1 command, --jobs 2", lambda: _ingest(str(Path(tmp) / "b.db"), [folder], 2)),
                ("PostgreSQL, 1 command, --jobs 2", lambda: _ingest(database("b1"), [folder], 2)),
                ("PostgreSQL, 2 commands at once, --jobs 1 each", lambda: _ingest(database("b2"), halves, 1)),
                ("store step alone, SQLite (extracted documents, add_many)",
                 lambda: _store_only(str(Path(tmp) / "c.db"), folder)),
                ("store step alone, PostgreSQL", lambda: _store_only(database("b3"), folder)),
            ]
            for name, run in runs:
                if sqlite_only and "PostgreSQL" in name:
                    continue
                seconds, cpu = run()
                print(f"| {name} | {seconds:.1f} | {count / seconds:.0f} | {cpu:.1f} | {count / cpu:.0f} |"
                      f" {os.getloadavg()[0]:.1f} |", flush=True)
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    args = sys.argv[1:]
    url = args[args.index("--pg") + 1] if "--pg" in args else None
    numbers = [a for a in args if a.isdigit()]
    main(int(numbers[0]) if numbers else 2000, url, "--sqlite" in args)
