"""Vietnamese temporal expressions: "Ngày 6-1", "chiều 19/10", "từ ngày 16-18/12", "quý IV/2024", "hôm qua".

``find`` returns every expression in a text with what it states (day, month,
year, ranges, relative offsets); the words come from ``data/dates.toml``.
``resolve`` turns one into a spec ``Date`` against a reference date, saying
when the year was not written and where it came from. Nothing here raises on
odd input: what does not parse is simply not a date.
"""
from __future__ import annotations

import functools
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import ahocorasick

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.model import Date

_FILE = "dates.toml"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                 "mười một": 11, "mười hai": 12}
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19[4-9]\d|20\d\d)"


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """One temporal expression. ``kind``: day, day-range, month, quarter, months, year, year-range,
    relative-day, relative-week, relative-month, relative-year, anniversary."""

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    offset: int | None = None
    past: bool = False
    told_as: int | None = None  # a day written with a word of the article's day: "Chiều qua (28/7)" is -1, the article's the 29th

    @property
    def day_level(self) -> bool:
        return self.kind in ("day", "day-range", "relative-day")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Grammar:
    combined: re.Pattern[str]  # every expression's core, one alternative per kind, on lower-cased text
    leads: ahocorasick.Automaton  # where a worded expression may start: "quý", "tháng 9", "năm 2", "hôm qua", "("
    groups: dict[str, tuple[int, int]]  # kind → the slice of ``match.groups()`` that is its own
    prefix: re.Pattern[str]  # what may stand before a day: "chiều thứ Sáu, ngày", "từ ngày", "trong hai ngày"
    bare_year: re.Pattern[str]  # a run of digits that is a year: "2024"
    year_end: re.Pattern[str]  # what may not follow a year standing alone
    occasion: re.Pattern[str]  # a capitalized word right before a year: "Xuân 2024", "APEC 2017"
    relative: dict[str, tuple[str, int]]
    past: re.Pattern[str]
    day_word: re.Pattern[str]  # "ngày" or a part of the day: before "7 đến 9.3" they make it days, not numbers
    holiday: re.Pattern[str]  # a holiday's name right before a day: "Quốc khánh 2/9" is a name, not a date
    plural: re.Pattern[str]  # "những năm tới": many years to come, not the next one


_DAY_KINDS = ("range-dm-dm", "range-d-dm", "range-d-words", "words", "dmy")


