"""POST /api/documents: a bad article gets the message the command line gives, as a 4xx (never a 500); the token
only as `Authorization: Bearer …`; the same article again says it exists, with its id (200, not 201)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bangiao.serve.app import create_app
from bangiao.store.store import Store

ARTICLE = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính "
           "đã hội đàm với Thủ tướng Lào Sonexay Siphandone.")
TOKEN = {"Authorization": "Bearer s3cret"}


@pytest.fixture()
def client():
    with TestClient(create_app(store=Store(":memory:", shared=True), write_token="s3cret"),
                    raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("body, says", [
    ({"content": ""}, "at least 1 character"),
    ({"content": "  \n\t "}, "the content is blank"),
    ({"content": 5}, "valid string"),
    ({"content": ["a"]}, "valid string"),
    ({"content": ARTICLE, "html": "maybe"}, "valid boolean"),
    ({"content": ARTICLE, "published": "hôm qua"}, "published 'hôm qua': give the date as YYYY-MM-DD"),
    ({"content": ARTICLE, "author": "x"}, "Extra inputs are not permitted"),
    ({}, "Field required"),
    ({"content": "<html><body><div><p></p></div></body></html>", "html": True}, "no article text"),
    ({"content": "a\n" * 100_000}, "no sentence in the text"),
])
def test_api_documents_bad_article_is_a_4xx_with_the_reason(client, body, says):
    answer = client.post("/api/documents", json=body, headers=TOKEN)
    assert answer.status_code == 422 and says in answer.text, answer.text


@pytest.mark.parametrize("header, status", [
    ({}, 401), ({"Authorization": "s3cret"}, 401), ({"Authorization": "Basic s3cret"}, 401),
    ({"Authorization": "Bearer wrong"}, 401), ({"Authorization": "bearer s3cret"}, 401),
])
def test_api_documents_token_only_as_bearer(client, header, status):
    assert client.post("/api/documents", json={"content": ARTICLE}, headers=header).status_code == status


def test_api_documents_again_says_it_exists_with_its_id(client):
    first = client.post("/api/documents", json={"content": ARTICLE}, headers=TOKEN)
    again = client.post("/api/documents", json={"content": ARTICLE}, headers=TOKEN)
    assert first.status_code == 201 and first.json()["outcome"] == "new"
    assert again.status_code == 200 and again.json()["outcome"] == "duplicate"
    assert again.json()["doc_id"] == first.json()["doc_id"] and first.json()["doc_id"] in again.json()["message"]


def test_api_documents_id_prefix_wildcards_are_letters(client):
    client.post("/api/documents", json={"content": ARTICLE}, headers=TOKEN)
    assert client.get("/api/documents/%25%25%25%25").status_code == 404
    assert client.get("/api/documents/____").status_code == 404
