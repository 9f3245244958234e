"""Store.move_record on both backends: a document whose text changed moves to its new id in one transaction —
stored anew, or merged into the document it now duplicates (exactly or near) — with every input; the old one is
gone from the documents, the search and the fused events; a move that fails leaves the store as it was."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bangiao.extract import pipeline
from bangiao.reading.read import RawArticle
from bangiao.store import relations
from test_store import BODY, OTHER

EXTRA = " Chuyến thăm góp phần thắt chặt hơn nữa quan hệ hữu nghị."
PROMO = "\nĐặt mua báo in Thời Báo Quốc Tế với giá ưu đãi, giao tận nhà trong ngày, gọi ngay hotline."


def raw(name: str, offset: int) -> RawArticle:
    return RawArticle(f"/archives/{name}.warc.gz", "", True, f"hash-{name}-{offset}", line=offset)


def stored(store, text: str, name: str = "crawl", offset: int = 0, published: str = "2023-10-19"):
    doc = pipeline.extract(text, published=published, path=f"/archives/{name}.warc.gz")
    return doc, store.add(doc, raw(name, offset))


def state(store) -> tuple:
    stats = store.stats()
    inputs = sorted((r["id"], i["path"], i["line"], i["relation"]) for r in store.records()
                    for i in store.get(r["id"])["inputs"])
    return stats["documents"], stats["inputs"], inputs, [h.doc_id for h in store.search("hotline")], store.events()


@pytest.mark.parametrize("now,status,relation", [
    (OTHER, "new", "original"),                 # the cleaner cut the promo: a text of its own
    (BODY, "duplicate", "duplicate"),           # the same text as a stored document
    (BODY + EXTRA, "near-duplicate", "near-duplicate"),
])
def test_store_moves_a_document_with_its_inputs(make_store, now, status, relation):
    store = make_store()
    body, _ = stored(store, BODY, "body", 5)
    old, _ = stored(store, OTHER + PROMO, "crawl", 10, published="2024-01-09")
    store.add(replace(old, path="/archives/again.warc.gz"), raw("again", 20))     # an exact duplicate input
    assert store.search("hotline")[0].doc_id == old.id
    new = pipeline.extract(now, published="2024-01-09" if now == OTHER else "2023-10-19", path=old.path)
    outcome = store.move_record(old.id, new)
    target = new.id if status == "new" else body.id
    assert (outcome.status, outcome.doc_id) == (status, target)
    assert store.get(old.id) is None and store.stats()["inputs"] == 3
    assert store.stats()["documents"] == (2 if status == "new" else 1)
    moved = [(i["path"], i["line"], i["relation"]) for i in store.get(target)["inputs"] if i["path"] != body.path]
    assert moved == [("/archives/crawl.warc.gz", 10, relation), ("/archives/again.warc.gz", 20, "duplicate")]
    assert store.search("hotline") == []
    assert old.id not in {s["doc_id"] for e in store.events() for s in e["sources"]}


def test_store_moves_all_or_nothing(make_store, monkeypatch):
    store = make_store()
    stored(store, BODY, "body", 5)
    old, _ = stored(store, OTHER + PROMO, published="2024-01-09")
    before = state(store)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(relations, "write", broken)
    with pytest.raises(RuntimeError):
        store.move_record(old.id, pipeline.extract(OTHER, published="2024-01-09", path=old.path))
    assert state(store) == before
