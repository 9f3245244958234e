"""The HTTP API and the web pages, in-process (FastAPI's TestClient over an in-memory store)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from bangiao.serve import highlight
from bangiao.extract import pipeline
from bangiao.serve.app import create_app
from bangiao.store.store import Store
from bangiao.serve.webui import labels, timeline_chart, trade_chart
from conftest import BACKENDS, store_opener

TALKS_A = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã "
           "hội đàm với Thủ tướng Lào Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện.\nnhandan.vn")
TALKS_B = ("Hai Thủ tướng Việt Nam - Lào hội đàm tại Hà Nội\nChiều 6/1, Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay "
           "Siphandone đã hội đàm tại Phủ Chủ tịch, sau lễ đón chính thức. Hai bên đánh giá cao kết quả hợp tác năm "
           "2023.\nbaochinhphu.vn")
TRADE = ("Thương mại Việt Nam - Lào tăng trưởng\nNgày 8-1, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ "
         "Lào. Kim ngạch thương mại hai chiều Việt Nam - Lào năm 2023 đạt 1,6 tỷ USD. Hai bên phấn đấu đưa kim ngạch "
         "thương mại song phương năm 2025 lên 5 tỷ USD. Hai bên đã ký Thỏa thuận về Kế hoạch hợp tác năm 2024 giữa "
         "Chính phủ Việt Nam và Chính phủ Lào.")
HOSTILE = ("Tin <script>alert(1)</script> đối ngoại\nNgày 7-1, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào "
           "<img src=x onerror=alert(2)> tại Hà Nội.")


@pytest.fixture(scope="module", params=BACKENDS)
def client(request):
    store = store_opener(request.param, request)()
    for i, text in enumerate((TALKS_A, TALKS_B, TRADE, HOSTILE)):
        store.add(pipeline.extract(text, html=False, published="2024-01-09", path=f"{i}.txt"))
    with TestClient(create_app(store=store, write_token="s3cret")) as c:
        yield c


def _talks(client) -> dict:
    [talks] = client.get("/api/events", params={"type": "TALKS"}).json()
    return talks


def test_api_events_are_fused_with_every_source(client):
    talks = _talks(client)
    assert talks["cameo"].startswith("04") and talks["date"]["value"] == "2024-01-06"
    assert {s["source"] for s in talks["sources"]} == {"nhandan.vn", "baochinhphu.vn"}
    assert all(s["evidence"]["text"] for s in talks["sources"])


@pytest.mark.parametrize("params, expected", [
    ({"actor": "siphandon"}, {"TALKS", "CEREMONY"}),
    ({"actor": "pham minh chinh", "type": "talks"}, {"TALKS"}),
    ({"actor": "Bùi Thanh Sơn"}, {"MEET", "SIGN"}),
    ({"pair": "VN-LA", "since": "2024-01-07", "until": "2024-01-07"}, {"MEET"}),  # the Lao ambassador's country
    ({"pair": "VN-KH", "since": "2024-01-07", "until": "2024-01-07"}, set()),
    ({"since": "2024-01-07"}, {"MEET", "SIGN"}),
    ({"country": "kh"}, set()),
    ({"until": "2023-12"}, set()),
])
def test_api_events_filters(client, params, expected):
    assert {e["type"] for e in client.get("/api/events", params=params).json()} == expected


def test_api_rejects_a_bad_pair_with_the_expected_shape(client):
    answer = client.get("/api/events", params={"pair": "Vietnam"})
    assert answer.status_code == 422 and "VN-LA" in answer.json()["detail"][0]["msg"]  # FastAPI's shape of a 422


def test_api_actor_has_offices_events_and_counterparts(client):
    actor = client.get("/api/actors/person:pham-minh-chinh").json()
    assert any(o["title"].startswith("Thủ tướng") for o in actor["offices"])
    assert "person:sonexay-siphandone" in [c["id"] for c in actor["counterparts"]]
    assert {a["id"] for a in client.get("/api/actors", params={"country": "LA"}).json()} >= {"person:sonexay-siphandone"}


def test_api_documents_by_id_or_prefix_and_unknown_ones(client):
    [hit] = client.get("/api/search", params={"q": "kim ngach"}).json()
    record = client.get(f"/api/documents/{hit['doc_id'][:8]}").json()
    assert record["id"] == hit["doc_id"] and record["inputs"][0]["path"] == "2.txt"
    assert client.get("/api/documents/ffffffffff").status_code == 404
    assert client.get("/api/events/nope").status_code == 404


def test_api_dashboard_gathers_the_pair(client):
    board = client.get("/api/dashboard", params={"pair": "vn-la"}).json()
    assert board["countries"] == {"VN": "Việt Nam", "LA": "Lào"}
    assert {"person:pham-minh-chinh", "person:sonexay-siphandone"} <= {p["id"] for p in board["leaders"]}
    assert any(a["name"].startswith("Thỏa thuận về Kế hoạch hợp tác năm 2024") for a in board["agreements"])
    assert {(f["value"], f["is_target"]) for f in board["trade"]} == {(1.6e9, False), (5e9, True)}


def test_api_is_read_only_without_the_token(client):
    article = {"content": "Ngày 2-2, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào tại Hà Nội.", "published": "2024-02-03"}
    assert client.post("/api/documents", json=article).status_code == 401
    assert client.post("/api/documents", json=article, headers={"Authorization": "Bearer wrong"}).status_code == 401
    added = client.post("/api/documents", json=article, headers={"Authorization": "Bearer s3cret"})
    assert added.status_code == 201 and added.json()["outcome"] == "new"
    assert client.get(f"/api/documents/{added.json()['doc_id']}").status_code == 200


def test_api_without_a_write_token_refuses_writes():
    with TestClient(create_app(":memory:")) as c:
        answer = c.post("/api/documents", json={"content": "x"}, headers={"Authorization": "Bearer x"})
        assert answer.status_code == 403 and "--write-token" in answer.json()["detail"]


def test_api_openapi_docs_use_no_cdn(client):
    page = client.get("/docs").text
    assert "swagger" in page.lower() and not re.search(r"https?://", page)
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("path", ["/", "/?pair=VN-LA", "/actors/person:sonexay-siphandone", "/search?q=Lao"])
def test_webui_pages_render_in_both_languages_without_external_assets(client, path):
    for lang in ("vi", "en"):
        page = client.get(path, params={"lang": lang})
        assert page.status_code == 200 and f'lang="{lang}"' in page.text
        assert not re.search(r"""(?:src|href)=["']https?://""", page.text)


