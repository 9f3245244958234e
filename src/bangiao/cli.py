"""The command line: ``bangiao extract | ingest | search | show | stats | demo``."""
from __future__ import annotations

import json
import logging
import shutil
import signal
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperOption

from bangiao import config
from bangiao import demo as demo_tables
from bangiao.extract import pipeline
from bangiao.errors import BangiaoError, InputError, QueryError
from bangiao.model import to_dict
from bangiao.reading.read import MAX_BYTES, expand
from bangiao.scale.spark import command as spark_command
from bangiao.store import ingest as batch_ingest
from bangiao.store import checks
from bangiao.store.backends import open_store
from bangiao.store.store import EventFilter, Store

app = typer.Typer(help="bangiao: Vietnam's foreign relations from the Vietnamese press, every fact linked to its sentence.",
                  no_args_is_help=True, add_completion=False)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
log = logging.getLogger("bangiao")
_RUN = {"quiet": False}  # the options before the command (`bangiao -q ingest …`)


def _flag_type(self, ctx):  # a flag (--quiet/-q) takes no value: the help shows none, not "<bool>"
    return None if getattr(self, "is_flag", False) or getattr(self, "count", False) else _value_type(self, ctx)


_value_type, TyperOption.display_type_rich = TyperOption.display_type_rich, _flag_type


def _version(shown: bool) -> None:
    if shown:
        out.print(f"bangiao {version('bangiao')}")
        raise typer.Exit(0)


@app.callback()
def _options(show_version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                        help="Print bangiao's version and exit.")] = False,
             verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, show_default=False,
                                                  help="Log to stderr what is done (-v), and the details (-vv).")] = 0,
             quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Log errors only; no progress display.")]
             = False) -> None:
    """Settings: flags above environment variables ($BANGIAO_DB, $BANGIAO_MAX_MB, $BANGIAO_QUERY_SECONDS,
    $BANGIAO_JOBS, $BANGIAO_BATCH) above bangiao.toml (the working folder, else the user config folder)."""
    config.logging_to_stderr(verbose, quiet)
    _RUN["quiet"] = quiet


def _settings(**flags) -> dict:
    """The settings (a flag above its environment variable above the config file), or the message and exit 2."""
    try:
        found = config.settings(**flags)
    except BangiaoError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    for key, setting in found.items():
        log.debug("setting %s = %r (%s)", key, setting.value, setting.origin)
    return {key: setting.value for key, setting in found.items()}

DbOption = Annotated[Optional[str], typer.Option("--db", help="Database file, or a postgresql://user@host/db URL "
                                                  "(default: $BANGIAO_DB, else 'store' in bangiao.toml, else a file "
                                                  "in the user data dir).")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Processes extracting articles (default: "
                                             "$BANGIAO_JOBS, else bangiao.toml, else the CPUs).")]
Batch = Annotated[Optional[int], typer.Option("--batch", min=1, help="Articles written a transaction; a killed ingest "
                                              "loses at most this many, and a re-run completes them (default: 64).")]
MaxMb = Annotated[Optional[float], typer.Option("--max-mb", min=0.001, help="Skip files larger than this many MiB "
                                                "(default: $BANGIAO_MAX_MB, else bangiao.toml, else 20).")]
Published = Annotated[Optional[str], typer.Option("--published", help="Publication date for every input (YYYY-MM-DD).")]


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"


def _store(db: str | Path | None, shared: bool = False, create: bool = False) -> Store:
    """The store at ``db`` (else the settings'); only the commands that fill a store (ingest, demo) create one."""
    given = _settings(store=str(db) if db else None)
    try:
        store = open_store(given["store"], shared=shared, create=create)
    except BangiaoError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    if given["query_seconds"]:
        store.query_seconds = given["query_seconds"]
    log.info("store %s", store.path)
    return store


def _max_bytes(max_mb: float | None) -> int:
    return int((_settings(max_mb=max_mb)["max_mb"] or MAX_BYTES / 2**20) * 2**20)


