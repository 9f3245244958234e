"""Time and memory on the worst shapes of input: `python bench/worst_case.py [MB ...]` (default 1 4 16).

Each shape of tests/worstcase.py (one long line, many short lines, no punctuation, thousands of dates, trigger words
and names) at each size is read from a file, cleaned, extracted and stored (a new SQLite file) in a process of its
own, which reports its CPU seconds and its peak resident memory. The goal (issue 16): 16 MB of any shape in at most
16× the time of 1 MB, and at most 300 MB at the peak. Then the search: a query of one word repeated, at the cap on
query words and beyond it.
"""
from __future__ import annotations

import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import worstcase  # noqa: E402


def one(shape: str, megabytes: float) -> dict:
    """In this process: the shape at the size, through ingest's path; CPU seconds of each part and the peak."""
    from bangiao.extract import pipeline
    from bangiao.reading.read import read
    from bangiao.store.store import Store

    pipeline.extract("Chủ tịch nước Tô Lâm hội đàm với Thủ tướng Lào ngày 5/6/2024.")  # the knowledge base, loaded
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{shape}.txt"
        worstcase.write(shape, int(megabytes * 2**20), path)
        start = time.process_time()
        (raw,) = read([str(path)], max_bytes=64 * 2**20)
        doc = pipeline.build_document(raw)
        extracted = time.process_time()
        extract_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        with Store(Path(tmp) / "store.db") as store:
            store.add(doc, raw)
        stored = time.process_time()
    return {"shape": shape, "mb": megabytes, "extract_s": extracted - start, "store_s": stored - extracted,
            "events": len(doc.events), "entities": len(doc.entities), "extract_peak_mb": extract_peak,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def search_case(words: int) -> dict:
    """A query of one word repeated ``words`` times against a store of the samples: its seconds, or its refusal."""
    from bangiao.errors import QueryError
    from bangiao.store.store import Store
    from bangiao.extract import pipeline

    with Store(":memory:") as store:
        for _, doc in pipeline.extract_paths([str(ROOT / "src" / "bangiao" / "data" / "samples")]):
            if not isinstance(doc, Exception):
                store.add(doc)
        start = time.perf_counter()
        try:
            found = len(store.search(" ".join(["lào"] * words), 10))
        except QueryError as exc:
            found = f"refused: {exc}"
        return {"words": words, "seconds": time.perf_counter() - start, "found": found}


def _child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(sizes: list[float]) -> None:
    print(f"worst shapes, {date.today()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}; read + clean + extract, then store (SQLite file); CPU seconds; peak RSS")
    print("| shape | MB | extract s | s/MB | store s | peak MB | events | entities | 16 MB / 1 MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for shape in worstcase.SHAPES:
        first = None
        for mb in sizes:
            r = _child("--one", shape, str(mb))
            total = r["extract_s"] + r["store_s"]
            first = first or total
            ratio = f"{total / first:.1f}×" if mb == sizes[-1] and len(sizes) > 1 else ""
            print(f"| {shape} | {mb:g} | {r['extract_s']:.2f} | {r['extract_s'] / mb:.2f} | {r['store_s']:.2f} | "
                  f"{r['peak_mb']:.0f} | {r['events']} | {r['entities']} | {ratio} |", flush=True)
    for words in (2, 64, 20_000):
        r = _child("--search", str(words))
        print(f"search: one word × {words:,}: {r['seconds'] * 1000:.1f} ms, {r['found']}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(sys.argv[2], float(sys.argv[3]))))
    elif sys.argv[1:2] == ["--search"]:
        print(json.dumps(search_case(int(sys.argv[2]))))
    else:
        main([float(x) for x in sys.argv[1:]] or [1, 4, 16])