@functools.cache
def _grammar() -> _Grammar:
    data = datafiles.load(_FILE, "dates")
    w = functools.partial(datafiles.strings, _FILE, data, "words")
    part, weekday = _alt(w("part_of_day")), _alt(w("weekdays"))
    sep = r"\s*[/.\-]\s*"
    cores = {
        "anniversary": rf"\(\s*({_D}){sep}({_M}){sep}({_Y})\s*[-–]\s*({_D}){sep}({_M}){sep}({_Y})\s*\)",
        "range-dm-dm": rf"({_D}){sep}({_M})(?:{sep}({_Y}))?\s*(?:{_alt(w('range_to'))}|[-–])\s*(?:ngày\s+)?({_D}){sep}({_M})(?:{sep}({_Y}))?",
        "range-d-dm": rf"({_D})\s*(?:[-–]|{_alt(w('range_to'))}|{_alt(w('range_and'))})\s*(?:ngày\s+)?({_D})\s*([/.\-])\s*({_M})(?:{sep}({_Y}))?",
        "range-d-words": rf"({_D})\s*(?:[-–]|{_alt(w('range_to'))}|{_alt(w('range_and'))})\s*(?:ngày\s+)?({_D})\s+tháng\s+({_M})(?:\s+năm\s+({_Y}))?",
        "words": rf"({_D})\s+tháng\s+({_M})(?:\s+năm\s+({_Y}))?",
        "dmy": rf"({_D})\s*([/.\-])\s*({_M})(?:\s*[/.\-]\s*({_Y}))?",
        "months": rf"(\d{{1,2}}|{_alt(list(_NUMBER_WORDS))})\s+(?:{_alt(w('first_months'))})(?:\s+({_Y})|\s+(nay|ngoái|qua|trước))?",
        "quarter": rf"(?:{_alt(w('quarter'))})\s+(iv|iii|ii|i|[1-4])\b(?:\s*[/\-]\s*({_Y})|\s+năm\s+({_Y}))?",
        # (the year after a dot with no space, as some outlets write it: "tháng 11.2021")
        "month": rf"(?:{_alt(w('month'))})\s+({_M})\b(?:\s*[/\-]\s*({_Y})|\.({_Y})\b|\s+năm\s+({_Y}))?",
        "month-bracket": rf"\(\s*({_M})\s*/\s*({_Y})\s*\)",  # "Thủ tướng X (3/2009)": a month with its year, in brackets
        "period": rf"(?:(?:{_alt(w('period'))})\s+)?({_Y})\s*[-–]\s*({_Y})",
        "year": rf"(?:{_alt(w('year_lead'))})\s+({_Y})\b",
    }
    relative = {}
    for key, kind in (("days", "relative-day"), ("weeks", "relative-week"), ("years", "relative-year"),
                      ("months", "relative-month")):
        for entry in data.get("relative", {}).get(key, []):
            for word in entry["words"]:
                relative[word] = (kind, int(entry["offset"]))
    cores["relative"] = rf"(?:{_alt(list(relative))})"
    # One pass over the lower-cased text (same length, so the offsets hold); at each place the first kind that
    # fits wins, longest constructs first. Each alternative ends where no letter, digit or % follows.
    groups, alternatives, index = {}, [], 0
    for kind, core in cores.items():
        n = re.compile(core.lower()).groups
        groups[kind] = (index + 1, index + 1 + n)  # +1: the alternative's own named group
        alternatives.append(rf"(?P<{kind.replace('-', '_')}>{core.lower()})(?![\w%])")
        index += n + 1
    combined = re.compile(rf"(?<![\w/.,-])(?:{'|'.join(alternatives)})")
    leads = _leads([*w("quarter"), *w("period"), *relative, "("] + [f"{m} {d}" for m in w("month") for d in range(10)] +
                   [f"{y} {d}" for y in w("year_lead") for d in (1, 2)] +
                   [f"{n} {f.split()[0]}" for n in _NUMBER_WORDS for f in w("first_months")])
    told = _alt([word for word, (kind, _) in relative.items() if kind == "relative-day"])
    prefix = re.compile(rf"(?<!\w)(?:(?:{told})\s*[(,]\s*|(?:{part})\s+(?:nay\s+|qua\s+)?)?(?:(?:{weekday})\s*,?\s*\(?\s*)?"
                        rf"(?:(?:{_alt(w('range_from'))})\s+)?(?:ngày\s+)?$")
    # A year after a capitalized word names an occasion: "Xuân 2024", "Giáp Thìn 2024", "APEC 2017" (case matters).
    bare_year, year_end = re.compile(r"(?:19[4-9]|20[0-9])[0-9]"), re.compile(r"(?![\w%/-])(?![.,]\d)")
    occasion = re.compile(r"(?<![\w/.,-])[A-ZÀ-ỸĐ][^\W\d_]{1,12}\)?\s+$")  # "(SCO) 2025" too
    past = re.compile(rf"^\s*(?:{_alt(datafiles.strings(_FILE, data, 'relative', 'past_markers'))})", re.IGNORECASE)
    day_word = re.compile(rf"(?<!\w)(?:{_alt(w('day') + w('part_of_day'))})(?!\w)")
    holiday = re.compile(rf"(?<!\w)(?:{_alt(w('holiday_names'))})[^\S\n]*(?:\([^\S\n]*)?\Z")  # (not past a line's end)
    plural = re.compile(rf"(?<!\w)(?:{_alt(datafiles.strings(_FILE, data, 'relative', 'plural_before'))})\s+$")
    return _Grammar(combined, leads, groups, prefix, bare_year, year_end, occasion, relative, past, day_word, holiday,
                    plural)


def _leads(phrases: list[str]) -> ahocorasick.Automaton:
    """The words an expression without a leading digit starts with, as written in the (normalized, single-spaced)
    text. With the digits, they are the only places the combined grammar needs trying: a few dozen in an article,
    instead of every word."""
    auto = ahocorasick.Automaton()
    for phrase in {" ".join(p.lower().split()) for p in phrases}:
        auto.add_word(phrase, len(phrase))
    auto.make_automaton()
    return auto


_DIGITS = re.compile(r"[0-9]+")
_SECOND_DAY = re.compile(r"[0-9]{1,2}(?=\s+tháng)", re.IGNORECASE)
_SHORT = 20_000  # characters: the runs of digits of a text this long are kept while it is read (quicker)


