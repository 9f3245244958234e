"""English names of the knowledge base's countries and places (data/names_en.toml), as the English UI shows them."""
from __future__ import annotations

import pytest

from bangiao.datafiles import load
from bangiao.extract.kb import knowledge_base
from bangiao.serve.highlight import marks
from bangiao.serve.charts import trade_chart
from bangiao.serve.language import country_name, english_places, entity_name, month_span

# letters only Vietnamese spelling uses: an English name holding one was copied, not translated
VIETNAMESE_ONLY = set("ăâđêôơưạảẹẻẽịỉĩọỏụủũỵỷỹỳấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựĂÂĐÊÔƠƯ")


def _kb_ids(kind: str) -> set[str]:
    return {e.id for e in knowledge_base().entities.values() if e.type == kind}


def test_language_names_every_kb_place_and_country_has_an_english_name():
    data = load("names_en.toml", "names_en")
    missing_places = _kb_ids("PLACE") - set(data["place"])
    missing_countries = {i.split(":", 1)[1] for i in _kb_ids("COUNTRY")} - set(data["country"])
    assert not missing_places, f"add English names to names_en.toml [place]: {sorted(missing_places)}"
    assert not missing_countries, f"add English names to names_en.toml [country]: {sorted(missing_countries)}"


def test_language_names_are_of_known_places_and_written_in_english():
    places = english_places()
    assert set(places) <= _kb_ids("PLACE")
    copied = {i: n for i, n in places.items() if set(n) & VIETNAMESE_ONLY or not n.strip()}
    assert copied == {}


@pytest.mark.parametrize("entity, vi, en", [
    ("place:vientiane", "Viêng Chăn", "Vientiane"),
    ("place:beijing", "Bắc Kinh", "Beijing"),
    ("place:ha-noi", "Hà Nội", "Hanoi"),
    ("place:quang-ninh", "Quảng Ninh", "Quang Ninh"),
    ("place:phu-chu-tich", "Phủ Chủ tịch", "Presidential Palace"),
    ("place:cua-khau-lao-bao", "Cửa khẩu quốc tế Lao Bảo", "Lao Bao International Border Gate"),
    ("country:LA", "Lào", "Laos"),
    ("person:to-lam", "Tô Lâm", "Tô Lâm"),  # people keep their names
    ("place:not-in-the-kb", "Nơi nào đó", "Nơi nào đó"),  # unknown: the stored name
])
def test_language_names_entity_name_by_language(entity, vi, en):
    assert entity_name(entity, vi, "vi") == vi and entity_name(entity, vi, "en") == en


def test_language_names_country_name_in_both_languages():
    assert (country_name("KH", "vi"), country_name("KH", "en")) == ("Campuchia", "Cambodia")


def test_language_names_reader_marks_name_places_and_countries_in_english():
    record = {"entities": [{"id": "place:vientiane", "type": "PLACE", "name": "Viêng Chăn",
                            "mentions": [{"start": 0, "end": 10}]},
                           {"id": "country:LA", "type": "COUNTRY", "name": "Lào", "mentions": [{"start": 12, "end": 15}]}]}
    titles = [m.label for m in marks(record, lang="en")]
    assert any(t.endswith(": Vientiane") for t in titles) and any(t.endswith(": Laos") for t in titles)
    assert any(t.endswith(": Viêng Chăn") for t in (m.label for m in marks(record, lang="vi")))


@pytest.mark.parametrize("first, last, lang, expected", [
    ("2024-01", "2024-10", "en", "Jan–Oct 2024"),
    ("2024-01", "2024-10", "vi", "T1–T10/2024"),
    ("2024-11", "2025-02", "en", "Nov 2024 – Feb 2025"),
])
def test_language_names_month_spans(first, last, lang, expected):
    assert month_span(first, last, lang) == expected


def test_language_names_a_figure_over_months_says_its_span_in_english():
    figure = {"value": 2.5e9, "unit": "USD", "is_target": False, "period": "2025-01/2025-10",
              "period_text": "10 tháng đầu năm 2025"}
    assert [b["period"] for b in trade_chart([figure], "en")["bars"]] == ["Jan–Oct 2025"]
    assert [b["period"] for b in trade_chart([figure], "vi")["bars"]] == ["10 tháng đầu năm 2025"]