def test_webui_dashboard_shows_the_facts(client):
    page = client.get("/?pair=VN-LA").text
    assert "Việt Nam – Lào" in page and "Sonexay Siphandone" in page and "<svg" in page
    assert "Diễn biến theo tháng" in page and "Events by month" in client.get("/?pair=VN-LA&lang=en").text


def test_webui_event_page_lists_every_source_with_its_sentence(client):
    talks = _talks(client)
    page = client.get(f"/events/{talks['id']}").text
    for source in talks["sources"]:
        assert f'<mark class="event">{source["evidence"]["text"]}</mark>' in page


def test_webui_reader_highlights_and_escapes(client):
    [hit] = client.get("/api/search", params={"q": "onerror"}).json()
    page = client.get(f"/documents/{hit['doc_id']}").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page or "&lt;img" in page
    assert re.search(r'<mark class="[^"]*ent-PERSON[^"]*"[^>]*><a href="/actors/person:pham-minh-chinh">', page)


def test_webui_unknown_pages_say_not_found(client):
    assert client.get("/actors/person:nobody").status_code == 404
    assert "Không tìm thấy" in client.get("/documents/0000000000").text


def test_webui_labels_exist_in_every_language():
    words = labels()
    assert set(words) >= {"vi", "en"} and all(set(w) == set(words["vi"]) for w in words.values())


def test_webui_charts_scale_to_the_largest_value():
    chart = timeline_chart([{"month": "2024-01", "types": {"TALKS": 2, "MEET": 1}, "total": 3},
                            {"month": "2024-03", "types": {"MEET": 1}, "total": 1}], "vi", lambda **kw: "/events")
    assert len(chart["bars"]) == 3 and chart["months"] == 3  # February is on the axis, empty
    assert min(b["y"] for b in chart["bars"]) == chart["yticks"][-1]["y"]  # the top tick is the largest month
    trade = trade_chart([{"value": 1e9, "unit": "USD", "is_target": False, "period": "2023"},
                         {"value": 2e9, "unit": "USD", "is_target": True, "period": "2025"}], "vi")
    assert [b["h"] for b in trade["bars"]][1] == 2 * [b["h"] for b in trade["bars"]][0]


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8)


@given(st.text(max_size=60), spans)
def test_highlight_segments_give_the_text_back(text, pairs):
    marks = [highlight.Mark(a, b, "x", "") for a, b in pairs]
    parts = highlight.segments(text, marks)
    assert "".join(p.text for p in parts) == text
    for part in parts:
        assert all(m.start < m.end <= len(text) for m in part.marks)


def test_api_serve_binds_to_this_machine_by_default(monkeypatch, tmp_path):
    import uvicorn
    from typer.testing import CliRunner

    from bangiao.cli import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(kw, app=application))
    Store(tmp_path / "s.db").close()
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["app"].state.write_token is None
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    refused = CliRunner().invoke(app, ["serve", "--db", str(bad)])
    assert refused.exit_code == 2 and "bad.db" in refused.output


def test_api_file_store_readers_see_what_the_writer_stored(tmp_path):
    with TestClient(create_app(tmp_path / "team.db", write_token="t")) as c:
        assert c.get("/api/search", params={"q": "Viêng Chăn"}).json() == []
        article = {"content": "Ngày 3-3, tại Viêng Chăn, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào "
                              "Sonexay Siphandone.", "published": "2024-03-04"}
        assert c.post("/api/documents", json=article, headers={"Authorization": "Bearer t"}).status_code == 201
        assert len(c.get("/api/search", params={"q": "Viêng Chăn"}).json()) == 1
        assert [e["type"] for e in c.get("/api/events", params={"actor": "siphandone"}).json()] == ["TALKS"]