@contextmanager
def _asking() -> Iterator[None]:
    """A question to the store: a value out of what is allowed, or a question too large, is said; exit 2."""
    try:
        yield
    except QueryError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


def _checked(check, flag: str, value):
    """``check(flag, value)`` of bangiao.store.checks: the value as the store takes it, or the message and exit 2."""
    with _asking():
        return check(flag, value)


def _report(error: InputError) -> None:
    err.print(f"[red]error:[/] {escape(str(error))}")


@app.command()
def extract(paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
            format: Annotated[Format, typer.Option("--format", help="jsonl: one record a line; json: one array.")] = Format.jsonl,
            published: Published = None, max_mb: MaxMb = None) -> None:
    """Print the extraction record (EXTRACTION.md) of every article, in input order."""
    published = _checked(checks.day, "--published", published)
    failed, records = 0, []
    for _, result in pipeline.extract_paths(paths, published=published, max_bytes=_max_bytes(max_mb)):
        if isinstance(result, InputError):
            failed += 1
            _report(result)
            continue
        record = to_dict(result)
        if format is Format.jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if format is Format.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(1 if failed else 0)


def _ingest(store: Store, paths: list[str], published: str | None, max_bytes: int, quiet: bool,
            pool=None, batch: int = batch_ingest.BATCH) -> Counter:
    items = list(expand(paths))
    log.info("%d inputs to read", len(items))
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=quiet or _RUN["quiet"], transient=False) as progress:
        task = progress.add_task("ingesting", total=len(items))
        return batch_ingest.ingest(store, items, published=published, max_bytes=max_bytes, pool=pool, batch=batch,
                                   report=_report, advance=lambda: progress.advance(task))


def _summary(counts: Counter, store: Store) -> None:
    table = Table(title="ingest", show_header=False)
    for key in ("read", "new", "duplicate", "failed"):
        table.add_row(key, str(counts.get(key, 0)))
    table.add_row("documents in store", str(store.stats()["documents"]))
    out.print(table)


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
           db: DbOption = None, published: Published = None, max_mb: MaxMb = None,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
           jobs: Jobs = None, batch: Batch = None) -> None:
    """Read, clean, extract and store articles; the same article again adds no second document."""
    published = _checked(checks.day, "--published", published)
    given = _settings(jobs=jobs, batch=batch)
    jobs, batch = given["jobs"] or batch_ingest.default_jobs(), given["batch"] or batch_ingest.BATCH
    with batch_ingest.workers(jobs) as pool, _store(db, create=True) as store:
        try:
            with _stopped_by_sigterm():
                counts = _ingest(store, paths, published, _max_bytes(max_mb), quiet, pool, batch)
        except KeyboardInterrupt:
            err.print(f"stopped: {store.stats()['documents']} documents in the store; the batch being written was "
                      "rolled back — run the same command again to go on")
            raise typer.Exit(143 if _RUN.get("signal") else 130) from None
        except BangiaoError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(1) from None
        _summary(counts, store)
    raise typer.Exit(1 if counts.get("failed") else 0)


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM (a service manager, `kill`) stops as Ctrl-C does: the write in progress is rolled back."""
    def stop(signum, frame):
        _RUN["signal"] = signum
        raise KeyboardInterrupt
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


store_app = typer.Typer(help="Whole stores: copy one to another backend.", no_args_is_help=True)
app.add_typer(store_app, name="store")


@store_app.command("copy")
def store_copy(src: Annotated[str, typer.Argument(help="The store to copy: a file or a postgresql:// URL.")],
               dst: Annotated[str, typer.Argument(help="A new store (file or URL) to copy into; must be empty.")]) -> None:
    """Copy a whole store between backends (SQLite → PostgreSQL and back); counts are checked at the end."""
    from bangiao.store.copy import copy_store

    with _store(src) as source, _store(dst, create=True) as target:
        try:
            found = copy_store(source, target)
        except BangiaoError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(1) from None
    table = Table(title=f"copied {source.path} → {target.path}", show_header=False)
    for name, n in found.items():
        table.add_row(name, f"{n:,}")
    out.print(table)


app.add_typer(spark_command, name="spark", help="Run the extractor on a Spark cluster: bangiao spark extract …")


@app.command("load")
def load_cmd(output: Annotated[Path, typer.Argument(help="The --output folder of `bangiao spark extract`, or a "
                                                         "Parquet or JSONL file of records.")],
             db: DbOption = None, quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False) -> None:
    """Load a Spark job's records into a store in batches; duplicates are recognised and events fused."""
    from bangiao.scale import load as loading

    with _store(db, create=True) as store, Progress(TextColumn("loading"), MofNCompleteColumn(), TimeElapsedColumn(),
                                                    console=err, disable=quiet) as progress:
        task = progress.add_task("loading", total=None)
        try:
            counts = loading.load(store, output, _report, lambda n: progress.advance(task, n))
        except BangiaoError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None
        progress.stop()
        _summary(counts, store)
    raise typer.Exit(1 if counts.get("failed") else 0)


