"""API latency on a large store: `python bench/api_latency.py [N] [REQUESTS] [--pg postgresql://…/db] [--db PATH]
[--pages] [--one-client]`.

`--db PATH` times an existing SQLite store (e.g. one made by bench/sqlite_replicate.py); `--pages` only the web UI's
home and pair dashboard pages (HTML, as a browser gets them), which the other scenarios' run also times;
`--one-client` skips the runs with four client threads.

With `--pg URL` the store is that PostgreSQL database (built into it when it holds no documents), else a SQLite
file in bench/out/.

1. Builds (once; kept in bench/out/) a store of N documents (default 100,000) generated from the bundled samples
   (bench/corpus.py), extracted with the full pipeline in two processes and stored as `bangiao ingest` does.
2. Starts `bangiao serve` on it and, from a load generator in another process (1, then 4 client threads), sends
   REQUESTS requests (default 400) per scenario: the home and pair dashboard pages, search, events by actor,
   timeline by pair, the pair dashboard's JSON.
3. Prints p50/p95/p99 latency per scenario, as measured by the client, and the machine's 1-minute load average at
   the end of each scenario (other work on the machine makes requests wait for a core).
"""
from __future__ import annotations

import multiprocessing
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import httpx2 as httpx  # the test extra's client (httpx2: what starlette's test client uses)

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article, sample_paragraphs

from bangiao.extract import pipeline
from bangiao.store.backends import open_store

OUT = Path(__file__).parent / "out"
SEARCHES = ["lào", "kim ngạch thương mại", "hội đàm", "thu tuong", "hiệp định", "Viêng Chăn", "\"quan hệ đặc biệt\"",
            "campuchia", "đầu tư", "hợp tác quốc phòng", "asean", "chủ tịch nước"]
ACTORS = ["Tô Lâm", "siphandone", "thongloun", "pham minh chinh", "Nguyễn Xuân Phúc", "Hun Sen", "Bùi Thanh Sơn",
          "Phankham", "Võ Văn Thưởng", "saleumxay"]
PAIRS = ["VN-LA", "VN-KH", "VN-CN", "VN-US", "LA-KH", "VN-JP"]


def _extract(job: tuple[int, int]) -> list:
    start, count = job
    rng = random.Random(start)
    paragraphs, headlines = sample_paragraphs()
    return [pipeline.extract(article(rng, paragraphs, headlines), html=False, path=f"gen/{start + i:06d}.txt")
            for i in range(count)]


def build(path: Path | str, count: int, start: int = 0) -> None:
    """Articles ``start`` to ``count`` of the generated corpus, extracted in two processes, into the store."""
    t0 = time.perf_counter()
    jobs = [(i, min(500, count - i)) for i in range(start, count, 500)]
    with multiprocessing.get_context("fork").Pool(2) as pool, open_store(str(path)) as store:
        for n, docs in enumerate(pool.imap(_extract, jobs), 1):
            for i in range(0, len(docs), 100):
                store.add_many([(doc, None) for doc in docs[i:i + 100]])
            if n % 20 == 0:
                print(f"  {n * 500:,} documents, {time.perf_counter() - t0:.0f} s", flush=True)
    print(f"built {path} with {count:,} generated articles in {time.perf_counter() - t0:.0f} s")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _timed(client: httpx.Client, url: str, params: dict) -> float:
    t0 = time.perf_counter()
    answer = client.get(url, params=params)
    answer.raise_for_status()
    return (time.perf_counter() - t0) * 1000


def scenario(base: str, url: str, params: list[dict], requests: int, clients: int) -> list[float]:
    with httpx.Client(base_url=base, timeout=60) as client, ThreadPoolExecutor(clients) as pool:
        for p in params:  # warm up: each distinct request once
            _timed(client, url, p)
        return list(pool.map(lambda i: _timed(client, url, params[i % len(params)]), range(requests)))


def _scenarios(pages_only: bool) -> list[tuple[str, str, list[dict]]]:
    """(name, route, the parameters requests take in turn) of each scenario timed."""
    pages = [("home page (/)", "/", [{}]), ("dashboard page (/?pair=)", "/", [{"pair": p} for p in PAIRS])]
    return pages if pages_only else pages + [
        ("search", "/api/search", [{"q": q} for q in SEARCHES]),
        ("events by actor", "/api/events", [{"actor": a} for a in ACTORS]),
        ("timeline by pair", "/api/timeline", [{"pair": p} for p in PAIRS]),
        ("dashboard by pair", "/api/dashboard", [{"pair": p} for p in PAIRS])]


def main(count: int, requests: int, pg: str | None = None, path: str | None = None, pages_only: bool = False,
         one_client: bool = False) -> None:
    OUT.mkdir(exist_ok=True)
    db = pg or (Path(path) if path else OUT / f"api{count}.db")
    if pg and open_store(pg).stats()["documents"] == 0 or not pg and not db.exists():
        build(db, count)
    with open_store(str(db)) as store:
        stats = store.stats()
        events = store.db.execute("SELECT count(*) FROM fused_events").fetchone()[0]
        reports = store.db.execute("SELECT count(*) FROM event_reports").fetchone()[0]
    port = _port()
    server = subprocess.Popen([sys.executable, "-m", "bangiao", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, env=os.environ | {"PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/openapi.json", timeout=1)  # no database work: only "is it up"
                break
            except httpx.TransportError:
                time.sleep(0.1)
        results, load = {}, {}
        for clients in (1,) if one_client else (1, 4):
            for name, route, params in _scenarios(pages_only):
                results[f"{name}, {clients} client(s)"] = scenario(base, route, params, requests, clients)
                load[f"{name}, {clients} client(s)"] = os.getloadavg()[0]
    finally:
        server.terminate()
        server.wait()
    print(f"bangiao API latency, {date.today()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores; store: {stats['documents']:,} documents "
          f"({stats['near_duplicates']:,} more as near-duplicates), {events:,} fused events from {reports:,} reports")
    print("| scenario | requests | p50 ms | p95 ms | p99 ms | max ms | load average |")
    print("|---|---|---|---|---|---|---|")
    for name, times in results.items():
        q = statistics.quantiles(times, n=100)
        print(f"| {name} | {len(times)} | {q[49]:.1f} | {q[94]:.1f} | {q[98]:.1f} | {max(times):.1f} |"
              f" {load[name]:.1f} |")


if __name__ == "__main__":
    args = sys.argv[1:]
    url = args[args.index("--pg") + 1] if "--pg" in args else None
    given = args[args.index("--db") + 1] if "--db" in args else None  # an existing SQLite store (sqlite_replicate.py)
    numbers = [int(a) for a in args if a.isdigit()]
    main(numbers[0] if numbers else 100_000, numbers[1] if len(numbers) > 1 else 400, url, given, "--pages" in args,
         "--one-client" in args)
