"""What a Spark executor's Python worker does: inputs → raw articles → records, one partition at a time.

Plain Python (no pyspark here), so every step is tested without a cluster. The job (``scale/spark.py``) hands
each worker *items*: a whole small file's bytes, a WARC file to stream, a table row, or an error found while
listing. Stage 1 reads them into raw articles, stage 2 extracts those (both take and give Arrow record batches,
the cheap way between Spark and Python; the rows are described in ``columns.py``). Articles come out of the
same readers ``bangiao extract`` uses, and records out of the same pipeline, so a record made here is the
record ``bangiao extract`` prints. Nothing a single input does stops a partition: bad input, and even a crash
of the extractor on one article, becomes an error row naming the input.
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import Any, BinaryIO
from urllib.parse import unquote, urlparse

from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.model import to_dict
from bangiao.reading.read import MAX_BYTES, RawArticle, article_from_fields, read_bytes
from bangiao.reading.warc import read_warc
from bangiao.scale import columns

FIELDS = ("text", "html", "url", "title", "published", "source")  # a table row's article, as in a JSONL line
RAW_ARTICLE_FIELDS = ("path", "line", "content", "is_html", "content_hash", "title", "url", "published", "source_name")
BATCH = 32  # rows an Arrow record batch
_WARM = "Ngày 9-1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào tại Hà Nội."


# ------------------------------------------------------------ paths


def hadoop_uri(uri: str) -> str:
    """A file's URI as Hadoop's Path prints it ('file:/a b/c', 'hdfs://nn:8020/x'), whichever form it came in
    ('file:///a%20b/c')."""
    parts = urlparse(uri)
    return f"{parts.scheme}:{'//' + parts.netloc if parts.netloc else ''}{unquote(parts.path)}" if parts.scheme else uri


def display_path(uri: str, roots: tuple[tuple[str, str], ...]) -> str:
    """The path a record names: the input as the user gave it (``roots``: listed URI → given path, longest
    first) plus the file's place under it, as ``bangiao extract`` names it; else the URI itself."""
    uri = hadoop_uri(uri)
    for root_uri, given in roots:
        if uri == root_uri:
            return given
        if uri.startswith(root_uri.rstrip("/") + "/"):
            return given.rstrip("/") + "/" + uri[len(root_uri.rstrip("/")) + 1:]
    return uri


def open_stream(uri: str) -> BinaryIO:
    """A file a worker streams itself (a WARC file): local paths directly, others through pyarrow's file
    systems (``hdfs://``, ``s3://`` — ``s3a://`` read as ``s3://`` —, ``gs://``), credentials from the environment."""
    parsed = urlparse(uri)
    if parsed.scheme in ("", "file"):
        return open(unquote(parsed.path) if parsed.scheme else uri, "rb")
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(uri.replace("s3a://", "s3://", 1).replace("s3n://", "s3://", 1))
    return filesystem.open_input_stream(path)


# ------------------------------------------------------------ items → raw articles


def articles_of_warc(path: str, uri: str) -> Iterator[RawArticle | InputError]:
    """The pages of a web archive, streamed record by record (a crawl file is never held whole)."""
    try:
        with open_stream(uri) as stream:
            yield from read_warc(stream, path, MAX_BYTES)
    except OSError as exc:
        yield InputError(path, f"cannot be read: {exc}")


