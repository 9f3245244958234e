"""End to end in headless Chromium: ingest the sample corpus (and tests/data/webui), serve it, use every page as an
analyst would, at 1366 px and at 390 px (a phone).

Playwright drives the system's chromium (Debian package ``chromium``; `.ci/run` installs it). Screenshots of every
page at both widths are kept under build/screenshots/. axe-core (the copy inside axe-playwright-python, injected
into the page: nothing fetched) must find no serious or critical violation on any page. Without a browser the test
is skipped, unless BANGIAO_REQUIRE_BROWSER=1 (CI).
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

import httpx2 as httpx
import pytest
import uvicorn
from conftest import DATA, ROOT, SAMPLES
from typer.testing import CliRunner

from bangiao.cli import app as cli
from bangiao.serve.app import create_app
from bangiao.store.store import EventFilter, Store

SHOTS = ROOT / "build" / "screenshots"
WIDTHS = {"desktop": (1366, 900), "phone": (390, 844)}
BROWSER = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
if BROWSER is None and os.environ.get("BANGIAO_REQUIRE_BROWSER") != "1":
    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)
sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
Axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe
WEBUI = DATA / "webui"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db) -> Iterator[str]:
    """The web UI over the store at ``db`` on a free local port while the block runs: its base URL."""
    port = _free_port()
    running = uvicorn.Server(uvicorn.Config(create_app(store=Store(db, shared=True)), host="127.0.0.1", port=port,
                                            log_level="error"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(timeout=10)


class Site(str):
    """The server's base URL, with what the tests need to know of its store."""

    facts: dict


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "demo.db"
    inputs = [str(p) for p in sorted(SAMPLES.glob("*.txt"))] + [str(p) for p in sorted(WEBUI.glob("*.txt"))]
    result = CliRunner().invoke(cli, ["ingest", "--quiet", "--db", str(db), *inputs, str(WEBUI / "articles.jsonl")])
    assert result.exit_code == 0, result.output
    with serving(db) as base:
        yield _site(base, db)


def _site(base: str, db) -> Site:
    site = Site(base)
    with Store(db) as store:
        records = list(store.records())
        caption_event = next(e for e in store.events() if any("removed" in s["evidence"] for s in e["sources"]))
        site.facts = {"removed": [r for r in records if r["removed"]], "records": records,
                      "caption_event": caption_event, "talks": store.events(EventFilter(type="TALKS"))[0],
                      "untitled": next(r for r in records if not r.get("title")),
                      "pair_count": store.count_events(EventFilter(pair=("VN", "LA")))}
    return site


@pytest.fixture(scope="module")
def browser():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=BROWSER, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def _tab(browser, server, width: str):
    w, h = WIDTHS[width]
    tab = browser.new_page(viewport={"width": w, "height": h})
    tab.external = []
    tab.on("request", lambda r: None if r.url.startswith(server) else tab.external.append(r.url))
    return tab


@pytest.fixture(scope="module", params=list(WIDTHS))
def page(browser, server, request):
    """A tab at each width in turn: every test that uses it runs at 1366 px and at 390 px."""
    tab = _tab(browser, server, request.param)
    yield tab
    assert tab.external == []  # no request ever leaves the machine
    tab.close()


@pytest.fixture(scope="module")
def phone(browser, server):
    tab = _tab(browser, server, "phone")
    yield tab
    assert tab.external == []
    tab.close()


def _pages(server) -> dict[str, str]:
    """Every kind of page, by the name of its screenshot."""
    f = server.facts
    return {"home": "/", "dashboard": "/?pair=VN-LA", "dashboard-en": "/?pair=VN-LA&lang=en",
            "events": "/events?pair=VN-LA", "events-en": "/events?type=TALKS&lang=en",
            "network": "/network", "network-pair": "/network?pair=VN-LA",
            "actor": "/actors/person:thongloun-sisoulith", "event": f"/events/{f['talks']['id']}",
            "event-caption": f"/events/{f['caption_event']['id']}",
            "article": f"/documents/{f['talks']['sources'][0]['doc_id']}",
            "article-untitled": f"/documents/{f['untitled']['id']}",
            "search": "/search?q=kim+ngach+thuong+mai", "search-en": "/search?q=Thongloun&lang=en",
            "not-found": "/no/such/page", "bad-pair": "/?pair=VIETNAM",
            "map": "/map", "map-pair": "/map?pair=VN-LA", "map-en": "/map?pair=VN-LA&lang=en"}


