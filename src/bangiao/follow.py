"""Following the press (``bangiao crawl``, ``bangiao watch``): the outlets' feeds, sitemaps and section pages
→ polite fetching → a WARC file per run → the same extraction and store as ``bangiao ingest``.

Discovery and fetching run on threads, one per host (``reading.fetch.by_host``); everything that touches the
archive or the store runs here, on the caller's thread, one page at a time: a page is archived, extracted and
stored, then marked done in the store's frontier, so a crawl killed midway resumes where it stopped.

``bangiao reprocess --from-source`` (``reprocess_from_source``) replays the archives: a stored document one of
whose inputs is a page in a web archive still on disk (a crawl's WARC file, or one given to ``bangiao ingest``)
is read again from that page's bytes through the whole path — decoding, today's sources hints, cleaning,
extraction. Its input is its original (else an exact duplicate) naming an archive and a record offset; each
archive is streamed once for all its documents. A document whose cleaned text is the same keeps its id (the
record replaced in place); one whose text changed moves to its new id with every input (``Store.move_record``:
merged into a stored document it now duplicates). A document whose archive is gone, or whose archived page no
longer gives an article, is extracted from its stored text with a warning; one read from files or dumps (no
archived input) is extracted from its stored text, as a plain ``bangiao reprocess`` does.
"""
from __future__ import annotations

import re
import signal
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.reading import discover
from bangiao.reading.archive import Archive
from bangiao.reading.fetch import Fetched, Fetcher, by_host
from bangiao.reading.pagebytes import is_html, page_article
from bangiao.reading.read import MAX_BYTES, RawArticle
from bangiao.reading.sources import Outlet, Sources
from bangiao.reading.warc import is_warc, read_again
from bangiao.store.frontier import Found, Result
from bangiao.store.store import Store

READERS = {"feed": discover.read_feed, "sitemap": discover.read_sitemap, "section": discover.read_section}
Progress = Callable[[str, int], None]  # ("discovered", n) | ("todo", n) | ("page", 1)


@dataclass
class Summary:
    """What one crawl did: counts (discovered, fetched, new, duplicate, ...), pages failed by cause, and the
    feeds, sitemaps and section pages that could not be read ("feed http-404")."""

    counts: Counter = field(default_factory=Counter)
    causes: Counter = field(default_factory=Counter)
    listings: Counter = field(default_factory=Counter)
    archive: str | None = None
    stopped: bool = False


@dataclass(frozen=True, slots=True)
class Job:
    url: str
    kind: str
    outlet: Outlet


