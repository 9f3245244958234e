"""A document's record as the store writes it: its JSON made a part at a time, in UTF-8.

``json.dumps(to_dict(doc))`` of a long text holds every mention of every entity as a dict, then the whole JSON as
one string (two or four bytes a character once the text has a Vietnamese letter), then SQLite's UTF-8 copy of it:
for 16 MB of names, hundreds of MB at once. Here the entities are turned into JSON one at a time and each part is
encoded as it is made: the same bytes as ``json.dumps(to_dict(doc), ensure_ascii=False).encode()``, which the
store writes as TEXT (``CAST(? AS TEXT)``: SQLite keeps the bytes, the value reads back as the same string).
"""
from __future__ import annotations

import dataclasses
import json

from bangiao.model import Document, to_dict


def fields(doc: Document) -> dict:
    """``to_dict(doc)`` without its entities (what the relational rows are written from; the entities, the bulk of
    a long text's record, are written from the Document itself)."""
    return {f.name: to_dict(getattr(doc, f.name)) for f in dataclasses.fields(doc) if f.name != "entities"}


def utf8(doc: Document, record: dict) -> bytearray:
    """The record's JSON in UTF-8 (``record``: ``fields(doc)``), the entities encoded one at a time, each part
    added to one buffer as it is made (no list of parts joined into a second copy)."""
    out = bytearray(b"{")
    for n, f in enumerate(dataclasses.fields(doc)):
        out += f"{', ' if n else ''}{json.dumps(f.name)}: ".encode()
        if f.name == "entities":
            out += b"["
            for k, entity in enumerate(doc.entities):
                out += f"{', ' if k else ''}{json.dumps(to_dict(entity), ensure_ascii=False)}".encode()
            out += b"]"
        elif isinstance(record[f.name], str):  # the text: escaped a slice at a time (escapes are of one character)
            value = record[f.name]
            out += b'"'
            for at in range(0, len(value), _SLICE):
                out += json.dumps(value[at:at + _SLICE], ensure_ascii=False)[1:-1].encode()
            out += b'"'
        else:
            out += json.dumps(record[f.name], ensure_ascii=False).encode()
    out += b"}"
    return out


_SLICE = 1 << 16