def _highlight(snippet) -> str:
    parts, last = [], 0
    for start, end in snippet.marks:
        if start < last:
            continue
        parts += [escape(snippet.text[last:start]), f"[bold yellow]{escape(snippet.text[start:end])}[/]"]
        last = end
    return "".join(parts) + escape(snippet.text[last:])


@app.command("search")
def search_cmd(query: Annotated[str, typer.Argument(help='Words, or "a phrase"; case and diacritics are ignored.')],
               db: DbOption = None, limit: Annotated[int, typer.Option(min=1, max=200, help="How many results.")] = 10
               ) -> None:
    """Full-text search over stored articles, ranked, with highlighted snippets."""
    with _store(db) as store, _asking():
        hits = store.search(query, limit)
    if not hits:
        out.print("no matches")
        raise typer.Exit(0)
    for hit in hits:
        out.print(f"[bold]{escape(hit.title or '(no title)')}[/]  [dim]{hit.doc_id} · {hit.published or '?'} · {escape(hit.source or '?')}[/]")
        out.print("  " + _highlight(hit.snippet))


class ShowFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def show(doc_id: Annotated[str, typer.Argument(help="A document id or a unique prefix of it.")], db: DbOption = None,
         format: Annotated[ShowFormat, typer.Option("--format", help="text: for reading; json: the stored record")]
         = ShowFormat.text) -> None:
    """Show one stored document: metadata, where it was read from, the text and what was cut."""
    with _store(db) as store:
        record = store.get(doc_id)
    if record is None:
        err.print(f"[red]error:[/] no document with id {escape(doc_id)!s} (give at least 4 characters of an id from 'bangiao search')")
        raise typer.Exit(1)
    if format is ShowFormat.json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    out.print(f"[bold]{escape(record['title'] or '(no title)')}[/]")
    out.print(_about(record))
    out.print()
    out.print(escape(record["text"]))
    for removed in record["removed"]:
        out.print(f"[dim]cut ({removed['kind']}): {escape(removed['text'][:120])}[/]")


def _about(record: dict) -> Table:
    """A stored document's metadata, one row a field: what it is, where it came from, what was found in it."""
    table = Table(show_header=False, box=None, pad_edge=False)
    published, source = record.get("published") or {}, record.get("source") or {}
    table.add_row("id", record["id"])
    table.add_row("published", f"{published.get('value', '?')} ({published.get('basis', 'unknown')})")
    table.add_row("source", escape(source.get("name") or "?"))
    table.add_row("url", escape(source.get("url") or ""))
    for inp in record["inputs"]:
        table.add_row("read from", f"{escape(str(inp['path'] or '?'))} ({inp['relation']})")
    table.add_row("found", f"{len(record['entities'])} names, {len(record['events'])} events, "
                           f"{len(record['agreements'])} agreements, {len(record['figures'])} figures")
    return table


