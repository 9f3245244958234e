"""Following the press end to end, against a news site on 127.0.0.1: discovery, polite fetching, the archive,
the store; kills, re-runs, the schedule; the crawl's archive read back by `bangiao ingest`."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner
from werkzeug import Response

from bangiao import follow
from bangiao.cli import app
from bangiao.model import to_dict
from bangiao.reading.read import read
from bangiao.store.store import Store
from crawlsite import load_sources, page, rss, sample_page, sitemap, sources_file

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


class Site:
    """The local site: pages under /tin/, a feed, a sitemap; a sources file naming it."""

    def __init__(self, server, tmp_path: Path) -> None:
        self.server, self.tmp = server, tmp_path
        self.base = server.url_for("/").rstrip("/")
        self.host = self.base.split("//")[1]
        server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")

    def url(self, path: str) -> str:
        return self.base + path

    def article(self, path: str, n: int, **kw) -> str:
        self.server.expect_request(path).respond_with_data(sample_page(n, **kw), content_type="text/html; charset=utf-8")
        return self.url(path)

    def feed(self, path: str, urls: list[str], day: str = "2024-01-10") -> None:
        self.server.expect_request(path).respond_with_data(rss([(u, day) for u in urls]), content_type="application/rss+xml")

    def sources(self, **kw):
        return load_sources(sources_file(self.tmp, [self.host], self.base + "/", **kw))

    def requests(self, path: str) -> int:
        return sum(req.path == path for req, _ in self.server.log)


@pytest.fixture
def site(httpserver_ipv4, tmp_path):
    return Site(httpserver_ipv4, tmp_path)


def run(site: Site, store: Store, loaded=None, **kw) -> follow.Summary:
    loaded = loaded or site.sources(feeds=[site.url("/feed.rss")])
    return follow.crawl(store, loaded, loaded.pick(["local"]), site.tmp / "warc", **kw)


def test_follow_new_then_seen_items(site, store):
    urls = [site.article(f"/tin/bai-{n}.html", n) for n in range(3)]
    site.feed("/feed.rss", urls)
    first = run(site, store)
    assert (first.counts["discovered"], first.counts["fetched"], first.counts["new"]) == (3, 3, 3)
    assert {r["source"]["url"] for r in store.records()} == set(urls)
    site.server.clear()
    site.server.expect_request("/robots.txt").respond_with_data("")
    more = urls + [site.article("/tin/bai-3.html", 3)]
    site.feed("/feed.rss", more)
    for n in range(3):
        site.article(f"/tin/bai-{n}.html", n)
    second = run(site, store)
    assert (second.counts["discovered"], second.counts["fetched"], second.counts["new"]) == (1, 1, 1)
    assert [site.requests(f"/tin/bai-{n}.html") for n in range(4)] == [0, 0, 0, 1]  # seen pages are not fetched
    assert store.stats()["documents"] == 4


def test_follow_feed_not_modified_is_not_read_again(site, store):
    url = site.article("/tin/bai-0.html", 0)
    feed = rss([(url, "2024-01-10")])

    def answer(request):
        if request.headers.get("If-None-Match") == '"f1"':
            return Response(status=304)
        return Response(feed, content_type="application/rss+xml", headers={"ETag": '"f1"'})

    site.server.expect_request("/feed.rss").respond_with_handler(answer)
    run(site, store)
    again = run(site, store)
    assert again.counts["discovered"] == 0 and not again.causes and not again.listings
    statuses = [resp.status_code for req, resp in site.server.log if req.path == "/feed.rss"]
    assert statuses == [200, 304]


def test_follow_failures_by_cause(site, store):
    ok = site.article("/tin/ok.html", 1)
    site.server.expect_request("/tin/mat.html").respond_with_data("không có", status=404)
    site.server.expect_oneshot_request("/tin/loi.html").respond_with_data("", status=500)
    flaky = site.article("/tin/loi.html", 2)
    site.server.expect_oneshot_request("/tin/cham.html").respond_with_data("", status=429, headers={"Retry-After": "1"})
    slow = site.article("/tin/cham.html", 3)
    site.server.expect_request("/tin/vong-1.html").respond_with_data("", status=302, headers={"Location": "/tin/vong-2.html"})
    site.server.expect_request("/tin/vong-2.html").respond_with_data("", status=302, headers={"Location": "/tin/vong-1.html"})
    site.server.expect_request("/tin/lon.html").respond_with_data(page("Tin lớn", ["Việt Nam và Lào ký kết." * 40] * 300),
                                                                   content_type="text/html")
    wrong = site.url("/tin/sai.html")
    site.server.expect_request("/tin/sai.html").respond_with_data(sample_page(4).encode("utf-8"),
                                                                  content_type="text/html; charset=iso-8859-1")
    site.server.expect_request("/tin/anh.html").respond_with_data(b"\x89PNG", content_type="image/png")
    site.server.expect_request("/tin/english.html").respond_with_data(
        page("Vietnam and Laos", ["Vietnam and Laos signed agreements on trade and energy in Vientiane."] * 20),
        content_type="text/html")
    private = site.article("/private/bai.html", 5)
    listed = [ok, site.url("/tin/mat.html"), flaky, slow, site.url("/tin/vong-1.html"), site.url("/tin/lon.html"),
              wrong, site.url("/tin/anh.html"), site.url("/tin/english.html"), private]
    site.feed("/feed.rss", listed)
    loaded = site.sources(feeds=[site.url("/feed.rss"), site.url("/not-a-feed")], crawl={"max_mb": 0.2})
    site.server.expect_request("/not-a-feed").respond_with_data("<html><body>Trang chủ</body></html>",
                                                                content_type="text/html")
    started = time.monotonic()
    summary = run(site, store, loaded)
    assert time.monotonic() - started >= 1.0  # Retry-After honoured
    assert summary.counts["new"] == 4 and summary.counts["failed"] == 6
    assert dict(summary.causes) == {"http-404": 1, "redirect-loop": 1, "too-large": 1, "not-html": 1,
                                    "not-vietnamese": 1, "robots": 1}
    assert dict(summary.listings) == {"feed feed-not-xml": 1}
    assert site.requests("/private/bai.html") == 0
    wrong_doc = next(r for r in store.records() if r["source"]["url"] == wrong)
    assert "Thủ tướng" in wrong_doc["text"] and any("declares charset" in w for w in wrong_doc["warnings"])


def test_follow_passing_failures_are_tried_again_next_run(site, store):
    site.server.expect_request("/tin/ban.html").respond_with_data("", status=503)
    site.feed("/feed.rss", [site.url("/tin/ban.html")])
    assert run(site, store).causes == {"http-503": 1}
    site.server.clear()
    site.server.expect_request("/robots.txt").respond_with_data("")
    site.feed("/feed.rss", [site.url("/tin/ban.html")])
    site.article("/tin/ban.html", 6)
    assert run(site, store).counts["new"] == 1


def test_follow_since_and_max(site, store):
    old, new = site.article("/tin/cu.html", 0), [site.article(f"/tin/moi-{n}.html", n + 1) for n in range(3)]
    site.server.expect_request("/feed.rss").respond_with_data(
        rss([(old, "2023-05-01")] + [(u, f"2024-02-0{n + 1}") for n, u in enumerate(new)]),
        content_type="application/rss+xml")
    summary = run(site, store, since="2024-01-01", max_pages=2)
    assert summary.counts["fetched"] == 2 and site.requests("/tin/cu.html") == 0
    assert {r["source"]["url"] for r in store.records()} == set(new[1:])  # the newest first


def test_follow_sitemap_index_and_section_and_robots_sitemaps(site, store):
    pages = [site.article(f"/tin/s-{n}.html", n) for n in range(4)]
    site.server.clear()
    site.server.expect_request("/robots.txt").respond_with_data(f"User-agent: *\nSitemap: {site.url('/index.xml')}\n")
    for n in range(4):
        site.article(f"/tin/s-{n}.html", n)
    site.server.expect_request("/index.xml").respond_with_data(
        sitemap([(site.url("/sm-2.xml"), "2024-02-01"), (site.url("/sm-1.xml"), "2024-01-01")], index=True))
    site.server.expect_request("/sm-2.xml").respond_with_data(sitemap([(pages[0], "2024-02-03")]))
    site.server.expect_request("/sm-1.xml").respond_with_data(sitemap([(pages[1], "2024-01-03")]))
    site.server.expect_request("/the-gioi").respond_with_data(
        f'<html><body><a href="/tin/s-2.html">a</a><a href="{pages[3]}?utm_source=x">b</a><a href="/tag/lao">t</a>'
        '<a href="https://example.org/x.html">x</a></body></html>', content_type="text/html")
    loaded = site.sources(sections=[site.url("/the-gioi")], robots_sitemaps=True, crawl={"sitemap_children": 1})
    summary = run(site, store, loaded)
    assert summary.counts["new"] == 3  # s-0 (the newest child sitemap), s-2 and s-3 (the section)
    assert site.requests("/sm-1.xml") == 0 and site.requests("/tag/lao") == 0


def test_follow_stopped_midway_resumes_where_it_stopped(site, store):
    urls = [site.article(f"/tin/bai-{n}.html", n) for n in range(4)]
    site.feed("/feed.rss", urls)
    stop = threading.Event()
    first = run(site, store, stop=stop, progress=lambda event, n: stop.set() if event == "page" else None, threads=1)
    assert first.stopped and first.counts["new"] == 1 and store.frontier.counts() == {"done": 1, "pending": 3}
    stored = {r["source"]["url"] for r in store.records()}
    site.server.clear()
    site.server.expect_request("/robots.txt").respond_with_data("")
    site.feed("/feed.rss", urls)
    for n in range(4):
        site.article(f"/tin/bai-{n}.html", n)
    second = run(site, store)
    assert second.counts["new"] == 3 and store.stats()["documents"] == 4
    assert not any(site.requests(u.replace(site.base, "")) for u in stored)  # what was stored is not fetched again


def test_follow_archive_read_back_by_ingest_gives_identical_records(site, store, tmp_path):
    urls = [site.article(f"/tin/bai-{n}.html", n) for n in range(5)]
    site.feed("/feed.rss", urls)
    summary = run(site, store)
    crawled = sorted((to_dict_record(r) for r in store.records()), key=lambda r: r["id"])
    again = Store(":memory:")
    result = runner.invoke(app, ["ingest", summary.archive, "--db", str(tmp_path / "again.db"), "-q"])
    assert result.exit_code == 0, result.output
    with Store(tmp_path / "again.db") as replay:
        replayed = sorted((to_dict_record(r) for r in replay.records()), key=lambda r: r["id"])
    assert len(crawled) == 5 and replayed == crawled
    lines = {a.url: a.line for a in read([summary.archive])}
    assert sorted(lines) == sorted(urls)  # the feed and robots.txt are archived, not read back as pages
    assert {store.get(r["id"])["inputs"][0]["line"] for r in crawled} == set(lines.values())
    again.close()


def to_dict_record(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "inputs"}


def test_follow_cli_crawl_progress_and_summary(site, tmp_path):
    site.feed("/feed.rss", [site.article("/tin/bai-1.html", 1)])
    path = sources_file(tmp_path, [site.host], site.base + "/", feeds=[site.url("/feed.rss")])
    db = tmp_path / "crawl.db"
    result = runner.invoke(app, ["crawl", "local", "--sources", str(path), "--db", str(db), "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert "discovered" in result.stdout and "new" in result.stdout and "documents in store" in result.stdout
    assert list((tmp_path / "warc").glob("bangiao-*.warc.gz"))
    bad = runner.invoke(app, ["crawl", "nobody", "--sources", str(path), "--db", str(db)])
    assert bad.exit_code == 2 and "no outlet nobody" in bad.output
    bad = runner.invoke(app, ["crawl", "--since", "hôm qua", "--sources", str(path), "--db", str(db)])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


@pytest.mark.parametrize("text,seconds", [("30m", 1800), ("1h", 3600), ("90s", 90), ("1h30m", 5400), ("0.5s", 0.5)])
def test_follow_parse_every(text, seconds):
    assert follow.parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "30", "soon", "0m", "5x", "1h soon"])
def test_follow_parse_every_refuses(text):
    with pytest.raises(ValueError, match="30m"):
        follow.parse_every(text)


def test_follow_watch_runs_on_schedule_until_stopped():
    stop, runs = threading.Event(), []

    def once():
        runs.append(time.monotonic())
        if len(runs) == 3:
            stop.set()
        return follow.Summary()

    assert follow.watch(0.1, once, stop) == 3
    assert all(b - a >= 0.09 for a, b in zip(runs, runs[1:]))


@pytest.mark.slow
def test_follow_watch_stops_cleanly_on_sigterm(site, tmp_path):
    site.feed("/feed.rss", [site.article("/tin/bai-1.html", 1)])
    path = sources_file(tmp_path, [site.host], site.base + "/", feeds=[site.url("/feed.rss")])
    command = [sys.executable, "-m", "bangiao", "watch", "--every", "1h", "--sources", str(path),
               "--db", str(tmp_path / "w.db"), "-q"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=os.environ | {"COLUMNS": "120"}, cwd=ROOT)
    deadline = time.monotonic() + 60
    while site.requests("/tin/bai-1.html") == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    time.sleep(1.0)  # the run's summary is printed, the schedule waits
    proc.send_signal(signal.SIGTERM)
    out, errors = proc.communicate(timeout=30)
    assert proc.returncode == 0, errors
    assert "watch stopped after 1 run(s)" in out and "documents in store" in out
    with Store(tmp_path / "w.db") as store:
        assert store.stats()["documents"] == 1


def test_follow_frontier_counts_and_json_record(site, store):
    site.feed("/feed.rss", [site.article("/tin/bai-1.html", 1)])
    run(site, store)
    assert store.frontier.counts() == {"done": 1}
    assert json.loads(json.dumps(to_dict(store.frontier.todo(["local"])))) == []


def _slow_site(site, tmp_path) -> tuple[list[str], Path]:
    """Six pages answered slowly (0.3 s each) behind a feed, and the sources file that names it."""
    def slow(n):
        def answer(request):
            time.sleep(0.3)
            return Response(sample_page(n), content_type="text/html; charset=utf-8")
        return answer

    urls = []
    for n in range(6):
        site.server.expect_request(f"/tin/cham-{n}.html").respond_with_handler(slow(n))
        urls.append(site.url(f"/tin/cham-{n}.html"))
    site.feed("/feed.rss", urls)
    return urls, sources_file(tmp_path, [site.host], site.base + "/", feeds=[site.url("/feed.rss")])


def _wait_for_pages_done(proc, db, count: int) -> None:
    """Until ``count`` pages are marked done in the crawl's store (or 60 s, or the process ended)."""
    import sqlite3

    done, deadline = 0, time.monotonic() + 60
    while done < count and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db) as con:
                done = con.execute("SELECT count(*) FROM crawl_urls WHERE state = 'done' AND kind = 'page'").fetchone()[0]
        except sqlite3.Error:
            continue


