"""Entity extraction speed, bangiao beside underthesea's NER on the same texts in the same run.

`python bench/entities_speed.py` — the cleaned texts of the bundled samples, the dev set and
the seeds; bangiao's entity stage runs over them repeatedly (≥ 2,000,000 characters),
underthesea's NER over one pass of the same texts. Prints characters per second for each.
"""
from __future__ import annotations

import platform
import sys
import time
from datetime import date
from pathlib import Path

from bangiao.extract import pipeline
from bangiao.extract.entities import find_entities
from bangiao.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "src/bangiao/data/samples", ROOT / "tests/dev/articles", ROOT.parent / "shared/corpus/seeds"]


def texts() -> list[str]:
    found = [doc.text for _, doc in pipeline.extract_paths([str(p) for p in INPUTS if p.exists()])
             if not isinstance(doc, InputError)]
    return found


def rate(run, corpus: list[str], min_chars: int) -> tuple[float, int]:
    chars, start = 0, time.perf_counter()
    while chars < min_chars:
        for t in corpus:
            run(t)
            chars += len(t)
    return chars / (time.perf_counter() - start), chars


def main() -> None:
    corpus = texts()
    size = sum(map(len, corpus))
    print(f"entity extraction speed, {date.today()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, one core; {len(corpus)} texts, {size:,} characters")
    find_entities(corpus[0])  # load the knowledge base and build the automaton first
    ours, n = rate(find_entities, corpus, 2_000_000)
    print(f"bangiao entities:  {ours:>10,.0f} chars/s  ({n:,} chars)")
    try:
        from underthesea import ner
    except ImportError:
        print("underthesea not installed (pip install -e '.[eval]'): no baseline")
        return
    ner("Khởi động.")
    theirs, n = rate(lambda t: [ner(p) for p in t.split("\n") if p.strip()], corpus, 1)
    print(f"underthesea NER:   {theirs:>10,.0f} chars/s  ({n:,} chars)")
    print(f"ratio: {ours / theirs:,.0f}x")


if __name__ == "__main__":
    sys.exit(main())