def _axe_problems(tab) -> list[str]:
    results = Axe().run(tab)
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("width", list(WIDTHS))
def test_webui_browser_every_page_fits_the_screen_and_passes_axe(server, browser, width):
    tab = _tab(browser, server, width)
    problems = {}
    for name, path in _pages(server).items():
        tab.goto(server + path)
        tab.screenshot(path=str(SHOTS / f"{name}-{WIDTHS[width][0]}.png"), full_page=True)
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        found = _axe_problems(tab) + ([f"{overflow}px sideways scrolling"] if overflow > 0 else [])
        found += ["no skip link"] if tab.locator("a.skip[href='#main']").count() != 1 else []
        levels = [int(h[1]) for h in tab.eval_on_selector_all("h1, h2, h3, h4", "hs => hs.map(h => h.tagName)")]
        found += [f"headings skip a level: {levels}"] if levels[0] != 1 or any(b > a + 1 for a, b in
                                                                               zip(levels, levels[1:])) else []
        if found:
            problems[name] = found
    assert tab.external == []
    tab.close()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_webui_browser_home_ranks_partners_and_opens_their_dashboard(server, page):
    page.goto(server + "/")
    assert "bangiao" in page.inner_text("h1") and "quan hệ đối ngoại" in page.inner_text("p.lead")
    assert page.inner_text("#document-count") == str(len(server.facts["records"]))
    assert re.fullmatch(r"\d{4}(-\d{2}){0,2} – \d{4}(-\d{2}){0,2}", page.inner_text("#date-range"))  # as precise as known
    rows = page.locator("#partners tbody tr")
    counts = [int(rows.nth(i).locator("td").nth(2).inner_text()) for i in range(rows.count())]
    assert counts == sorted(counts, reverse=True) and rows.count() >= 4
    assert page.locator("#partners svg.spark").count() == rows.count()
    page.click("#partners a >> text=Lào")
    assert "Việt Nam – Lào" in page.inner_text("#pair")
    page.select_option("#pair-picker", "VN-KH")
    page.click("form.picker button")
    assert "Việt Nam – Campuchia" in page.inner_text("#pair") and "pair=VN-KH" in page.url


def test_webui_browser_filters_round_trip_through_the_url(server, page):
    page.goto(server + "/events?lang=en")
    total = int(page.inner_text("#total-count").replace(",", ""))
    assert total > 20
    page.select_option("form.filters select[name=type]", "TALKS")
    page.fill("form.filters input[name=since]", "2020")
    page.select_option("form.filters select[name=status]", "happened")
    page.click("form.filters button")
    query = parse_qs(urlsplit(page.url).query)
    assert query["type"] == ["TALKS"] and query["since"] == ["2020"] and query["status"] == ["happened"]
    narrowed = int(page.inner_text("#total-count"))
    assert 0 < narrowed < total
    assert all(t == "Talks" for t in page.locator("table.events tbody td:nth-child(2) .type").all_inner_texts())
    assert all(d >= "2020" for d in page.locator("table.events tbody td:nth-child(1)").all_inner_texts())
    page.reload()  # a bookmark shows the same list
    assert int(page.inner_text("#total-count")) == narrowed
    assert page.input_value("form.filters input[name=since]") == "2020"
    csv_link = page.get_attribute("a.button >> text=CSV", "href")
    rows = list(csv.DictReader(io.StringIO(httpx.get(server + csv_link).text)))
    assert len(rows) == narrowed and {r["type"] for r in rows} == {"TALKS"}
    for fmt in ("JSONL", "PLOVER", "CAMEO TSV", "GraphML"):
        href = page.get_attribute(f"a.button >> text={fmt}", "href")
        answer = httpx.get(server + href)
        assert answer.status_code == 200 and answer.text and "type=TALKS" in href


