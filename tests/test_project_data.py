"""The project stage's data files: data/kb/projects.toml (the knowledge base's projects) and data/projects.toml (heads,
stage words, wrappers, plan and value words), each validated at load with errors that name the file and the entry."""
import copy

import pytest

from bangiao import datafiles
from bangiao.errors import DataFileError
from bangiao.extract.dating import Dating
from bangiao.extract.kb import knowledge_base
from bangiao.extract.project_data import (KB_FILE, WORDS_FILE, dash_forms, kb_projects, read_projects, read_words,
                                          vocabulary)
from bangiao.extract.projects import find_projects
from bangiao.model import PROJECT_KINDS, STAGES

NO_DATE = Dating(published=None, reference=None, expressions=())


def test_project_data_kb_loads_with_its_projects():
    projects = kb_projects()
    assert 40 <= len(projects) <= 80
    assert {p.kind for p in projects.values()} <= set(PROJECT_KINDS)
    assert {"project:cao-toc-vieng-chan-ha-noi", "project:nha-quoc-hoi-lao", "project:duong-sat-vieng-chan-vung-ang",
            "project:duong-sat-lao-cai-ha-noi-hai-phong", "project:metro-ben-thanh-suoi-tien", "project:vsip"} <= set(projects)
    house = projects["project:nha-quoc-hoi-lao"]
    assert house.parties == ("VN", "LA") and house.facts["started"] == "2017" and house.facts["completed"] == "2021"
    assert house.venue == "place:nha-quoc-hoi-lao"


def test_project_data_kb_places_and_parties_are_known():
    kb = knowledge_base()
    for p in kb_projects().values():
        assert all(kb.country(code) for code in p.parties), p.id
        assert all(kb.entities[place].type == "PLACE" for place in p.places), p.id


def _variants():
    return [(p.id, form) for p in kb_projects().values() for v in (p.name, *p.variants) for form in dash_forms(v)[:2]]


@pytest.mark.parametrize("pid, form", _variants())
def test_project_data_every_variant_resolves_to_its_id(pid, form):
    text = f"Hai bên dự lễ khánh thành công trình {form}."
    found = find_projects(text, (), NO_DATE)
    assert [p.id for p in found] == [pid]
    assert found[0].name == kb_projects()[pid].name


@pytest.mark.parametrize("text, forms", [
    ("Viêng Chăn – Hà Nội", {"Viêng Chăn – Hà Nội", "Viêng Chăn - Hà Nội", "Viêng Chăn-Hà Nội", "Viêng Chăn–Hà Nội",
                             "Viêng Chăn — Hà Nội"}),
    ("Nhà Quốc hội Lào", {"Nhà Quốc hội Lào"}),
])
def test_project_data_dash_forms(text, forms):
    assert set(dash_forms(text)) == forms


def test_project_data_words_load():
    words = vocabulary()
    assert words.heads["đường cao tốc"] == "road" and words.heads["nhà máy thủy điện"] == "energy"
    assert words.stages["khởi công"] == "building" and words.stages["bàn giao"] == "inaugurated"
    assert words.stages["vướng mắc"] == "delayed" and words.stages["tạm dừng"] == "stalled"
    assert set(words.order) == set(STAGES)
    assert "bệnh viện" in words.cue_heads and "đường cao tốc" not in words.cue_heads


def _kb_data():
    return copy.deepcopy(datafiles.load(KB_FILE, "projects"))


def _first(data, **change):
    data["project"][0].update(change)
    return data


@pytest.mark.parametrize("mutate, message", [
    (lambda d: _first(d, id="cao-toc"), "bad id"),
    (lambda d: _first(d, id="project:Cao Toc"), "bad id"),
    (lambda d: _first(d, id=d["project"][1]["id"]), "duplicate id"),
    (lambda d: _first(d, name=" "), "empty name"),
    (lambda d: _first(d, kind="bridge"), "kind 'bridge' is not one of"),
    (lambda d: _first(d, parties=["XX"]), "party 'XX' is no country"),
    (lambda d: _first(d, parties="VN"), "parties must be a list"),
    (lambda d: _first(d, places=["place:atlantis"]), "'place:atlantis' is no place"),
    (lambda d: _first(d, places=["country:LA"]), "'country:LA' is no place"),
    (lambda d: _first(d, venue="place:nowhere"), "'place:nowhere' is no place"),
    (lambda d: _first(d, started="2017-13"), "impossible date"),
    (lambda d: _first(d, completed="sometime"), "is not YYYY"),
    (lambda d: _first(d, value=5), "value and unit go together"),
    (lambda d: _first(d, value=-5, unit="USD"), "value must be a positive number"),
    (lambda d: _first(d, colour="red"), "unknown keys"),
    (lambda d: _first(d, cue="yes"), "cue must be true or false"),
    (lambda d: _first(d, variants=[d["project"][1]["name"]]), "also names"),
])
def test_project_data_broken_kb_raises_an_error_naming_the_entry(mutate, message):
    data = mutate(_kb_data())
    with pytest.raises(DataFileError, match=message) as info:
        read_projects(KB_FILE, data)
    assert KB_FILE in str(info.value)


