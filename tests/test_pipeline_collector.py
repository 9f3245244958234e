"""The cyclic collector is paused while one article is built and left as it was found afterwards (issue 16)."""
from __future__ import annotations

import gc

import pytest

from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.reading.read import RawArticle

TEXT = "Chiều 17/11, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Thái Lan tại Hà Nội. Hai bên ký ba văn kiện."


def _raw(content: str) -> RawArticle:
    return RawArticle(path="a.txt", content=content, is_html=False, content_hash="0")


@pytest.mark.parametrize("on_before", [True, False])
def test_pipeline_collector_paused_while_building_and_restored(monkeypatch, on_before):
    seen = []
    real = pipeline._extracted
    monkeypatch.setattr(pipeline, "_extracted", lambda *a, **k: (seen.append(gc.isenabled()), real(*a, **k))[1])
    (gc.enable if on_before else gc.disable)()
    try:
        doc = pipeline.build_document(_raw(TEXT))
        assert seen == [False] and gc.isenabled() is on_before
        assert doc.events
    finally:
        gc.enable()


def test_pipeline_collector_restored_when_the_article_is_refused():
    gc.enable()
    with pytest.raises(InputError):
        pipeline.build_document(_raw("\n".join("x" * 1 for _ in range(50))))
    assert gc.isenabled()