def test_webui_browser_all_events_pages_and_sorts(server, page):
    page.goto(server + "/events?sort=date")
    total = int(page.inner_text("#total-count"))
    first_page = page.locator("table.events tbody tr").count()
    assert first_page == min(total, 50)
    if total > 50:
        page.click("a[rel=next]")
        assert "page=2" in page.url and "sort=date" in page.url
    page.goto(server + "/events?sort=sources&min_sources=2")
    counts = [int(x) for x in page.locator("table.events tbody td:nth-child(6)").all_inner_texts()]
    assert counts and counts == sorted(counts, reverse=True) and min(counts) >= 2


def test_webui_browser_a_chart_bar_opens_the_matching_events(server, page):
    page.goto(server + "/?pair=VN-LA")
    ticks = page.locator("#timeline svg text.ytick").all_text_contents()
    assert ticks[0] == "0" and len(ticks) >= 2 and page.locator("#timeline svg line.grid").count() == len(ticks)
    months = page.locator("#timeline .chart-data tbody th").all_inner_texts()
    assert page.locator("#timeline svg text.xtick.apart").count() == (1 if "chưa rõ ngày" in months else 0)
    bar = page.locator("#timeline svg a").first
    label = bar.locator("title").text_content()  # "2017 · Hội kiến, tiếp: 1" (a bar a year: a long span)
    expected = int(label.rsplit(":", 1)[1])
    bar.click()
    query = parse_qs(urlsplit(page.url).query)
    assert page.url.startswith(server + "/events?") and query["pair"] == ["VN-LA"] and "type" in query
    assert query["since"] == query["until"] and int(page.inner_text("#total-count")) == expected
    assert page.locator("table.events tbody td:nth-child(1)").first.inner_text().startswith(query["since"][0])
    page.go_back()
    page.locator("#timeline ul.legend a").first.click()
    assert "type=" in page.url and int(page.inner_text("#total-count")) > 0


def test_webui_browser_chart_data_table_on_demand(server, page):
    page.goto(server + "/?pair=VN-LA")
    table = page.locator("#timeline .chart-data table")
    assert page.locator("#timeline .chart-data").bounding_box()["width"] <= 1  # for screen readers, out of sight
    assert "T" in table.locator("caption").inner_text() or table.locator("caption").count() == 1
    page.locator("#timeline details.data-toggle summary").click()
    assert page.locator("#timeline .chart-data").bounding_box()["width"] > 100
    total = sum(int(x) for x in table.locator("tbody td:last-child").all_inner_texts())
    assert total == server.facts["pair_count"]


def test_webui_browser_network_of_who_met_whom(server, page):
    page.goto(server + "/network?pair=VN-LA")
    assert page.locator("#graph svg circle").count() >= 4 and page.locator("#graph svg line.edge").count() >= 3
    assert "Thongloun Sisoulith" in page.inner_text("#pairs")
    page.fill("form.filters input[name=until]", "2018")
    page.click("form.filters button")
    assert "until=2018" in page.url
    page.locator("#graph svg a[aria-label='Thongloun Sisoulith'] circle").first.click()
    assert page.inner_text("#name") == "Thongloun Sisoulith"


def test_webui_browser_reader_links_events_and_evidence(server, page):
    talks = server.facts["talks"]
    page.goto(f"{server}/events/{talks['id']}")
    source = talks["sources"][0]
    page.locator("#sources a.evidence-link").first.click()
    assert page.url.endswith(f"#at-{source['evidence']['start']}")
    target = page.locator(f"#at-{source['evidence']['start']}")
    assert target.is_visible() and target.evaluate("e => e.matches(':target')")
    page.locator("#article mark.event a[href^='/events/']").first.click()
    assert page.url.startswith(server + "/events/f") and page.locator("#sources").count() == 1
    page.goto(f"{server}/documents/{source['doc_id']}")
    assert "/" not in page.inner_text("#inputs").replace("https://", "").split("Tệp:")[-1]
    for record in server.facts["records"]:
        if record["source"]["url"]:
            page.goto(f"{server}/documents/{record['id']}")
            assert page.get_attribute("#original a", "href") == record["source"]["url"]
            break


