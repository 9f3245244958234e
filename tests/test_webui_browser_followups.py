"""End to end in headless Chromium: one project followed from the home page to its stage timeline and on to each
source's evidence sentence in the reader; the projects, project, commitments, follow-up and targets pages fit a
390 px phone and pass axe in both languages (screenshots in build/screenshots/). Set up as test_webui_browser.py
(skipped without a browser unless BANGIAO_REQUIRE_BROWSER=1)."""
from __future__ import annotations

import pytest

from bangiao.store.store import Store
from followup_docs import ROAD, corpus
from test_webui_browser import SHOTS, WIDTHS, _axe_problems, _tab, browser, serving  # noqa: F401 (a fixture)


class Site(str):
    key: str


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("followups") / "s.db"
    with Store(db) as store:
        for doc in corpus():
            store.add(doc)
        key = next(c["key"] for c in store.commitments(topic="connectivity"))
    with serving(db) as base:
        site = Site(base)
        site.key = key
        yield site


def test_webui_browser_followups_one_project_from_home_to_each_evidence_sentence(server, browser):
    tab = _tab(browser, server, "desktop")
    tab.goto(server + "/")
    tab.click("#projects-link")
    assert tab.url.endswith("/projects")
    tab.click(f"#project-list a[href='/projects/{ROAD}']")
    assert tab.locator("#project-name").inner_text().endswith("cao tốc Viêng Chăn – Hà Nội")
    steps = tab.locator("ol.stages > li.step")
    assert [steps.nth(i).get_attribute("data-stage") for i in range(steps.count())] == ["studying", "building",
                                                                                          "inaugurated"]
    assert tab.locator("#project-map svg circle").count() == 1
    tab.screenshot(path=str(SHOTS / "project-timeline-1366.png"), full_page=True)
    links = [(a.get_attribute("href"), q.inner_text()) for a, q in
             zip(tab.locator("ol.stages a.evidence-link").all(), tab.locator("ol.stages blockquote.evidence").all())]
    assert len(links) == 3
    for href, sentence in links:
        tab.goto(server + href)
        anchor = href.split("#", 1)[1]
        mark = tab.locator(f"#{anchor}")
        assert mark.count() == 1 and sentence.startswith(mark.inner_text())
        text = tab.evaluate("([id, n]) => { const a = document.getElementById(id), r = document.createRange();"
                            " r.setStartBefore(a); r.setEndAfter(document.getElementById('article').lastChild);"
                            " return r.toString().slice(0, n); }", [anchor, len(sentence)])
        assert text == sentence  # the reader, from the anchor on, reads the evidence sentence
        assert tab.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top") < 900  # scrolled to
    assert tab.external == []
    tab.close()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_webui_browser_followups_pages_fit_and_pass_axe(server, browser, width):
    tab = _tab(browser, server, width)
    pages = {"projects": "/projects", "project": f"/projects/{ROAD}", "commitments": "/commitments?pair=VN-LA",
             "follow-up": f"/follow-up/{server.key}", "targets": "/targets?pair=VN-LA",
             "reader-project": f"/documents/{corpus()[1].id}"}
    problems = {}
    for name, path in pages.items():
        for lang in ("vi", "en"):
            tab.goto(server + path + ("&" if "?" in path else "?") + f"lang={lang}")
            tab.screenshot(path=str(SHOTS / f"{name}-{lang}-{WIDTHS[width][0]}.png"), full_page=True)
            overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            found = _axe_problems(tab) + ([f"{overflow}px sideways scrolling"] if overflow > 0 else [])
            levels = [int(h[1]) for h in tab.eval_on_selector_all("h1, h2, h3", "hs => hs.map(h => h.tagName)")]
            found += [f"headings skip a level: {levels}"] if any(b > a + 1 for a, b in zip(levels, levels[1:])) else []
            if found:
                problems[f"{name} {lang}"] = found
    assert tab.external == []
    tab.close()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
