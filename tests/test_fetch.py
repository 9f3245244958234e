"""Polite fetching against a server on 127.0.0.1: every answer a server can give, and what the fetcher does."""
from __future__ import annotations

import gzip
import threading
import time

import pytest
from werkzeug import Response

from bangiao.reading.fetch import Fetcher, by_host, decode_content, retry_after
from bangiao.reading.sources import Settings

FAST = Settings(user_agent="bangiao-test/1", delay=0.0, timeout=5.0, max_mb=0.05, retries=2, backoff=0.05,
                max_wait=5.0, redirects=5)
PAGE = "<html><body><p>Xin chào Việt Nam</p></body></html>"


@pytest.fixture
def server(httpserver_ipv4):
    httpserver_ipv4.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    return httpserver_ipv4


def paths(server) -> list[str]:
    return [req.path for req, _ in server.log]


def fetch(server, path, settings=FAST, **kw):
    with Fetcher(settings) as fetcher:
        return fetcher.fetch(server.url_for(path), **kw)


@pytest.mark.parametrize("status,cause", [(404, "http-404"), (410, "http-410"), (403, "http-403")])
def test_fetch_client_errors_fail_at_once(server, status, cause):
    server.expect_request("/gone").respond_with_data("no", status=status)
    got = fetch(server, "/gone")
    assert (got.status, got.cause, got.retry) == (status, cause, False)
    assert paths(server).count("/gone") == 1


def test_fetch_server_error_then_success_is_retried(server):
    server.expect_oneshot_request("/flaky").respond_with_data("busy", status=500)
    server.expect_request("/flaky").respond_with_data(PAGE, content_type="text/html")
    got = fetch(server, "/flaky")
    assert got.ok and got.body.decode() == PAGE
    assert [e.status for e in got.exchanges] == [500, 200]  # both answers, for the archive
    assert paths(server).count("/flaky") == 2


def test_fetch_server_errors_to_the_end_fail_as_passing(server):
    server.expect_request("/down").respond_with_data("busy", status=503)
    got = fetch(server, "/down")
    assert (got.cause, got.retry) == ("http-503", True)
    assert paths(server).count("/down") == FAST.retries + 1


def test_fetch_429_waits_as_retry_after_says(server):
    server.expect_oneshot_request("/slow").respond_with_data("later", status=429, headers={"Retry-After": "1"})
    server.expect_request("/slow").respond_with_data(PAGE, content_type="text/html")
    started = time.monotonic()
    got = fetch(server, "/slow")
    assert got.ok and time.monotonic() - started >= 1.0


def test_fetch_retry_after_beyond_the_longest_wait_gives_up(server):
    server.expect_request("/never").respond_with_data("later", status=429, headers={"Retry-After": "3600"})
    started = time.monotonic()
    got = fetch(server, "/never")
    assert (got.cause, got.retry) == ("throttled", True) and time.monotonic() - started < 2


def test_fetch_conditional_get_gives_not_modified(server):
    def answer(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(PAGE, headers={"ETag": '"v1"', "Last-Modified": "Wed, 10 Jan 2024 08:00:00 GMT"},
                        content_type="text/html")

    server.expect_request("/feed").respond_with_handler(answer)
    first = fetch(server, "/feed")
    again = fetch(server, "/feed", validators=(first.headers["etag"], first.headers["last-modified"]))
    assert first.ok and again.not_modified and again.body == b""
    sent = [req.headers for req, _ in server.log if req.path == "/feed"][-1]
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "Wed, 10 Jan 2024 08:00:00 GMT"


def test_fetch_redirect_loop_is_caught(server):
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=301, headers={"Location": "/a#top"})
    got = fetch(server, "/a")
    assert got.cause == "redirect-loop" and paths(server).count("/a") == 1


def test_fetch_redirect_is_followed_on_allowed_hosts_only(server):
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    server.expect_request("/new").respond_with_data(PAGE, content_type="text/html")
    server.expect_request("/away").respond_with_data("", status=302, headers={"Location": "http://example.org/x"})
    got = fetch(server, "/old")
    assert got.ok and got.final_url == server.url_for("/new")
    away = fetch(server, "/away", allowed=lambda url: "127.0.0.1" in url)
    assert away.cause == "off-site-redirect"


def test_fetch_page_over_the_size_cap_is_not_read(server):
    big = "x" * 60_000
    server.expect_request("/big").respond_with_data(big, content_type="text/html")
    server.expect_request("/bomb").respond_with_data(gzip.compress(big.encode()), content_type="text/html",
                                                     headers={"Content-Encoding": "gzip"})
    assert fetch(server, "/big").cause == "too-large"
    assert fetch(server, "/bomb").cause == "too-large"  # small on the wire, over the cap unpacked


