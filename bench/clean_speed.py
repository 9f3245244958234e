"""Cleaning speed: `python bench/clean_speed.py [FOLDER …]` (default: tests/dev/articles and the bundled samples).

Every .txt article of the folders cleaned by ``bangiao.reading.clean.clean_text`` (normalize, split
captions off, classify each line, read blocks and bylines), one process, one core, three runs with the
cleaner's caches emptied before each; prints the best run's characters per second.
"""
from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

from bangiao.reading import boilerplate
from bangiao.reading.clean import clean_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "tests" / "dev" / "articles", ROOT / "src" / "bangiao" / "data" / "samples"]


def main(folders: list[Path]) -> None:
    texts = [p.read_text("utf-8", errors="replace") for f in folders for p in sorted(f.glob("*.txt"))]
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(3):
        boilerplate.key.cache_clear()
        boilerplate.folded.cache_clear()
        start = time.perf_counter()
        for text in texts:
            clean_text(text)
        best = min(best, time.perf_counter() - start)
    print(f"{len(texts)} articles, {chars:,} characters; {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}")
    print(f"cleaning: {chars / best:,.0f} characters/s (best of 3 runs, {best:.3f} s)")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULT)