def test_webui_browser_an_article_without_a_title_shows_its_first_line(server, page):
    record = server.facts["untitled"]
    page.goto(f"{server}/documents/{record['id']}")
    heading = page.inner_text("#title")
    assert heading.rstrip("…") and record["text"].startswith(heading.rstrip("…")) and record["id"] not in heading
    page.goto(server + "/search?q=Khamphao")
    assert page.locator("#hits h3 a").first.inner_text() == heading


def test_webui_browser_an_event_told_only_in_a_caption_shows_the_caption(server, page):
    event = server.facts["caption_event"]
    page.goto(f"{server}/events/{event['id']}")
    assert "chú thích ảnh" in page.inner_text("#sources").lower()
    caption = next(s for s in event["sources"] if "removed" in s["evidence"])
    assert caption["evidence"]["text"] in page.inner_text("#sources blockquote.caption")
    page.locator("#sources a.evidence-link").first.click()
    item = page.locator(f"#removed-{caption['evidence']['removed']}")
    assert page.locator("#removed").evaluate("d => d.open") and item.is_visible()


def test_webui_browser_both_languages_translate_codes_and_numbers(server, page):
    page.goto(server + "/?pair=VN-LA&lang=en")
    assert "Laos" in page.inner_text("#pair") and "Events by month" in page.inner_text("#timeline")
    legend = page.locator("#timeline ul.legend").inner_text()
    assert "Talks" in legend and "TALKS" not in legend
    assert re.search(r"USD \d+(\.\d+)? billion", page.inner_text("#figures"))
    assert "Trade turnover" in page.inner_text("#figures")
    page.goto(server + "/?pair=VN-LA")
    assert re.search(r"\d+(,\d+)? tỷ USD", page.inner_text("#figures")) and "Hội đàm" in page.inner_text("#timeline")
    page.click("#lang-switch")
    assert "lang=en" in page.url and "pair=VN-LA" in page.url and "Laos" in page.inner_text("#pair")


def test_webui_browser_errors_are_pages_with_a_way_back(server, page):
    for path, status, words in (("/no/such/page", 404, "Không tìm thấy"), ("/no/such/page?lang=en", 404, "Not found"),
                                ("/?pair=VIETNAM", 400, "Yêu cầu không hợp lệ"),
                                ("/events?since=yesterday&lang=en", 400, "Bad request")):
        answer = page.goto(server + path)
        assert answer.status == status and words in page.inner_text("#error")
        page.click("main a >> nth=0")
        assert urlsplit(page.url).path == "/"


def test_webui_browser_phone_layout_has_one_header_row(server, phone):
    for path in ("/", "/?pair=VN-LA", "/events", f"/documents/{server.facts['talks']['sources'][0]['doc_id']}"):
        phone.goto(server + path)
        header = phone.locator("header.top").bounding_box()
        assert header["height"] < 60 and header["width"] <= 390
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_webui_browser_removed_boilerplate_is_folded_away(server, page):
    record = server.facts["removed"][0]
    page.goto(f"{server}/documents/{record['id']}")
    details = page.locator("#removed")
    assert not details.evaluate("d => d.open")
    assert not page.is_visible("#removed li >> nth=0")
    details.locator("summary").click()
    assert record["removed"][0]["text"][:30] in details.inner_text()
    assert page.inner_text("#article").strip() == record["text"].strip()


