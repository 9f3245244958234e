"""Full extraction speed on the articles people actually write: `python bench/extract_real_speed.py [ROUNDS]`.

The dev articles (tests/dev/articles), the bundled samples and the seeds (../shared/corpus/seeds) are read once
and extracted ROUNDS times (default 5) in one process, one core; prints characters of cleaned text per second
(CPU time of this process) and peak resident memory. The generated corpus of bench/extract_speed.py repeats a few
sentence shapes; these are the shapes the rules meet in practice (issue 12's speed goal: ≥ 200,000 chars/s).
"""
from __future__ import annotations

import platform
import resource
import sys
import time
from datetime import date
from pathlib import Path

from bangiao.errors import InputError
from bangiao.extract import pipeline

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT / "tests/dev/articles", ROOT / "src/bangiao/data/samples", ROOT.parent / "shared/corpus/seeds"]


def main(rounds: int) -> None:
    paths = [str(p) for p in INPUTS if p.exists()]
    pipeline.extract("Ngày 6-1, Thủ tướng hội đàm.")  # load the knowledge base and vocabularies first
    chars, docs = 0, 0
    start = time.process_time()
    for _ in range(rounds):
        for _, doc in pipeline.extract_paths(paths):
            if not isinstance(doc, InputError):
                chars += len(doc.text)
                docs += 1
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"full extraction on dev, sample and seed articles, {date.today()}, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.machine()}; {docs // rounds} articles × {rounds} rounds")
    print(f"bangiao full extraction: {chars / seconds:>10,.0f} chars/s (CPU)  {docs / seconds:,.0f} articles/s  "
          f"peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
