"""End to end in headless Chromium, at 1366 px and at 390 px: the dashboard's figures (a period label says the
period, a target its year, the points in time order, the chart's data table, a chart click on the matching list),
and search that finds what was meant (diacritics typed, words together first, romanized names split or joined, a
known entity first, count and paging). A store of our own sentences, written out of time order; screenshots in
build/screenshots/, axe clean. Set up as test_webui_browser.py (skipped without a browser unless
BANGIAO_REQUIRE_BROWSER=1)."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from bangiao.extract import pipeline
from bangiao.store.store import Store
from test_webui_browser import SHOTS, _axe_problems, browser, page, serving  # noqa: F401 (fixtures)
from test_webui_finding import APART, THONGLOUN, TO_CHUC, TO_LAM

FIGURES = [  # (published, text), stored out of time order on purpose
    ("2024-11-20", "Việt Nam và Lào đặt mục tiêu thương mại mới\nNgày 19-11, tại Viêng Chăn, Thủ tướng Phạm Minh Chính "
     "hội đàm với Thủ tướng Lào Sonexay Siphandone. Hai bên phấn đấu đưa kim ngạch thương mại song phương Việt Nam - "
     "Lào đạt 5 tỷ USD vào năm 2030."),
    ("2024-11-15", "Thương mại Việt Nam - Lào tăng trưởng\nTrong 10 tháng đầu năm 2024, kim ngạch thương mại song "
     "phương Việt Nam - Lào đạt 1,9 tỷ USD, tăng 12%. Ngày 14-11, tại Hà Nội, Bộ trưởng Công Thương Nguyễn Hồng "
     "Diên hội đàm với Bộ trưởng Công Thương Lào."),
    ("2024-02-01", "Kim ngạch thương mại Việt Nam - Lào năm 2023\nNăm 2023, kim ngạch thương mại song phương Việt "
     "Nam - Lào đạt 2,2 tỷ USD. Ngày 31-1, tại Hà Nội, Phó Thủ tướng Trần Lưu Quang hội đàm với Phó Thủ tướng Lào Saleumxay Kommasith."),
    ("2023-01-10", "Việt Nam - Lào khép lại năm 2022\nKim ngạch thương mại song phương Việt Nam - Lào năm 2022 đạt "
     "1,7 tỷ USD. Ngày 9-1, tại Viêng Chăn, Chủ tịch nước Lào Thongloun Sisoulith tiếp Thủ tướng Phạm Minh Chính."),
]
BULLETINS = 22  # more than a page of search results (20)
# the trade chart's points in time order: each one's label and amount, in each language
POINTS = {"vi": [("năm 2022", "1,7 tỷ USD"), ("Năm 2023", "2,2 tỷ USD"), ("10 tháng đầu năm 2024", "1,9 tỷ USD"),
                 ("mục tiêu năm 2030", "5 tỷ USD")],
          "en": [("2022", "USD 1.7 billion"), ("2023", "USD 2.2 billion"), ("Jan–Oct 2024", "USD 1.9 billion"),
                 ("target for 2030", "USD 5 billion")]}


def _bulletin(n: int) -> str:
    return f"Bản tin biên giới số {n}\nNgày {n}-5, đoàn công tác của tỉnh đến thăm đồn biên phòng số {n}."


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("figures") / "s.db"
    with Store(db) as store:
        for i, (published, text) in enumerate(FIGURES):
            store.add(pipeline.extract(text, published=published, path=f"figures-{i}.txt"))
        for i, text in enumerate((TO_LAM, TO_CHUC, THONGLOUN, APART)):
            store.add(pipeline.extract(text, published="2024-04-06", path=f"finding-{i}.txt"))
        for n in range(1, BULLETINS + 1):
            store.add(pipeline.extract(_bulletin(n), published="2024-05-28", path=f"bulletin-{n}.txt"))
    with serving(db) as base:
        yield base


def _width(tab) -> int:
    return tab.viewport_size["width"]


def _shot(tab, name: str) -> list[str]:
    """The page's screenshot, and what is wrong with it: axe's serious or critical findings, sideways scrolling."""
    tab.screenshot(path=str(SHOTS / f"{name}-{_width(tab)}.png"), full_page=True)
    overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    return _axe_problems(tab) + ([f"{overflow}px sideways scrolling"] if overflow > 0 else [])


def _bars(tab) -> list[tuple[float, str]]:
    """The trade chart's bars as drawn, left to right: (x, their tooltip "period: amount")."""
    rects = tab.locator("#figures svg rect")
    return sorted((float(r.get_attribute("x")), r.locator("title").text_content()) for r in rects.all())


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_webui_browser_figures_periods_targets_and_time_order(server, page, lang):
    page.goto(f"{server}/?pair=VN-LA&lang={lang}")
    assert _shot(page, f"dashboard-figures-{lang}") == []
    expected = POINTS[lang]
    assert [title for _, title in _bars(page)] == [f"{period}: {amount}" for period, amount in expected]
    assert page.locator("#figures svg text.xtick").all_text_contents() == [p for p, _ in expected]
    assert [page.locator("#figures svg rect").nth(i).get_attribute("class") for i in range(4)] == \
        ["result"] * 3 + ["target"]
    table = page.locator("#figures table.cards")  # the figures table says the same periods
    row = table.locator("tbody tr", has_text=expected[2][1])
    assert expected[2][0] in row.locator("td").nth(2).inner_text()
    assert "2030" in table.locator("tbody tr", has_text=expected[3][1]).locator("td").nth(2).inner_text()


