"""The record as the store writes it (store/records.py): the same JSON as ``json.dumps(to_dict(doc))``, made a part at
a time in UTF-8, stored as TEXT; a long text's record stored without its mentions held as dicts."""
from __future__ import annotations

import json
import sqlite3
import tracemalloc
from importlib import resources

import pytest

import worstcase
from bangiao.extract import pipeline
from bangiao.model import to_dict
from bangiao.store import records
from bangiao.store.store import Store

_SAMPLES = str(resources.files("bangiao").joinpath("data", "samples"))


@pytest.fixture(scope="module")
def docs() -> list:
    found = [doc for _, doc in pipeline.extract_paths([_SAMPLES]) if not isinstance(doc, Exception)]
    return found + [pipeline.extract("Việt Nam và Lào hợp tác.\nÔng Tô Lâm nói: \"Chào\" \\ \u2028 tab\there ngày 5/6/2024.")]


def test_store_records_same_json_as_to_dict(docs) -> None:
    for doc in docs:
        expected = json.dumps(to_dict(doc), ensure_ascii=False)
        assert records.utf8(doc, records.fields(doc)) == expected.encode(), doc.path


def test_store_records_stored_as_text_and_read_back(docs) -> None:
    with Store(":memory:") as store:
        for doc in docs:
            store.add(doc)
        for doc in docs:
            row = store.db.execute("SELECT typeof(text), typeof(record), text, record FROM documents WHERE id = ?",
                                   (doc.id,)).fetchone()
            assert (row[0], row[1], row[2]) == ("text", "text", doc.text)
            assert json.loads(row[3]) == to_dict(doc)
            assert {k: v for k, v in store.get(doc.id).items() if k != "inputs"} == to_dict(doc)
        assert store.db.execute("SELECT count(*) FROM documents WHERE json_valid(record)").fetchone()[0] == len(docs)


def test_store_records_replaced_record_is_text(docs) -> None:
    with Store(":memory:") as store:
        store.add(docs[0])
        store.replace_record(docs[0])
        kind, record = store.db.execute("SELECT typeof(record), record FROM documents").fetchone()
        assert kind == "text" and json.loads(record) == to_dict(docs[0])


def test_store_records_long_text_few_bytes_a_character() -> None:
    """Writing the record of a text full of names (a mention every 20 characters) takes a few bytes a character at
    most, not a dict per mention and the JSON as a string beside its UTF-8 (31 bytes a character before)."""
    doc = pipeline.extract(worstcase.text("triggers_names", 300_000))
    record = records.fields(doc)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        data = records.utf8(doc, record)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert json.loads(data) == to_dict(doc)
    assert peak / len(doc.text) <= 16, f"{peak / len(doc.text):.1f} bytes a character"


def test_store_records_cast_keeps_utf8() -> None:
    """SQLite's CAST of UTF-8 bytes to TEXT keeps them: the value reads back as the same string."""
    db = sqlite3.connect(":memory:")
    text = "Tô Lâm — \"Hà Nội\" 🇻🇳"
    assert db.execute("SELECT CAST(? AS TEXT), typeof(CAST(? AS TEXT))", (text.encode(), text.encode())).fetchone() \
        == (text, "text")
