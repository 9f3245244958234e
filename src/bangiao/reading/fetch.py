"""Polite fetching: robots.txt honoured, one request at a time per host with a delay between requests, a real
User-Agent, timeouts, a size cap, retries with backoff on 429/5xx (Retry-After honoured), conditional GET.

``Fetcher.fetch(url)`` never raises for what a server does: the result says why a URL failed (``cause``) and
carries every response received on the way (redirects, retries) as ``Exchange``s, raw, for the archive.
``by_host`` runs many fetches with one thread per host, so hosts are fetched side by side and each politely.
"""
from __future__ import annotations

import queue
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx2

from bangiao.reading.sources import Settings

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
TRANSIENT = frozenset({"timeout", "connection", "throttled", "robots-unreachable",
                       "http-429", "http-500", "http-502", "http-503", "http-504"})
ROBOTS_TOKEN = "bangiao"


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP response as received (body still content-encoded): what the WARC file keeps."""

    url: str
    status: int
    reason: str
    http_version: str
    headers: tuple[tuple[str, str], ...]
    raw: bytes
    request_headers: tuple[tuple[str, str], ...]
    date: str


@dataclass(frozen=True, slots=True)
class Fetched:
    """The end of fetching one URL: the final answer, or why there is none (``cause``)."""

    url: str
    final_url: str
    status: int | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    cause: str | None = None
    exchanges: tuple[Exchange, ...] = ()

    @property
    def ok(self) -> bool:
        return self.cause is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.cause is None and self.status == 304

    @property
    def retry(self) -> bool:
        """Whether a later run may try again (a passing failure)."""
        return self.cause in TRANSIENT


class Gate:
    """One request at a time per host, and ``delay`` seconds from the end of one to the start of the next: so
    no two requests reach the host closer than the delay, whatever the network does to them on the way."""

    def __init__(self, stop: threading.Event) -> None:
        self.stop = stop
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
        self._next: dict[str, float] = {}

    @contextmanager
    def turn(self, host: str, delay: float) -> Iterator[None]:
        with self._guard:
            lock = self._locks[host]
        with lock:
            wait = self._next.get(host, 0.0) - time.monotonic()
            if wait > 0:
                self.stop.wait(wait)
            try:
                yield
            finally:
                self.defer(host, delay)

    def defer(self, host: str, seconds: float) -> None:
        """No request to ``host`` before ``seconds`` from now."""
        with self._guard:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)


class _TooLarge(Exception):
    pass


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds()) if when.tzinfo else None


def decode_content(raw: bytes, encoding: str | None, limit: int) -> bytes:
    """The body without its Content-Encoding (gzip, deflate); _TooLarge past ``limit`` bytes, ValueError if unknown."""
    enc = (encoding or "").strip().lower()
    if enc in ("", "identity"):
        return raw
    if enc not in ("gzip", "x-gzip", "deflate"):
        raise ValueError(enc)
    for wbits in ((31,) if "gzip" in enc else (15, -15)):
        try:
            inflater = zlib.decompressobj(wbits)
            out = inflater.decompress(raw, limit + 1)
        except zlib.error:
            continue
        if len(out) > limit or inflater.unconsumed_tail:
            raise _TooLarge
        return out
    raise ValueError(enc)


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Fetcher:
    """Fetches URLs politely (see the module's docstring); ``stop`` set ends waits and further requests."""

    def __init__(self, settings: Settings, stop: threading.Event | None = None,
                 transport: httpx2.BaseTransport | None = None) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        self.gate = Gate(self.stop)
        self.side: queue.SimpleQueue[Exchange] = queue.SimpleQueue()  # robots.txt answers, for the archive
        self._robots: dict[str, RobotFileParser] = {}
        self._unreachable: set[str] = set()  # sites whose robots.txt could not be had: nothing fetched there
        self._robots_lock: dict[str, threading.Lock] = defaultdict(threading.Lock)
        self._robots_guard = threading.Lock()
        self.client = httpx2.Client(
            timeout=settings.timeout, follow_redirects=False, transport=transport,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ robots.txt

    def robots(self, url: str) -> RobotFileParser:
        """The robots.txt rules of the URL's site, fetched once a run (RFC 9309: a 4xx allows all, no answer
        or a 5xx forbids all)."""
        origin = _origin(url)
        with self._robots_guard:
            lock = self._robots_lock[origin]
        with lock:
            if origin not in self._robots:
                self._robots[origin] = self._fetch_robots(origin + "/robots.txt")
            return self._robots[origin]

    def _fetch_robots(self, url: str) -> RobotFileParser:
        got = self._follow(url, (None, None), lambda u: _host(u) == _host(url), robots=False)
        for exchange in got.exchanges:
            self.side.put(exchange)
        parser = RobotFileParser(url)
        if got.status is not None and 400 <= got.status < 500:
            parser.allow_all = True
        elif not got.ok:
            parser.disallow_all = True
            self._unreachable.add(url.rsplit("/", 1)[0])
        else:
            parser.parse(got.body.decode("utf-8", errors="replace").splitlines())
        return parser

    def _delay(self, url: str, robots: bool) -> float:
        crawl_delay = self.robots(url).crawl_delay(ROBOTS_TOKEN) if robots else None
        return max(self.settings.delay, float(crawl_delay or 0))

    # ------------------------------------------------------------ fetching

    def fetch(self, url: str, validators: tuple[str | None, str | None] = (None, None),
              allowed: Callable[[str], bool] = lambda url: True) -> Fetched:
        """GET ``url`` following redirects (each hop on an allowed host and allowed by robots.txt)."""
        return self._follow(url, validators, allowed, robots=True)

    def _follow(self, url: str, validators: tuple[str | None, str | None], allowed: Callable[[str], bool],
                robots: bool) -> Fetched:
        exchanges: list[Exchange] = []
        seen, current = {url}, url
        for hop in range(self.settings.redirects + 1):
            if not allowed(current):
                return Fetched(url, current, cause="off-site-redirect", exchanges=tuple(exchanges))
            if robots and not self.robots(current).can_fetch(ROBOTS_TOKEN, current):
                unreachable = _origin(current) in self._unreachable
                return Fetched(url, current, cause="robots-unreachable" if unreachable else "robots",
                               exchanges=tuple(exchanges))
            got = self._attempts(url, current, validators if hop == 0 else (None, None), exchanges, robots)
            location = got.headers.get("location")
            if got.cause or got.status not in REDIRECTS or not location:
                return got
            current = urldefrag(urljoin(current, location))[0]
            if current in seen:
                return Fetched(url, current, got.status, cause="redirect-loop", exchanges=tuple(exchanges))
            seen.add(current)
        return Fetched(url, current, cause="too-many-redirects", exchanges=tuple(exchanges))

    def _attempts(self, url: str, current: str, validators: tuple[str | None, str | None],
                  exchanges: list[Exchange], robots: bool) -> Fetched:
        """One GET, tried again after a 429, a 5xx, a timeout or a dropped connection, with backoff."""
        for attempt in range(self.settings.retries + 1):
            got = self._once(url, current, validators, robots)
            exchanges.extend(got.exchanges)
            got = Fetched(got.url, got.final_url, got.status, got.body, got.headers, got.cause, tuple(exchanges))
            wait = self._wait_before_retry(got, attempt)
            if wait is None or attempt == self.settings.retries or self.stop.is_set():
                return got
            if wait > self.settings.max_wait:
                return Fetched(url, current, got.status, headers=got.headers, cause="throttled", exchanges=got.exchanges)
            self.gate.defer(_host(current), wait)
        return got

    def _wait_before_retry(self, got: Fetched, attempt: int) -> float | None:
        if got.cause in ("timeout", "connection") or got.status in RETRY_STATUSES:
            backoff = self.settings.backoff * 2 ** attempt
            return retry_after(got.headers.get("retry-after")) or backoff
        return None

    def _request_headers(self, validators: tuple[str | None, str | None]) -> dict[str, str]:
        etag, modified = validators
        return {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}

    def _once(self, url: str, current: str, validators: tuple[str | None, str | None], robots: bool) -> Fetched:
        headers = self._request_headers(validators)
        with self.gate.turn(_host(current), self._delay(current, robots)):
            if self.stop.is_set():
                return Fetched(url, current, cause="stopped")
            date = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
            try:
                with self.client.stream("GET", current, headers=headers) as response:
                    return self._answer(url, current, response, date)
            except _TooLarge:
                return Fetched(url, current, cause="too-large")
            except httpx2.TimeoutException:
                return Fetched(url, current, cause="timeout")
            except (httpx2.TransportError, httpx2.DecodingError, httpx2.InvalidURL) as exc:
                return Fetched(url, current, cause="bad-url" if isinstance(exc, httpx2.InvalidURL) else "connection")

    def _answer(self, url: str, current: str, response: httpx2.Response, date: str) -> Fetched:
        limit = self.settings.max_bytes
        if int(response.headers.get("content-length") or 0) > limit:
            raise _TooLarge
        chunks, size = [], 0
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > limit:
                raise _TooLarge
            chunks.append(chunk)
        raw = b"".join(chunks)
        headers = tuple((k, v) for k, v in response.headers.multi_items())
        exchange = Exchange(current, response.status_code, response.reason_phrase or "", response.http_version,
                            headers, raw, tuple(response.request.headers.multi_items()), date)
        lower = {k.lower(): v for k, v in headers}
        try:
            body = decode_content(raw, lower.get("content-encoding"), limit) if response.status_code == 200 else b""
        except ValueError:
            return Fetched(url, current, response.status_code, b"", lower, "content-encoding", (exchange,))
        cause = None if response.status_code in {200, 304} | REDIRECTS else f"http-{response.status_code}"
        return Fetched(url, current, response.status_code, body, lower, cause, (exchange,))


T = TypeVar("T")
_DONE = object()


def by_host(jobs: Iterable[T], url_of: Callable[[T], str], work: Callable[[T], Any], stop: threading.Event,
            threads: int = 8) -> Iterator[tuple[T, Any]]:
    """``(job, work(job))`` for every job as they finish: one thread per host (at most ``threads`` at once),
    each host's jobs in order. Setting ``stop`` ends it after the jobs under way."""
    hosts: dict[str, list[T]] = defaultdict(list)
    for job in jobs:
        hosts[_host(url_of(job))].append(job)
    if not hosts:
        return
    results: queue.Queue = queue.Queue(maxsize=2 * threads)  # fetching runs only a little ahead of the caller
    abandoned = threading.Event()  # the caller stopped reading: the threads stop too

    def put(item: object) -> None:
        while not abandoned.is_set():
            try:
                return results.put(item, timeout=0.1)
            except queue.Full:
                continue

    def run(host_jobs: list[T]) -> None:
        try:
            for job in host_jobs:
                if stop.is_set() or abandoned.is_set():
                    break
                put((job, work(job)))
        except BaseException as exc:  # handed to the caller's thread
            put(exc)
        finally:
            put(_DONE)

    with ThreadPoolExecutor(min(threads, len(hosts)), thread_name_prefix="fetch") as pool:
        for host_jobs in hosts.values():
            pool.submit(run, host_jobs)
        try:
            yield from _collect(results, len(hosts))
        finally:
            abandoned.set()


def _collect(results: queue.Queue, workers: int) -> Iterator[tuple[Any, Any]]:
    finished = 0
    while finished < workers:
        item = results.get()
        if item is _DONE:
            finished += 1
        elif isinstance(item, BaseException):
            raise item
        else:
            yield item