def article_of_row(path: str, row: dict[str, Any]) -> RawArticle | InputError:
    """The article of a table row (Parquet) with the fields of a JSONL line."""
    fields = {k: row.get(k) for k in FIELDS if row.get(k) is not None}
    digest = hashlib.sha256(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    try:
        return article_from_fields(fields, path, None, digest)
    except InputError as err:
        return err


def articles_of(item: tuple) -> Iterable[RawArticle | InputError]:
    """The articles of one item: ('file', path, bytes, suffix) | ('warc', path, uri) | ('row', path, dict) |
    ('error', path, problem)."""
    kind, path = item[0], item[1]
    if kind == "file":  # small enough to read whole: the job sends larger ones as errors
        return read_bytes(item[2], path, item[3])
    if kind == "warc":
        return articles_of_warc(path, item[2])
    if kind == "row":
        return [article_of_row(path, item[2])]
    return [InputError(path, item[2])]


def item_of(row: dict[str, Any], roots: tuple[tuple[str, str], ...]) -> tuple:
    """The item of one row the driver sends (columns.ITEM), its URI shown as the path the user gave."""
    kind, uri = row["kind"], row["uri"]
    path = display_path(uri, roots)
    if kind == "file":
        return kind, path, row["content"], PurePosixPath(hadoop_uri(uri)).suffix.lower()
    if kind == "warc":
        return kind, path, uri
    if kind == "row":
        return kind, path, json.loads(row["fields"])
    return kind, path, row["problem"]


def error_of(err: InputError) -> tuple:
    """An error as the plain tuple it travels in (exceptions do not pickle with their fields)."""
    return (err.path, err.line, err.problem)


def raw_items(item: tuple) -> Iterator[tuple]:
    """An item's articles, each as ('article', RawArticle) or ('error', (path, line, problem))."""
    for article in articles_of(item):
        yield ("error", error_of(article)) if isinstance(article, InputError) else ("article", article)


def raw_row(kind: str, value: RawArticle | tuple) -> dict[str, Any]:
    """A raw article or an error as one row of columns.RAW."""
    if kind == "error":
        return {"kind": kind, "path": value[0], "line": value[1], "problem": value[2]}
    fields = {f: getattr(value, f) for f in RAW_ARTICLE_FIELDS}
    return {"kind": kind, **fields, "warnings": list(value.warnings)}


# ------------------------------------------------------------ raw articles → records


def warm() -> None:
    """Build the knowledge base and vocabularies in this worker now (each loader is cached per process, so
    a reused worker pays once): one short article through the whole pipeline."""
    pipeline.extract(_WARM, published="2024-01-10")


def peak_mb() -> float:
    """This process's peak resident memory."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _error(path: str | None, line: int | None, problem: str) -> dict[str, Any]:
    return {"kind": "error", "error": {"path": path, "line": line, "problem": problem}}


def _record(raw: RawArticle, jsonl: bool) -> dict[str, Any]:
    try:
        record = to_dict(pipeline.build_document(raw))
    except InputError as err:
        return _error(err.path or raw.path, err.line if err.line is not None else raw.line, err.problem)
    except Exception as exc:  # noqa: BLE001 - one article the extractor cannot take must not end the job
        return _error(raw.path, raw.line, f"extraction failed ({type(exc).__name__}: {exc}); please report this input")
    return {"kind": "record", "record": record, "json": json.dumps(record, ensure_ascii=False) if jsonl else None}


def output_rows(raws: Iterable[dict[str, Any]], jsonl: bool = False) -> Iterator[dict[str, Any]]:
    """The job's output rows (columns.output()) for one partition of raw rows (columns.RAW), then one row with
    this worker's process id and peak memory."""
    warm()
    for row in raws:
        if row["kind"] == "error":
            yield _error(row["path"], row["line"], row["problem"])
        else:
            fields = {f: row[f] for f in RAW_ARTICLE_FIELDS}
            yield _record(RawArticle(**fields, warnings=tuple(row["warnings"] or ())), jsonl)
    yield {"kind": "worker", "worker": {"pid": os.getpid(), "peak_mb": peak_mb()}}


# ------------------------------------------------------------ the same as Arrow record batches (mapInArrow)


def _batches(rows: Iterable[dict[str, Any]], node: tuple) -> Iterator:
    import pyarrow as pa

    schema, chunk = columns.arrow_schema(node), []
    for row in rows:
        chunk.append(row)
        if len(chunk) == BATCH:
            yield pa.RecordBatch.from_pylist(chunk, schema=schema)
            chunk = []
    if chunk:
        yield pa.RecordBatch.from_pylist(chunk, schema=schema)


def read_batches(batches: Iterable, roots: tuple[tuple[str, str], ...]) -> Iterator:
    """Stage 1: batches of items (columns.ITEM) → batches of raw articles and errors (columns.RAW)."""
    rows = (raw_row(kind, value) for batch in batches for row in batch.to_pylist()
            for kind, value in raw_items(item_of(row, roots)))
    return _batches(rows, columns.RAW)


def extract_batches(batches: Iterable, jsonl: bool) -> Iterator:
    """Stage 2: batches of raw articles (columns.RAW) → batches of output rows (columns.output())."""
    return _batches(output_rows((row for batch in batches for row in batch.to_pylist()), jsonl), columns.output())
