"""End to end in headless Chromium: ingest the sample corpus, serve it, open every kind of page, check the facts.

Playwright drives the system's chromium (Debian package ``chromium``; `.ci/run` installs it). Screenshots are
kept under build/screenshots/. Without a browser the test is skipped, unless BANGIAO_REQUIRE_BROWSER=1 (CI).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest
import uvicorn
from conftest import ROOT, SAMPLES
from typer.testing import CliRunner

from bangiao.serve.app import create_app
from bangiao.cli import app as cli
from bangiao.store.store import Store

SHOTS = ROOT / "build" / "screenshots"
BROWSER = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
if BROWSER is None and os.environ.get("BANGIAO_REQUIRE_BROWSER") != "1":
    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)
sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


server_docs: dict[str, list[dict]] = {}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "demo.db"
    result = CliRunner().invoke(cli, ["ingest", "--quiet", "--db", str(db), str(SAMPLES)])
    assert result.exit_code == 0, result.output
    port = _free_port()
    config = uvicorn.Config(create_app(store=Store(db, shared=True)), host="127.0.0.1", port=port, log_level="error")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:
        time.sleep(0.05)
    server = f"http://127.0.0.1:{port}"
    with Store(db) as store:
        server_docs[server] = [r for r in store.records() if r["removed"]]
    yield server
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=BROWSER, args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1280, "height": 1000})
        external: list[str] = []
        tab.on("request", lambda r: None if r.url.startswith(server) else external.append(r.url))
        tab.external = external
        yield tab
        browser.close()


def _shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_webui_browser_dashboard_to_actor_to_event_to_article(server, page):
    page.goto(server + "/")
    assert "Việt Nam – Lào" in page.inner_text("#pair")
    assert int(page.inner_text("#event-count")) > 0
    assert page.locator("#timeline svg rect").count() > 0
    assert page.locator("#figures svg rect").count() > 0          # trade against targets
    _shot(page, "dashboard")

    page.click("#leaders a >> text=Thongloun Sisoulith")
    assert page.inner_text("#name") == "Thongloun Sisoulith"
    assert "Chủ tịch nước" in page.inner_text("#offices")
    _shot(page, "actor")

    page.locator("#events tbody a").first.click()
    assert "Thongloun Sisoulith" in page.inner_text("#participants")
    assert page.locator("#sources mark.event").count() >= 1
    _shot(page, "event")

    page.locator("#sources h3 a").first.click()
    assert page.locator("#article mark.ent-PERSON").count() > 0
    assert page.locator("#article mark.event").count() > 0
    _shot(page, "article")
    assert page.external == []


def test_webui_browser_search_and_english(server, page):
    page.goto(server + "/?lang=en")
    assert "Events by month" in page.inner_text("#timeline")
    page.fill("header input[name=q]", "kim ngach thuong mai")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("#hits")
    assert page.locator("#hits mark.hit").count() > 0
    assert "Search" in page.inner_text("h1")
    _shot(page, "search")


def test_webui_browser_removed_boilerplate_is_folded_away(server, page):
    record = server_docs[server][0]
    page.goto(f"{server}/documents/{record['id']}")
    details = page.locator("#removed")
    assert not details.evaluate("d => d.open")
    assert not page.is_visible("#removed li >> nth=0")
    details.locator("summary").click()
    assert record["removed"][0]["text"][:30] in details.inner_text()
    assert page.inner_text("#article").strip() == record["text"].strip()
