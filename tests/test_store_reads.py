"""How the store reads (on both backends): rows by position, name and unpacking; the dashboard's items with their
articles in one statement each on PostgreSQL, with the same answers as a statement a key."""
from __future__ import annotations

import pytest

from bangiao.extract import pipeline
from bangiao.store import pairs
from bangiao.store.store import EventFilter
from test_store_overview import TRADE

INVEST = ("Đầu tư của Việt Nam vào Lào\nNgày 12-3, tại Viêng Chăn, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào "
          "Sonexay Siphandone. Kim ngạch thương mại hai chiều Việt Nam - Lào năm 2023 đạt 1,6 tỷ USD. Hai bên ký Hiệp "
          "định hợp tác đầu tư giữa Việt Nam và Lào, phấn đấu đưa kim ngạch lên 3 tỷ USD vào năm 2026.")


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


@pytest.fixture
def traded(make_store):
    store = make_store()
    for i, (text, day) in enumerate([(TRADE, "2024-01-09"), (INVEST, "2024-03-12")]):
        store.add(pipeline.extract(text, published=day, path=f"t{i}.txt"))
    return store


def test_store_reads_first_rows_as_a_statement_a_key(traded):
    db = traded.db
    figures = [tuple(r) for r in db.execute("SELECT unit, is_target, value FROM figures ORDER BY value")]
    cases = [
        (pairs.AGREEMENT_ARTICLES, ("ctext",), [(r[0],) for r in db.execute("SELECT folded FROM agreements")]),
        (pairs.AGREEMENT_ARTICLES, ("ctext",), [("no such agreement",), ("no such agreement",)]),
        (pairs.FIGURE_ARTICLES, ("ctext", "integer", "float8", "float8"),
         [(u, t, v - 0.5, v + 0.5) for u, t, v in figures] + [("USD", 1, -1.0, 0.0)]),
        (pairs.FIGURE_ARTICLES, ("ctext", "integer", "float8", "float8"), []),
    ]
    for sql, types, keys in cases:
        for most in (1, 3):
            one_a_key = [[tuple(r) for r in db.execute(sql.format(*["?"] * len(types)), (*key, most))]
                         for key in keys]
            assert [[tuple(r) for r in rows] for rows in pairs.first_rows(db, sql, keys, types, most)] == one_a_key


def test_store_reads_the_dashboard_items_articles_in_one_statement_each(traded, monkeypatch):
    pair = ("VN", "LA")
    agreements, figures = traded.pair_agreements(pair), traded.pair_figures(pair)
    assert len(agreements) >= 2 and len(figures) >= 2 and all(a["documents"] for a in agreements + figures)
    assert {f["value"] for f in figures} >= {1.6e9, 5e9, 3e9}
    if getattr(traded.db, "dialect", "sqlite") == "postgresql":
        said = []
        real = traded.db.execute
        monkeypatch.setattr(traded.db, "execute", lambda sql, *a: said.append(sql) or real(sql, *a))
        assert traded.pair_agreements(pair) == agreements and traded.pair_figures(pair) == figures
        assert len(said) == 4  # the items, then all their articles: twice
    assert traded.pair_leaders(pair) == traded.participants(EventFilter(pair=pair))


def test_store_reads_under_a_time_limit_cost_no_statement_of_their_own(store, monkeypatch):
    """On PostgreSQL a read under the store's time limit runs on a connection that has the limit from the start:
    no transaction and no statement to set it; a transaction begun inside is a real one (its settings hold for its
    statements); another limit is set for its own transaction; outside, no limit."""
    if getattr(store.db, "dialect", "sqlite") != "postgresql":
        pytest.skip("PostgreSQL's connections")
    import psycopg
    from psycopg.pq import TransactionStatus

    def shown(setting: str) -> str:
        return store.db.execute(f"SHOW {setting}").fetchone()[0]

    with store.time_limit():
        conn = store.db.bound()
        assert conn.info.transaction_status == TransactionStatus.IDLE and shown("statement_timeout") == "10s"
        with store.db.transaction() as inner:
            assert inner is conn and conn.info.transaction_status == TransactionStatus.INTRANS
            inner.execute("SELECT set_config('enable_seqscan', 'off', true)")
            assert shown("enable_seqscan") == "off"
        assert shown("enable_seqscan") == "on" and conn.info.transaction_status == TransactionStatus.IDLE
        real, said = psycopg.Connection.execute, []
        monkeypatch.setattr(psycopg.Connection, "execute", lambda self, q, *a, **k: said.append(q) or real(self, q, *a, **k))
        store.timeline(("VN", "LA"))
        assert len(said) == 1 and conn.info.transaction_status == TransactionStatus.IDLE
    monkeypatch.undo()
    assert store.db.bound() is None and shown("statement_timeout") == "0"
    with store.time_limit(0.25):
        assert shown("statement_timeout") == "250ms"
    assert shown("statement_timeout") == "0"
