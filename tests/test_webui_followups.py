"""The pages of projects, commitments and targets, in-process: each answers in both languages, a wrong value is the
page's 400 saying why, an unknown id a 404; the reader marks a project's and a commitment's sentence to jump to."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bangiao.serve.app import create_app
from bangiao.store.store import Store
from followup_docs import ROAD, corpus


@pytest.fixture(scope="module")
def client():
    store = Store(":memory:", shared=True)
    for doc in corpus():
        store.add(doc)
    with TestClient(create_app(store=store)) as c:
        c.key = store.commitments(topic="connectivity")[0]["key"]
        yield c


@pytest.mark.parametrize("path, said", [
    ("/projects", "cao tốc Viêng Chăn – Hà Nội"), ("/projects?stage=&kind=&pair=", "Khánh thành"),
    ("/projects?lang=en", "Inaugurated"), (f"/projects/{ROAD}", "Nghiên cứu"), (f"/projects/{ROAD}?lang=en", "Under study"),
    ("/commitments?pair=VN-LA", "Kết nối giao thông"), ("/commitments?pair=LA-VN&lang=en&topic=connectivity", "Connectivity"),
    ("/commitments", "Việt Nam – Lào"), ("/targets?pair=VN-LA", "Đã đạt"), ("/targets?pair=VN-LA&lang=en", "Reached"),
    ("/?pair=VN-LA", 'id="commitments-link"'), ("/", 'id="projects-link"')])
def test_webui_followups_pages(client, path, said):
    answer = client.get(path)
    assert answer.status_code == 200 and said in answer.text


def test_webui_followups_follow_up_page_and_a_project_redirected(client):
    answer = client.get(f"/follow-up/{client.key}")
    assert answer.status_code == 200 and "2020-03-12" in answer.text
    moved = client.get(f"/follow-up/{ROAD}?lang=en", follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"] == f"/projects/{ROAD}?lang=en"


@pytest.mark.parametrize("path, status, said", [
    ("/projects?stage=finished", 400, "stage"), ("/projects?kind=bridge", 400, "kind"),
    ("/commitments?pair=VN", 400, "pair"), ("/commitments?pair=VN-LA&since=2025&until=2024", 400, "after"),
    ("/targets?pair=XX-YY", 400, "pair"), ("/projects/project:none", 404, "project:none"),
    ("/follow-up/none-c1", 404, "none-c1")])
def test_webui_followups_bad_values_and_unknown_ids(client, path, status, said):
    answer = client.get(path)
    assert answer.status_code == status and said in answer.text


def test_webui_followups_the_reader_marks_projects_and_commitments(client):
    doc = corpus()[1]
    page = client.get(f"/documents/{doc.id}").text
    for item in doc.projects + doc.commitments:
        assert f'id="at-{item.evidence.start}"' in page
    assert f'href="/projects/{ROAD}' in page
