"""What the temporal stage adds to extraction time: `python bench/dates_overhead.py`.

Runs `bangiao.extract` over the cleaned texts of the samples, the dev set and the seeds
(repeated to ≥ 1 MB), as it is and with the temporal stage (finding expressions,
dating the document, resolving titles against the date found) replaced by a no-op,
alternating eight times and keeping each side's best (CPU time of this process), and prints the
difference.
"""
from __future__ import annotations

import platform
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from entities_speed import texts  # noqa: E402

import bangiao  # noqa: E402
from bangiao.extract import pipeline  # noqa: E402
from bangiao.extract.dating import Dating  # noqa: E402


def timed(corpus: list[str], rounds: int) -> float:
    start = time.process_time()  # this process's CPU time: other work on the machine does not count
    for _ in range(rounds):
        for t in corpus:
            bangiao.extract(t)
    return time.process_time() - start


def main() -> None:
    corpus = texts()
    size = sum(map(len, corpus))
    rounds = max(1, 1_000_000 // size)
    bangiao.extract(corpus[0])
    real = pipeline.date_document
    fake = lambda text, entities, metadata=None: Dating(metadata, None, ())  # noqa: E731
    with_dates, without = [], []
    for _ in range(8):  # alternate, and keep each side's best, so that the machine's noise falls on both
        pipeline.date_document = real
        with_dates.append(timed(corpus, rounds))
        pipeline.date_document = fake
        without.append(timed(corpus, rounds))
    pipeline.date_document = real
    with_dates, without = min(with_dates), min(without)
    print(f"temporal stage overhead, {date.today()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}; {len(corpus)} texts × {rounds} = {size * rounds:,} characters")
    print(f"extraction with dates:    {size * rounds / with_dates:>10,.0f} chars/s")
    print(f"extraction without dates: {size * rounds / without:>10,.0f} chars/s")
    print(f"the temporal stage adds {100 * (with_dates - without) / without:.1f}% to extraction time")


if __name__ == "__main__":
    main()