def _words_data():
    return copy.deepcopy(datafiles.load(WORDS_FILE, "project_words"))


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["heads"].update(bridge=["cầu"]), "unknown kinds"),
    (lambda d: d.pop("heads"), "missing \\[heads\\]"),
    (lambda d: d["stages"].update(order=["building"]), "order must list every stage"),
    (lambda d: d["stages"].update(building="khởi công"), "building must be a list"),
    (lambda d: d["stages"].pop("delayed"), "delayed must be a list"),
    (lambda d: d["cue"].update(heads=["cầu treo"]), "are no \\[heads\\]"),
    (lambda d: d["cue"].update(kinds=["bridge"]), "\\[cue\\] unknown kinds"),
    (lambda d: d["planned"].update(window=0), "window must be a positive integer"),
    (lambda d: d["reach"].pop("forward"), "forward must be a positive integer"),
    (lambda d: d["wrappers"].update(words=[""]), "words must be a list of non-empty strings"),
    (lambda d: d["anaphora"].update(reach="far"), "reach must be a positive integer"),
    (lambda d: d["stages"].update(ongoing=["đang bay"]), "are no stage words"),
    (lambda d: d["anaphora"].pop("plural"), "plural must be a list"),
    (lambda d: d["ids"].update({"cầu treo": "cầu"}), "\\[ids\\]: \\['cầu treo'\\] are no \\[heads\\]"),
    (lambda d: d["ids"].update({"cầu": 5}), "\\[ids\\] values must be strings"),
    (lambda d: d.pop("ids"), "missing \\[ids\\]"),
    (lambda d: d["names"].update(quoted_only=["dự án xanh"]), "quoted_only: \\['dự án xanh'\\] are no"),
    (lambda d: d["names"].update(described_only="tòa nhà"), "described_only must be a list"),
    (lambda d: d["names"].pop("many"), "many must be a list"),
    (lambda d: d["anaphora"].pop("topic_reach"), "topic_reach must be a positive integer"),
    (lambda d: d["anaphora"].update(topic=[]), None),
    (lambda d: d.pop("listing"), "missing \\[listing\\]"),
    (lambda d: d["planned"].pop("purpose"), "purpose must be a list"),
    (lambda d: d.pop("dates"), "missing \\[dates\\]"),
    (lambda d: d.pop("routes"), "missing \\[routes\\]"),
    (lambda d: d["routes"].update(heads=["tuyến đường bay"]), "\\[routes\\] heads: \\['tuyến đường bay'\\] are no"),
    (lambda d: d["routes"].update(heads=["bến cảng"]), "heads of road or rail"),
    (lambda d: d["routes"].update(links=[""]), "links must be a list of non-empty strings"),
    (lambda d: d["routes"].update(window=0), "window must be a positive integer"),
    (lambda d: d["routes"].pop("most"), "most must be a positive integer"),
])
def test_project_data_broken_words_raise_an_error_naming_the_part(mutate, message):
    data = _words_data()
    mutate(data)
    if message is None:  # an empty list: allowed, matches nothing
        read_words(WORDS_FILE, data)
        return
    with pytest.raises(DataFileError, match=message) as info:
        read_words(WORDS_FILE, data)
    assert WORDS_FILE in str(info.value)


def test_project_data_id_heads_are_heads_and_give_the_knowledge_base_style():
    words = read_words(WORDS_FILE, _words_data())
    assert set(words.id_heads) <= set(words.heads)
    assert words.id_heads["tuyến đường sắt"] == "đường sắt" and words.id_heads["nhà máy thủy điện"] == "thủy điện"
    assert words.id_heads["dự án"] == "" and "bệnh viện" not in words.id_heads


def test_project_data_kb_forms_name_their_project_in_every_dash_spelling():
    from bangiao.extract.project_data import kb_forms
    forms = kb_forms()
    assert forms["cặp cửa khẩu tân nam - meun chey"] == "project:cap-cua-khau-tan-nam-meun-chey"
    assert forms["bến số 1 và 2 cảng vũng áng"] == "project:cang-vung-ang-ben-1-2-3"
