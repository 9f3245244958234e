"""The extractor as an Apache Spark job: ``bangiao spark extract INPUT... --output DIR``.

The same as a module for ``spark-submit`` (``spark-submit … -m``-less: give this file, or run
``python -m bangiao.scale.spark extract …``). The driver lists the inputs (any path Spark reads: local, HDFS,
S3A, globs, folders), the executors read and extract them (``scale/work.py``) and the records are written

- ``DIR/records/``: Parquet, one row a record, nested columns following the spec's JSON Schema;
- ``DIR/jsonl/`` (``--jsonl``): the same records as ``bangiao extract --format jsonl`` prints them;
- ``DIR/errors/``: JSON lines ``{"path", "line", "problem"}``, one per input that gave no record.

Small files (.txt, .html, .jsonl) are read whole; WARC files are streamed by the worker; Parquet tables are
read by Spark (columns ``text`` or ``html``, optional ``url``, ``title``, ``published``, ``source``).
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Annotated, Optional

import typer

from bangiao.reading.encoding import EMPTY
from bangiao.reading.read import FOLDER_SUFFIXES, MAX_BYTES, WARC_SUFFIXES
from bangiao.reading.warc import is_warc
from bangiao.scale import work
from bangiao.scale.columns import ITEM, RAW, output as columns_output, spark_type

SMALL = frozenset(FOLDER_SUFFIXES) - set(WARC_SUFFIXES)  # a folder's articles, as `bangiao ingest` takes them
command = typer.Typer(help="Run the extractor on a Spark cluster (or local[N]); needs the spark extra and Java 17+.",
                      no_args_is_help=True, add_completion=False)


@dataclass
class Inputs:
    """What the driver found: the small files of each input (a DataFrame of path and content, read by the
    executors), the WARC and Parquet files, errors, and the given path of each listed root."""

    small: list = field(default_factory=list)
    warc: list[str] = field(default_factory=list)
    parquet: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, problem)
    roots: list[tuple[str, str]] = field(default_factory=list)  # (uri, given)


@dataclass(frozen=True)
class Summary:
    records: int
    errors: int
    workers: int
    peak_mb: float
    seconds: float


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


def _glob(suffixes) -> str:
    """A file-name glob for these suffixes, in lower and upper case."""
    names = sorted({x.lstrip(".") for s in suffixes for x in (s.lower(), s.upper())})
    return "*.{" + ",".join(names) + "}"


SMALL_GLOB, OTHER_GLOB = _glob(SMALL), _glob((".warc", ".warc.gz", ".parquet"))


def _status(spark, given: str) -> tuple[str, bool] | None:
    """(full URI, whether it is one file) of a given path; None when nothing is there (a glob matching nothing)."""
    path = spark.sparkContext._jvm.org.apache.hadoop.fs.Path(given)
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    found = fs.globStatus(path)
    if not found:
        return None
    return fs.makeQualified(path).toString(), len(found) == 1 and found[0].isFile() and not any(c in given for c in "*?[{")


def _files(spark, given: str, glob: str | None):
    reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
    return (reader.option("pathGlobFilter", glob) if glob else reader).load(given)


def _add_small(inputs: Inputs, files) -> None:
    """The small files to read (their content is read by the executors, only for the files kept); errors for
    the files over the limit and the empty ones (which Spark's scan passes over: they are in its index only)."""
    from pyspark.sql import functions as F

    size = F.col("length")
    scanned = {work.hadoop_uri(row["path"]): row["length"] for row in files.select("path", "length").collect()}
    for uri in sorted({work.hadoop_uri(u) for u in files.inputFiles()} - set(scanned)):
        inputs.errors.append((uri, EMPTY))
    for uri, length in scanned.items():
        if length > MAX_BYTES:
            inputs.errors.append((uri, f"file is {length / 2**20:.1f} MiB, over the {MAX_BYTES / 2**20:.0f} MiB limit;"
                                       " split it"))
    inputs.small.append(files.where(size <= MAX_BYTES).select("path", "content"))


def _add_other(inputs: Inputs, uri: str) -> None:
    (inputs.warc if is_warc(uri) else inputs.parquet).append(uri)


def list_inputs(spark, given: list[str]) -> Inputs:
    """Every article file under the given paths (folders recursively; hidden files skipped), listed by Spark;
    a file named on its own is read whatever its suffix, as ``bangiao extract`` reads it."""
    inputs = Inputs()
    for path in given:
        found = _status(spark, path)
        if found is None:
            inputs.errors.append((path, "no such file or folder"))
            continue
        inputs.roots.append((found[0], path if "://" in path else str(Path(path))))  # as pathlib shows it
        if found[1] and (is_warc(path) or _suffix(path) == ".parquet"):
            _add_other(inputs, found[0])
            continue
        _add_small(inputs, _files(spark, path, None if found[1] else SMALL_GLOB))
        if not found[1]:
            for row in _files(spark, path, OTHER_GLOB).select("path").collect():
                _add_other(inputs, row["path"])
    inputs.roots.sort(key=lambda r: -len(r[0]))
    return inputs


def _items(spark, inputs: Inputs):
    """One DataFrame of items (columns.ITEM) over every input."""
    from functools import reduce

    from pyspark.sql import functions as F

    item_type, none = spark_type(ITEM), F.lit(None)
    parts = [spark.createDataFrame([("error", uri, None, None, problem) for uri, problem in inputs.errors]
                                   or [], item_type)]
    parts += [files.select(F.lit("file"), F.col("path"), F.col("content"), none.cast("string"), none.cast("string"))
              for files in inputs.small]
    if inputs.warc:
        warc = spark.createDataFrame([("warc", uri, None, None, None) for uri in inputs.warc], item_type)
        parts.append(warc.repartition(len(inputs.warc)))
    if inputs.parquet:
        table = spark.read.parquet(*inputs.parquet)
        fields = [F.col(c) if c == "source" else F.col(c).cast("string").alias(c)
                  for c in work.FIELDS if c in table.columns]
        parts.append(table.select(F.lit("row"), F.input_file_name(), none.cast("binary"),
                                  F.to_json(F.struct(*fields)), none.cast("string")))
    return reduce(lambda a, b: a.union(b), [part.toDF(*item_type.fieldNames()) for part in parts])


def raw_articles(spark, inputs: Inputs, partitions: int | None):
    """Every input's raw articles and errors (columns.RAW), spread over ``partitions`` tasks (default: four a
    core, when the inputs give fewer)."""
    target = partitions or 4 * spark.sparkContext.defaultParallelism
    raw = _items(spark, inputs).mapInArrow(partial(work.read_batches, roots=tuple(inputs.roots)), spark_type(RAW))
    return raw.repartition(target) if partitions or raw.rdd.getNumPartitions() < target else raw


def run(spark, given: list[str], output: str, jsonl: bool = False, partitions: int | None = None,
        overwrite: bool = False) -> Summary:
    """Extract every article under ``given`` into ``output`` (records, optionally JSONL, errors)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    start, mode, out = time.perf_counter(), "overwrite" if overwrite else "errorifexists", output.rstrip("/")
    raw = raw_articles(spark, list_inputs(spark, given), partitions)
    table = raw.mapInArrow(partial(work.extract_batches, jsonl=jsonl), spark_type(columns_output())) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = dict(table.groupBy("kind").count().collect())
        workers = table.where(F.col("kind") == "worker").select("worker.*").collect()
        records = table.where(F.col("kind") == "record")
        records.select("record.*").write.mode(mode).parquet(f"{out}/records")
        if jsonl:
            records.select("json").write.mode(mode).text(f"{out}/jsonl")
        table.where(F.col("kind") == "error").select("error.*").write.mode(mode) \
            .option("ignoreNullFields", "false").json(f"{out}/errors")
    finally:
        table.unpersist()
    return Summary(counts.get("record", 0), counts.get("error", 0), len({w["pid"] for w in workers}),
                   max((w["peak_mb"] for w in workers), default=0.0), time.perf_counter() - start)


def session(master: str | None, settings: dict[str, str] | None = None, app: str = "bangiao extract"):
    """A Spark session; in local mode the workers run this Python (``PYSPARK_PYTHON`` wins when set)."""
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    local = (master or SparkConf().get("spark.master", "local[*]")).startswith("local")
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    defaults = {"spark.sql.files.openCostInBytes": str(256 * 1024),  # many small files: a task reads hundreds
                "spark.sql.execution.arrow.maxRecordsPerBatch": "32"}  # files or articles a batch to a worker
    if local:  # the JVM shares the cores with the Python workers: its quick compiler alone costs 40 % less CPU
        defaults["spark.driver.extraJavaOptions"] = "-XX:TieredStopAtLevel=1"
    for key, value in defaults.items():
        if not SparkConf().contains(key):
            builder = builder.config(key, value)
    for key, value in (settings or {}).items():
        builder = builder.config(key, value)
    return (builder.master(master) if master else builder).getOrCreate()


def stop(spark) -> None:
    """Stop the session and the JVM pyspark started for it (otherwise it runs until Python exits)."""
    from pyspark import SparkContext

    spark.stop()
    gateway, SparkContext._gateway, SparkContext._jvm = SparkContext._gateway, None, None
    proc = getattr(gateway, "proc", None)
    if gateway is not None:
        gateway.shutdown()
    if proc is not None and proc.stdin is not None:
        proc.stdin.close()  # the gateway exits when its stdin closes
        proc.wait(timeout=60)


@command.callback()
def _commands() -> None:
    """Run the extractor on a Spark cluster (or local[N]); needs the spark extra and Java 17+."""


@command.command("extract")
def extract(inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs Spark can read (local, hdfs://, s3a://).")],
            output: Annotated[str, typer.Option("--output", "-o", help="Folder for records/, jsonl/ and errors/.")],
            jsonl: Annotated[bool, typer.Option("--jsonl", help="Also write the records as JSON lines.")] = False,
            master: Annotated[Optional[str], typer.Option("--master", help="local[2], yarn, k8s://…; default: spark-submit's, else local[*].")] = None,
            partitions: Annotated[Optional[int], typer.Option("--partitions", help="Spread the articles over this many tasks.")] = None,
            overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output.")] = False) -> None:
    """Extract the records of every article in the inputs with Spark; bad input is counted and written to errors/."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        typer.echo("error: pyspark is not installed: pip install 'bangiao[spark]' (and Java 17+)", err=True)
        raise typer.Exit(2) from None
    spark = session(master)
    try:
        summary = run(spark, inputs, output, jsonl, partitions, overwrite)
    finally:
        stop(spark)
    typer.echo(f"{summary.records} records, {summary.errors} errors (in {output.rstrip('/')}/errors) in "
               f"{summary.seconds:.1f} s; {summary.workers} Python workers, peak {summary.peak_mb:.0f} MB")


if __name__ == "__main__":
    command()