def _starts(grammar: _Grammar, lowered: str, digits: list[re.Match[str]] | None) -> Iterable[int]:
    """Where an expression may start, in order, once each: each run of digits (``digits``; None: read as they are
    needed, a long text of dates has hundreds of thousands), and each lead phrase."""
    spaced = lowered.replace("\n", " ")  # normalized text has single spaces; a line break may stand for one
    leads = [end - length + 1 for end, length in grammar.leads.iter(spaced)]
    del spaced
    if digits is not None:
        return sorted(set([m.start() for m in digits] + leads))
    merged = heapq.merge((m.start() for m in _DIGITS.finditer(lowered)), sorted(leads))
    return (start for start, _ in itertools.groupby(merged))


def _matches(grammar: _Grammar, lowered: str, digits: list[re.Match[str]] | None) -> Iterator[re.Match[str]]:
    """What ``grammar.combined.finditer`` gives, tried only where an expression may start."""
    last, match = 0, grammar.combined.match
    for start in _starts(grammar, lowered, digits):
        if start >= last and (m := match(lowered, start)):
            last = m.end()
            yield m


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    try:
        date(y or 2024, m or 1, d or 1)
    except ValueError:
        return False
    return True


def _build(kind: str, g: list, start: int, end: int, text: str, prefixed: str) -> TimeExpr | None:
    """The expression a match states; ``prefixed``: the words before a day ("chiều thứ Sáu, ngày", "từ ngày")."""
    span = text[start:end]
    if kind == "anniversary":
        return TimeExpr(start, end, span, kind, int(g[2]), int(g[1]), int(g[0]), int(g[5]), int(g[4]), int(g[3]))
    if kind == "range-dm-dm":
        y2 = _int(g[5])
        e = TimeExpr(start, end, span, "day-range", _int(g[2]) or y2, int(g[1]), int(g[0]), y2, int(g[4]), int(g[3]))
        return e if _valid(e.year, e.month, e.day) and _valid(e.end_year, e.end_month, e.end_day) else None
    if kind == "range-d-dm":
        d1, d2, separator, month, year = int(g[0]), int(g[1]), g[2], int(g[3]), _int(g[4])
        if d2 <= d1 or not _valid(year, month, d2) or separator == "." and not (year or _grammar().day_word.search(prefixed)):
            return None  # "7 đến 9.3" alone is numbers; "từ ngày 7 đến 9.3" and "trong hai ngày 5 và 6.3" are days
        return TimeExpr(start, end, span, "day-range", year, month, d1, year, month, d2)
    if kind == "range-d-words":  # "từ ngày 10 – 15 tháng 9 năm 2016": a span of days, its value the first
        d1, d2, month, year = int(g[0]), int(g[1]), int(g[2]), _int(g[3])
        if d2 > d1 and _valid(year, month, d2) and (year or prefixed):
            return TimeExpr(start, end, span, "day-range", year, month, d1, year, month, d2)
        second = _SECOND_DAY.search(span, span.find(g[0]) + len(g[0]))  # "10 - 15 tháng 9" alone may be counts,
        return TimeExpr(start + second.start(), end, span[second.start():], "day", year, month, d2) \
            if second and _valid(year, month, d2) else None  # "15 - 12 tháng 9" no span: the day written with its month
    if kind == "words":
        return TimeExpr(start, end, span, "day", _int(g[2]), int(g[1]), int(g[0])) if _valid(_int(g[2]), int(g[1]), int(g[0])) else None
    if kind == "dmy":
        day, separator, month, year = int(g[0]), g[1], int(g[2]), _int(g[3])
        if not _valid(year, month, day) or separator == "." and not (prefixed or year):
            return None  # "19.5" alone is a number; "sáng 19.5" and "19.5.2024" are dates
        return TimeExpr(start, end, span, "day", year, month, day)
    return _coarse(kind, g, start, end, span)


def _coarse(kind: str, g: list, start: int, end: int, span: str) -> TimeExpr | None:
    if kind == "months":
        n = int(g[0]) if g[0].isdigit() else _NUMBER_WORDS.get(g[0].lower())
        if not n or n > 12:
            return None
        rel = {"nay": 0, "ngoái": -1, "qua": -1, "trước": -1}.get((g[2] or "").lower())
        return TimeExpr(start, end, span, "months", _int(g[1]), 1, None, _int(g[1]), n, None, rel)
    if kind == "quarter":
        q = _ROMAN.get(g[0].lower()) or int(g[0])
        year = _int(g[1] or g[2])
        return TimeExpr(start, end, span, "quarter", year, 3 * q - 2, None, year, 3 * q)
    if kind == "month":
        return TimeExpr(start, end, span, "month", _int(g[1] or g[2] or g[3]), int(g[0]))
    if kind == "month-bracket":
        return TimeExpr(start, end, span, "month", int(g[1]), int(g[0]))
    if kind == "period":
        y1, y2 = int(g[0]), int(g[1])
        return TimeExpr(start, end, span, "year-range", y1, None, None, y2) if y2 > y1 else None
    if kind == "year":
        return TimeExpr(start, end, span, "year", int(g[0]))
    if kind == "relative":
        rel_kind, offset = _grammar().relative[" ".join(span.lower().split())]
        return TimeExpr(start, end, span, rel_kind, offset=offset)
    return None