@app.command()
def stats(db: DbOption = None) -> None:
    """Counts of what the store holds."""
    with _store(db) as store:
        s = store.stats()
    table = Table(title=f"bangiao store {s['path']}", show_header=False)
    for key in ("documents", "inputs", "duplicates", "near_duplicates", "first_published", "last_published", "schema_version"):
        table.add_row(key.replace("_", " "), str(s[key]))
    table.add_row("top sources", ", ".join(f"{n} ({c})" for n, c in s["sources"]))
    out.print(table)


@app.command()
def demo(db: DbOption = None) -> None:
    """Ingest the bundled sample articles into a new store and show what was found (never touches an existing one)."""
    path = Path(db) if db else Path(tempfile.mkdtemp(prefix="bangiao-demo-")) / "bangiao-demo.db"
    if path.exists():
        err.print(f"[red]error:[/] {escape(str(path))} already exists: the demo writes only into a new store. Pass a "
                  "path that does not exist, or add the samples to this store with `bangiao ingest`.")
        raise typer.Exit(2)
    with resources.as_file(resources.files("bangiao").joinpath("data", "samples")) as samples:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "samples"
            shutil.copytree(samples, copy, ignore=shutil.ignore_patterns("*.md"))
            with _store(path, create=True) as store:
                counts = _ingest(store, [str(copy)], None, MAX_BYTES, quiet=False)
                _summary(counts, store)
                records = list(store.records())
                out.print(demo_tables.documents(records, out.width))
                out.print(demo_tables.events(records, width=out.width))
    out.print(f"\nstore: {path}\ntry: bangiao search \"Thongloun\" --db {path}\n     bangiao timeline --pair VN-LA --db {path}\n     bangiao serve --db {path}   (web UI at http://127.0.0.1:8000/)")


def main() -> None:  # pragma: no cover - console entry point alias
    app()


@app.command("eval")
def eval_cmd(dev: Annotated[Path, typer.Option(help="Dev set folder (articles/ and gold/).")] = Path("tests/dev"),
             seeds: Annotated[Path, typer.Option(help="Seed articles folder.")] = Path("../shared/corpus/seeds"),
             seeds_gold: Annotated[Path, typer.Option(help="Gold files of the seeds.")] = Path("tests/dev/seeds_gold"),
             baseline: Annotated[bool, typer.Option(help="Run underthesea's NER beside bangiao.")] = True,
             errors: Annotated[bool, typer.Option(help="List every false positive and negative.")] = False,
             boilerplate: Annotated[Path, typer.Option(help="Hand-marked articles for the cleaning score.")]
             = Path("tests/data/boilerplate")) -> None:
    """Entity P/R/F1 per type (underthesea's NER beside bangiao) and date accuracy, on the dev set and the seeds;
    the cleaning score on hand-marked articles."""
    from bangiao import evaluate, evaluate_undertakings

    sets = [("dev set", dev / "articles", dev / "gold"), ("seeds", seeds, seeds_gold)]
    other = evaluate.underthesea_system() if baseline else None
    if baseline and other is None:
        err.print("underthesea is not installed: pip install -e '.[eval]' to compare; showing bangiao alone")
    for title, articles, gold in sets:
        if not articles.is_dir() or not gold.is_dir():
            err.print(f"[yellow]skipped {title}:[/] {articles} or {gold} is not a folder")
            continue
        cases = evaluate.load_cases(articles, gold)
        results = {"bangiao": evaluate.evaluate_entities(cases, evaluate.ours)}
        if other is not None:
            results["underthesea NER"] = evaluate.evaluate_entities(cases, other)
        out.print(evaluate.report(f"\n{title}: {len(cases)} articles", results), markup=False)
        documents, events = evaluate.evaluate_dates(cases)
        out.print(evaluate.date_report("dates", documents, events), markup=False)
        found, event_dates = evaluate.evaluate_events(cases)
        out.print(f"events (type + a shared participant)  P {found.precision:.3f}  R {found.recall:.3f}  F1 {found.f1:.3f}; "
                  f"date right {event_dates.value:.3f} ({event_dates.right}/{event_dates.total}; left undated "
                  f"{event_dates.share(event_dates.undated):.3f}, dated wrongly {event_dates.share(event_dates.wrong):.3f})",
                  markup=False)
        agreements, status = evaluate.evaluate_agreements(cases)
        out.print(f"agreements (by name)                  P {agreements.precision:.3f}  R {agreements.recall:.3f}  "
                  f"F1 {agreements.f1:.3f}; status right {status.value:.3f} ({status.right}/{status.total})", markup=False)
        figures = evaluate.evaluate_figures(cases)
        periods = evaluate.evaluate_figure_periods(cases)
        out.print(f"figures (value, unit, goal or result) P {figures.precision:.3f}  R {figures.recall:.3f}  F1 {figures.f1:.3f}; "
                  f"period right {periods.value:.3f} ({periods.right}/{periods.total})", markup=False)
        for line in evaluate_undertakings.lines(cases, errors=errors):
            out.print(line, markup=False)
        out.print("\n".join(evaluate.cleaning_lines(cases, errors=errors)), markup=False)
        if errors:
            for t in evaluate.ENTITY_TYPES:
                for e in results["bangiao"][0][t].errors:
                    out.print(f"  {e}", markup=False)
            for e in (documents.errors + events.errors + found.errors + event_dates.errors + agreements.errors + status.errors
                      + figures.errors + periods.errors):
                out.print(f"  {e}", markup=False)
    out.print("\n".join(evaluate.cleaning_lines(marked=boilerplate, errors=errors)), markup=False)


