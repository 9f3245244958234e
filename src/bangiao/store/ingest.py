"""Many articles into a store: extracted in worker processes, written in batches of one transaction each.

The writer keeps its promise per batch: a killed ingest loses at most the batch being written (and what the
workers were extracting), never a stored document, and a re-run adds exactly what is missing (the documents
already stored come back as duplicates of themselves).
"""
from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from multiprocessing.pool import Pool
from pathlib import Path

from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.model import Document
from bangiao.reading.read import MAX_BYTES, RawArticle, read_one
from bangiao.store.store import Store

BATCH = 64          # articles a transaction
PARALLEL_FROM = 16  # files: fewer are extracted in this process (starting workers costs more than it saves)

Result = tuple[RawArticle | None, Document | InputError]


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def extract_item(item: Path | str | InputError, published: str | None = None,
                 max_bytes: int = MAX_BYTES) -> list[Result]:
    """Every article of one input with its Document, or the error that stopped it."""
    if isinstance(item, InputError):
        return [(None, item)]
    found: list[Result] = []
    for raw in read_one(item, max_bytes):
        if isinstance(raw, InputError):
            found.append((None, raw))
            continue
        try:
            found.append((raw, pipeline.build_document(raw, published)))
        except InputError as exc:
            found.append((raw, exc))
    return found


def _portable(results: list[Result]) -> list:
    """Errors as plain tuples: an InputError does not survive pickling back from a worker."""
    return [(raw, ("error", d.path, d.problem, d.line) if isinstance(d, InputError) else d) for raw, d in results]


def _restored(results: list) -> list[Result]:
    return [(raw, InputError(*d[1:]) if isinstance(d, tuple) else d) for raw, d in results]


def _in_worker(item, published, max_bytes) -> list:
    return _portable(extract_item(item, published, max_bytes))


@contextmanager
def workers(jobs: int) -> Iterator[Pool | None]:
    """Processes to extract in (None for one job). Start them before opening a store or any thread: they are
    forked (the knowledge base is loaded once in each, not pickled), and a fork copies no other thread."""
    if jobs <= 1:
        yield None
        return
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield pool


def extracted(items: list, published: str | None, max_bytes: int, pool: Pool | None) -> Iterator[list[Result]]:
    """The results of each input in input order; in the worker processes when there are enough inputs."""
    if pool is None or len(items) < PARALLEL_FROM or "-" in items:
        for item in items:
            yield extract_item(item, published, max_bytes)
        return
    work = partial(_in_worker, published=published, max_bytes=max_bytes)
    for results in pool.imap(work, items, chunksize=4):
        yield _restored(results)


def ingest(store: Store, items: Iterable, *, published: str | None = None, max_bytes: int = MAX_BYTES,
           pool: Pool | None = None, batch: int = BATCH, report: Callable[[InputError], None] = lambda e: None,
           advance: Callable[[], None] = lambda: None) -> Counter:
    """Read, extract and store every input; counts of read, new, duplicate and failed articles."""
    counts: Counter = Counter()
    pending: list[tuple[Document, RawArticle | None]] = []

    def flush() -> None:
        for outcome in store.add_many(pending):
            counts["new" if outcome.status == "new" else "duplicate"] += 1
        pending.clear()

    for results in extracted(list(items), published, max_bytes, pool):
        for raw, doc in results:
            counts["read"] += 1
            if isinstance(doc, InputError):
                counts["failed"] += 1
                report(doc)
                continue
            pending.append((doc, raw))
            if len(pending) >= batch:
                flush()
        advance()
    flush()
    return counts
