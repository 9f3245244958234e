"""The pages of projects, commitments and targets across articles: the projects list, a project (its stage timeline
with each source linking to the reader at its sentence, a point on a grid of longitude and latitude), a pair's
commitments by meeting and topic, what followed a commitment, a pair's targets against their results (SVG chart and
data table). Their data is ``serve/followups.py``'s, as the JSON API's is.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from bangiao.errors import QueryError
from bangiao.model import COMMITMENT_KINDS, PROJECT_KINDS, STAGES, TOPICS
from bangiao.serve import followups, language
from bangiao.serve.access import reading
from bangiao.store import checks



def _given(request: Request, name: str) -> str | None:
    """A query parameter, None when absent or left empty (a form's "all")."""
    value = request.query_params.get(name, "").strip()
    return value or None


def _checked(check, *args):
    """A value checked as the API checks it; a wrong one is the page's 400 (webui.BadParameter), saying why."""
    from bangiao.serve.webui import BadParameter

    try:
        return check(*args)
    except QueryError as exc:
        raise BadParameter(str(exc)) from None


def _found(value, what: str):
    if value is None:
        raise StarletteHTTPException(404, what)
    return value


def mount(app: FastAPI, pages) -> None:
    """Add the pages to the app (``pages``: webui.Pages, which renders in the reader's language)."""

    @app.get("/projects", response_class=HTMLResponse, include_in_schema=False)
    def projects_page(request: Request) -> HTMLResponse:
        pair = _checked(checks.country_pair, "pair", _given(request, "pair"))
        stage = _checked(checks.one_of, "stage", _given(request, "stage"), STAGES)
        kind = _checked(checks.one_of, "kind", _given(request, "kind"), PROJECT_KINDS)
        data = reading(request, followups.projects, pair, stage, kind, 500)
        chosen = {"pair": "-".join(pair) if pair else None, "stage": stage, "kind": kind}
        return pages.render(request, "projects.html", d=data, chosen=chosen, stages=STAGES, kinds=PROJECT_KINDS)

    @app.get("/projects/{project_id}", response_class=HTMLResponse, include_in_schema=False)
    def project_page(request: Request, project_id: str) -> HTMLResponse:
        return pages.render(request, "project.html", p=_found(reading(request, followups.project, project_id),
                                                               project_id))

    @app.get("/commitments", response_class=HTMLResponse, include_in_schema=False)
    def commitments_page(request: Request) -> HTMLResponse:
        pair = _checked(checks.country_pair, "pair", _given(request, "pair") or language.default_pair())
        topic = _checked(checks.one_of, "topic", _given(request, "topic"), TOPICS)
        kind = _checked(checks.one_of, "kind", _given(request, "kind"), COMMITMENT_KINDS)
        since, until = _checked(checks.period, "", _given(request, "since"), _given(request, "until"))
        data = reading(request, followups.commitments, pair, topic, since, until, kind)
        chosen = {"topic": topic, "kind": kind, "since": since, "until": until}
        return pages.render(request, "commitments.html", d=data, chosen=chosen, topics=TOPICS, kinds=COMMITMENT_KINDS)

    @app.get("/follow-up/{thing}", response_class=HTMLResponse, include_in_schema=False)
    def follow_up_page(request: Request, thing: str):
        if thing.startswith("project:"):
            suffix = "?lang=en" if request.query_params.get("lang") == "en" else ""
            return RedirectResponse(f"/projects/{thing}{suffix}", status_code=303)
        return pages.render(request, "follow_up.html", f=_found(reading(request, followups.follow_up, thing), thing))

    @app.get("/targets", response_class=HTMLResponse, include_in_schema=False)
    def targets_page(request: Request) -> HTMLResponse:
        pair = _checked(checks.country_pair, "pair", _given(request, "pair") or language.default_pair())
        lang = language.language(request.query_params.get("lang"))
        return pages.render(request, "targets.html", d=reading(request, followups.targets, pair, lang))
