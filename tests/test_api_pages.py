"""The JSON twins of the web UI's home, event list, network and search pages (serve/api_pages.py)."""
from __future__ import annotations

from fastapi.testclient import TestClient

from bangiao.extract import pipeline
from bangiao.serve.app import create_app
from test_store_overview import CAMBODIA, JAPAN, NHANDAN, VGP


def _client(make_store) -> TestClient:
    store = make_store()
    for i, (text, day) in enumerate([(NHANDAN, "2024-01-06"), (VGP, "2024-01-06"), (JAPAN, "2024-03-20"),
                                     (CAMBODIA, "2023-02-03")]):
        store.add(pipeline.extract(text, published=day, path=f"{i}.txt"))
    return TestClient(create_app(store=store))


def test_api_pages_twins_answer_as_the_pages_show(make_store):
    client = _client(make_store)
    home = client.get("/api/home").json()
    assert home["overview"]["documents"] == 4 and {p["code"] for p in home["partners"]} >= {"LA", "KH", "JP"}
    listed = client.get("/api/event-list", params={"type": "TALKS", "sort": "sources"}).json()
    assert listed["total"] == 1 and listed["events"][0]["source_count"] == 2
    network = client.get("/api/network", params={"pair": "VN-LA"}).json()
    assert network["edges"][0]["events"] == 2
    found = client.get("/api/find", params={"q": "sonexay"}).json()
    assert found["total"] == 2 and found["entities"][0]["id"] == "person:sonexay-siphandone"


def test_api_pages_refuse_a_bad_filter_saying_what_is_expected(make_store):
    answer = _client(make_store).get("/api/event-list", params={"status": "maybe"})
    assert answer.status_code == 422 and "happened" in answer.json()["detail"]