def test_webui_browser_figures_data_table_on_demand(server, page):
    page.goto(server + "/?pair=VN-LA")
    data = page.locator("#figures .chart-data")
    assert data.bounding_box()["width"] <= 1  # for screen readers, out of sight
    assert "Kim ngạch thương mại" in data.locator("caption").text_content()
    page.locator("#figures details.data-toggle summary").click()
    assert data.bounding_box()["width"] > 100 and data.locator("table").is_visible()
    rows = [[c.inner_text() for c in r.locator("th, td").all()] for r in data.locator("tbody tr").all()]
    assert rows == [[p, a, "Mục tiêu" if i == 3 else "Kết quả"] for i, (p, a) in enumerate(POINTS["vi"])]


def test_webui_browser_figures_a_chart_click_lands_on_the_matching_list(server, page):
    page.goto(server + "/?pair=VN-LA&lang=en")
    bars = page.locator("#timeline svg a")
    assert bars.count() >= 3
    for i in (0, bars.count() - 1):
        page.goto(server + "/?pair=VN-LA&lang=en")
        bar = page.locator("#timeline svg a").nth(i)
        expected = int(bar.locator("title").text_content().rsplit(":", 1)[1])
        bar.locator("rect").click()
        query = parse_qs(urlsplit(page.url).query)
        assert page.url.startswith(server + "/events?") and query["pair"] == ["VN-LA"] and query["lang"] == ["en"]
        assert int(page.inner_text("#total-count")) == expected
        dates = page.locator("table.events tbody td:nth-child(1)").all_inner_texts()
        assert dates and all(d.startswith(query["since"][0]) for d in dates)
        assert len(set(page.locator("table.events tbody td:nth-child(2) .type").all_inner_texts())) == 1  # its type
    page.goto(server + "/?pair=VN-LA&lang=en")
    page.locator("#timeline ul.legend a", has_text="Talks").click()
    assert parse_qs(urlsplit(page.url).query)["type"] == ["TALKS"] and int(page.inner_text("#total-count")) == 3


VISIT, KHEP = "Tổng Bí thư Lào Thongloun Sisoulith thăm Hà Nội", "Việt Nam - Lào khép lại năm 2022"
SEARCHES = [  # (query, the titles found, best first)
    ("Tô Lâm", ["Chủ tịch nước Tô Lâm tiếp Đại sứ Lào"]),  # typed diacritics must be there: not "tổ chức … làm"
    ("tổ chức", ["Hội thảo về công tác lãnh sự"]),
    ("hợp tác kinh tế", [VISIT, "Kinh tế hai nước"]),  # the words together first
    ("thong loun", [VISIT, KHEP]),  # a romanized name split or joined; in the title first
    ("Thong Loun", [VISIT, KHEP]),
    ("thongloun", [VISIT, KHEP]),
]


@pytest.mark.parametrize("query, titles", SEARCHES)
def test_webui_browser_figures_search_precision(server, page, query, titles):
    page.goto(server + "/")
    page.fill("header input[name=q]", query)
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("#hits")
    found = page.locator("#hits h3 a").all_inner_texts()
    assert found == titles and int(page.inner_text("#hit-count")) == len(found)


def test_webui_browser_figures_search_without_diacritics_matches_any(server, page):
    page.goto(server + "/search?q=to+lam")
    assert {"Chủ tịch nước Tô Lâm tiếp Đại sứ Lào", "Hội thảo về công tác lãnh sự"} <= set(
        page.locator("#hits h3 a").all_inner_texts())


@pytest.mark.parametrize("query, name", [("thong loun", "Thongloun Sisoulith"), ("to lam", "Tô Lâm")])
def test_webui_browser_figures_search_shows_a_known_entity_first(server, page, query, name):
    page.goto(f"{server}/search?q={query.replace(' ', '+')}")
    order = page.evaluate("[...document.querySelectorAll('#entities, #hits')].map(e => e.id)")
    assert order == ["entities", "hits"]  # the entity before the articles
    assert page.locator("#entities a").first.inner_text() == name
    assert _shot(page, f"search-entity-{query.replace(' ', '-')}") == []
    page.locator("#entities a").first.click()
    assert page.inner_text("#name") == name


def test_webui_browser_figures_search_counts_and_pages(server, page):
    page.goto(server + "/search?q=doan+cong+tac&lang=en")
    assert page.inner_text("#hit-count") == str(BULLETINS) and page.locator("#hits h3 a").count() == 20
    first = set(page.locator("#hits h3 a").all_inner_texts())
    assert _shot(page, "search-pages") == []
    page.click("#hits a[rel=next]")
    assert "page=2" in page.url and "lang=en" in page.url
    second = set(page.locator("#hits h3 a").all_inner_texts())
    assert len(second) == BULLETINS - 20 and not first & second
    assert len(first | second) == BULLETINS and all(t.startswith("Bản tin biên giới số") for t in first | second)
    page.click("#hits a[rel=prev]")
    assert set(page.locator("#hits h3 a").all_inner_texts()) == first
