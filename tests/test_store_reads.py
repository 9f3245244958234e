"""How the store reads (on both backends): rows by position, name and unpacking."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sql, expected", [
    ("SELECT 1 AS a, 'x' AS b", {"a": 1, "b": "x"}),
    ("SELECT 'y' AS b, 2 AS a", {"b": "y", "a": 2}),  # the same names at other places: not the first statement's
    ("SELECT 3 AS a, 'z' AS b", {"a": 3, "b": "z"}),
])
def test_store_reads_rows_by_position_name_and_unpacking(store, sql, expected):
    row = store.db.execute(sql).fetchone()
    first, second = row
    assert (first, second) == (row[0], row[1]) == tuple(expected.values())
    assert {k: row[k] for k in expected} == expected == dict(row)
    assert list(row.keys()) == list(expected)