def find(text: str, lowered: str | None = None) -> list[TimeExpr]:
    """Every temporal expression in ``text``, non-overlapping, in order (``lowered``: ``lower(text)``, when the
    caller has it: a long text's second copy not made)."""
    grammar, lowered = _grammar(), lowered if lowered is not None else lower(text)
    found: list[TimeExpr] = []
    digits = list(_DIGITS.finditer(lowered)) if len(lowered) <= _SHORT else None  # a long text's: read as needed
    for m in _matches(grammar, lowered, digits):
        kind = m.lastgroup.replace("_", "-")  # type: ignore[union-attr]
        first, stop = grammar.groups[kind]
        start, end = m.span(first)
        prefixed = ""
        if kind in _DAY_KINDS:  # "chiều thứ Sáu, ngày 6/12", "từ ngày 16-18/12": the words before the day
            before = grammar.prefix.search(lowered, max(0, start - 45), start)
            prefixed = lowered[before.start():start] if before is not None and before.start() < start else ""
            start = before.start() if prefixed else start
        expr = _build(kind, list(m.groups()[first:stop]), start, end, text, prefixed)
        if expr is not None and prefixed:
            expr = _told_as(grammar, expr, prefixed, text)
        if expr is not None and kind in _DAY_KINDS and expr.year is None:
            expr = _with_relative_year(grammar, expr, lowered, text)
        if expr is not None and not (expr.kind == "day" and _holiday_name(grammar, lowered, expr.start)) \
                and not (expr.kind.startswith("relative-") and grammar.plural.search(lowered, max(0, expr.start - 8), expr.start)):
            found.append(_with_past(grammar, expr, text))
    found += _named_years(grammar, text, digits)
    chosen, last = [], -1
    for e in sorted(found, key=lambda e: (e.start, -(e.end - e.start))):
        if e.start >= last:
            chosen.append(e)
            last = e.end
    return chosen


def _holiday_name(grammar: _Grammar, lowered: str, start: int) -> bool:
    """Whether the day at ``start`` names a holiday ("Quốc khánh 2/9") rather than a date."""
    return grammar.holiday.search(lowered, max(0, start - 30), start) is not None


def _named_years(grammar: _Grammar, text: str, digits: list[re.Match[str]] | None) -> list[TimeExpr]:
    """Years after a capitalized word, which name an occasion: "Xuân 2024", "Giáp Thìn 2024", "APEC 2017"."""
    return [TimeExpr(m.start(), m.end(), m.group(), "year", int(m.group())) for m in digits or _DIGITS.finditer(text)
            if m.end() - m.start() == 4 and grammar.bare_year.fullmatch(m.group()) and grammar.year_end.match(text, m.end())
            and grammar.occasion.search(text, max(0, m.start() - 30), m.start())]


@functools.cache
def _told_words() -> re.Pattern[str]:
    """A word of the article's own day ("chiều qua", "tối nay", "ngày mai") opening the words before a day."""
    told = [word for word, (kind, _) in _grammar().relative.items() if kind == "relative-day"]
    return re.compile(rf"({_alt(told)})(?!\w)")


def _told_as(grammar: _Grammar, expr: TimeExpr, prefixed: str, text: str) -> TimeExpr:
    """A day written with a word of the article's own day before it ("Chiều qua (28/7)", "tối nay (7/10)", "Tối qua
    5/3", "hôm qua, ngày 5/3"): how many days it lies from the article's (``told_as``; -1 for "qua")."""
    m = _told_words().match(prefixed)
    if m is None:
        return expr
    _, offset = grammar.relative[" ".join(m.group(1).split())]
    end = expr.end + 1 if "(" in prefixed and text.startswith(")", expr.end) else expr.end  # "(28/7)" whole
    return TimeExpr(expr.start, end, text[expr.start:end], expr.kind, expr.year, expr.month, expr.day, expr.end_year,
                    expr.end_month, expr.end_day, expr.offset, expr.past, offset)


