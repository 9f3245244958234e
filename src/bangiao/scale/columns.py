"""The record's columns: the packaged JSON Schema of EXTRACTION.md as nested Parquet columns.

The schema file is the one source: ``shape()`` reads it into a small tree (struct / array / leaf), ``row_of``
turns a record (``to_dict``'s shape) into the nested tuples Spark takes for it, and ``spark_type`` gives the
Spark ``StructType`` (pyspark is imported only there). Every leaf is nullable, as the spec's nulls need.
"""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

LEAVES = {"string": "string", "integer": "long", "number": "double", "boolean": "boolean"}
ERROR_FIELDS = (("path", "string"), ("line", "long"), ("problem", "string"))


@functools.cache
def record_schema() -> dict:
    """The packaged JSON Schema of a record."""
    return json.loads(resources.files("bangiao").joinpath("schema", "record.schema.json").read_text("utf-8"))


def _node(spec: dict, defs: dict) -> tuple:
    """('struct', ((name, node), ...)) | ('array', node) | ('leaf', 'string'|'long'|'double'|'boolean')."""
    if "$ref" in spec:
        return _node(defs[spec["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in spec:
        return _node(next(s for s in spec["anyOf"] if s.get("type") != "null"), defs)
    kind = spec.get("type", "string")  # an enum without a type is a string
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "object":
        return "struct", tuple((name, _node(sub, defs)) for name, sub in spec["properties"].items())
    if kind == "array":
        return "array", _node(spec["items"], defs)
    return "leaf", LEAVES[kind]


@functools.cache
def shape() -> tuple:
    """The record's tree of columns, read from the JSON Schema."""
    schema = record_schema()
    return _node(schema, schema["$defs"])


def row_of(value: Any, node: tuple | None = None) -> Any:
    """A record (or a part of it) as the nested tuples and lists of its columns."""
    node = node or shape()
    if value is None:
        return None
    if node[0] == "struct":
        return tuple(row_of(value.get(name), sub) for name, sub in node[1])
    if node[0] == "array":
        return [row_of(item, node[1]) for item in value]
    return float(value) if node[1] == "double" else value


def spark_type(node: tuple | None = None):
    """The Spark type of a node (the whole record by default): nested structs and arrays, nullable."""
    from pyspark.sql import types as T

    node = node or shape()
    if node[0] == "struct":
        return T.StructType([T.StructField(name, spark_type(sub), True) for name, sub in node[1]])
    if node[0] == "array":
        return T.ArrayType(spark_type(node[1]), True)
    return {"string": T.StringType(), "long": T.LongType(), "double": T.DoubleType(),
            "boolean": T.BooleanType()}[node[1]]


def output_type():
    """One row of the job's output: a record (with its JSON line when asked), an input's error, or what a
    Python worker measured (its process id and peak memory)."""
    from pyspark.sql import types as T

    error = T.StructType([T.StructField(n, spark_type(("leaf", t)), True) for n, t in ERROR_FIELDS])
    worker = T.StructType([T.StructField("pid", T.LongType()), T.StructField("peak_mb", T.DoubleType())])
    return T.StructType([T.StructField("kind", T.StringType(), False), T.StructField("record", spark_type()),
                         T.StructField("json", T.StringType()), T.StructField("error", error),
                         T.StructField("worker", worker)])
