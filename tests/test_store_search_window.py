"""The ranking window on both backends: a query matching more than RANK_WINDOW documents is ranked among the newest
RANK_WINDOW matches, whatever way the store finds them (PostgreSQL: the newest seqs' buckets first, migration 8)."""
from __future__ import annotations

import pytest

from bangiao.extract import pipeline
from bangiao.store import store as store_module
from bangiao.store.backends import is_postgres

PLACES = ["Nghệ An", "Hà Tĩnh", "Quảng Bình", "Thanh Hóa"]


def _texts() -> list[str]:
    """Twelve short reports: 'Lào' in all, 'Nghệ An' in every fourth, 'Sầm Nưa' in the first alone."""
    found = []
    for i in range(12):
        extra = " Đoàn cũng thăm tỉnh Hủa Phăn và thị xã Sầm Nưa." if i == 0 else ""
        found.append(f"Đoàn đại biểu Lào lần thứ {i + 1} thăm tỉnh {PLACES[i % 4]} và làm việc với lãnh đạo tỉnh"
                     f" về hợp tác giáo dục và đào tạo cán bộ.{extra}")
    return found


@pytest.fixture(scope="module")
def documents():
    return [pipeline.extract(t, published=f"2024-05-{i + 1:02d}") for i, t in enumerate(_texts())]


@pytest.fixture
def filled(make_store, documents):
    store = make_store()
    ids = [store.add(d).doc_id for d in documents]
    if is_postgres(store.url if hasattr(store, "url") else store.path):
        store.db.execute("UPDATE documents_search SET seq = seq * 700")  # the twelve spread over many buckets
    return store, ids


@pytest.mark.parametrize("query, expected", [
    ("lao", lambda ids: set(ids[-4:])),                               # in every document: the newest four
    ("nghe an", lambda ids: set(ids[0::4])),                          # three matches: fewer than the window, all
    ("ha tinh", lambda ids: set(ids[1::4])),
    ("lao giao duc", lambda ids: set(ids[-4:])),
    ('"doan dai bieu lao"', lambda ids: set(ids[-4:])),               # a phrase: its words' window, then checked
    ("sam nua", lambda ids: {ids[0]}),                                 # the oldest document alone
    ("lao sam nua", lambda ids: {ids[0]}),
    ("khong co tu nay", lambda ids: set()),
])
def test_store_search_window_is_the_newest_matches_on_both_backends(filled, monkeypatch, query, expected):
    store, ids = filled
    monkeypatch.setattr(store_module, "RANK_WINDOW", 4)
    assert {h.doc_id for h in store.search(query, 20)} == expected(ids)


def test_store_search_window_past_the_bucket_limit_searches_the_whole_store(filled, monkeypatch):
    store, ids = filled
    if not is_postgres(getattr(store, "url", "")):
        pytest.skip("PostgreSQL's buckets")
    from bangiao.store import postgres

    monkeypatch.setattr(store_module, "RANK_WINDOW", 4)
    monkeypatch.setattr(postgres, "MOST_BUCKETS", 2)
    assert {h.doc_id for h in store.search("lao", 20)} == set(ids[-4:])
    assert {h.doc_id for h in store.search("sam nua", 20)} == {ids[0]}


def test_store_search_window_buckets_name_the_newest_seqs():
    from bangiao.store.postgres import _buckets

    assert _buckets(2499, 4100) == "'@2' | '@3' | '@4'"
    assert _buckets(-1, 999) == "'@0'"


QUERIES = ["lao", "nghe an", "lao giao duc", '"doan dai bieu lao"', "sam nua", "khong co tu nay"]


@pytest.mark.parametrize("shares", [
    "analyze",                                   # the planner's statistics of the store, as a server reads them
    ({"lao": 1.0, "giao": 1.0, "duc": 1.0}, 0.5),  # right: every document has 'lao'
    ({"lao": 0.01}, 0.01),                       # far too rare: the first look reads the whole store
    ({"lao": 1.0, "sam": 1.0, "nua": 1.0}, 1.0),  # far too common: the first look is short, the window read further
])
def test_store_search_window_first_look_changes_no_answer(filled, monkeypatch, shares):
    """How far back a PostgreSQL search first looks comes from the words' shares of the store (pg_stats); whatever
    they say, right or wrong, the answers are those of the first look of twice the window."""
    store, ids = filled
    if not is_postgres(getattr(store, "url", "")):
        pytest.skip("PostgreSQL's first look")
    import time

    monkeypatch.setattr(store_module, "RANK_WINDOW", 4)
    store._shares = (time.monotonic(), {}, 0.0)  # no statistics: twice the window
    expected = {q: [(h.doc_id, h.score, h.snippet) for h in store.search(q, 20)] for q in QUERIES}
    if shares == "analyze":
        store.db.execute("ANALYZE documents_search")
        store._shares = None
        assert store._word_shares()[0].get("lao") == 1.0
    else:
        store._shares = (time.monotonic(), *shares)
    assert {q: [(h.doc_id, h.score, h.snippet) for h in store.search(q, 20)] for q in QUERIES} == expected
