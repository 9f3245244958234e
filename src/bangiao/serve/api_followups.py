"""The JSON API of projects, commitments and targets across articles (the pages' twins: ``serve/followups.py``)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from bangiao.model import COMMITMENT_KINDS, PROJECT_KINDS, STAGES, TOPICS
from bangiao.serve import followups
from bangiao.serve.access import pair_param, reading
from bangiao.serve.api import JSON, MAX_OFFSET, found_or_404
from bangiao.store import checks

router = APIRouter(prefix="/api")
PAIR = "Two country codes: VN-LA."


def _found(value, what: str):
    return found_or_404(value, f"{what} with this id", "take one from /api/projects or /api/commitments")


@router.get("/projects", summary="Named projects across articles, one each, with their latest stage")
def api_projects(request: Request, pair: Annotated[str | None, Query(description=PAIR)] = None,
                 stage: Annotated[str | None, Query(description=f"The latest stage: {', '.join(STAGES)}.")] = None,
                 kind: Annotated[str | None, Query(description=f"One of {', '.join(PROJECT_KINDS)}.")] = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                 offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> JSON:
    """The most recently reported first. A value out of what is allowed is a 422 saying what is."""
    chosen = checks.country_pair("pair", pair)
    stage, kind = checks.one_of("stage", stage, STAGES), checks.one_of("kind", kind, PROJECT_KINDS)
    return JSON(reading(request, followups.projects, chosen, stage, kind, limit, offset))


@router.get("/projects/{project_id}", summary="A project: its stage timeline with sources, reports, commitments")
def api_project(request: Request, project_id: str) -> JSON:
    return JSON(_found(reading(request, followups.project, project_id), "project"))


@router.get("/commitments", summary="Commitments across articles, in the order they were made")
def api_commitments(request: Request, pair: Annotated[str | None, Query(description=PAIR)] = None,
                    topic: Annotated[str | None, Query(description=f"One of {', '.join(TOPICS)}.")] = None,
                    since: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
                    until: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
                    kind: Annotated[str | None, Query(description=f"One of {', '.join(COMMITMENT_KINDS)}.")] = None,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> JSON:
    """Each with ``later`` and ``earlier``: the keys of the same undertaking told in other articles."""
    chosen = checks.country_pair("pair", pair)
    topic, kind = checks.one_of("topic", topic, TOPICS), checks.one_of("kind", kind, COMMITMENT_KINDS)
    since, until = checks.period("", since, until)
    return JSON(reading(request, lambda s: s.commitments(chosen, topic, since, until, kind, limit, offset)))


@router.get("/commitments/{key}/follow-up", summary="Everything reported after a commitment")
def api_commitment_follow_up(request: Request, key: str) -> JSON:
    """The same undertaking said again (and before), its projects' reports since, its target's results."""
    return JSON(_found(reading(request, followups.follow_up, key), "commitment"))


@router.get("/follow-up/{thing}", summary="Everything reported later about a commitment (its key) or a project")
def api_follow_up(request: Request, thing: str) -> JSON:
    return JSON(_found(reading(request, followups.follow_up, thing), "commitment or project"))


@router.get("/targets", summary="A pair's targets with the results reported for them and their progress")
def api_targets(request: Request, pair: Annotated[tuple[str, str], Depends(pair_param)]) -> JSON:
    """Progress: reached (a result at least the target), not_reached (the whole period's result below it), open."""
    return JSON(reading(request, lambda s: s.targets(pair)))