@pytest.mark.slow
def test_follow_killed_midway_a_rerun_skips_what_is_done(site, tmp_path):
    urls, path = _slow_site(site, tmp_path)
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-m", "bangiao", "crawl", "--sources", str(path), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _wait_for_pages_done(proc, db, 2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Store(db) as store:
        before = {u for u, in store.db.execute("SELECT url FROM crawl_urls WHERE state = 'done' AND kind = 'page'")}
        stored = store.stats()["documents"]  # a page may be stored and killed before it is marked done
        assert 2 <= len(before) < 6 and stored in (len(before), len(before) + 1)
        asked = {u: site.requests(u.replace(site.base, "")) for u in urls}
        second = run(site, store, site.sources(feeds=[site.url("/feed.rss")]))
        assert second.counts["new"] == 6 - stored and store.stats()["documents"] == 6
    assert all(site.requests(u.replace(site.base, "")) == asked[u] for u in before)  # done: not fetched again


@pytest.mark.slow
def test_follow_sigterm_stops_crawl_cleanly_and_a_rerun_resumes(site, tmp_path):
    """SIGTERM (a service manager, `kill`) ends `bangiao crawl` after the page under way: exit 0 with the summary,
    every WARC record whole, the store valid, what was stored marked done; the same command again fetches only the
    rest."""
    import sqlite3

    from warcio.archiveiterator import ArchiveIterator

    urls, path = _slow_site(site, tmp_path)
    db, warcs = tmp_path / "t.db", tmp_path / "warc"
    command = [sys.executable, "-m", "bangiao", "crawl", "--sources", str(path), "--db", str(db), "--delay", "0",
               "--warc-dir", str(warcs), "-q"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=os.environ | {"COLUMNS": "120"}, cwd=ROOT)
    _wait_for_pages_done(proc, db, 2)
    proc.send_signal(signal.SIGTERM)
    out, errors = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "Traceback" not in errors, errors
    assert "stopped: run again to go on" in out and "documents in store" in out
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    (archive,) = warcs.glob("*.warc.gz")
    with archive.open("rb") as stream:  # every record whole: the archive reads to its end
        fetched = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)
                   if r.rec_type == "response" and r.content_stream().read() is not None]
    with Store(db) as store:
        before = {u for u, in store.db.execute("SELECT url FROM crawl_urls WHERE state = 'done' AND kind = 'page'")}
        assert 2 <= len(before) < 6 and store.stats()["documents"] == len(before)  # stopped between pages
        assert before <= set(fetched)
    asked = {u: site.requests(u.replace(site.base, "")) for u in urls}
    again = subprocess.run(command, capture_output=True, text=True, env=os.environ | {"COLUMNS": "120"}, cwd=ROOT,
                           timeout=120)
    assert again.returncode == 0, again.stderr
    with Store(db) as store:
        assert store.stats()["documents"] == 6 and store.frontier.counts() == {"done": 6}
    assert all(site.requests(u.replace(site.base, "")) == asked[u] for u in before)  # done: not fetched again