_YEAR_AFTER = re.compile(r"\s*(năm ngoái|năm trước|năm qua|năm nay|năm tới|năm sau)(?!\w)")


def _with_relative_year(grammar: _Grammar, expr: TimeExpr, lowered: str, text: str) -> TimeExpr:
    """"từ ngày 3 đến 4/11 năm ngoái": the day takes the year the words after it give."""
    m = _YEAR_AFTER.match(lowered, expr.end)
    if not m:
        return expr
    _, offset = grammar.relative[m.group(1)]
    return TimeExpr(expr.start, m.end(), text[expr.start:m.end()], expr.kind, None, expr.month, expr.day, None,
                    expr.end_month, expr.end_day, offset)


_HOI = re.compile(r"(?i)\bhồi\s*$")  # "hồi tháng 4": a time gone by


def _with_past(grammar: _Grammar, expr: TimeExpr, text: str) -> TimeExpr:
    if expr.kind == "month" and grammar.past.match(text[expr.end:expr.end + 12]) or \
            _HOI.search(text, max(0, expr.start - 5), expr.start):
        return TimeExpr(expr.start, expr.end, expr.text, expr.kind, expr.year, expr.month, expr.day, expr.end_year,
                        expr.end_month, expr.end_day, expr.offset, True)
    return expr


# ---------------------------------------------------------------- resolution


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


def year_for(expr: TimeExpr, reference: date) -> int:
    """The year a year-less day or month falls in: the reference's, or the one before for a past
    month after the reference month ("hồi tháng 11 vừa qua" read in February)."""
    if expr.past and expr.month and expr.month > reference.month:
        return reference.year - 1
    return reference.year


def resolve(expr: TimeExpr, reference: date | None, reason: str | None = None) -> Date | None:
    """The spec Date an expression states, with the year taken from ``reference`` when not written."""
    if expr.kind == "relative-day":
        if reference is None:
            return None
        d = reference + timedelta(days=expr.offset or 0)
        why = f"'{expr.text}' counted from {reference.isoformat()}" + (f" ({reason})" if reason else "")
        return Date(d.isoformat(), "day", "inferred", None, expr.text, why)
    if expr.kind in ("relative-year", "relative-month"):
        return _relative_coarse(expr, reference, reason)
    if expr.kind == "relative-week":
        if reference is None:
            return None
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=expr.offset or 0)
        why = f"'{expr.text}': the week of {monday.isoformat()}, counted from {reference.isoformat()}"
        return Date(monday.isoformat(), "day", "inferred", (monday + timedelta(days=6)).isoformat(), expr.text, why)
    if expr.kind in ("year", "year-range"):
        return Date(_fmt(expr.year), "year", "stated", _fmt(expr.end_year) if expr.end_year else None, expr.text)
    return _calendar(expr, reference, reason)


def _relative_coarse(expr: TimeExpr, reference: date | None, reason: str | None) -> Date | None:
    if reference is None:
        return None
    why = f"'{expr.text}' counted from {reference.isoformat()}" + (f" ({reason})" if reason else "")
    if expr.kind == "relative-year":
        return Date(_fmt(reference.year + (expr.offset or 0)), "year", "inferred", None, expr.text, why)
    months = reference.year * 12 + reference.month - 1 + (expr.offset or 0)
    return Date(_fmt(months // 12, months % 12 + 1), "month", "inferred", None, expr.text, why)


def _calendar(expr: TimeExpr, reference: date | None, reason: str | None) -> Date | None:
    year, basis, why = expr.year, "stated", None
    if expr.kind == "months" and expr.offset is not None and reference is not None:
        year, basis, why = reference.year + expr.offset, "inferred", f"'{expr.text}' counted from {reference.year}"
    if year is None and expr.offset is not None and expr.kind in ("day", "day-range") and reference is not None:
        year, basis = reference.year + expr.offset, "inferred"
        why = f"'{expr.text}' counted from {reference.year}"
    if year is None:
        if reference is None:
            return None
        year, basis = year_for(expr, reference), "inferred"
        why = reason or f"year of the article ({reference.year})"
    precision = "day" if expr.day else "month"
    value = _fmt(year, expr.month, expr.day)
    end = None
    if expr.end_month:
        end_year = expr.end_year or year
        end = _fmt(end_year, expr.end_month, expr.end_day)
        if end == value:
            end = None
    return Date(value, precision, basis, end, expr.text, why if basis == "inferred" else None)  # type: ignore[arg-type]
