"""The CSV and CAMEO exports put a source's URL where a URL belongs (empty when it is unknown) and its document id
in a column of its own."""
from __future__ import annotations

import csv
import io

from bangiao.extract import pipeline
from bangiao.serve import export
from bangiao.store.store import Store

TALKS = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã "
         "hội đàm với Thủ tướng Lào Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện.\n"
         "Nguồn: https://nhandan.vn/hoi-dam-123.html")
AGAIN = ("Hai Thủ tướng Việt Nam - Lào hội đàm tại Hà Nội\nChiều 6/1, Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay "
         "Siphandone đã hội đàm tại Phủ Chủ tịch. Hai bên đánh giá cao kết quả hợp tác năm 2023.")


def _store() -> tuple[Store, dict[str, str | None]]:
    store = Store(":memory:")
    urls = {}
    for text in (TALKS, AGAIN):
        doc = pipeline.extract(text, html=False, published="2024-01-09")
        store.add(doc)
        urls[doc.id] = doc.source.url
    return store, urls


def test_export_csv_urls_are_urls_and_documents_ids():
    store, urls = _store()
    [row] = [r for r in csv.DictReader(io.StringIO(export.events_csv(store))) if r["type"] == "TALKS"]
    assert row["urls"].split() == [u for u in urls.values() if u] and all(u.startswith("http") for u in urls.values() if u)
    assert set(row["documents"].split()) == set(urls)


def test_export_cameo_source_url_empty_when_unknown():
    store, urls = _store()
    rows = [r for r in csv.DictReader(io.StringIO(export.cameo_tsv(store)), delimiter="\t") if r["cameo"] == "046"]
    assert {r["doc_id"]: r["source_url"] for r in rows} == {d: u or "" for d, u in urls.items()}
