"""`bangiao projects`, `bangiao commitments` and `bangiao follow-up` over a store of hand-made documents."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bangiao.cli import app
from bangiao.store.store import Store
from followup_docs import ROAD, corpus

runner = CliRunner()


def _flat(text: str) -> str:
    """A rich table's text with its borders and wrapping taken out (cells fold at 80 columns)."""
    return "".join(c for c in text if c.isalnum() or c in ":-")


@pytest.fixture
def db(tmp_path) -> str:
    path = tmp_path / "s.db"
    with Store(path) as store:
        for doc in corpus():
            store.add(doc)
    return str(path)


def _json(db: str, *args: str):
    result = runner.invoke(app, [*args, "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_cli_followups_projects_table_and_filters(db):
    result = runner.invoke(app, ["projects", "--db", db])
    assert result.exit_code == 0 and "inaugura" in _flat(result.stdout) and "road" in result.stdout
    assert [p["id"] for p in _json(db, "projects", "--pair", "LA-VN", "--stage", "INAUGURATED")] == [ROAD]
    assert _json(db, "projects", "--kind", "port") == []


def test_cli_followups_commitments_and_their_follow_up(db):
    made = _json(db, "commitments", "--pair", "VN-LA", "--topic", "connectivity", "--since", "2016", "--until", "2020")
    assert [c["again"] for c in made] == [1, 0] and made[0]["by_whom"] == "Việt Nam, Lào"
    result = runner.invoke(app, ["follow-up", made[0]["key"], "--db", db])
    assert result.exit_code == 0, result.output
    assert "said again later" in result.stdout and "inaugurated" in _flat(result.stdout)
    target = _json(db, "commitments", "--kind", "target")[0]
    assert _json(db, "follow-up", target["key"])["targets"][0]["progress"] == "reached"


def test_cli_followups_follow_up_of_a_project(db):
    result = runner.invoke(app, ["follow-up", ROAD, "--db", db])
    assert result.exit_code == 0 and "stagetimeline" in _flat(result.stdout) and "2025-08-20" in _flat(result.stdout)
    assert _json(db, "follow-up", ROAD)["project"]["stage"] == "inaugurated"


@pytest.mark.parametrize("args, said", [
    (["projects", "--stage", "finished"], "--stage 'finished'"), (["projects", "--kind", "bridge"], "--kind"),
    (["projects", "--pair", "VN"], "--pair"), (["commitments", "--topic", "trade"], "--topic"),
    (["commitments", "--kind", "promise"], "--kind"), (["commitments", "--since", "2024-13"], "--since"),
    (["commitments", "--since", "2025", "--until", "2024"], "is after"), (["projects", "--limit", "0"], "limit")])
def test_cli_followups_bad_values_exit_2_with_one_message(db, args, said):
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2 and said in result.output


@pytest.mark.parametrize("command", [["projects"], ["commitments"], ["follow-up", ROAD]])
def test_cli_followups_a_missing_store_exits_2(tmp_path, command):
    result = runner.invoke(app, [*command, "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no bangiao store" in result.output


def test_cli_followups_an_unknown_id_exits_1(db):
    result = runner.invoke(app, ["follow-up", "project:none", "--db", db])
    assert result.exit_code == 1 and "no commitment or project" in result.output
