"""What a Spark executor's Python worker does: inputs → raw articles → records, one partition at a time.

Plain Python (no pyspark here), so every step is tested without a cluster. The job (``scale/spark.py``) hands
each worker *items*: a whole small file's bytes, a WARC file to stream, a table row, or an error found while
listing. Articles come out of the same readers ``bangiao extract`` uses, and records out of the same pipeline,
so a record made here is the record ``bangiao extract`` prints. Nothing a single input does stops a partition:
bad input, and even a crash of the extractor on one article, becomes an error row naming the input.
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO
from urllib.parse import unquote, urlparse

from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.model import to_dict
from bangiao.reading.read import MAX_BYTES, RawArticle, article_from_fields, read_bytes
from bangiao.reading.warc import read_warc
from bangiao.scale.columns import row_of

FIELDS = ("text", "html", "url", "title", "published", "source")  # a table row's article, as in a JSONL line
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


def error_of(err: InputError) -> tuple:
    """An error as the plain tuple it travels in (exceptions do not pickle with their fields)."""
    return (err.path, err.line, err.problem)


def raw_items(item: tuple) -> Iterator[tuple]:
    """An item's articles, each as ('article', RawArticle) or ('error', (path, line, problem))."""
    for article in articles_of(item):
        yield ("error", error_of(article)) if isinstance(article, InputError) else ("article", article)


# ------------------------------------------------------------ raw articles → records


def warm() -> None:
    """Build the knowledge base and vocabularies in this worker now (each loader is cached per process, so
    a reused worker pays once): one short article through the whole pipeline."""
    pipeline.extract(_WARM, published="2024-01-10")


def peak_mb() -> float:
    """This process's peak resident memory."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _record(raw: RawArticle, jsonl: bool) -> tuple:
    try:
        record = to_dict(pipeline.build_document(raw))
    except InputError as err:
        line = err.line if err.line is not None else raw.line
        return ("error", None, None, (err.path or raw.path, line, err.problem), None)
    except Exception as exc:  # noqa: BLE001 - one article the extractor cannot take must not end the job
        return ("error", None, None, (raw.path, raw.line, f"extraction failed ({type(exc).__name__}: {exc});"
                                                          " please report this input"), None)
    line = json.dumps(record, ensure_ascii=False) if jsonl else None
    return ("record", row_of(record), line, None, None)


def extract_partition(items: Iterable[tuple], jsonl: bool = False) -> Iterator[tuple]:
    """Rows of the job's output for one partition of ('article', RawArticle) / ('error', tuple) items, then
    one row with this worker's process id and peak memory."""
    warm()
    for kind, value in items:
        yield _record(value, jsonl) if kind == "article" else ("error", None, None, value, None)
    yield ("worker", None, None, None, (os.getpid(), peak_mb()))
