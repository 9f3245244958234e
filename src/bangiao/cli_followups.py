"""The commands about undertakings across documents: ``bangiao projects``, ``bangiao commitments`` and ``bangiao
follow-up ID`` (everything reported later about a commitment or a project). Registered on ``cli.app`` when
``bangiao.cli`` is imported; they share its options, its store opening and its output formats.
"""
from __future__ import annotations

import json
import sys
from functools import partial
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from bangiao.cli import DbOption, FormatOption, Output, _asking, _checked, _emit, _pair, _store, app, err, out
from bangiao.model import COMMITMENT_KINDS, PROJECT_KINDS, STAGES, TOPICS
from bangiao.store import checks

Limit = Annotated[int, typer.Option(min=1, max=10000, help="How many rows at most.")]


def _evidence(item: dict, width: int = 100) -> str:
    text = (item.get("evidence") or {}).get("text", "")
    return text if len(text) <= width else text[:width - 1] + "…"


@app.command("projects")
def projects_cmd(db: DbOption = None, pair: Annotated[Optional[str], typer.Option(help="Two country codes.")] = None,
                 stage: Annotated[Optional[str], typer.Option(help=f"The latest stage: {', '.join(STAGES)}")] = None,
                 kind: Annotated[Optional[str], typer.Option(help=f"{', '.join(PROJECT_KINDS)}")] = None,
                 limit: Limit = 100, format: FormatOption = Output.table) -> None:
    """Named projects across the stored articles: one row each, with its latest stage and how often it is reported."""
    chosen = _pair(pair)
    stage = _checked(partial(checks.one_of, allowed=STAGES), "--stage", stage)
    kind = _checked(partial(checks.one_of, allowed=PROJECT_KINDS), "--kind", kind)
    with _store(db) as store:
        rows = store.projects(chosen, stage, kind, limit)
    _emit(rows, format, ["id", "name", "kind", "stage", "stage_date", "mentions", "last_seen"], "projects")


@app.command("commitments")
def commitments_cmd(db: DbOption = None, pair: Annotated[Optional[str], typer.Option(help="Two country codes.")] = None,
                    topic: Annotated[Optional[str], typer.Option(help=f"{', '.join(TOPICS)}")] = None,
                    since: Annotated[Optional[str], typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
                    until: Annotated[Optional[str], typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
                    kind: Annotated[Optional[str], typer.Option(help=f"{', '.join(COMMITMENT_KINDS)}")] = None,
                    limit: Limit = 100, format: FormatOption = Output.table) -> None:
    """What the sides undertook, in the order it was made; `again` counts the later articles telling it again
    (`bangiao follow-up KEY` shows them)."""
    chosen = _pair(pair)
    topic = _checked(partial(checks.one_of, allowed=TOPICS), "--topic", topic)
    kind = _checked(partial(checks.one_of, allowed=COMMITMENT_KINDS), "--kind", kind)
    with _asking():
        since, until = checks.period("--", since, until)
    with _store(db) as store:
        rows = store.commitments(chosen, topic, since, until, kind, limit)
        names = store.entity_names({p for r in rows for p in r["by"]})
    for r in rows:
        r["undertaking"], r["again"] = r["what"]["text"], len(r["later"])
        r["by_whom"] = ", ".join(names.get(p, p.split(":", 1)[-1]) for p in r["by"])
    _emit(rows, format, ["key", "made", "kind", "topic", "by_whom", "undertaking", "deadline", "again"], "commitments")


def _table(title: str, columns: list[str], rows: list[list]) -> Table:
    table = Table(title=title, title_justify="left")
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*[escape("" if v is None else str(v)) for v in r])
    return table


def _project_tables(found: dict) -> list[Table]:
    p = found["project"]
    steps = [[s["date"], s["stage"], src["doc_id"], _evidence(src)] for s in p["timeline"] for src in s["sources"]]
    reports = [[m["seen"], m["stage"] or "", m["doc_id"], _evidence(m)] for m in found["reports"]]
    made = [[c["made"], c["kind"], c["key"], c["what"]["text"]] for c in found["commitments"]]
    return [_table(f"{p['name']} ({p['id']}, {p['kind']}): stage timeline", ["date", "stage", "document", "evidence"],
                   steps), _table("every report", ["date", "stage", "document", "evidence"], reports),
            _table("commitments about it", ["made", "kind", "key", "undertaking"], made)]


def _commitment_tables(found: dict) -> list[Table]:
    c = found["commitment"]
    told = lambda items: [[x["made"], x["kind"], x["key"], x["what"]["text"]] for x in items]  # noqa: E731
    reports = [[m["seen"], p["name"], m["stage"] or "", m["doc_id"], _evidence(m)] for p in found["projects"]
               for m in p["reports"]]
    aims = [[t["kind"], f"{t['value']:,.0f} {t['unit']}", t["period"], t["progress"],
             "; ".join(f"{r['period']}: {r['value']:,.0f}" for r in t["results"])] for t in found["targets"]]
    return [_table(f"{c['key']} ({c['made'] or 'undated'}, {c['kind']}, {c['topic']})", ["undertaking", "deadline"],
                   [[c["what"]["text"], (c.get("deadline") or {}).get("value")]]),
            _table("said again later", ["made", "kind", "key", "undertaking"], told(found["later"])),
            _table("said before", ["made", "kind", "key", "undertaking"], told(found["earlier"])),
            _table("the same, in other articles", ["made", "kind", "key", "undertaking"], told(found["same"])),
            _table("its projects since", ["date", "project", "stage", "document", "evidence"], reports),
            _table("its target", ["kind", "target", "period", "progress", "results"], aims)]


@app.command("follow-up")
def follow_up_cmd(thing: Annotated[str, typer.Argument(help="A commitment's key (from `bangiao commitments`) or a "
                                                            "project's id (project:…, from `bangiao projects`).")],
                  db: DbOption = None, format: FormatOption = Output.table) -> None:
    """Everything reported later about a commitment or a project: the same undertaking said again, its projects'
    stages since, its target's results; for a project its stage timeline, every report and the commitments about it."""
    with _store(db) as store:
        found = store.follow_up(thing.strip())
    if found is None:
        err.print(f"[red]error:[/] no commitment or project {escape(thing)!s}: give a key from `bangiao commitments` "
                  "or an id from `bangiao projects`")
        raise typer.Exit(1)
    if format is not Output.table:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=None if format is Output.jsonl else 2) + "\n")
        return
    for table in _project_tables(found) if found["kind"] == "project" else _commitment_tables(found):
        out.print(table)
