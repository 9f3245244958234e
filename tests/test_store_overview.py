"""The store's answers for the web UI (home, event list, network, reader), on both backends."""
from __future__ import annotations

import pytest

from bangiao.extract import pipeline
from bangiao.store.store import EventFilter
from bangiao.serve import export

NHANDAN = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã hội đàm "
           "với Thủ tướng Lào Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện.\nnhandan.vn")
VGP = ("Hai Thủ tướng Việt Nam - Lào hội đàm tại Hà Nội\nChiều 6/1, Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay "
       "Siphandone đã hội đàm tại Phủ Chủ tịch, sau lễ đón chính thức. Hai Thủ tướng đánh giá cao kết quả hợp tác "
       "năm 2023 và thống nhất nhiều biện pháp thúc đẩy quan hệ kinh tế.\nbaochinhphu.vn")
JAPAN = ("Ngày 20-3, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Ito Naoki tại Hà Nội, hai bên trao đổi về "
         "hợp tác đầu tư và lao động. Hai bên sẽ tổ chức tham vấn chính trị vào tháng 9 năm nay.")
CAMBODIA = ("Thủ tướng điện đàm với Thủ tướng Campuchia\nChiều 3-2, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng "
            "Campuchia Hun Manet về hợp tác kinh tế.")


@pytest.fixture
def filled(make_store):
    store = make_store()
    for i, (text, day) in enumerate([(NHANDAN, "2024-01-06"), (VGP, "2024-01-06"), (JAPAN, "2024-03-20"),
                                     (CAMBODIA, "2023-02-03")]):
        store.add(pipeline.extract(text, published=day, path=f"/home/me/{i}.txt"))
    return store


def test_store_overview_counts_documents_period_and_outlets(filled):
    summary = filled.overview()
    assert summary["documents"] == 4 and summary["events"] == filled.count_events()
    assert (summary["first_published"], summary["last_published"]) == ("2023-02-03", "2024-03-20")
    assert {"name": "nhandan.vn", "documents": 1} in summary["sources"]


def test_store_partners_ranked_by_events_with_years(filled):
    partners = filled.partners("VN")
    # ties by code; Cambodia's headline tells the body's call again (one event)
    assert [(p["code"], p["events"]) for p in partners] == [("JP", 2), ("LA", 2), ("KH", 1)]
    laos = partners[1]
    assert laos["events"] == filled.count_events(EventFilter(pair=("VN", "LA"))) and laos["years"] == {"2024": 2}


def test_store_event_page_sorts_and_filters(filled):
    by_sources = filled.event_page(EventFilter(), "sources", 10)
    assert by_sources[0]["source_count"] == 2 and by_sources[0]["type"] == "TALKS"
    newest = filled.event_page(EventFilter(), "-date", 10)
    dated = [e["date"]["value"] for e in newest if e["date"]]
    assert dated == sorted(dated, reverse=True)
    assert [e["type"] for e in filled.event_page(EventFilter(min_sources=2), "date")] == ["TALKS"]
    planned = filled.event_page(EventFilter(status="planned"), "date")
    assert planned and all(e["status"] == "planned" for e in planned)
    assert filled.count_events(EventFilter(status="planned")) == len(planned)
    assert filled.count_events(EventFilter(min_sources=2)) == 1
    assert all(e["date"] is None for e in filled.event_page(EventFilter(undated=True), "date"))
    page1, page2 = filled.event_page(EventFilter(), "date", 2, 0), filled.event_page(EventFilter(), "date", 2, 2)
    assert not {e["id"] for e in page1} & {e["id"] for e in page2}


def test_store_who_met_whom(filled):
    edges, read = filled.together(EventFilter(pair=("VN", "LA")))
    assert edges == [("person:pham-minh-chinh", "person:sonexay-siphandone", 2)] and read == 2  # talks, welcome
    everything, _ = filled.together(EventFilter())
    assert {("person:hun-manet", "person:pham-minh-chinh")} <= {(a, b) for a, b, _ in everything}


def test_store_reader_links_each_event_to_its_fused_event(filled):
    doc = next(r for r in filled.records() if r["source"]["name"] == "baochinhphu.vn")
    fused = filled.reported_as(doc["id"])
    talks = next(e for e in doc["events"] if e["type"] == "TALKS")
    assert filled.event(fused[talks["id"]])["source_count"] == 2
    assert filled.leads([doc["id"]])[doc["id"]].startswith("Hai Thủ tướng")


def test_store_export_of_a_filter_has_only_its_events(filled):
    chosen = EventFilter(type="TALKS")
    assert export.export(filled, "csv", chosen).count("\n") == 2  # the header and one fused event
    assert export.export(filled, "jsonl", chosen).count("\n") == 1
    assert "sonexay" in export.export(filled, "graphml", chosen)


def _pair_tables(store) -> dict[str, list]:
    return {t: sorted(tuple(r) for r in store.db.execute(f"SELECT * FROM {t} WHERE n > 0").fetchall())
            for t in ("pair_people", "pair_agreements", "pair_figures")}


TRADE = ("Thương mại Việt Nam - Lào tăng trưởng\nNgày 8-1, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ "
         "Lào. Kim ngạch thương mại hai chiều Việt Nam - Lào năm 2023 đạt 1,6 tỷ USD. Hai bên phấn đấu đưa kim ngạch "
         "thương mại song phương năm 2025 lên 5 tỷ USD. Hai bên đã ký Thỏa thuận về Kế hoạch hợp tác năm 2024 giữa "
         "Chính phủ Việt Nam và Chính phủ Lào.")


def test_store_pair_aggregates_follow_the_rows(filled):
    filled.add(pipeline.extract(TRADE, published="2024-01-09", path="t.txt"))
    pair = ("VN", "LA")
    assert filled.pair_leaders(pair) == filled.participants(EventFilter(pair=pair))
    assert {a["name"] for a in filled.pair_agreements(pair)} == {a["name"] for a in filled.agreements(pair)}
    assert sorted(f["value"] for f in filled.pair_figures(pair)) == sorted(f["value"] for f in filled.figures(pair))
    trade = next(f for f in filled.pair_figures(("LA", "VN")) if f["is_target"])
    assert trade["value"] == 5e9 and trade["documents"][0]["evidence"]
    before = _pair_tables(filled)
    record = next(r for r in filled.records() if r["source"]["name"] == "baochinhphu.vn")
    filled.replace_record(pipeline.extract(record["text"], published="2024-01-06", path="again.txt"))
    assert _pair_tables(filled) == before  # cleared and written again: the same counts


def test_store_pair_aggregates_backfilled_by_the_migration(tmp_path):
    from importlib import resources
    from bangiao.store.store import Store
    with Store(tmp_path / "s.db") as store:
        for i, text in enumerate((NHANDAN, VGP, TRADE, CAMBODIA)):
            store.add(pipeline.extract(text, published="2024-01-09", path=f"{i}.txt"))
        live = _pair_tables(store)
        sql = resources.files("bangiao.store").joinpath("migrations", "0006_pair_aggregates.sql").read_text("utf-8")
        for statement in sql.split(";\n"):
            store.db.execute(statement)
        assert _pair_tables(store) == live and all(live.values())
