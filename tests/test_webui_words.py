"""The web UI's words, numbers, filters and chart geometry: pure functions, no server."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bangiao.serve import charts, language
from bangiao.serve.filters import Filters
from bangiao.store.store import EventFilter


def test_language_every_code_has_words_in_both_languages():
    words = language.labels()
    for table in ("event_types", "statuses", "figure_kinds", "entity_types", "agreement_statuses", "agreement_kinds",
                  "removed_kinds", "relations"):
        assert set(words["vi"][table]) == set(words["en"][table]), table
    assert set(words["en"]["event_types"]) == set(language.colours())


def test_language_agreement_kinds_cover_the_vocabulary():
    from bangiao.datafiles import load
    kinds = load("agreements.toml", "agreements")["vocabulary"]["kinds"]
    assert set(kinds) <= set(language.words("en")["agreement_kinds"])


@pytest.mark.parametrize("value, unit, lang, expected", [
    (5.1e9, "USD", "vi", "5,1 tỷ USD"),
    (5.1e9, "USD", "en", "USD 5.1 billion"),
    (1.65e9, "USD", "vi", "1,65 tỷ USD"),
    (2.5e6, "EUR", "en", "EUR 2.5 million"),
    (1.2e12, "VND", "vi", "1,2 nghìn tỷ VND"),
    (113, "dự án", "vi", "113 dự án"),
    (1234567, "chiếc xe", "en", "1,234,567 chiếc xe"),
    (950, "USD", "en", "USD 950"),
])
def test_language_money_in_the_readers_convention(value, unit, lang, expected):
    assert language.money(value, unit, lang) == expected


@pytest.mark.parametrize("code, lang, expected", [("LA", "vi", "Lào"), ("LA", "en", "Laos"), ("VN", "en", "Vietnam"),
                                                  ("XX", "en", "XX")])
def test_language_country_names_in_each_language(code, lang, expected):
    assert language.country_name(code, lang) == expected


@pytest.mark.parametrize("month, lang, expected", [("2024-05", "vi", "T5/2024"), ("2024-05", "en", "May 2024"),
                                                   ("undated", "en", "undated")])
def test_language_month_labels(month, lang, expected):
    assert language.month_label(month, lang) == expected


def test_charts_month_axis_is_continuous_and_undated_stands_apart():
    rows = [{"month": "2023-11", "types": {"TALKS": 2}, "total": 2}, {"month": "2024-02", "types": {"MEET": 5}, "total": 5},
            {"month": "undated", "types": {"VISIT": 1}, "total": 1}]
    chart = charts.timeline_chart(rows, "en", lambda **kw: "/events?" + "&".join(f"{k}={v}" for k, v in kw.items()))
    assert chart["months"] == 4 and chart["apart"] is not None
    assert [t["text"] for t in chart["yticks"]] == ["0", "1", "2", "3", "4", "5"]
    undated = [b for b in chart["bars"] if "undated=True" in b["href"]]
    assert len(undated) == 1 and undated[0]["x"] > chart["axis"]["x1"]
    assert {b["fill"] for b in chart["bars"] if "type=TALKS" in b["href"]} == {language.colours()["TALKS"]}
    assert [entry["label"] for entry in chart["legend"]] == ["Talks", "Meeting", "Visit"]  # ui.toml's order
    assert [r["total"] for r in chart["rows"]] == [2, 5, 1]


@given(st.integers(1, 10_000))
def test_charts_ticks_are_round_and_cover_the_top(top):
    ticks = charts.nice_ticks(top)
    assert ticks[0] == 0 and ticks[-1] >= top and len(ticks) <= 7
    steps = {round(b - a, 6) for a, b in zip(ticks, ticks[1:])}
    assert len(steps) == 1
    step = steps.pop()
    assert round(step / 10 ** math.floor(math.log10(step)), 6) in (1, 2, 5)


def test_charts_trade_points_in_time_order_and_targets_say_their_year():
    trade = [{"value": 5e9, "unit": "USD", "is_target": True, "period": "2025"},
             {"value": 1.6e9, "unit": "USD", "is_target": False, "period": "2024-10", "period_text": "10 tháng đầu năm 2024"},
             {"value": 1.2e9, "unit": "USD", "is_target": False, "period": "2022"}]
    chart = charts.trade_chart(trade, "vi")
    assert [b["period"] for b in chart["bars"]] == ["2022", "10 tháng đầu năm 2024", "mục tiêu năm 2025"]
    assert chart["bars"][2]["value"] == "5 tỷ USD"


@pytest.mark.parametrize("query, expected", [
    ({}, EventFilter()),
    ({"type": "talks", "since": "2024-01", "status": "planned", "min_sources": "2"},
     EventFilter(type="TALKS", since="2024-01", status="planned", min_sources=2)),
    ({"pair": "vn-la", "country": "kh", "undated": "1"}, EventFilter(pair=("VN", "LA"), country="KH", undated=True)),
])
def test_filters_read_from_the_query_string(query, expected):
    assert Filters.read(query).event_filter() == expected


@pytest.mark.parametrize("query, word", [({"since": "yesterday"}, "since"), ({"type": "PARTY"}, "type"),
                                         ({"status": "maybe"}, "status"), ({"min_sources": "many"}, "min_sources"),
                                         ({"pair": "VIETNAM"}, "pair"), ({"sort": "random"}, "sort")])
def test_filters_refuse_what_they_cannot_read_and_say_what_is_expected(query, word):
    with pytest.raises(ValueError, match=word):
        Filters.read(query)


def test_filters_round_trip_through_the_url():
    from urllib.parse import parse_qsl
    chosen = Filters.read({"type": "SIGN", "until": "2023", "actor": "Tô Lâm", "sort": "sources", "page": "3"})
    again = Filters.read(dict(parse_qsl(chosen.query("en"))))
    assert again == chosen and "lang=en" in chosen.query("en") and "page=2" in chosen.query("vi", page=2)
    assert "page" not in Filters().query() and Filters().query() == ""


def test_charts_a_long_span_is_drawn_a_bar_a_year():
    rows = [{"month": "2016-03", "types": {"TALKS": 2}, "total": 2}, {"month": "2016-09", "types": {"TALKS": 1}, "total": 1},
            {"month": "2025-01", "types": {"SIGN": 4}, "total": 4}]
    chart = charts.timeline_chart(rows, "vi", lambda **kw: "/events?" + "&".join(f"{k}={v}" for k, v in kw.items()))
    assert chart["by"] == "year" and chart["months"] == 10  # 2016 … 2025, the empty years on the axis
    assert [r["month"] for r in chart["rows"]] == ["2016", "2025"] and chart["rows"][0]["total"] == 3
    assert any("since=2016&until=2016" in b["href"] for b in chart["bars"])