def test_webui_browser_search_finds_what_was_meant(server, page):
    workshop = "Bộ Ngoại giao tổ chức hội thảo về công tác lãnh sự"  # "tổ chức … cách làm", no Tô Lâm
    page.goto(server + "/search?q=T%C3%B4+L%C3%A2m")
    assert "Tô Lâm" in page.inner_text("#entities")
    titles = page.locator("#hits h3 a").all_inner_texts()
    assert titles and workshop not in titles and int(page.inner_text("#hit-count")) == len(titles)
    page.goto(server + "/search?q=to+lam")
    assert workshop in page.locator("#hits h3 a").all_inner_texts()
    page.fill("header input[name=q]", "thong loun")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("#entities")
    assert page.locator("#hits h3 a").count() > 0 and "Thongloun" in page.inner_text("#hits")
    page.locator("#entities a").first.click()
    assert page.inner_text("#name") == "Thongloun Sisoulith"


def _point_count(label: str) -> int:
    """The events a map point stands for, from its label ("Viêng Chăn: 5")."""
    return int(label.rsplit(":", 1)[1])


@pytest.mark.parametrize("width", list(WIDTHS))
def test_webui_browser_map_point_opens_the_events_held_there(server, browser, width):
    tab = _tab(browser, server, width)
    tab.goto(server + "/map?pair=VN-LA")
    points = tab.locator("#where svg.map a")
    assert points.count() >= 2 and tab.locator("#where svg.map path.land").count() >= 4
    assert tab.locator("#where svg.map path.land.chosen").count() == 2  # Việt Nam and Lào shaded
    rows = tab.locator("#places tbody tr")
    assert rows.count() >= points.count()
    assert tab.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    for i in range(points.count()):
        tab.goto(server + "/map?pair=VN-LA")
        point = tab.locator("#where svg.map a").nth(i)
        expected = _point_count(point.get_attribute("aria-label"))
        point.locator("circle").click()
        query = parse_qs(urlsplit(tab.url).query)
        assert tab.url.startswith(server + "/events?") and query["pair"] == ["VN-LA"]
        assert query["location"][0].startswith("place:") and int(tab.inner_text("#total-count")) == expected
        assert query["location"][0] in tab.get_attribute("#location a", "href") or tab.locator("#location").count()
    assert tab.external == []
    tab.close()


def test_webui_browser_map_table_and_date_range(server, page):
    page.goto(server + "/map")
    every = {r.locator("td").nth(0).inner_text(): int(r.locator("td").nth(2).inner_text())
             for r in page.locator("#places tbody tr").all()}
    assert sum(every.values()) == int(page.inner_text("#placed").split()[0])
    page.locator("#places tbody tr a").first.click()
    assert "location=place" in page.url and int(page.inner_text("#total-count")) == max(every.values())
    page.goto(server + "/map?pair=VN-LA")
    page.fill("form.filters input[name=until]", "2019")
    page.click("form.filters button")
    assert "until=2019" in page.url and "pair=VN-LA" in page.url
    assert page.inner_text("form.filters a") in ("Bỏ lọc", "Clear filters")  # a word, not a method's name
    narrowed = sum(int(x) for x in page.locator("#places tbody td:nth-child(3)").all_inner_texts())
    page.locator("#where svg.map a circle").first.click()
    assert "until=2019" in page.url and "location=place" in page.url
    assert all(d <= "2019-12-31" for d in page.locator("table.events tbody td:nth-child(1)").all_inner_texts())
    assert narrowed >= int(page.inner_text("#total-count"))


def test_webui_browser_english_ui_names_places_in_english(server, page):
    page.goto(server + "/map?pair=VN-LA&lang=en")
    places = page.inner_text("#places")
    assert "Vientiane" in places and "Viêng Chăn" not in places and "Hanoi" in places
    assert "Laos" in page.inner_text("h1") and "Where events took place" in page.inner_text("h1")
    page.goto(server + "/events?pair=VN-LA&location=place:vientiane&lang=en")
    assert "Vientiane" in page.inner_text("#location")
    column = page.locator("table.events tbody td:nth-child(4)").all_inner_texts()
    assert column and set(column) == {"Vientiane"}
    page.goto(server + "/events?pair=VN-LA&location=place:vientiane")
    assert set(page.locator("table.events tbody td:nth-child(4)").all_inner_texts()) == {"Viêng Chăn"}
