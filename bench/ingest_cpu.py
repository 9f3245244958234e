"""CPU time of each step of ingest, per article: `python bench/ingest_cpu.py [N] [--profile]`.

N generated articles (default 1,000; bench/corpus.py) are read, cleaned, extracted and stored (SQLite, a file in a
temporary folder, `Store.add_many` in batches of 64 as `bangiao ingest` does) in this one process; each step's
`time.process_time` is summed, and inside extraction each stage's (by wrapping the stage functions the pipeline
calls). CPU time, not wall time: on a shared machine the wall clock mostly measures the wait for a core.
`--profile`: a cProfile of extraction and of storing too (top functions by own time).
"""
from __future__ import annotations

import cProfile
import os
import pstats
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

from bangiao.extract import pipeline  # noqa: E402
from bangiao.reading.read import MAX_BYTES, read_one  # noqa: E402
from bangiao.store.backends import open_store  # noqa: E402

STAGES = {"clean": "_clean", "entities and date": "_entities_and_date", "agreements": "find_agreements",
          "events": "find_events", "listed visits and meetings": "with_listed_visits",
          "meetings in turn": "with_meetings_in_turn", "captions": "with_captions", "figures": "find_figures",
          "projects": "find_projects", "commitments": "find_commitments"}


def _timed(spent: Counter, name: str, fn):
    def run(*args, **kwargs):
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - t0
    return run


def _profiled(profile: bool, work):
    if not profile:
        return work()
    prof = cProfile.Profile()
    found = prof.runcall(work)
    pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    return found


def main(count: int, profile: bool) -> None:
    spent: Counter = Counter()
    for name, attr in STAGES.items():
        setattr(pipeline, attr, _timed(spent, name, getattr(pipeline, attr)))
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp) / "corpus", count)
        pipeline.extract("Chiều 5/12/2024, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào tại Hà Nội.")
        spent.clear()  # (the knowledge base and vocabularies loaded before the clock starts)
        t0 = time.process_time()
        raws = [r for f in sorted((Path(tmp) / "corpus").iterdir()) for r in read_one(f, MAX_BYTES)]
        t1 = time.process_time()
        docs = _profiled(profile, lambda: [(pipeline.build_document(r), r) for r in raws])
        t2 = time.process_time()
        with open_store(str(Path(tmp) / "bench.db")) as store:
            t3 = time.process_time()
            _profiled(profile, lambda: [store.add_many(docs[i:i + 64]) for i in range(0, len(docs), 64)])
            t4 = time.process_time()
    n = len(raws)
    rows = [("read", t1 - t0), ("clean + extract", t2 - t1), *((f"  {k}", v) for k, v in spent.items()),
            ("store (SQLite, batches of 64)", t4 - t3)]
    total = (t2 - t0) + (t4 - t3)
    print(f"{n} articles, load average {os.getloadavg()[0]:.1f} / {os.getloadavg()[1]:.1f} / {os.getloadavg()[2]:.1f}")
    print("| step | CPU ms / article |\n|---|---|")
    for name, seconds in rows + [("total", total)]:
        print(f"| {name} | {1000 * seconds / n:.2f} |")
    print(f"one core: at most {n / total:.0f} articles/s; two cores (extraction in worker processes, storing in one):"
          f" at most {n / max(total / 2, t4 - t3):.0f} articles/s, with the cores free of any other work")


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    main(int(numbers[0]) if numbers else 1000, "--profile" in sys.argv)
