"""The job's columns: the record's (from the packaged JSON Schema of EXTRACTION.md) and the job's own rows.

Every table the job passes between Spark and its Python workers is described once, as a small tree
(``('struct', ((name, node), ...))``, ``('array', node)`` or ``('leaf', 'string'|'long'|'double'|'boolean'|
'binary')``), and turned into a Spark type (``spark_type``) or an Arrow type (``arrow_type``) from it. The
record's tree is read from ``record.schema.json``, so the Parquet columns follow the spec. Every field is
nullable, as the spec's nulls need.
"""
from __future__ import annotations

import functools
import json
from importlib import resources

LEAVES = {"string": "string", "integer": "long", "number": "double", "boolean": "boolean"}


def _leaf(kind: str) -> tuple:
    return "leaf", kind


def _struct(*fields: tuple[str, tuple]) -> tuple:
    return "struct", fields


@functools.cache
def record_schema() -> dict:
    """The packaged JSON Schema of a record."""
    return json.loads(resources.files("bangiao").joinpath("schema", "record.schema.json").read_text("utf-8"))


def _node(spec: dict, defs: dict) -> tuple:
    if "$ref" in spec:
        return _node(defs[spec["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in spec:
        return _node(next(s for s in spec["anyOf"] if s.get("type") != "null"), defs)
    kind = spec.get("type", "string")  # an enum without a type is a string
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "object":
        return _struct(*((name, _node(sub, defs)) for name, sub in spec["properties"].items()))
    if kind == "array":
        return "array", _node(spec["items"], defs)
    return _leaf(LEAVES[kind])


@functools.cache
def shape() -> tuple:
    """The record's tree of columns, read from the JSON Schema."""
    schema = record_schema()
    return _node(schema, schema["$defs"])


S, LONG = _leaf("string"), _leaf("long")
# What the driver hands the workers: a small file's bytes, a WARC file to stream, a table row (its fields as
# JSON), or an error found while listing.
ITEM = _struct(("kind", S), ("uri", S), ("content", _leaf("binary")), ("fields", S), ("problem", S))
# One raw article (reading/read.py's RawArticle), or the error of an input that gave none.
RAW = _struct(("kind", S), ("path", S), ("line", LONG), ("problem", S), ("content", S), ("is_html", _leaf("boolean")),
              ("content_hash", S), ("title", S), ("url", S), ("published", S), ("source_name", S),
              ("warnings", ("array", S)))
ERROR = _struct(("path", S), ("line", LONG), ("problem", S))
WORKER = _struct(("pid", LONG), ("peak_mb", _leaf("double")))


@functools.cache
def output() -> tuple:
    """One row of the job's output: a record (with its JSON line when asked), an error, or what a Python
    worker measured (its process id and peak memory)."""
    return _struct(("kind", S), ("record", shape()), ("json", S), ("error", ERROR), ("worker", WORKER))


def spark_type(node: tuple):
    """The Spark type of a tree: nested structs and arrays, nullable."""
    from pyspark.sql import types as T

    if node[0] == "struct":
        return T.StructType([T.StructField(name, spark_type(sub), True) for name, sub in node[1]])
    if node[0] == "array":
        return T.ArrayType(spark_type(node[1]), True)
    return {"string": T.StringType(), "long": T.LongType(), "double": T.DoubleType(), "boolean": T.BooleanType(),
            "binary": T.BinaryType()}[node[1]]


def arrow_type(node: tuple):
    """The Arrow type of a tree (a struct's is a schema, for record batches)."""
    import pyarrow as pa

    if node[0] == "struct":
        return pa.struct([pa.field(name, arrow_type(sub)) for name, sub in node[1]])
    if node[0] == "array":
        return pa.list_(arrow_type(node[1]))
    return {"string": pa.string(), "long": pa.int64(), "double": pa.float64(), "boolean": pa.bool_(),
            "binary": pa.binary()}[node[1]]


@functools.cache
def arrow_schema(node: tuple):
    import pyarrow as pa

    return pa.schema(list(arrow_type(node)))
