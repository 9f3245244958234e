"""A figure's period is its whole span ("10 tháng đầu năm 2025" is 2025-01/2025-10, the gold files' form) from
extraction through the store (both backends, and migration 9 for rows written before) to the API and the UI."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bangiao.extract import pipeline
from bangiao.model import Date
from bangiao.serve.app import create_app
from bangiao.store import targets

TEXT = ("Thương mại Việt Nam - Lào\nKim ngạch thương mại song phương Việt Nam - Lào 10 tháng đầu năm 2025 đạt 2,5 "
        "tỷ USD, tăng 50% so với cùng kỳ năm 2024. Hai bên phấn đấu đưa kim ngạch thương mại song phương Việt Nam - "
        "Lào đạt 5 tỷ USD vào năm 2025.")
SPAN = "2025-01/2025-10"


@pytest.mark.parametrize("date, expected", [
    (Date("2025-01", "month", end="2025-10"), SPAN),
    (Date("2024", "year"), "2024"),
    (Date("2024-03", "month", end="2024-03"), "2024-03"),
    (Date("2015", "year", end="2022"), "2015/2022"),
])
def test_store_figure_spans_date_interval(date, expected):
    assert date.interval() == expected


@pytest.mark.parametrize("a, b, expected", [
    ("2025", SPAN, True), (SPAN, "2025-01", True), (SPAN, "2025-10", False), ("2024", SPAN, False),
    (SPAN, SPAN, True), (None, SPAN, False),
])
def test_store_figure_spans_agree_by_their_start(a, b, expected):
    assert targets.agree(a, b) is expected


def _trade(rows: list[dict]) -> dict:
    return next(f for f in rows if f["kind"] == "trade_turnover" and not f["is_target"])


def _periods(store) -> list[tuple]:
    return [[r[0] for r in store.db.execute(f"SELECT period FROM {table} WHERE is_target = 0 ORDER BY period")
             .fetchall()] for table in ("figures", "figure_sides", "pair_figures")]


def test_store_figure_spans_end_to_end(make_store):
    doc = pipeline.extract(TEXT, published="2025-11-20", path="t.txt")
    assert _trade([{"kind": f.kind, "is_target": f.is_target, "period": f.period} for f in doc.figures])[
        "period"].interval() == SPAN
    store = make_store()
    store.add(doc)
    assert _trade(store.figures(("VN", "LA")))["period"] == SPAN
    assert _trade(store.pair_figures(("VN", "LA")))["period"] == SPAN
    target = next(t for t in store.targets(("VN", "LA")) if t["kind"] == "trade_turnover")
    assert [r["period"] for r in target["results"]] == [SPAN] and target["progress"] == "open"  # 10 months of 12
    client = TestClient(create_app(store=store))
    assert _trade(client.get("/api/figures?pair=VN-LA").json())["period"] == SPAN
    english = client.get("/?pair=VN-LA&lang=en").text
    assert "Jan–Oct 2025" in english and "target for 2025" in english


def test_store_figure_spans_migration_9_gives_old_rows_their_span(make_store):
    store = make_store()
    store.add(pipeline.extract(TEXT, published="2025-11-20", path="t.txt"))
    after = _periods(store)
    assert all(SPAN in rows for rows in after)
    for table in ("figures", "figure_sides", "pair_figures"):  # as written before: the first month alone
        store.db.execute(f"UPDATE {table} SET period = '2025-01' WHERE period = '{SPAN}'")
    assert all(SPAN not in rows for rows in _periods(store))
    if hasattr(store.db, "pool"):
        store.db.execute("DELETE FROM bangiao_schema WHERE version >= 9")
    else:
        store.db.execute("PRAGMA user_version = 8")
    store.migrate()
    assert _periods(store) == after