class Output(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _emit(rows: list[dict], fmt: Output, columns: list[str], title: str) -> None:
    if fmt is Output.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Output.jsonl:
        sys.stdout.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif fmt is Output.csv:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([_cell(r.get(c)) for c in columns] for r in rows)
    else:
        table = Table(title=title)
        for c in columns:
            table.add_column(c)
        for r in rows:
            table.add_row(*(escape(_cell(r.get(c))) for c in columns))
        out.print(table)


def _cell(value) -> str:
    if isinstance(value, dict):
        return value.get("value", "") or ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return "" if value is None else str(value)


def _pair(text: str | None) -> tuple[str, str] | None:
    return _checked(checks.country_pair, "--pair", text)


FormatOption = Annotated[Output, typer.Option("--format", help="table, json, jsonl or csv")]


@app.command("events")
def events_cmd(db: DbOption = None, actor: Annotated[Optional[str], typer.Option(help="A person's name, any spelling.")] = None,
               country: Annotated[Optional[str], typer.Option(help="A country code: LA.")] = None,
               pair: Annotated[Optional[str], typer.Option(help="Two country codes: VN-LA.")] = None,
               type: Annotated[Optional[str], typer.Option("--type", help="TALKS, MEET, VISIT, ...")] = None,
               since: Annotated[Optional[str], typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
               until: Annotated[Optional[str], typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
               format: FormatOption = Output.table) -> None:
    """Events across the stored articles, each occurrence once with all its sources."""
    with _asking():
        chosen = checks.event_filter("--", actor=actor, country=country, pair=pair, type=type, since=since, until=until)
    with _store(db) as store:
        rows = store.events(chosen)
        names = store.entity_names()
    for r in rows:
        r["who"] = [names.get(p, p) for p in r["participants"]]
        r["where"] = names.get(r["location"], r["location"])
        r["reports"] = len(r["sources"])
    _emit(rows, format, ["date", "type", "who", "where", "status", "reports"], "events")


@app.command()
def timeline(pair: Annotated[str, typer.Option(help="Two country codes: VN-LA.")], db: DbOption = None,
             format: FormatOption = Output.table) -> None:
    """How a relationship moved: events of the pair per month, by type."""
    with _store(db) as store:
        rows = store.timeline(_pair(pair))  # type: ignore[arg-type]
    for r in rows:
        r["by type"] = ", ".join(f"{k} {v}" for k, v in sorted(r["types"].items()))
    _emit(rows, format, ["month", "total", "by type"], f"timeline {pair}")


@app.command("actors")
def actors_cmd(db: DbOption = None, country: Annotated[Optional[str], typer.Option(help="A country code.")] = None,
               format: FormatOption = Output.table) -> None:
    """The people in the stored events, most active first."""
    chosen = _checked(checks.country_code, "--country", country)
    with _store(db) as store:
        rows = store.actors(chosen)
    _emit(rows, format, ["name", "country", "events", "id"], "actors")


FromSource = Annotated[bool, typer.Option("--from-source", help="Read archived pages (WARC records still on disk) "
                                          "again from their bytes: cleaned and extracted anew; a document whose "
                                          "text changes moves to its new id with all its inputs.")]


@app.command()
def reprocess(db: DbOption = None, from_source: FromSource = False, sources: SourcesOption = None,
              quiet: Quiet = False) -> None:
    """Extract every stored document again (after an upgrade), replacing derived rows; no document or input is
    lost. By default from the stored text (ids stay); --from-source re-reads archived pages (docs/crawling.md)."""
    if not from_source:
        bar = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with _store(db) as store, Progress(*bar, console=err, disable=quiet or _RUN["quiet"]) as progress:
            task = progress.add_task("reprocessing", total=store.stats()["documents"])
            for record in store.records():
                store.replace_record(pipeline.reextract(record))
                progress.advance(task)
            progress.stop()
            out.print(f"reprocessed {progress.tasks[task].completed:.0f} documents")
        return
    known = _sources(sources)
    with _store(db) as store:
        done = _reread(store, known, quiet)
    for warning in done.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}")
    c = done.counts
    out.print(f"reprocessed {sum(c.values())} documents\n"
              f"  from their archived pages: {c['kept']} kept their id, {c['moved']} moved to a new id, "
              f"{c['merged']} merged into another document\n"
              f"  from the stored text: {c['stored text']} not archived, {c['fallback']} whose archived page could "
              "not be read again (warnings above)")


def _reread(store: Store, known, quiet: bool):
    """``bangiao reprocess --from-source`` with a progress bar (bangiao.follow.reprocess_from_source)."""
    from bangiao import follow

    bar = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*bar, console=err, disable=quiet) as progress:
        task = progress.add_task("reprocessing", total=store.stats()["documents"])
        return follow.reprocess_from_source(store, known, progress=lambda n: progress.advance(task, n))


@app.command("agreements")
def agreements_cmd(db: DbOption = None, pair: Annotated[Optional[str], typer.Option(help="Two country codes.")] = None,
                   status: Annotated[Optional[str], typer.Option(help="signed, referenced or drafting")] = None,
                   format: FormatOption = Output.table) -> None:
    """Named documents across the stored articles: signed, in force (referenced) or being drafted."""
    chosen, signed = _pair(pair), _checked(checks.agreement_status, "--status", status)
    with _store(db) as store:
        rows = store.agreements(chosen, signed)
    for r in rows:
        r["articles"] = len(r["documents"])
    _emit(rows, format, ["name", "kind", "status", "period", "articles"], "agreements")


@app.command("figures")
def figures_cmd(db: DbOption = None, pair: Annotated[Optional[str], typer.Option(help="Two country codes.")] = None,
                format: FormatOption = Output.table) -> None:
    """Trade, investment and aid figures, results beside targets."""
    with _store(db) as store:
        rows = store.figures(_pair(pair))
    for r in rows:
        r["amount"] = f"{r['value']:,.0f} {r['unit']}"
        r["goal"] = "target" if r["is_target"] else "result"
    _emit(rows, format, ["kind", "amount", "goal", "change_pct", "period"], "figures")


@app.command("export")
def export_cmd(format: Annotated[str, typer.Option("--format", help="jsonl, csv, plover, cameo or graphml")] = "jsonl",
               db: DbOption = None, output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write.")] = None) -> None:
    """Export the store: the spec's JSONL, events CSV, PLOVER-style JSONL, CAMEO TSV or GraphML of who met whom."""
    from bangiao.serve import export

    if format not in export.FORMATS:
        err.print(f"[red]error:[/] --format must be one of {', '.join(export.FORMATS)}")
        raise typer.Exit(2)
    with _store(db) as store:
        text = export.export(store, format)
    if output:
        output.write_text(text, encoding="utf-8")
        out.print(f"wrote {output}")
    else:
        sys.stdout.write(text)


@app.command()
def serve(db: DbOption = None,
          host: Annotated[str, typer.Option("--host", help="Interface to listen on; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
          write_token: Annotated[Optional[str], typer.Option("--write-token", envvar="BANGIAO_WRITE_TOKEN",
                                                             help="Allow POST /api/documents with this bearer token.")] = None) -> None:
    """Serve the web UI and the HTTP API (OpenAPI at /docs); read-only unless given a write token."""
    import uvicorn

    from bangiao.serve.app import create_app

    store = _store(db, shared=True)
    out.print(f"bangiao: http://{host}:{port}/  (API docs: /docs; store {store.path})")
    # uvicorn stops gracefully on SIGTERM or Ctrl-C, then passes the signal on: it ends the command here, cleanly
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        uvicorn.run(create_app(store=store, write_token=write_token), host=host, port=port, log_level="warning")
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        store.close()
    err.print("bangiao: stopped")


# ---------------------------------------------------------------- following the press (bangiao.follow)

SourcesOption = Annotated[Optional[Path], typer.Option("--sources", help="A sources file read over the packaged one "
                                                                         "and the user's (docs/crawling.md).")]
Since = Annotated[Optional[str], typer.Option("--since", help="Only pages listed as published on or after YYYY-MM-DD.")]
MaxPages = Annotated[Optional[int], typer.Option("--max", min=1, help="Fetch at most N pages in a run.")]
Delay = Annotated[Optional[float], typer.Option("--delay", min=0, help="Seconds between two requests to one host "
                                                                       "(default: sources.toml, 2).")]
WarcDir = Annotated[Optional[Path], typer.Option("--warc-dir", help="Folder of the runs' WARC files (default: warc/ beside the store).")]
Outlets = Annotated[Optional[list[str]], typer.Argument(help="Outlet ids (`bangiao sources`); default: every enabled one.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]


def _sources(path: Path | None):
    from bangiao.reading import sources

    try:
        return sources.load(path)
    except BangiaoError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


@app.command("sources")
def sources_cmd(sources: SourcesOption = None, format: FormatOption = Output.table) -> None:
    """The outlets bangiao follows: hosts, language, feeds, sitemaps, section pages (packaged, then yours)."""
    loaded = _sources(sources)
    rows = [{"id": o.id, "name": o.name, "language": o.language, "enabled": o.enabled, "hosts": list(o.hosts),
             "feeds": list(o.feeds), "sitemaps": list(o.sitemaps) + (["robots.txt"] if o.robots_sitemaps else []),
             "sections": list(o.sections)} for o in loaded.outlets.values()]
    if format is Output.table:  # lists as counts, to fit a terminal
        rows = [r | {k: len(r[k]) for k in ("feeds", "sitemaps", "sections")} for r in rows]
    _emit(rows, format, ["id", "name", "language", "enabled", "hosts", "feeds", "sitemaps", "sections"],
          "outlets (" + ", ".join(loaded.files) + ")")


def _crawl_plan(outlets: list[str] | None, since: str | None, delay: float | None, sources: Path | None):
    """The sources (with --delay), the outlets picked and --since checked; exit 2 with a message otherwise."""
    from dataclasses import replace
    from datetime import date

    loaded = _sources(sources)
    try:
        since and date.fromisoformat(since)
        picked = loaded.pick(outlets)
    except ValueError:
        err.print(f"[red]error:[/] --since {escape(str(since))}: give a date as YYYY-MM-DD")
        raise typer.Exit(2) from None
    except BangiaoError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    if delay is not None:
        loaded = replace(loaded, settings=replace(loaded.settings, delay=delay))
    return loaded, picked


def _crawl_run(store: Store, loaded, picked, warc_dir: Path | None, stop, quiet: bool, **options):
    import platformdirs

    from bangiao import follow

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=quiet) as progress:
        found = progress.add_task("discovering: new URLs", total=None)
        pages = progress.add_task("fetching pages", total=None, visible=False)

        def report(event: str, n: int) -> None:
            if event == "todo":
                progress.update(found, total=progress.tasks[found].completed)
                progress.update(pages, total=n, visible=True)
            else:
                progress.advance(found if event == "discovered" else pages, n)

        folder = warc_dir or (Path(store.path).parent / "warc" if "://" not in str(store.path)
                              else platformdirs.user_data_path("bangiao") / "warc")  # a PostgreSQL store
        return follow.crawl(store, loaded, picked, folder, stop=stop, progress=report, **options)


def _crawl_summary(summary, store: Store) -> None:
    table = Table(title="crawl" + (" (stopped: run again to go on)" if summary.stopped else ""), show_header=False)
    for key in ("discovered", "fetched", "new", "duplicate", "near-duplicate", "not-modified", "failed"):
        table.add_row(key, str(summary.counts.get(key, 0)))
    for cause, n in summary.causes.most_common():
        table.add_row(f"  {escape(cause)}", str(n))
    if summary.listings:
        table.add_row("listings not read", str(sum(summary.listings.values())))
    for cause, n in summary.listings.most_common():
        table.add_row(f"  {escape(cause)}", str(n))
    table.add_row("archive", escape(str(summary.archive)))
    table.add_row("documents in store", str(store.stats()["documents"]))
    out.print(table)


@app.command()
def crawl(outlets: Outlets = None, since: Since = None, max_pages: MaxPages = None, db: DbOption = None,
          delay: Delay = None, sources: SourcesOption = None, warc_dir: WarcDir = None, quiet: Quiet = False) -> None:
    """Follow the outlets: read their feeds and sitemaps, fetch new pages politely (robots.txt, a delay per host),
    archive every response (a WARC file per run) and ingest what is new. A re-run goes on where one stopped."""
    import threading

    from bangiao import follow

    loaded, picked = _crawl_plan(outlets, since, delay, sources)
    stop = threading.Event()
    with _store(db, create=True) as store, follow.stopping_on_signals(stop):
        summary = _crawl_run(store, loaded, picked, warc_dir, stop, quiet, since=since, max_pages=max_pages)
        _crawl_summary(summary, store)


@app.command()
def watch(every: Annotated[str, typer.Option("--every", help="Time between the starts of two crawls: 30m, 1h, 90s.")] = "30m",
          outlets: Outlets = None, since: Since = None, max_pages: MaxPages = None, db: DbOption = None,
          delay: Delay = None, sources: SourcesOption = None, warc_dir: WarcDir = None, quiet: Quiet = False) -> None:
    """Crawl on a schedule until stopped (Ctrl-C or SIGTERM end it cleanly); docs/crawling.md shows cron and systemd."""
    import threading

    from bangiao import follow

    try:
        seconds = follow.parse_every(every)
    except ValueError as exc:
        err.print(f"[red]error:[/] --every {escape(str(exc))}")
        raise typer.Exit(2) from None
    loaded, picked = _crawl_plan(outlets, since, delay, sources)
    stop = threading.Event()
    with _store(db, create=True) as store, follow.stopping_on_signals(stop):
        runs = follow.watch(seconds, lambda: _crawl_run(store, loaded, picked, warc_dir, stop, quiet, since=since,
                                                        max_pages=max_pages),
                            stop, lambda summary: _crawl_summary(summary, store))
    out.print(f"watch stopped after {runs} run(s)")


from bangiao import cli_followups  # noqa: E402,F401  (registers projects, commitments and follow-up on app)
