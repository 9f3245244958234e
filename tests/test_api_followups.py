"""The API of projects, commitments and targets, in-process over both backends."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bangiao.serve.app import create_app
from conftest import BACKENDS, store_opener
from followup_docs import ROAD, corpus


@pytest.fixture(scope="module", params=BACKENDS)
def client(request):
    store = store_opener(request.param, request)()
    for doc in corpus():
        store.add(doc)
    with TestClient(create_app(store=store)) as c:
        yield c
    store.close()


def test_api_followups_projects_and_one_project(client):
    found = client.get("/api/projects", params={"pair": "VN-LA", "stage": "inaugurated", "kind": "road"}).json()
    assert [p["id"] for p in found["projects"]] == [ROAD]
    project = client.get(f"/api/projects/{ROAD}").json()
    assert [s["stage"] for s in project["timeline"]] == ["studying", "building", "inaugurated"]
    assert project["point"]["place"] == "place:vientiane" and len(project["commitments"]) == 2
    assert client.get("/api/projects/project:none").status_code == 404


def test_api_followups_commitments_and_follow_up(client):
    made = client.get("/api/commitments", params={"pair": "LA-VN", "topic": "connectivity"}).json()
    assert [len(c["later"]) for c in made] == [1, 0]
    follow = client.get(f"/api/commitments/{made[0]['key']}/follow-up").json()
    assert [c["key"] for c in follow["later"]] == [made[1]["key"]]
    assert client.get(f"/api/follow-up/{ROAD}").json()["kind"] == "project"
    assert client.get("/api/commitments/nothing-c1/follow-up").status_code == 404


def test_api_followups_targets(client):
    [target] = client.get("/api/targets", params={"pair": "VN-LA"}).json()
    assert (target["progress"], target["results"][0]["value"]) == ("reached", 5.2e9)


@pytest.mark.parametrize("path, params", [
    ("/api/projects", {"stage": "done"}), ("/api/projects", {"kind": "bridge"}), ("/api/projects", {"pair": "VN"}),
    ("/api/projects", {"limit": 0}), ("/api/commitments", {"topic": "trade"}), ("/api/commitments", {"kind": "x"}),
    ("/api/commitments", {"since": "2024-02-30"}), ("/api/commitments", {"since": "2025", "until": "2024"}),
    ("/api/targets", {}), ("/api/targets", {"pair": "VN-XX"})])
def test_api_followups_bad_values_are_422(client, path, params):
    answer = client.get(path, params=params)
    assert answer.status_code == 422 and answer.json()["detail"]


def test_api_followups_in_the_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/projects", "/api/projects/{project_id}", "/api/commitments", "/api/commitments/{key}/follow-up",
            "/api/follow-up/{thing}", "/api/targets"} <= set(paths)