def test_fetch_gzip_body_is_unpacked_and_kept_raw(server):
    packed = gzip.compress(PAGE.encode())
    server.expect_request("/z").respond_with_data(packed, content_type="text/html", headers={"Content-Encoding": "gzip"})
    got = fetch(server, "/z")
    assert got.body.decode() == PAGE and got.exchanges[-1].raw == packed


def test_fetch_robots_txt_disallowing_a_path_is_honoured(server):
    server.expect_request("/private/x").respond_with_data(PAGE)
    with Fetcher(FAST) as fetcher:
        assert fetcher.fetch(server.url_for("/private/x")).cause == "robots"
        assert fetcher.fetch(server.url_for("/private/x")).cause == "robots"
    assert paths(server) == ["/robots.txt"]  # asked once, the page never


@pytest.mark.parametrize("status,allowed", [(404, True), (500, False)])
def test_fetch_robots_txt_missing_allows_and_failing_forbids(httpserver_ipv4, status, allowed):
    httpserver_ipv4.expect_request("/robots.txt").respond_with_data("", status=status)
    httpserver_ipv4.expect_request("/p").respond_with_data(PAGE)
    got = fetch(httpserver_ipv4, "/p")
    assert got.ok is allowed and (got.cause == "robots-unreachable") is not allowed


def test_fetch_sends_the_user_agent(server):
    server.expect_request("/ua").respond_with_data(PAGE)
    fetch(server, "/ua")
    assert {req.headers["User-Agent"] for req, _ in server.log} == {"bangiao-test/1"}


def test_fetch_unreachable_site_is_a_passing_failure():
    with Fetcher(FAST) as fetcher:
        got = fetcher.fetch("http://127.0.0.1:9/x")  # nothing listens: robots.txt cannot be read, nothing fetched
    assert (got.cause, got.retry, got.exchanges) == ("robots-unreachable", True, ())


def test_fetch_delay_holds_per_host(server):
    server.expect_request("/d").respond_with_data(PAGE)
    with Fetcher(Settings(delay=0.2, timeout=5.0, retries=0)) as fetcher:
        for _ in range(3):
            assert fetcher.fetch(server.url_for("/d")).ok
    starts = [t for path, t in server.arrivals if path == "/d"]
    assert len(starts) == 3 and all(b - a >= 0.19 for a, b in zip(starts, starts[1:]))  # arrival jitter


@pytest.fixture(autouse=True)
def _arrivals(httpserver_ipv4):
    """(path, time) of each request as it arrives at the server."""
    original = httpserver_ipv4.dispatch
    httpserver_ipv4.arrivals = []

    def dispatch(request):
        httpserver_ipv4.arrivals.append((request.path, time.monotonic()))
        return original(request)

    httpserver_ipv4.dispatch = dispatch
    yield
    httpserver_ipv4.dispatch = original


def test_fetch_by_host_runs_each_hosts_jobs_in_order_and_stops():
    jobs = [f"http://h{i % 3}.test/{i}" for i in range(9)]
    seen = [url for url, _ in by_host(jobs, lambda u: u, lambda u: u.upper(), threading.Event())]
    assert sorted(seen) == sorted(jobs)
    for h in range(3):
        mine = [u for u in seen if f"h{h}." in u]
        assert mine == sorted(mine, key=lambda u: int(u.rsplit("/", 1)[1]))
    stop = threading.Event()
    stop.set()
    assert list(by_host(jobs, lambda u: u, lambda u: u, stop)) == []


@pytest.mark.parametrize("value,seconds", [("3", 3.0), ("0", 0.0), (None, None), ("soon", None),
                                           ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)])
def test_fetch_retry_after_values(value, seconds):
    assert retry_after(value) == seconds


def test_fetch_decode_content_refuses_unknown_encodings():
    with pytest.raises(ValueError):
        decode_content(b"abc", "br", 100)
    assert decode_content(b"abc", None, 100) == b"abc"


def test_fetch_robots_crawl_delay_longer_than_ours_wins(httpserver_ipv4):
    httpserver_ipv4.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 1\n")
    httpserver_ipv4.expect_request("/c").respond_with_data(PAGE)
    with Fetcher(FAST) as fetcher:
        assert fetcher.fetch(httpserver_ipv4.url_for("/c")).ok and fetcher.fetch(httpserver_ipv4.url_for("/c")).ok
    starts = [t for path, t in httpserver_ipv4.arrivals if path == "/c"]
    assert starts[1] - starts[0] >= 1.0
