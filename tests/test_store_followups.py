"""Projects, commitments and targets across documents (store/projects.py, commitments.py, targets.py), on both
backends: one row a project with its stage timeline, commitments said again linked, targets linked to results,
the same whatever the order of ingest, kept up to date by reprocessing."""
from __future__ import annotations

import dataclasses
import itertools
from importlib import resources

import pytest

from bangiao.errors import DataFileError

from bangiao.store import commitments
from bangiao.store.copy import copy_store
from bangiao.store.store import Store
from followup_docs import ROAD, corpus

DERIVED = {"projects": "id, name, kind, stage, stage_date, mentions, documents, first_seen, last_seen, value, unit,"
                       " parties, places",
           "project_pairs": "a, b, project_id", "commitment_links": "earlier, later, relation",
           "commitment_sides": "a, b, key, topic, made", "figure_sides": "a, b, doc_id, n, kind, unit, is_target, period",
           "target_links": "target_doc, target_n, result_doc, result_n"}


def derived(store: Store) -> dict[str, list[tuple]]:
    return {t: sorted(tuple(r) for r in store.db.execute(f"SELECT {c} FROM {t}").fetchall()) for t, c in DERIVED.items()}


@pytest.fixture
def filled(make_store):
    store = make_store()
    for doc in corpus():
        store.add(doc)
    return store


def test_store_followups_a_project_is_one_row_with_its_stage_timeline(filled):
    [road] = filled.projects()
    assert (road["id"], road["kind"], road["stage"], road["stage_date"]) == (ROAD, "road", "inaugurated", "2025-08-20")
    assert (road["mentions"], road["documents"], road["value"], road["unit"]) == (4, 3, 5.2e9, "USD")
    found = filled.project(ROAD)
    steps = [(s["stage"], s["date"], len(s["sources"])) for s in found["timeline"]]
    assert steps == [("studying", "2016-05-10", 1), ("building", "2020-03-12", 1), ("inaugurated", "2025-08-20", 1)]
    source = found["timeline"][1]["sources"][0]
    text = next(d.text for d in corpus() if d.id == source["doc_id"])
    assert text[source["evidence"]["start"]:source["evidence"]["end"]] == source["evidence"]["text"]
    assert found["pairs"] == ["LA-VN"] and filled.project("project:none") is None


@pytest.mark.parametrize("query, expected", [
    ({}, 1), ({"pair": ("VN", "LA")}, 1), ({"pair": ("VN", "KH")}, 0), ({"stage": "inaugurated"}, 1),
    ({"stage": "building"}, 0), ({"kind": "road"}, 1), ({"kind": "port"}, 0), ({"offset": 1}, 0)])
def test_store_followups_projects_filtered(filled, query, expected):
    assert len(filled.projects(**query)) == expected


def test_store_followups_a_commitment_said_again_is_linked_to_the_earlier(filled):
    made = filled.commitments(pair=("LA", "VN"))
    assert [(c["kind"], c["made"]) for c in made] == [("agree", "2016-05-10"), ("target", "2016-05-10"),
                                                       ("agree", "2020-03-12"), ("agree", "2020-03-12")]
    first, again, culture = made[0], *sorted(made[2:], key=lambda c: c["topic"])
    assert first["later"] == [again["key"]] and again["earlier"] == [first["key"]]
    assert culture["earlier"] == culture["later"] == []  # another topic, other words
    follow = filled.follow_up(first["key"])
    assert [c["key"] for c in follow["later"]] == [again["key"]] and follow["earlier"] == []
    reports = follow["projects"][0]["reports"]
    assert {m["stage"] for m in reports} == {"building", "inaugurated", None}


@pytest.mark.parametrize("query, expected", [
    ({"topic": "connectivity"}, 2), ({"kind": "target"}, 1), ({"since": "2017"}, 2), ({"until": "2016"}, 2),
    ({"since": "2020-03", "until": "2020-03-12"}, 2), ({"pair": ("KH", "VN")}, 0), ({"limit": 1}, 1)])
def test_store_followups_commitments_filtered(filled, query, expected):
    assert len(filled.commitments(**query)) == expected


def test_store_followups_a_target_is_linked_to_its_results_with_progress(filled):
    [target] = filled.targets(("VN", "LA"))
    assert (target["kind"], target["value"], target["period"], target["progress"]) == ("trade_turnover", 5e9, "2025",
                                                                                      "reached")
    assert [(r["value"], r["period"]) for r in target["results"]] == [(5.2e9, "2025")]
    key = next(c["key"] for c in filled.commitments(kind="target"))
    assert filled.follow_up(key)["targets"][0]["progress"] == "reached"
    assert filled.targets(("VN", "KH")) == []


def test_store_followups_progress_not_reached_and_open(make_store):
    from followup_docs import document, figure
    store = make_store()
    sentence = "Kim ngạch thương mại Việt Nam – Lào năm 2024 đạt 4 tỷ USD."
    for doc in [document(f"Mục tiêu. {sentence}", "2025-01-02", figures=[figure(sentence, 4e9, "2024")]),
                document("Hai nước đặt mục tiêu 5 tỷ USD năm 2024.", "2023-01-01",
                         figures=[figure("Hai nước đặt mục tiêu 5 tỷ USD năm 2024.", 5e9, "2024", target=True)]),
                document("Hai nước đặt mục tiêu 9 tỷ USD năm 2030.", "2023-01-01",
                         figures=[figure("Hai nước đặt mục tiêu 9 tỷ USD năm 2030.", 9e9, "2030", target=True)])]:
        store.add(doc)
    assert [(t["period"], t["progress"]) for t in store.targets(("LA", "VN"))] == [("2024", "not_reached"),
                                                                                  ("2030", "open")]