class Crawl:
    """One run over some outlets. ``stop`` (set by a signal) ends it after the page under way."""

    def __init__(self, store: Store, sources: Sources, outlets: list[Outlet], warc_dir: str | Path, *,
                 since: str | None = None, max_pages: int | None = None, stop: threading.Event | None = None,
                 progress: Progress | None = None, threads: int = 8, transport=None) -> None:
        self.store, self.sources, self.outlets = store, sources, outlets
        self.since, self.max_pages, self.threads = since, max_pages, threads
        self.stop = stop or threading.Event()
        self.progress = progress or (lambda event, n: None)
        self.summary = Summary()
        self.fetcher = Fetcher(sources.settings, self.stop, transport)
        self.archive = Archive(warc_dir, sources.settings.user_agent)
        self.summary.archive = str(self.archive.path)

    def run(self) -> Summary:
        try:
            self._discover()
            if not self.stop.is_set():
                self._fetch_pages()
        finally:
            self.fetcher.close()
            self.archive.close()
        self.summary.stopped = self.stop.is_set()
        return self.summary

    # ------------------------------------------------------------ discovery

    def _discover(self) -> None:
        jobs = [Job(url, kind, o) for o in self.outlets
                for kind, urls in (("feed", o.feeds), ("sitemap", o.sitemaps), ("section", o.sections)) for url in urls]
        jobs += [Job(_origin(o.homepage) + "/robots.txt", "robots", o) for o in self.outlets if o.robots_sitemaps]
        for _ in range(3):  # feeds, sitemaps and indexes; then child sitemaps; then theirs
            if not jobs or self.stop.is_set():
                return
            validators = {j.url: self.store.frontier.validators(j.url) for j in jobs}
            work = lambda j: self._listing(j, validators[j.url])  # noqa: E731
            children: list[Job] = []
            for job, got in by_host(jobs, lambda j: j.url, work, self.stop, self.threads):
                children += self._listed(job, got)
            jobs = children

    def _listing(self, job: Job, validators: tuple[str | None, str | None]) -> Fetched | discover.Listing:
        if job.kind == "robots":
            found = self.fetcher.robots(job.url).site_maps() or []
            return discover.Listing(sitemaps=tuple(discover.Item(u) for u in found if job.outlet.owns(u)))
        return self.fetcher.fetch(job.url, validators, job.outlet.owns)

    def _listed(self, job: Job, got: Fetched | discover.Listing) -> list[Job]:
        """Pages of a fetched listing into the frontier; the child sitemaps to read next."""
        self._archive_side()
        if isinstance(got, Fetched):
            offset = self._archive(got, job.kind)
            listing = self._read_listing(job, got, offset)
            if listing is None:
                return []
        else:
            listing = got
        pages = [Found(i.url, job.outlet.id, "page", i.published) for i in listing.pages if self._wanted(i.url, job.outlet)]
        new = self.store.frontier.add(pages)
        self.summary.counts["discovered"] += new
        self.progress("discovered", new)
        children = discover.newest(listing.sitemaps, self.since, self.sources.settings.sitemap_children)
        return [Job(i.url, "sitemap", job.outlet) for i in children if job.outlet.owns(i.url)]

    def _read_listing(self, job: Job, got: Fetched, offset: int | None) -> discover.Listing | None:
        listing = READERS[job.kind](got.body, got.final_url) if got.ok else None
        problem = listing.problem if listing else (None if got.not_modified else got.cause or f"http-{got.status}")
        state = "failed" if problem else "done"
        outcome = problem or ("not-modified" if got.not_modified else "read")
        self.store.frontier.record(job.url, Result(state, outcome, got.status, got.retry, *_validators(got),
                                                   warc=self.summary.archive if offset is not None else None,
                                                   warc_offset=offset), outlet=job.outlet.id, kind=job.kind)
        if problem:
            self.summary.listings[f"{job.kind} {problem}"] += 1
        return None if problem or got.not_modified else listing

    def _wanted(self, url: str, outlet: Outlet) -> bool:
        return outlet.owns(url) and outlet.wants(url) and discover.is_article(url)

    # ------------------------------------------------------------ pages

    def _fetch_pages(self) -> None:
        outlets = {o.id: o for o in self.outlets}
        todo = self.store.frontier.todo(list(outlets), self.since, self.max_pages)
        self.progress("todo", len(todo))
        validators = {f.url: self.store.frontier.validators(f.url) for f in todo}
        work = lambda f: self.fetcher.fetch(f.url, validators[f.url], outlets[f.outlet].owns)  # noqa: E731
        for found, got in by_host(todo, lambda f: f.url, work, self.stop, self.threads):
            if self.stop.is_set():  # a page fetched but not stored stays to do
                break
            self._archive_side()
            result = self._page(got, self._archive(got, "page"))
            self.store.frontier.record(found.url, result)
            self._count(result)
            self.progress("page", 1)

    def _page(self, got: Fetched, offset: int | None) -> Result:
        """Extract and store a fetched page; what came of it."""
        seen = dict(http_status=got.status, etag=_validators(got)[0], last_modified=_validators(got)[1],
                    warc=self.summary.archive if offset is not None else None, warc_offset=offset)
        if got.not_modified:
            return Result("done", "not-modified", **seen)
        if not got.ok:
            return Result("failed", got.cause or f"http-{got.status}", retry=got.retry, **seen)
        content_type = got.headers.get("content-type")
        if not is_html(content_type):
            return Result("failed", "not-html", **seen)
        try:
            raw = page_article(got.final_url, content_type, got.body, self.summary.archive or "", offset or 0,
                               self.sources)
            if raw is None:
                return Result("failed", "not-vietnamese", **seen)
            doc = pipeline.build_document(raw)
        except InputError:
            return Result("failed", "no-article", **seen)
        outcome = self.store.add(doc, raw)
        return Result("done", outcome.status, doc_id=outcome.doc_id, **seen)

    def _count(self, result: Result) -> None:
        if result.http_status is not None:
            self.summary.counts["fetched"] += 1
        if result.state == "failed":
            self.summary.counts["failed"] += 1
            self.summary.causes[result.outcome] += 1
        else:
            self.summary.counts[result.outcome] += 1

    # ------------------------------------------------------------ archive

    def _archive(self, got: Fetched, kind: str) -> int | None:
        """Every response of a fetch into the WARC file; the offset of the last one (None if none came)."""
        offset = None
        for exchange in got.exchanges:
            offset = self.archive.write(exchange, listing=None if kind == "page" else kind)
        return offset

    def _archive_side(self) -> None:
        """The robots.txt answers the fetcher received."""
        while not self.fetcher.side.empty():
            self.archive.write(self.fetcher.side.get(), listing="robots")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _validators(got: Fetched) -> tuple[str | None, str | None]:
    return got.headers.get("etag"), got.headers.get("last-modified")


def crawl(store: Store, sources: Sources, outlets: list[Outlet], warc_dir: str | Path, **options) -> Summary:
    """One crawl of these outlets into the store (see ``Crawl``)."""
    return Crawl(store, sources, outlets, warc_dir, **options).run()


