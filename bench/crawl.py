"""`bangiao crawl` against a local news site (127.0.0.1, standard library server) of 2,000 article pages.

1. Throughput, politeness delay 0: pages/s for fetching alone (robots.txt, fetch, size cap, nothing stored) and
   for the whole crawl (sitemap → fetch → WARC → extract → SQLite store).
2. The per-host rate limit: two hosts (two ports), delay 0.05 s, 150 pages each; the smallest gap between two
   requests to one host as the server saw them must not be under the delay.

    python bench/crawl.py [pages]
"""
from __future__ import annotations

import platform
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus import article, sample_paragraphs  # noqa: E402
from crawlsite import load_sources, page, sitemap, sources_file  # noqa: E402

from bangiao import follow  # noqa: E402
from bangiao.reading.fetch import Fetcher, by_host  # noqa: E402
from bangiao.store.store import Store  # noqa: E402


class Site:
    """``pages`` generated article pages under /tin/, a news sitemap, robots.txt; arrival times per path."""

    def __init__(self, pages: int, seed: int = 1) -> None:
        rng, (paragraphs, headlines) = random.Random(seed), sample_paragraphs()
        self.pages = {}
        for i in range(pages):
            title, *body = article(rng, paragraphs, headlines).strip().split("\n")
            self.pages[f"/tin/bai-{i:05d}.html"] = page(title, body, f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}").encode()
        self.arrivals: list[float] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        items = [(self.base + p, None) for p in self.pages]
        self.files = {"/robots.txt": b"User-agent: *\nAllow: /\n", "/sitemap.xml": sitemap(items).encode(), **self.pages}
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body in two writes: no 40 ms delayed-ACK wait

            def do_GET(self):  # noqa: N802
                site.arrivals.append(time.monotonic())
                body = site.files.get(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8" if self.path.endswith(".html") else "text/xml")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args):
                pass

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def fetch_only(site: Site, settings) -> float:
    """Pages/s fetching every page (one host: one request at a time), nothing stored."""
    urls = [site.base + p for p in site.pages]
    started = time.perf_counter()
    with Fetcher(settings) as fetcher:
        ok = sum(got.ok for _, got in by_host(urls, lambda u: u, fetcher.fetch, threading.Event()))
    assert ok == len(urls), ok
    return len(urls) / (time.perf_counter() - started)


def whole_crawl(sites: list[Site], tmp: Path, delay: float) -> tuple[float, follow.Summary]:
    """Seconds for a crawl of every site's sitemap into a new store, and its summary."""
    files = [sources_file(tmp, [s.base.split("//")[1]], s.base + "/", sitemaps=[s.base + "/sitemap.xml"],
                          outlet_id=f"site-{i}", crawl={"delay": delay, "max_mb": 5.0}) for i, s in enumerate(sites)]
    loaded = load_sources(files[0])
    for f in files[1:]:
        more = load_sources(f)
        loaded = replace(loaded, outlets=loaded.outlets | more.outlets)
    with Store(tmp / f"crawl-{delay}.db") as store:
        started = time.perf_counter()
        summary = follow.crawl(store, loaded, list(loaded.outlets.values()), tmp / "warc")
        return time.perf_counter() - started, summary


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}; {date.today()}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        site = Site(n)
        settings = load_sources(sources_file(tmp, ["127.0.0.1"], site.base + "/", robots_sitemaps=True)).settings
        print(f"fetch only, delay 0, one host: {fetch_only(site, replace(settings, delay=0.0)):.0f} pages/s ({n} pages)")
        seconds, summary = whole_crawl([site], tmp, 0.0)
        print(f"whole crawl, delay 0, one host: {n / seconds:.1f} pages/s ({seconds:.1f} s; new {summary.counts['new']},"
              f" near-duplicate {summary.counts['near-duplicate']}, failed {summary.counts['failed']})")
        site.close()
        two = [Site(150, seed=2), Site(150, seed=3)]
        seconds, summary = whole_crawl(two, tmp, 0.05)
        gaps = [min(b - a for a, b in zip(s.arrivals, s.arrivals[1:])) for s in two]
        print(f"rate limit, delay 0.05 s, two hosts x 150 pages: {seconds:.1f} s; smallest gap between two requests"
              f" to one host: {', '.join(f'{g * 1000:.1f} ms' for g in gaps)}; holds: {all(g >= 0.05 for g in gaps)}")
        for s in two:
            s.close()


if __name__ == "__main__":
    main()
