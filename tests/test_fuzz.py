"""A bounded fuzz job: schemathesis against the API's own OpenAPI schema, in-process (every route, never a 500,
answers as the schema says); hypothesis on the readers (any bytes) and on extraction (Vietnamese-like text): only
InputError may escape, and every span indexes the text it claims."""
from __future__ import annotations

import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.reading.read import read_bytes
from bangiao.serve.app import create_app
from bangiao.store.store import Store

ARTICLE = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã "
           "hội đàm với Thủ tướng Lào Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện.")


def _app():
    store = Store(":memory:", shared=True)
    store.add(pipeline.extract(ARTICLE, html=False, published="2024-01-09"))
    return create_app(store=store, write_token="s3cret")


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_fuzz_api_never_500_and_answers_as_its_schema_says(case):
    case.call_and_validate(headers={"Authorization": "Bearer s3cret"},
                           checks=[not_a_server_error, response_schema_conformance])


WORDS = ("Thủ tướng", "Chủ tịch nước", "hội đàm", "hội kiến", "thăm", "ký", "Lào", "Việt Nam", "Campuchia",
         "Phạm Minh Chính", "Tô Lâm", "ngày", "6/1", "năm 2024", "tháng 3", "tỷ USD", "1,7", "Bộ Ngoại giao",
         "Thỏa thuận hợp tác", "từ ngày 11 đến 13/7", "sẽ", "đã", "\n", ".", ",", ";", "(", ")", "\"", "–", "đồng chí")
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=6)), min_size=1, max_size=80) \
    .map(" ".join)


def _spans_hold(doc) -> None:
    for e in doc.entities:
        assert all(doc.text[m.start:m.end] == m.text for m in e.mentions)
    for item in [*doc.events, *doc.agreements, *doc.figures]:
        span = item.evidence
        assert doc.text[span.start:span.end] == span.text


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_fuzz_extract_vietnamese_like_text(text):
    try:
        doc = pipeline.extract(text, html=False)
    except InputError:
        return
    _spans_hold(doc)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".html", ".jsonl", ""]))
def test_fuzz_readers_any_bytes(data, suffix):
    for item in read_bytes(data, f"x{suffix}", suffix):
        if isinstance(item, InputError):
            continue
        try:
            doc = pipeline.build_document(item)
        except InputError:
            continue
        _spans_hold(doc)
