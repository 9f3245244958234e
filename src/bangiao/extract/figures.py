"""Figures: money the text gives ("1,7 tỷ USD", "hơn 900 triệu USD", "nghìn tỷ đồng"), what it measures,
whether it is a goal, its change ("tăng 28,26%"), the period it covers and the parties.

Vietnamese writes the decimal comma and the thousands dot: "1,7" is 1.7, "9.559" is 9559. A figure restated
(the lead and the body give the same target) is one figure.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bangiao import datafiles
from bangiao.extract import dates, positions
from bangiao.extract.dating import Dating
from bangiao.errors import DataFileError
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import MAX_SENTENCE
from bangiao.model import Date, Entity, Figure, Span

_FILE = "figures.toml"
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_PCT = re.compile(rf"({_NUMBER})\s*%")
_CLAUSE_END = re.compile(r"[;!?\n]|\.(?!\d)|, (?=(?:trong đó|đồng thời|hai bên|ngoài ra))")  # "9.800" goes on


_WORD_OR_MARK = r"[\w,.]"  # what no number stands right after ("x1", ",5", ".000")


def _number_not_after(*before: str) -> str:
    """``(_NUMBER)`` not right after any of ``before``, written to open with its first digit: a pattern that opens
    with a digit is looked for in C, one that opens with a look-behind is tried at every character (3x the time).
    The look-behinds stand after that digit and take it in ("[\\w,.]\\d"): the same matches."""
    held = "".join(f"(?<!{b}\\d)" for b in before)
    return rf"(\d{held}(?:\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?|\d*(?:,\d+)?))"


@dataclass(frozen=True, slots=True)
class _Vocab:
    money: re.Pattern[str]
    scales: dict[str, int]
    currencies: dict[str, str]
    words: dict[str, re.Pattern[str]]
    counted: re.Pattern[str]
    units: dict[str, str]  # written form → the unit recorded


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _vocab() -> _Vocab:
    data = datafiles.load(_FILE, "figures")
    scales = data.get("scales", {})
    if not scales or not all(isinstance(v, int) and v > 0 for v in scales.values()):
        raise DataFileError(_FILE, "[scales] must map words to positive integers")
    currencies = {lower(w): code for code, words in data.get("currencies", {}).items() for w in words}
    words = {k: re.compile(rf"(?<!\w)(?:{_alt(lower(w) for w in datafiles.strings(_FILE, data, 'words', k))})(?!\w)")
             for k in ("target", "rise", "fall", "trade_turnover", "investment", "aid", "milestone")}
    money = re.compile(rf"{_number_not_after(_WORD_OR_MARK)}\s*({_alt(lower(s) for s in scales)})?\s*({_alt(currencies)})(?!\w)")
    units = {lower(w): unit for unit in data.get("counts", {})
             for w in datafiles.strings(_FILE, data, "counts", unit)}
    if not units:
        raise DataFileError(_FILE, "[counts] must list counted units")
    counted = re.compile(rf"{_number_not_after('năm ', 'ngày ', _WORD_OR_MARK)}\s*({_alt(lower(s) for s in scales)})?\s*"
                         rf"({_alt(units)})(?![\w-])")
    return _Vocab(money, {lower(k): v for k, v in scales.items()}, currencies, words, counted, units)


def parse_number(text: str) -> float:
    """"1,7" → 1.7; "9.559" → 9559; "615,4" → 615.4; "1.234,5" → 1234.5."""
    if "," in text:
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text)


@functools.lru_cache(maxsize=2)  # one article at a time: every figure of it asks
def _clause_marks(low: str) -> tuple[list[int], list[int]]:
    marks = list(_CLAUSE_END.finditer(low))
    return [m.start() for m in marks], [m.end() for m in marks]


def _clause(low: str, pos: int) -> tuple[int, int]:
    """From the last clause end before ``pos`` to the next one (at most ``MAX_SENTENCE`` characters each way: a text
    without punctuation is no one clause)."""
    starts, ends = _clause_marks(low)
    k, j = bisect.bisect_right(ends, pos), bisect.bisect_left(starts, pos)
    return max(ends[k - 1] if k else 0, pos - MAX_SENTENCE), min(starts[j] if j < len(starts) else len(low),
                                                                 pos + MAX_SENTENCE)


def _kind(v: _Vocab, before: str, after: str) -> str:
    """The measure named nearest before the figure ("kim ngạch thương mại ... 20 tỉ USD"), else just after it."""
    found = [(len(before) - m.end(), k) for k in ("trade_turnover", "investment", "aid") for m in v.words[k].finditer(before)]
    found = found or [(m.start() + 1000, k) for k in ("trade_turnover", "investment", "aid") for m in v.words[k].finditer(after)]
    return min(found)[1] if found else "other"


def _change(v: _Vocab, low: str, end: int, stop: int) -> float | None:
    after = low[end:stop]
    m = _PCT.search(after)
    if not m:
        return None
    before = after[:m.start()]
    value = parse_number(m.group(1))
    if v.words["fall"].search(before[-25:]):
        return -value
    return value if v.words["rise"].search(before[-25:]) else None


def _period(dating: Dating, low: str, clause: tuple[int, int]) -> Date | None:
    exprs = [e for e in positions.starting_in(dating.expressions, *clause)
             if e.kind in ("months", "quarter", "year", "month", "relative-year")]
    return dates.resolve(exprs[0], dating.reference) if exprs else None


def _parties(entities: tuple[Entity, ...], start: int, end: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.id for _, _, e in positions.mentions_in(entities, start, end) if e.type == "COUNTRY"))


def find_figures(text: str, entities: tuple[Entity, ...], dating: Dating) -> tuple[Figure, ...]:
    """Every money figure and counted quantity in the text, once per value, unit and kind of claim."""
    v, low = _vocab(), lower(text)
    figures: dict[tuple, Figure] = {}
    passed: list[tuple] = []  # thresholds passed ("vượt mốc 10 tỷ USD")
    at: dict[tuple, int] = {}  # where each figure is told
    for m, value, unit in amounts(low):
        key = _add(figures, v, text, low, m, value, unit, entities, dating)
        if key is not None:
            at[key] = m.end()
        if key is not None and v.words["milestone"].search(low, max(0, m.start() - 16), m.start()):
            passed.append(key)
    for key in passed:
        if _told_exactly(figures, key):
            del figures[key]
    _carry_periods(figures, at, text, low, dating)
    return tuple(figures.values())


_COMPARED = re.compile(r"so với[^,;.]*$")  # "tăng 29% so với cùng kỳ năm ngoái": the base compared with


def _carry_periods(figures: dict[tuple, Figure], at: dict[tuple, int], text: str, low: str, dating: Dating) -> None:
    """A period written once before a list that breaks a total down ("6 tháng đầu năm 2023, kim ngạch … đạt X.
    Trong đó, xuất khẩu đạt Y; … Các mặt hàng chính gồm A đạt Z; B đạt W") is the period of each result of the list
    with no time of its own: the last result with a period, of the same unit and measure (a stock of investment
    told after a year's trade is no part of it), in the same paragraph or the one before, with no time told between
    them (but the base of a comparison, "so với cùng kỳ năm ngoái"). Goals and investment stocks (gold 075: no
    period) carry none and take none."""
    last: tuple[tuple, int] | None = None  # the figure with a period, and its paragraph
    breaks = [m.start() for m in re.finditer(r"\n+", text)]
    for key in sorted((k for k in figures if k in at), key=at.__getitem__):
        f, paragraph = figures[key], bisect.bisect_left(breaks, at[key])
        if f.is_target or f.kind == "investment":  # a stock of investment ("có 199 dự án … tổng vốn") has no period
            continue
        if f.period is not None:
            last = (key, paragraph)
            continue
        if last is None or (last[0][1], figures[last[0]].kind) != (f.unit, f.kind) or paragraph - last[1] > 1:
            continue
        between = positions.starting_in(dating.expressions, at[last[0]], f.evidence.end)
        if not any(not _COMPARED.search(low, max(0, e.start - 80), e.start) for e in between):
            figures[key] = dataclasses.replace(f, period=figures[last[0]].period)


def _told_exactly(figures: dict[tuple, Figure], key: tuple) -> bool:
    """A threshold passed with the exact result in its sentence: "vượt mốc 10 tỷ USD, đạt 10,1 tỷ USD"."""
    f = figures[key]
    return not f.is_target and any(g is not f and g.unit == f.unit and not g.is_target and g.evidence == f.evidence
                                   and f.value <= g.value <= 1.2 * f.value for g in figures.values())


def amounts(low: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], float, str]]:
    """Each sum of money, then each counted quantity, in the lower-cased ``low[start:end]``: the match, its value
    in whole units and its unit ("1,7 tỷ usd" → 1700000000.0, "USD")."""
    v, end = _vocab(), len(low) if end is None else end
    for m in v.money.finditer(low, start, end):
        value = parse_number(m.group(1)) * v.scales.get(m.group(2) or "", 1)
        unit = v.currencies[m.group(3)]
        if unit == "VND" and not m.group(2) and value < 1000:
            continue  # "11 đồng chí" is eleven comrades, not 11 đồng
        yield m, value, unit
    for m in v.counted.finditer(low, start, end):
        yield m, parse_number(m.group(1)) * v.scales.get(m.group(2) or "", 1), v.units[m.group(3)]


def _add(figures: dict[tuple, Figure], v: _Vocab, text: str, low: str, m: re.Match[str], value: float, unit: str,
         entities: tuple[Entity, ...], dating: Dating) -> tuple | None:
    """The figure matched at ``m`` and its key, unless the same value, unit and claim is already there (a
    restatement: None)."""
    start, end = _clause(low, m.start())
    clause = low[start:m.start()]
    target = any(not clause.endswith("đã ", 0, w.start()) for w in v.words["target"].finditer(clause))
    key = (round(value), unit, target)
    if key in figures:
        return None
    sentence = _sentence_span(text, m.start())
    kind = _kind(v, clause, low[m.end():end])
    if kind == "other":  # "...; hai bên phấn đấu đạt 5 tỷ USD": the measure named earlier in the sentence
        kind = _kind(v, low[sentence[0]:m.start()], "")
    figures[key] = Figure(kind, value, unit, Span.of(text, *sentence), target,  # type: ignore[arg-type]
                          _change(v, low, m.end(), end), _period(dating, low, (start, end)),
                          _sides(entities, low, (start, end), sentence))
    return key


def _sides(entities: tuple[Entity, ...], low: str, clause: tuple[int, int], sentence: tuple[int, int]) -> tuple[str, ...]:
    """The countries of the clause the figure is told in, else of its sentence; "hai nước", "song phương" or one
    partner alone (a Vietnamese report's trade "với Campuchia") are Việt Nam and that partner — the partner of this
    sentence, not the one the article is most about."""
    named = _parties(entities, *clause) or _parties(entities, *sentence)
    partners = [c for c in named if c != "country:VN"]
    both = re.search(r"song phương|hai nước|hai bên|giữa hai", low[clause[0]:clause[1]])
    if both and not partners:
        others = sorted(((len(e.mentions), e.id) for e in entities if e.type == "COUNTRY" and e.id != "country:VN"),
                        reverse=True)
        partners = [others[0][1]] if others else []
    if (both or len(named) == 1) and len(partners) == 1 and any(e.id == "country:VN" for e in entities):
        return ("country:VN", partners[0])
    return named


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    floor, ceiling = max(0, pos - MAX_SENTENCE), min(len(text), pos + MAX_SENTENCE)  # the work stays bounded
    dot = text.rfind(". ", floor, pos)  # (none: the sentence opens the text, its first letter kept)
    start = max(dot + 2 if dot >= 0 else floor, text.rfind("\n", floor, pos) + 1, floor)
    ends = [e for e in (text.find(". ", pos, ceiling), text.find("\n", pos, ceiling)) if e >= 0]
    end = min(ends) if ends else ceiling
    while end > start and text[end - 1] in " .":
        end -= 1
    return start, end
