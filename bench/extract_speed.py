"""Full extraction speed and memory: `python bench/extract_speed.py [N]` (default 10,000 articles).

Read → clean → entities → dates → events → agreements → figures over N articles generated
from the bundled samples, one process, one core; then underthesea's NER over the first
100 of the same cleaned texts in the same run. Prints characters per second and the
process's peak resident memory.
"""
from __future__ import annotations

import platform
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

from bangiao.extract import pipeline  # noqa: E402
from bangiao.errors import InputError  # noqa: E402


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, count, seed=3)
        chars, texts, start = 0, [], time.perf_counter()
        for _, doc in pipeline.extract_paths([str(folder)]):
            if not isinstance(doc, InputError):
                chars += len(doc.text)
                if len(texts) < 100:
                    texts.append(doc.text)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"full extraction, {date.today()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, one process; {count} articles, {chars:,} characters of cleaned text")
    print(f"bangiao full extraction: {chars / seconds:>10,.0f} chars/s  {count / seconds:,.0f} articles/s  "
          f"peak memory {peak:,.0f} MB")
    try:
        from underthesea import ner
    except ImportError:
        print("underthesea not installed (pip install -e '.[eval]'): no baseline")
        return
    ner("Khởi động.")
    sample = sum(map(len, texts))
    start = time.perf_counter()
    for t in texts:
        for paragraph in t.split("\n"):
            if paragraph.strip():
                ner(paragraph)
    print(f"underthesea NER alone: {sample / (time.perf_counter() - start):>10,.0f} chars/s  (first {len(texts)} texts)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