def test_store_followups_follow_up_of_a_project_and_of_nothing(filled):
    follow = filled.follow_up(ROAD)
    assert follow["kind"] == "project" and len(follow["reports"]) == 4 and len(follow["commitments"]) == 2
    assert filled.follow_up("project:none") is None and filled.follow_up("nothing-c1") is None


def test_store_followups_the_same_in_any_order(make_store):
    docs = corpus()
    reference = Store(":memory:")
    for doc in docs:
        reference.add(doc)
    for order in itertools.islice(itertools.permutations(docs), 0, None, 5):
        store = make_store()
        for doc in order:
            store.add(doc)
        assert derived(store) == derived(reference)


def test_store_followups_reprocessing_keeps_the_links_up_to_date(filled, make_store):
    docs = corpus()
    before = derived(filled)
    filled.replace_record(dataclasses.replace(docs[1], projects=(), commitments=()))
    assert filled.projects()[0]["mentions"] == 2 and filled.project(ROAD)["timeline"][1]["stage"] == "inaugurated"
    assert all(c["later"] == [] for c in filled.commitments())
    filled.replace_record(dataclasses.replace(docs[2], figures=()))
    assert filled.targets(("VN", "LA"))[0]["progress"] == "open"
    for doc in docs[1:3]:
        filled.replace_record(doc)
    assert derived(filled) == before
    fresh = make_store()
    for doc in docs[:1] + docs[3:]:
        fresh.add(doc)
    filled.replace_record(dataclasses.replace(docs[1], projects=(), commitments=()))
    filled.replace_record(dataclasses.replace(docs[2], projects=(), commitments=(), figures=()))
    assert {k: v for k, v in derived(filled).items()} == derived(fresh)


def test_store_followups_the_migration_fills_figures_links_as_ingest_does(store):
    for doc in corpus():
        store.add(dataclasses.replace(doc, commitments=()))
    expected = derived(store)
    dialect = "postgres/" if hasattr(store.db, "pool") else ""
    sql = resources.files("bangiao.store").joinpath(f"migrations/{dialect}0007_projects_commitments.sql").read_text()
    store.db.execute("DELETE FROM target_links")
    store.db.execute("DELETE FROM figure_sides")
    for statement in sql.split(";\n"):
        if "INSERT INTO" in statement:
            store.db.execute(statement)
    assert derived(store) == expected


def test_store_followups_copied_with_the_store(filled):
    copy = Store(":memory:")
    counts = copy_store(filled, copy)
    assert counts["projects"] == 1 and counts["commitment_links"] == 1 and derived(copy) == derived(filled)


@pytest.mark.parametrize("a, b, linked", [
    ("đẩy nhanh tiến độ xây dựng đường sắt Viêng Chăn", "đẩy nhanh xây dựng đường sắt Viêng Chăn – Vũng Áng", True),
    ("tăng cường giao lưu văn hóa", "tăng cường hợp tác quốc phòng", False),
    ("", "hợp tác quốc phòng", False),
    ("nâng kim ngạch thương mại song phương lên 100 tỷ USD", "nâng kim ngạch thương mại song phương lên 150 tỷ USD",
     False),
    ("nâng kim ngạch thương mại song phương lên 100 tỷ USD", "đưa kim ngạch thương mại song phương đạt 100 tỷ USD",
     True)])
def test_store_followups_key_words_link_the_same_undertaking(a, b, linked):
    assert commitments.linked(commitments.words(a), commitments.words(b)) is linked
    assert commitments.linked(commitments.words(a, ["project:x"]), commitments.words(b, ["project:x"]))


@pytest.mark.parametrize("link", [
    {"stop": ["va"], "min_shared": 0, "min_share": 0.5}, {"stop": ["va"], "min_shared": 2, "min_share": 1.5},
    {"stop": ["va"], "min_shared": "2", "min_share": 0.5}, {"stop": [""], "min_shared": 2, "min_share": 0.5},
    {"min_shared": 2, "min_share": 0.5}])
def test_store_followups_commitment_words_checked_at_load(link):
    assert commitments.rules({"link": {"stop": ["va"], "min_shared": 2, "min_share": 0.5}})[1:] == (2, 0.5)
    with pytest.raises(DataFileError):
        commitments.rules({"link": link})


def test_store_followups_loaded_records_give_the_same_rows(tmp_path, filled):
    """`bangiao load` (records written by `bangiao spark extract`) stores projects and commitments as ingest does."""
    import json

    from bangiao.model import to_dict
    from bangiao.scale import load as loading

    folder = tmp_path / "jsonl"
    folder.mkdir()
    (folder / "part-00000.txt").write_text("\n".join(json.dumps(to_dict(d), ensure_ascii=False) for d in corpus())
                                           + "\n", "utf-8")
    loaded = Store(":memory:")
    assert loading.load(loaded, folder)["new"] == 4
    assert derived(loaded) == derived(filled)
