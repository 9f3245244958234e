"""Every request bounded: a search's words de-duplicated and capped (a clear refusal beyond the cap), and any
question stopped in the database after the store's time limit (SQLite's progress handler, PostgreSQL's
statement_timeout), the store usable afterwards — on both backends."""
from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from bangiao.errors import QueryTooLarge
from bangiao.extract import pipeline
from bangiao.serve.app import create_app
from bangiao.store import search

ARTICLE = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã "
           "hội đàm với Thủ tướng Lào Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện.")
ENDLESS = {  # a question that never ends by itself
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
    "postgresql": "SELECT pg_sleep(30)",
}


@pytest.mark.parametrize("query, expected", [
    ("lào lào LÀO Lào", ["lao"]),
    ('Tô Lâm "hòa bình" lâm "Hòa Bình"', ["hoa binh", "to", "lam"]),
    ("lào " * 200, ["lao"]),
    ("", []),
])
def test_search_terms_each_once(query, expected):
    assert search.terms(query) == expected


@pytest.mark.parametrize("query, words", [
    (" ".join(f"w{i}" for i in range(search.MAX_TERMS + 1)), "33 different words or phrases; at most 32"),
    ("lào " * 20_000, "80,000 characters long; at most 1,000"),
])
def test_search_too_large_is_refused_with_what_is_allowed(query, words):
    with pytest.raises(QueryTooLarge, match=words):
        search.terms(query)


def test_search_one_word_repeated_costs_one_word(make_store):
    store = make_store()
    store.add(pipeline.extract(ARTICLE, html=False, published="2024-01-09"))
    start = time.perf_counter()
    assert [h.title for h in store.search("hội đàm " * 120)] == ["Thủ tướng hội đàm với Thủ tướng Lào"]
    assert time.perf_counter() - start < 2


def test_search_time_limit_stops_a_question_and_the_store_goes_on(make_store):
    store = make_store()
    store.add(pipeline.extract(ARTICLE, html=False, published="2024-01-09"))
    backend = "postgresql" if type(store).__name__ == "PostgresStore" else "sqlite"
    start = time.perf_counter()
    with pytest.raises(QueryTooLarge, match="took more than 0.2 s and was stopped"):
        with store.time_limit(0.2):
            store.db.execute(ENDLESS[backend]).fetchone()
    assert time.perf_counter() - start < 5
    assert store.search("Sonexay") and store.stats()["documents"] == 1


def test_search_api_answers_400_beyond_the_cap(make_store):
    store = make_store()
    store.add(pipeline.extract(ARTICLE, html=False, published="2024-01-09"))
    with TestClient(create_app(store=store)) as client:
        refused = client.get("/api/search", params={"q": " ".join(f"w{i}" for i in range(40))})
        assert refused.status_code == 400 and "at most 32" in refused.json()["detail"]
        assert client.get("/api/search", params={"q": "lào " * 200}).status_code == 200
