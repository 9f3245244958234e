"""The Spark job against one process: `python bench/spark_extract.py [N] [MASTER]` (default 20,000, local[2]).

1. Writes N articles generated from the bundled samples (bench/corpus.py) as .txt files.
2. One process: what `bangiao extract --format jsonl` does (read, extract, one JSON line a record), timed.
3. Spark: `bangiao spark extract` on the same folder with --jsonl (records as Parquet and JSON lines), timed
   without and with the session's start; the peak resident memory of the executors' Python workers as they
   measure it themselves.
4. Checks the records are identical: the JSON lines byte for byte (sorted), and the Parquet records.
Prints articles/s of each and the speed-up.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

from bangiao.errors import InputError  # noqa: E402
from bangiao.extract import pipeline  # noqa: E402
from bangiao.model import from_dict, to_dict  # noqa: E402
from bangiao.scale.spark import run, session, stop  # noqa: E402


def one_process(folder: Path, out: Path) -> tuple[float, int]:
    start, count = time.perf_counter(), 0
    with out.open("w", encoding="utf-8") as lines:
        for _, doc in pipeline.extract_paths([str(folder)]):
            if not isinstance(doc, InputError):
                lines.write(json.dumps(to_dict(doc), ensure_ascii=False) + "\n")
                count += 1
    return time.perf_counter() - start, count


def spark_job(folder: Path, out: Path, master: str):
    start = time.perf_counter()
    spark = session(master, {"spark.ui.enabled": "false"}, "bangiao bench")
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter() - start
    try:
        summary = run(spark, [str(folder)], str(out), jsonl=True)
    finally:
        stop(spark)
    return summary, started


def identical(single: Path, out: Path) -> tuple[bool, bool]:
    lines = sorted(single.read_text("utf-8").splitlines())
    job = sorted(ln for f in (out / "jsonl").glob("part-*") for ln in f.read_text("utf-8").splitlines())
    import pyarrow.parquet as pq

    canonical = lambda rs: sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rs)  # noqa: E731
    parquet = canonical(to_dict(from_dict(r)) for r in pq.read_table(out / "records").to_pylist())
    return job == lines, parquet == canonical(json.loads(ln) for ln in lines)


def main(count: int, master: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        size = write_corpus(folder, count, seed=11)
        loads = [os.getloadavg()[0]]
        single_s, records = one_process(folder, Path(tmp) / "single.jsonl")
        single_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        loads.append(os.getloadavg()[0])
        summary, started = spark_job(folder, Path(tmp) / "out", master)
        loads.append(os.getloadavg()[0])
        same_lines, same_parquet = identical(Path(tmp) / "single.jsonl", Path(tmp) / "out")
    print(f"spark extract, {date.today()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}; {count:,} generated articles ({size / 2**20:.1f} MiB of .txt files)")
    print(f"one process:   {records / single_s:7.1f} articles/s  ({single_s:.1f} s, peak {single_mb:.0f} MB)")
    print(f"spark {master}: {summary.records / summary.seconds:7.1f} articles/s  ({summary.seconds:.1f} s;"
          f" {summary.records / (summary.seconds + started):.1f} articles/s counting the session's start of"
          f" {started:.1f} s)")
    print(f"speed-up {single_s / summary.seconds:.2f}x ({single_s / (summary.seconds + started):.2f}x with the start);"
          f" {summary.errors} errors; {summary.workers} Python workers, peak {summary.peak_mb:.0f} MB each at most")
    print(f"records identical: JSON lines {same_lines}, Parquet {same_parquet} ({summary.records:,} vs {records:,})")
    print("load average (1 min) before, between, after: " + ", ".join(f"{x:.1f}" for x in loads)
          + " (other work on the machine shows here)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000, sys.argv[2] if len(sys.argv) > 2 else "local[2]")
