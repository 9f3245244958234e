"""The evaluation of projects and commitments (issue 15) against the gold files that carry them.

A gold file is scored here only when it has the key (``projects`` / ``commitments``): an empty list says the
article has none, a missing key says it was not annotated. Rules (also in ``tests/dev/README.md``):

- a project is right when its name is the gold's (folded, one inside the other or mostly the same words, or a
  name the knowledge base gives the same project) and its kind is the gold's; the stage (and the date) of the
  projects found are then scored against their gold project's, null being a value;
- a commitment is right when its kind is the gold's and its ``what`` overlaps the gold's clause by ≥ 0.8 (the
  characters both cover, over the longer of the two); the parties (``by`` and ``of`` as sets of names), the
  deadline and the topic of the commitments found are then scored against their gold commitment's.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bangiao.evaluate import Accuracy, Case, Counts, _key, _match, _names, _same_name, same_date
from bangiao.extract.project_data import kb_projects
from bangiao.model import Commitment, Document, Project

OVERLAP = 0.8

Aliases = Callable[[str], frozenset[str]]  # a project id → its names in the knowledge base, as ``name_key`` gives them
_DASHES = re.compile(r"[‐-―-]")


def name_key(name: str) -> str:
    """A project name folded for comparison: case, diacritics and the kind of dash set aside."""
    return _key(_DASHES.sub(" ", name))


@dataclass
class ProjectScores:
    found: Counts
    stage: Accuracy
    date: Accuracy


@dataclass
class CommitmentScores:
    found: Counts
    parties: Accuracy
    deadline: Accuracy
    topic: Accuracy


def _no_aliases(_: str) -> frozenset[str]:
    return frozenset()


def kb_aliases(project_id: str) -> frozenset[str]:
    """The names the knowledge base's projects file gives the project (its name and variants), folded."""
    known = kb_projects().get(project_id)
    return frozenset(name_key(n) for n in (known.name, *known.variants)) if known else frozenset()


def _same_project(project: Project, gold: dict, aliases: Aliases) -> bool:
    named = _same_name(project.name, gold["name"]) or name_key(gold["name"]) in aliases(project.id)
    return named and project.kind == gold.get("kind")


def evaluate_projects(cases: list[Case], aliases: Aliases = _no_aliases) -> ProjectScores:
    """Projects found by name and kind in the annotated articles; the stage and date of those found."""
    scores = ProjectScores(Counts(), Accuracy(), Accuracy())
    for case in (c for c in cases if "projects" in c.gold):
        pairs = _match(case.name, list(case.document.projects), case.gold["projects"],
                       lambda p, g: _same_project(p, g, aliases),
                       lambda p: f"project '{p.name[:60]}' {p.kind} {p.stage}",
                       lambda g: f"project '{g['name'][:60]}' {g.get('kind')} {g.get('stage')}", scores.found)
        for p, g in pairs:
            scores.stage.add(p.stage == g.get("stage"), False,
                             f"{case.name}: stage of '{p.name[:50]}' {p.stage} (gold {g.get('stage')})")
            value = p.date.value if p.date else None
            scores.date.add(same_date(value, g.get("date")), False,
                            f"{case.name}: date of '{p.name[:50]}' {value} (gold {g.get('date')})")
    return scores


def _gold_range(text: str, gold: dict) -> tuple[int, int] | None:
    """Where the gold clause stands in the cleaned text: inside its evidence sentence where that is found."""
    what = gold.get("what") or ""
    if not what:
        return None
    evidence = gold.get("evidence") or ""
    around = text.find(evidence) if evidence else -1
    start = text.find(what, max(0, around - len(what))) if around >= 0 else -1
    start = start if start >= 0 else text.find(what)
    return (start, start + len(what)) if start >= 0 else None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """The characters two ranges both cover, over the longer of the two."""
    common = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, common) / max(a[1] - a[0], b[1] - b[0], 1)


def _same_commitment(c: Commitment, gold: dict, text: str) -> bool:
    where = _gold_range(text, gold)
    return c.kind == gold.get("kind") and where is not None and overlap((c.what.start, c.what.end), where) >= OVERLAP


def _parties_right(doc: Document, c: Commitment, gold: dict) -> bool:
    return (_names(doc, c.by) == {_key(n) for n in gold.get("by", [])}
            and _names(doc, c.of) == {_key(n) for n in gold.get("of", [])})


def evaluate_commitments(cases: list[Case]) -> CommitmentScores:
    """Commitments found by kind and clause in the annotated articles; parties, deadline and topic of those found."""
    scores = CommitmentScores(Counts(), Accuracy(), Accuracy(), Accuracy())
    for case in (c for c in cases if "commitments" in c.gold):
        doc = case.document
        pairs = _match(case.name, list(doc.commitments), case.gold["commitments"],
                       lambda c, g: _same_commitment(c, g, doc.text),
                       lambda c: f"commitment {c.kind} {sorted(_names(doc, c.by))} '{c.what.text[:60]}'",
                       lambda g: f"commitment {g.get('kind')} {g.get('by')} '{(g.get('what') or '')[:60]}'",
                       scores.found)
        for c, g in pairs:
            scores.parties.add(_parties_right(doc, c, g), False,
                               f"{case.name}: parties of '{c.what.text[:40]}' by {sorted(_names(doc, c.by))} of "
                               f"{sorted(_names(doc, c.of))} (gold by {g.get('by')} of {g.get('of')})")
            value = c.deadline.value if c.deadline else None
            scores.deadline.add(same_date(value, g.get("deadline")), False,
                                f"{case.name}: deadline of '{c.what.text[:40]}' {value} (gold {g.get('deadline')})")
            scores.topic.add(c.topic == g.get("topic"), False,
                             f"{case.name}: topic of '{c.what.text[:40]}' {c.topic} (gold {g.get('topic')})")
    return scores


def _rate(a: Accuracy) -> str:
    return f"{a.value:.3f} ({a.right}/{a.total})"


def lines(cases: list[Case], aliases: Aliases = kb_aliases, errors: bool = False) -> list[str]:
    """What ``bangiao eval`` prints for projects and commitments (nothing when no gold file carries them)."""
    annotated = [c for c in cases if "projects" in c.gold or "commitments" in c.gold]
    if not annotated:
        return []
    p, c = evaluate_projects(cases, aliases), evaluate_commitments(cases)
    out = [f"projects (name + kind, {sum('projects' in x.gold for x in cases)} articles)  P {p.found.precision:.3f}  "
           f"R {p.found.recall:.3f}  F1 {p.found.f1:.3f}; stage right {_rate(p.stage)}, date right {_rate(p.date)}",
           f"commitments (kind + clause ≥ {OVERLAP}, {sum('commitments' in x.gold for x in cases)} articles)  "
           f"P {c.found.precision:.3f}  R {c.found.recall:.3f}  F1 {c.found.f1:.3f}; parties right {_rate(c.parties)}, "
           f"deadline right {_rate(c.deadline)}, topic right {_rate(c.topic)}"]
    if errors:
        for e in p.found.errors + p.stage.errors + p.date.errors + c.found.errors + c.parties.errors + c.deadline.errors:
            out.append(f"  {e}")
    return out
