"""Every parameter of a question to the store checked, with one message saying what is allowed (store/checks.py);
the command line exits 2 with it, the API answers 422 with it; LIKE wildcards are letters."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bangiao.cli import app
from bangiao.errors import QueryError
from bangiao.extract import pipeline
from bangiao.serve.app import create_app
from bangiao.store import checks
from bangiao.store.store import Store

TALKS = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã "
         "hội đàm với Thủ tướng Lào Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện.")


@pytest.mark.parametrize("check, value, expected", [
    (checks.day, "2024", "2024"), (checks.day, "2024-02", "2024-02"), (checks.day, "2024-02-29", "2024-02-29"),
    (checks.day, None, None), (checks.event_type, "talks", "TALKS"), (checks.country_code, "la", "LA"),
    (checks.country_pair, "vn–la", ("VN", "LA")), (checks.agreement_status, "Signed", "signed"),
    (checks.person_name, " Tô Lâm ", "Tô Lâm"),
])
def test_checks_accept_what_is_allowed(check, value, expected):
    assert check("--x", value) == expected


@pytest.mark.parametrize("check, value, says", [
    (checks.day, "yesterday", "YYYY, YYYY-MM or YYYY-MM-DD"), (checks.day, "2024-02-30", "a real date"),
    (checks.day, "2023-02-29", "a real date"), (checks.day, "2024-13", "a real date"), (checks.day, "0000", "real"),
    (checks.event_type, "FOO", "TALKS, CONSULT, VISIT"), (checks.country_code, "XX", "two-letter ISO code"),
    (checks.country_code, "Lào", "ISO code"), (checks.country_pair, "VNLA", "joined by a dash"),
    (checks.country_pair, "VN-XX", "such as VN-LA"), (checks.agreement_status, "maybe", "signed, referenced, drafting"),
    (checks.person_name, "x" * 201, "1 to 200 characters"), (checks.person_name, "  ", "a person's name"),
])
def test_checks_refuse_with_what_is_allowed(check, value, says):
    with pytest.raises(QueryError, match=says) as refused:
        check("--x", value)
    assert str(refused.value).startswith("--x")


def test_checks_since_after_until_is_refused():
    with pytest.raises(QueryError, match="since 2025 is after until 2024-12"):
        checks.event_filter(since="2025", until="2024-12")
    assert checks.event_filter(since="2024-12-01", until="2024-12").since == "2024-12-01"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("checks") / "s.db"
    with Store(path) as store:
        store.add(pipeline.extract(TALKS, html=False, published="2024-01-09"))
    return str(path)


@pytest.mark.parametrize("args, says", [
    (["events", "--since", "yesterday"], "--since 'yesterday': give a real date"),
    (["events", "--since", "2024-02-30"], "--since '2024-02-30'"),
    (["events", "--type", "FOO"], "--type 'FOO': give one of the event types"),
    (["events", "--country", "XX"], "--country 'XX'"),
    (["events", "--pair", "VN-XX"], "--pair 'VN-XX'"),
    (["actors", "--country", "XX"], "--country 'XX'"),
    (["timeline", "--pair", "VNLA"], "--pair 'VNLA'"),
    (["agreements", "--status", "maybe"], "--status 'maybe'"),
    (["figures", "--pair", "VN"], "--pair 'VN'"),
    (["search", "lào", "--limit", "0"], "--limit"),
    (["show", "abcd", "--format", "xml"], "--format"),
    (["extract", "--published", "2024-02-30", "-"], "--published '2024-02-30'"),
])
def test_checks_cli_exits_2_saying_what_is_allowed(db, args, says):
    result = CliRunner().invoke(app, [*args, "--db", db] if args[0] != "extract" else args)
    assert result.exit_code == 2 and says in " ".join(result.output.split()), result.output


def test_checks_cli_actor_wildcards_are_letters(db):
    found = CliRunner().invoke(app, ["events", "--actor", "%", "--db", db, "--format", "json"])
    assert found.exit_code == 0 and found.output.strip() == "[]"
    named = CliRunner().invoke(app, ["events", "--actor", "siphandon", "--db", db, "--format", "json"])
    assert '"TALKS"' in named.output


@pytest.fixture(scope="module")
def client():
    store = Store(":memory:", shared=True)
    store.add(pipeline.extract(TALKS, html=False, published="2024-01-09"))
    with TestClient(create_app(store=store, write_token="s3cret")) as c:
        yield c


@pytest.mark.parametrize("url, params, says", [
    ("/api/events", {"since": "yesterday"}, "since 'yesterday': give a real date"),
    ("/api/events", {"until": "2024-02-30"}, "until '2024-02-30'"),
    ("/api/events", {"type": "FOO"}, "type 'FOO'"),
    ("/api/events", {"country": "XX"}, "country 'XX'"),
    ("/api/events", {"pair": "VN-XX"}, "pair 'VN-XX'"),
    ("/api/events", {"offset": "9223372036854775808"}, "less than or equal to 1000000000"),
    ("/api/events", {"limit": "0"}, "greater than or equal to 1"),
    ("/api/events", {"sources": "99999999999999999999"}, "less than or equal to 10000"),
    ("/api/actors", {"country": "XX"}, "country 'XX'"),
    ("/api/timeline", {"pair": "VNLA"}, "pair 'VNLA'"),
    ("/api/dashboard", {"pair": "VN-ZZ"}, "pair 'VN-ZZ'"),
    ("/api/agreements", {"status": "maybe"}, "status 'maybe'"),
    ("/api/figures", {"pair": "LA"}, "pair 'LA'"),
])
def test_checks_api_answers_422_saying_what_is_allowed(client, url, params, says):
    answer = client.get(url, params=params)
    assert answer.status_code == 422 and says in answer.text, answer.text


def test_checks_api_actor_wildcards_are_letters(client):
    assert client.get("/api/events", params={"actor": "%"}).json() == []
    assert client.get("/api/events", params={"actor": "_"}).json() == []
    assert client.get("/api/events", params={"actor": "siphandon"}).json()
