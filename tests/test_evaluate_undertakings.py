"""evaluate_undertakings: projects and commitments scored against gold files that carry them."""
import pytest

from bangiao.evaluate import Case
from bangiao.evaluate_undertakings import evaluate_commitments, evaluate_projects, lines, name_key, overlap
from bangiao.model import Commitment, Date, Document, Entity, Project, Span

TEXT = ("Hai bên nhất trí đẩy nhanh tiến độ tuyến cao tốc Viêng Chăn – Hà Nội và tăng cường hợp tác giáo dục. "
        "Phía Việt Nam đề nghị phía Lào tạo thuận lợi cho doanh nghiệp.")
VN = Entity("country:VN", "COUNTRY", "Việt Nam")
LA = Entity("country:LA", "COUNTRY", "Lào")


def span(part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(part, start + 1)
    return Span(start, start + len(part), part)


def doc(projects=(), commitments=()) -> Document:
    return Document(id="d", text=TEXT, entities=(VN, LA), projects=tuple(projects), commitments=tuple(commitments))


ROAD = Project("project:cao-toc", "cao tốc Viêng Chăn – Hà Nội", "road", span("tuyến cao tốc Viêng Chăn – Hà Nội"),
               stage="building", date=Date("2024-01-06", "day"))
GOLD_ROAD = {"name": "Đường cao tốc Viêng Chăn – Hà Nội", "kind": "road", "stage": "building", "date": "2024-01"}


@pytest.mark.parametrize("gold, tp, fp, fn", [
    ([GOLD_ROAD], 1, 0, 0),
    ([{**GOLD_ROAD, "kind": "rail"}], 0, 1, 1),  # the kind counts
    ([{**GOLD_ROAD, "name": "Nhà Quốc hội Lào", "kind": "road"}], 0, 1, 1),  # another project
    ([], 0, 1, 0),
])
def test_evaluate_undertakings_projects_by_name_and_kind(gold, tp, fp, fn):
    found = evaluate_projects([Case("a", doc([ROAD]), {"projects": gold})]).found
    assert (found.tp, found.fp, found.fn) == (tp, fp, fn)


def test_evaluate_undertakings_projects_stage_and_date_of_those_found():
    scores = evaluate_projects([Case("a", doc([ROAD]), {"projects": [{**GOLD_ROAD, "stage": "delayed"}]})])
    assert (scores.stage.right, scores.stage.total, scores.date.right) == (0, 1, 1)


def test_evaluate_undertakings_projects_name_from_the_knowledge_base():
    gold = {"projects": [{**GOLD_ROAD, "name": "tuyến cao tốc Lào – Việt Nam"}]}
    assert evaluate_projects([Case("a", doc([ROAD]), gold)]).found.tp == 0
    assert name_key("Tuyến cao tốc Lào–Việt Nam") == name_key("tuyến cao tốc Lào - Việt Nam") == "tuyen cao toc lao viet nam"
    aliases = lambda pid: frozenset({"tuyen cao toc lao viet nam"}) if pid == ROAD.id else frozenset()
    assert evaluate_projects([Case("a", doc([ROAD]), gold)], aliases).found.tp == 1


def test_evaluate_undertakings_kb_aliases_are_the_projects_file_names():
    from bangiao.extract.project_data import kb_projects
    from bangiao.evaluate_undertakings import kb_aliases

    known = next(iter(kb_projects().values()))
    assert name_key(known.name) in kb_aliases(known.id)
    assert all(name_key(v) in kb_aliases(known.id) for v in known.variants)
    assert kb_aliases("project:not-in-the-kb") == frozenset()


def test_evaluate_undertakings_files_without_the_key_are_not_scored():
    scores = evaluate_projects([Case("a", doc([ROAD]), {"events": []})])
    assert (scores.found.tp, scores.found.fp, scores.found.fn) == (0, 0, 0)
    assert lines([Case("a", doc([ROAD]), {"events": []})]) == []


AGREE = "đẩy nhanh tiến độ tuyến cao tốc Viêng Chăn – Hà Nội"
GOLD_AGREE = {"kind": "agree", "by": ["Việt Nam", "Lào"], "of": [], "what": AGREE, "topic": "connectivity",
              "deadline": None, "evidence": "Hai bên nhất trí"}


def commitment(what: str, kind: str = "agree", by=("country:VN", "country:LA"), of=(), deadline=None) -> Commitment:
    return Commitment("c1", kind, span(what), span(TEXT.split(". ")[0]), "030", "connectivity", tuple(by), tuple(of),
                      deadline=deadline)


@pytest.mark.parametrize("what, kind, tp", [
    (AGREE, "agree", 1),
    (AGREE + " và", "agree", 1),  # ≥ 0.8 of the longer
    ("đẩy nhanh tiến độ", "agree", 0),  # too short a part
    (AGREE, "commit", 0),  # the kind counts
])
def test_evaluate_undertakings_commitments_by_kind_and_clause_overlap(what, kind, tp):
    found = evaluate_commitments([Case("a", doc(commitments=[commitment(what, kind)]),
                                       {"commitments": [GOLD_AGREE]})]).found
    assert found.tp == tp and found.fn == 1 - tp


@pytest.mark.parametrize("by, of, right", [
    (("country:VN", "country:LA"), (), 1),
    (("country:VN",), (), 0),
    (("country:VN", "country:LA"), ("country:LA",), 0),
])
def test_evaluate_undertakings_commitments_parties(by, of, right):
    scores = evaluate_commitments([Case("a", doc(commitments=[commitment(AGREE, by=by, of=of)]),
                                        {"commitments": [GOLD_AGREE]})])
    assert scores.parties.right == right and scores.parties.total == 1


def test_evaluate_undertakings_commitments_deadline_null_is_a_value():
    late = commitment(AGREE, deadline=Date("2025", "year"))
    scores = evaluate_commitments([Case("a", doc(commitments=[late]), {"commitments": [GOLD_AGREE]})])
    assert (scores.deadline.right, scores.deadline.total) == (0, 1)
    scores = evaluate_commitments([Case("a", doc(commitments=[late]),
                                        {"commitments": [{**GOLD_AGREE, "deadline": "2025"}]})])
    assert scores.deadline.right == 1


def test_evaluate_undertakings_overlap_over_the_longer_range():
    assert overlap((0, 10), (5, 15)) == 0.5 and overlap((0, 10), (0, 10)) == 1.0 and overlap((0, 4), (6, 9)) == 0


def test_evaluate_undertakings_lines_print_both():
    case = Case("a", doc([ROAD], [commitment(AGREE)]), {"projects": [GOLD_ROAD], "commitments": [GOLD_AGREE]})
    out = lines([case])
    assert out[0].startswith("projects") and "F1 1.000" in out[0] and "stage right 1.000 (1/1)" in out[0]
    assert out[1].startswith("commitments") and "F1 1.000" in out[1] and "parties right 1.000 (1/1)" in out[1]
