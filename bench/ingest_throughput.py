"""Read + clean + store throughput, one process: `python bench/ingest_throughput.py [N]`.

Generates N articles (default 2,000) from the bundled samples, then times
(1) read + clean (+ the extraction stages that exist) and (2) the same plus
storing into a fresh SQLite file, and prints articles/s and MB/s.
"""
from __future__ import annotations

import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

from bangiao.extract import pipeline  # noqa: E402
from bangiao.store.store import Store  # noqa: E402


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        size = write_corpus(folder, count)
        t0 = time.perf_counter()
        docs = [(raw, doc) for raw, doc in pipeline.extract_paths([str(folder)])]
        t1 = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            t2 = time.perf_counter()
            outcomes = [store.add(doc, raw) for raw, doc in docs]
            t3 = time.perf_counter()
        new = sum(o.status == "new" for o in outcomes)
    mb = size / 2**20
    read_clean, storing = t1 - t0, t3 - t2
    total = read_clean + storing
    print(f"bangiao ingest benchmark, {date.today()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, one process")
    print(f"articles: {count}, {mb:.1f} MB, {new} stored as new, {count - new} as duplicates")
    print(f"read+clean:        {count / read_clean:8.0f} articles/s {mb / read_clean:6.2f} MB/s")
    print(f"store:             {count / storing:8.0f} articles/s {mb / storing:6.2f} MB/s")
    print(f"read+clean+store:  {count / total:8.0f} articles/s {mb / total:6.2f} MB/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
