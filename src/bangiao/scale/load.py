"""A Spark job's output into a store: ``bangiao load DIR --db …``.

The records (``DIR/records/`` Parquet, read with pyarrow, or ``DIR/jsonl/`` JSON lines; also a folder or file
of either) become Documents again (``model.from_dict``) and go into the store in batches, one transaction
each (``Store.add_many``): duplicates and near-duplicates are recognised as in ``bangiao ingest``, and events
are fused as they arrive. A re-run after a kill adds exactly what is missing.
"""
from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from bangiao.errors import BangiaoError, InputError
from bangiao.model import Document, from_dict

BATCH = 256  # records a transaction


class OutputError(BangiaoError):
    """The folder holds no job output."""


def _part_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "_")))


def record_files(given: Path) -> tuple[str, list[Path]]:
    """('parquet' | 'jsonl', the files) of a job's output folder, of a folder of either, or of one file."""
    if given.is_file():
        return ("parquet" if given.suffix == ".parquet" else "jsonl"), [given]
    for folder, kind in ((given / "records", "parquet"), (given / "jsonl", "jsonl"), (given, None)):
        files = _part_files(folder) if folder.is_dir() else []
        if kind is None and files:
            kind = "parquet" if all(f.suffix == ".parquet" for f in files) else "jsonl"
        if files:
            return kind, files  # type: ignore[return-value]
    raise OutputError(f"{given}: no records here; give the --output folder of `bangiao spark extract` "
                      "(its records/ or jsonl/), or a Parquet or JSONL file of records")


def _parquet_records(files: list[Path]) -> Iterator[dict | InputError]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise OutputError("reading Parquet needs pyarrow: pip install 'bangiao[spark]' (or load the job's"
                          " --jsonl output)") from None
    for file in files:
        for batch in pq.ParquetFile(file).iter_batches(batch_size=BATCH):
            yield from batch.to_pylist()


def _jsonl_records(files: list[Path]) -> Iterator[dict | InputError]:
    for file in files:
        with file.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield InputError(str(file), f"not a JSON record ({exc.msg})", number)


def records(given: Path) -> Iterator[dict | InputError]:
    """Every record of a job's output (or the error of a line that is not one)."""
    kind, files = record_files(given)
    return _parquet_records(files) if kind == "parquet" else _jsonl_records(files)


def _document(record: dict | InputError) -> Document | InputError:
    if isinstance(record, InputError):
        return record
    try:
        return from_dict(record)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return InputError(record.get("path") if isinstance(record, dict) else None,
                          f"not a bangiao record ({type(exc).__name__}: {exc})")


def load(store, given: Path, report: Callable[[InputError], None] = lambda e: None,
         advance: Callable[[int], None] = lambda n: None) -> Counter:
    """Add every record under ``given`` to ``store`` (any backend of the Store interface); counts of read,
    new, duplicate and failed."""
    counts: Counter = Counter()
    found = (_document(r) for r in records(given))
    while chunk := list(itertools.islice(found, BATCH)):
        docs = [d for d in chunk if isinstance(d, Document)]
        for error in (d for d in chunk if isinstance(d, InputError)):
            report(error)
        outcomes = store.add_many([(doc, None) for doc in docs]) if docs else []
        counts.update(read=len(chunk), failed=len(chunk) - len(docs), new=0, duplicate=0)
        counts.update("new" if o.status == "new" else "duplicate" for o in outcomes)
        advance(len(chunk))
    return counts