# ---------------------------------------------------------------- watch

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds in "30m", "1h", "90s", "1h30m", "1d"; ValueError otherwise."""
    cleaned = text.strip().lower()
    parts = _DURATION.findall(cleaned)
    if not parts or _DURATION.sub("", cleaned).strip() or sum(float(n) * _UNIT[u] for n, u in parts) <= 0:
        raise ValueError(f"{text!r} is not a duration: write it like 30m, 1h, 90s or 1h30m")
    return sum(float(n) * _UNIT[u] for n, u in parts)


def watch(every: float, run_once: Callable[[], Summary], stop: threading.Event,
          after: Callable[[Summary], None] = lambda s: None) -> int:
    """``run_once`` every ``every`` seconds (start to start) until ``stop`` is set; how many runs were made."""
    runs = 0
    while not stop.is_set():
        started = time.monotonic()
        after(run_once())
        runs += 1
        stop.wait(max(0.0, every - (time.monotonic() - started)))
    return runs


@contextmanager
def stopping_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set ``stop`` (the run ends cleanly after the page under way) instead of killing;
    a second Ctrl-C interrupts at once."""
    def handler(signum, frame):  # noqa: ARG001
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


# ---------------------------------------------------------------- reprocess from the archives

@dataclass
class Reread:
    """What ``reprocess_from_source`` did: documents by outcome — "kept" (same id), "moved" (a new id), "merged"
    (into a stored document), "stored text" (no archived input), "fallback" (archived, but its page could not be
    read again) — and a warning for each fallback."""

    counts: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)


def archived_input(inputs: list[dict]) -> tuple[str, int] | None:
    """The (archive, offset) a stored document is read again from: its original input, else an exact duplicate,
    that is a web archive's record."""
    for relation in ("original", "duplicate"):
        for i in inputs:
            if i["relation"] == relation and i["path"] and i["line"] is not None and is_warc(i["path"]):
                return i["path"], i["line"]
    return None


class Rereading:
    """One ``reprocess_from_source`` pass over a store (see the module's text)."""

    def __init__(self, store: Store, known: Sources | None, max_bytes: int, progress: Callable[[int], None]) -> None:
        self.store, self.known, self.max_bytes, self.progress = store, known, max_bytes, progress
        self.result = Reread()

    def run(self) -> Reread:
        plan: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))  # archive → offset → ids
        for doc_id in [r["id"] for r in self.store.records()]:
            record = self.store.get(doc_id)
            source = archived_input(record["inputs"])
            if source is None:
                self._from_text(record, "stored text")
            elif not Path(source[0]).is_file():
                self._fall_back(doc_id, f"its archive {source[0]} is gone", record)
            else:
                plan[source[0]][source[1]].append(doc_id)
        for archive, wanted in plan.items():
            self._from_archive(archive, wanted)
        return self.result

    def _from_archive(self, archive: str, wanted: dict[int, list[str]]) -> None:
        left = dict(wanted)
        try:
            open(archive, "rb").close()
        except OSError as exc:
            problem = f"its archive {archive} cannot be read ({exc})"
        else:
            problem = f"its archive {archive} holds no record at its offset (a damaged or replaced file)"
            for raw in read_again(archive, wanted, self.max_bytes, self.known):
                for doc_id in left.pop(raw.line, []):
                    self._from_page(doc_id, raw)
        for doc_id in (i for ids in left.values() for i in ids):
            self._fall_back(doc_id, problem)

    def _from_page(self, doc_id: str, raw: RawArticle | InputError) -> None:
        try:
            if isinstance(raw, InputError):
                raise raw
            doc = pipeline.build_document(raw)
        except InputError as err:
            self._fall_back(doc_id, f"its archived page gives no article now ({err.problem})")
            return
        if doc.id == doc_id:
            self.store.replace_record(doc)
            self._count("kept")
        else:
            self._count("moved" if self.store.move_record(doc_id, doc).status == "new" else "merged")

    def _fall_back(self, doc_id: str, why: str, record: dict | None = None) -> None:
        self.result.warnings.append(f"{doc_id}: {why}; extracted again from its stored text")
        self._from_text(record or self.store.get(doc_id), "fallback")

    def _from_text(self, record: dict, outcome: str) -> None:
        self.store.replace_record(pipeline.reextract(record))
        self._count(outcome)

    def _count(self, outcome: str) -> None:
        self.result.counts[outcome] += 1
        self.progress(1)


def reprocess_from_source(store: Store, known: Sources | None = None, max_bytes: int = MAX_BYTES,
                          progress: Callable[[int], None] = lambda n: None) -> Reread:
    """Every stored document extracted again, the archived ones from their pages' bytes (see the module's text);
    ``known``: the sources the pages are read with (the packaged and the user's by default)."""
    return Rereading(store, known, max_bytes, progress).run()
