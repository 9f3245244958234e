"""The interface's words in each language (``data/ui.toml``), country and place names in English
(``data/names_en.toml``) and numbers written the reader's way: "5,1 tỷ USD" in Vietnamese, "USD 5.1 billion" in
English.

Every code shown to people (event types, statuses, figure kinds, entity types, agreement kinds and statuses, kinds of
removed text) has its word in every language; ``labels`` refuses a file where one language lacks a word another has.
"""
from __future__ import annotations

import functools

from bangiao.datafiles import load
from bangiao.errors import DataFileError
from bangiao.extract.kb import knowledge_base

NOT_LANGUAGES = ("meta", "defaults", "colours")
LANGUAGES = ("vi", "en")
# (value at least, Vietnamese word, English word) for amounts of money
_SCALES = ((1e12, "nghìn tỷ", "trillion"), (1e9, "tỷ", "billion"), (1e6, "triệu", "million"))


def _keys(words: dict, prefix: str = "") -> set[str]:
    found = set()
    for key, value in words.items():
        found |= _keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
    return found


@functools.cache
def labels() -> dict[str, dict]:
    """The interface's words in every language of ui.toml; each language must have every key (tables included)."""
    data = load("ui.toml", "ui")
    languages = {k: v for k, v in data.items() if k not in NOT_LANGUAGES}
    keys = _keys(languages["vi"])
    for lang, words in languages.items():
        if _keys(words) != keys:
            raise DataFileError("ui.toml", f"[{lang}] differs from [vi] in {sorted(_keys(words) ^ keys)}")
    missing = set(colours()) ^ set(languages["vi"]["event_types"])
    if missing:
        raise DataFileError("ui.toml", f"[colours] and [vi.event_types] differ in {sorted(missing)}")
    return languages


def words(lang: str) -> dict:
    """The words of one language (Vietnamese for a language the file does not have)."""
    return labels().get(lang, labels()["vi"])


def language(value: str | None) -> str:
    return value if value in LANGUAGES else "vi"


@functools.cache
def colours() -> dict[str, str]:
    """One fixed colour per event type, the same on every page; the table's order is the legend's."""
    return dict(load("ui.toml", "ui")["colours"])


def default_pair() -> str:
    return load("ui.toml", "ui")["defaults"]["pair"]


def code(lang: str, table: str, value: str | None) -> str:
    """A code in people's words: ``code("en", "event_types", "TALKS")`` → "Talks"; unknown codes as they are."""
    if value is None:
        return ""
    return words(lang).get(table, {}).get(value, value)


@functools.cache
def _english_countries() -> dict[str, str]:
    return dict(load("names_en.toml", "names_en")["country"])


@functools.cache
def english_places() -> dict[str, str]:
    """{place id: English name} of the knowledge base's places (``names_en.toml``'s [place] table)."""
    return dict(load("names_en.toml", "names_en").get("place", {}))


def country_name(code_: str, lang: str = "vi") -> str:
    """A country's name in the language: the knowledge base's (Vietnamese) or the English one."""
    if lang == "en" and code_ in _english_countries():
        return _english_countries()[code_]
    entity = knowledge_base().country(code_)
    return entity.name if entity else code_


def entity_name(entity_id: str, name: str, lang: str) -> str:
    """An entity's display name; a country or a place in English when the UI is."""
    if lang == "en" and entity_id.startswith("country:"):
        return _english_countries().get(entity_id.split(":", 1)[1], name)
    if lang == "en" and entity_id.startswith("place:"):
        return english_places().get(entity_id, name)
    return name


def number(value: float, lang: str = "vi", decimals: int = 0) -> str:
    """1234567.5 → "1.234.567,5" (vi) or "1,234,567.5" (en); trailing zeros of the decimals dropped."""
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return text.translate(str.maketrans(",.", ".,")) if lang == "vi" else text


def money(value: float, unit: str, lang: str = "vi") -> str:
    """An amount with its unit: currencies (three capitals) in millions, billions…; counts as numbers."""
    if not (len(unit) == 3 and unit.isupper()):
        return f"{number(value, lang, 2)} {unit}"
    for size, vi_word, en_word in _SCALES:
        if abs(value) >= size:
            amount = number(value / size, lang, 2)
            return f"{amount} {vi_word} {unit}" if lang == "vi" else f"{unit} {amount} {en_word}"
    return f"{number(value, lang, 2)} {unit}" if lang == "vi" else f"{unit} {number(value, lang, 2)}"


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_label(month: str, lang: str = "vi") -> str:
    """ "2024-05" → "T5/2024" (vi) or "May 2024" (en)."""
    year, _, m = month.partition("-")
    if not m.isdigit():
        return month
    return f"T{int(m)}/{year}" if lang == "vi" else f"{_MONTHS_EN[int(m) - 1]} {year}"


def month_span(first: str, last: str, lang: str = "vi") -> str:
    """ "2024-01", "2024-10" → "T1–T10/2024" (vi) or "Jan–Oct 2024" (en); across years, each with its year."""
    if first[:4] != last[:4]:
        return f"{month_label(first, lang)} – {month_label(last, lang)}"
    if lang == "vi":
        return f"T{int(first[5:7])}–T{int(last[5:7])}/{first[:4]}"
    return f"{_MONTHS_EN[int(first[5:7]) - 1]}–{_MONTHS_EN[int(last[5:7]) - 1]} {first[:4]}"
