"""Dating a document, and the date that governs each sentence of it.

The document date comes from metadata when given; otherwise from the first
day-level date in the text. When its year is not written, every clue narrows
the possible years, each with a reason a reader can check:

- the tenures of the people named with their titles (``kb.tenure_spans``),
- anniversaries ("50 năm Quốc khánh Lào" → 1975 + 50),
- numbered meetings the article reports from ("Kỳ họp lần thứ 48 ..." → the KB's session),
- "cùng kỳ năm 2023" (→ 2024), "10 tháng đầu năm 2024" read after October (→ 2024),
- the same day written with its year elsewhere in the text,

and, only to choose among years the clues leave open, the years the text
mentions. If more than one year is still possible, nothing is guessed.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from bangiao import datafiles, dates
from bangiao.dates import TimeExpr
from bangiao.entities import HOME
from bangiao.gazetteer import lower
from bangiao.kb import KnowledgeBase, day_range, knowledge_base, tenure_spans
from bangiao.model import Date, Entity

_FILE = "dates.toml"
_YEARS = range(1945, 2101)  # the years an article may be from; the KB's as_of caps open tenures


@dataclass(frozen=True, slots=True)
class Clue:
    years: frozenset[int]
    reason: str


@dataclass(frozen=True, slots=True)
class Dating:
    """What is known of a document's time: its date, the reference for relative words, the expressions."""

    published: Date | None
    reference: date | None
    expressions: tuple[TimeExpr, ...]
    warnings: tuple[str, ...] = ()


@functools.cache
def _words(section: str, key: str) -> tuple[str, ...]:
    return tuple(datafiles.strings(_FILE, datafiles.load(_FILE, "dates"), section, key))


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------- clues


def _tenure_clue(kb: KnowledgeBase, entities: tuple[Entity, ...], lead: TimeExpr | None) -> Clue | None:
    """The years in which every titled person named held the title the text gives them."""
    held = [(e, spans) for e in entities if e.type == "PERSON" and e.titles and e.id in kb.entities
            and (spans := tenure_spans(kb, e.id, list(e.titles)))]
    if not held:
        return None
    per_person = [(e, spans, _years_in(spans, lead)) for e, spans in held]
    years = set(_YEARS)
    for _, _, ys in per_person:
        years &= ys
    binding = [(e, spans) for e, spans, ys in per_person
               if ys != set(_YEARS) and _without(per_person, e) != years]
    reasons = [f"{e.name}: {e.titles[0]} {_terms_text(spans)}" for e, spans in binding or [(e, s) for e, s in held[:2]]]
    return Clue(frozenset(years), "; ".join(reasons))


def _years_in(spans: list[tuple[date, date]], lead: TimeExpr | None) -> set[int]:
    if lead is not None and lead.month and lead.day:
        return {y for s, e in spans for y in range(s.year, min(e.year, _YEARS.stop - 1) + 1)
                if dates._valid(y, lead.month, lead.day) and s <= date(y, lead.month, lead.day) <= e}
    return {y for s, e in spans for y in range(max(s.year, _YEARS.start), min(e.year, _YEARS.stop - 1) + 1)}


def _without(per_person: list, person: Entity) -> set[int]:
    years = set(_YEARS)
    for e, _, ys in per_person:
        if e is not person:
            years &= ys
    return years


def _terms_text(spans: list[tuple[date, date]]) -> str:
    return ", ".join(f"{s.isoformat()}–{e.isoformat()}" if e.year < 2100 else f"from {s.isoformat()}" for s, e in sorted(spans))


@functools.cache
def _anniversary_patterns() -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    national, relations = _alt(_words("anniversaries", "national_day")), _alt(_words("anniversaries", "relations"))
    ahead = re.compile(rf"(?i)(?:{_alt(_words('anniversaries', 'ahead'))})\s+(?:kỷ niệm\s+)?$")
    return national, ahead, re.compile(rf"(?i)(\d{{1,3}})\s+năm\s+(?:ngày\s+)?({national}|{relations})")


def _anniversary_clues(kb: KnowledgeBase, text: str, entities: tuple[Entity, ...]) -> list[Clue]:
    clues = []
    national, ahead, pattern = _anniversary_patterns()
    for m in pattern.finditer(text):
        country = _country_after(entities, m.end()) if re.match(national, m.group(2), re.I) else _partner_near(entities, m.end())
        entity = kb.country(country) if country else None
        key = "national_day" if re.match(national, m.group(2), re.I) else "relations_with_vn"
        base = entity.facts.get(key) if entity else None
        if not base:
            continue
        year = int(base[:4]) + int(m.group(1))
        early = bool(ahead.search(text[max(0, m.start() - 30):m.start()]))
        years = {year - 1, year} if early else {year}
        clues.append(Clue(frozenset(years), f"'{m.group(0)}': {entity.name} {base[:4]} + {m.group(1)} → {year}"))
    return clues


def _founding_clues(kb: KnowledgeBase, text: str, entities: tuple[Entity, ...]) -> list[Clue]:
    """"100 năm thành lập Đảng Cộng sản Trung Quốc" → the founding year in the KB + 100."""
    clues = []
    orgs = sorted(((m.start, e) for e in entities if e.type == "ORG" for m in e.mentions), key=lambda x: x[0])
    for m in re.finditer(r"(?i)(\d{1,3})\s+năm\s+(?:ngày\s+)?(?:thành lập|ra đời|Ngày thành lập)?\s*", text):
        org = next((e for pos, e in orgs if m.end() <= pos <= m.end() + 3), None)
        founded = kb.entities[org.id].facts.get("founded") if org and org.id in kb.entities else None
        if founded:
            year = int(founded[:4]) + int(m.group(1))
            early = bool(_anniversary_patterns()[1].search(text[max(0, m.start() - 30):m.start()]))
            clues.append(Clue(frozenset({year - 1, year} if early else {year}),
                              f"'{m.group(0).strip()} {org.name}': {founded[:4]} + {m.group(1)} → {year}"))
    return clues


def _country_after(entities: tuple[Entity, ...], pos: int) -> str | None:
    mentions = [(m.start, e.country) for e in entities if e.type == "COUNTRY" for m in e.mentions if pos <= m.start < pos + 60]
    return min(mentions)[1] if mentions else None


def _partner_near(entities: tuple[Entity, ...], pos: int) -> str | None:
    near = [(m.start, e.country) for e in entities if e.type == "COUNTRY" and e.country != HOME
            for m in e.mentions if pos <= m.start < pos + 80]
    if near:
        return min(near)[1]
    counts = {e.country: len(e.mentions) for e in entities if e.type == "COUNTRY" and e.country != HOME}
    return max(counts, key=counts.get) if counts else None


@functools.cache
def _meeting_context() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    at = re.compile(rf"(?:{_alt(tuple(lower(w) for w in _words('meetings', 'at')))})\s[^.\n]{{0,40}}$")
    ahead = re.compile(rf"(?:{_alt(tuple(lower(w) for w in _words('meetings', 'ahead')))})\s[^.\n]{{0,40}}$")
    past = re.compile(rf"(?:{_alt(tuple(lower(w) for w in _words('meetings', 'past')))})\s[^.\n]{{0,20}}$")
    return at, ahead, past


def _meeting_clues(kb: KnowledgeBase, text: str) -> list[Clue]:
    clues, low = [], lower(text)
    at, ahead, past = _meeting_context()
    for series, number, start, end in _numbered_meetings(kb, low):
        session = next((s for s in kb.sessions if s.series == series and s.number == number), None)
        if session is None:
            continue
        before = low[max(0, start - 60):start]
        year = int(session.start[:4])
        name = kb.series[series].name
        if at.search(before):
            clues.append(Clue(frozenset({year}), f"{name} lần thứ {number}: {session.start}"))
        elif ahead.search(before):
            clues.append(Clue(frozenset({year - 1, year}), f"{name} lần thứ {number} ({session.start}) still ahead"))
        elif past.search(before):
            clues.append(Clue(frozenset(range(year, _YEARS.stop)), f"{name} lần thứ {number} ({session.start}) already held"))
    return clues


@functools.cache
def _series_pattern() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One pattern for every meeting series' names (longest first), and which series each name is."""
    kb = knowledge_base()
    by_alias: dict[str, list[str]] = {}
    for sid, series in kb.series.items():
        for alias in {lower(a) for a in series.aliases}:
            by_alias.setdefault(alias, []).append(sid)
    alternation = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), by_alias


def _numbered_meetings(kb: KnowledgeBase, low: str) -> list[tuple[str, int, int, int]]:
    pattern, by_alias = _series_pattern()
    found = []
    for m in pattern.finditer(low):
        number = _number_near(low, m.start(), m.end())
        if number is not None:
            found += [(sid, number, m.start(), m.end()) for sid in by_alias[m.group(0)]]
    return found


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _number(token: str) -> int | None:
    """"14" or "xiv" → 14."""
    if token.isdigit():
        return int(token)
    values = [_ROMAN.get(c) for c in token]
    if not token or None in values:
        return None
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))  # type: ignore[operator]


def _number_near(low: str, start: int, end: int) -> int | None:
    after = re.match(r"\s*(?:\(\s*)?(?:lần\s+thứ\s+|thứ\s+|-\s*|\s)(\d{1,3}|[ivxl]{1,6})(?!\w)", low[end:end + 20])
    before = re.search(r"lần\s+thứ\s+(\d{1,3}|[ivxl]{1,6})\s+(?:của\s+)?$", low[max(0, start - 30):start])
    m = after or before
    return _number(m.group(1)) if m else None


def _statistic_clues(text: str, lead: TimeExpr | None) -> list[Clue]:
    clues = []
    for m in re.finditer(r"(?i)cùng\s+kỳ\s+năm\s+(\d{4})", text):
        clues.append(Clue(frozenset({int(m.group(1)) + 1}), f"'{m.group(0)}' compares with the year before → {int(m.group(1)) + 1}"))
    for m in re.finditer(r"(?i)(\d{1,2})\s+tháng\s+đầu\s+năm\s+(\d{4})", text):
        if lead is not None and lead.month and lead.month > int(m.group(1)):
            clues.append(Clue(frozenset({int(m.group(2))}), f"'{m.group(0)}' reported in month {lead.month}"))
    return clues


def _same_day_clue(lead: TimeExpr, expressions: list[TimeExpr]) -> Clue | None:
    for e in expressions:
        if e.year and e.month == lead.month and e.day == lead.day and e is not lead:
            return Clue(frozenset({e.year}), f"the same day is written in full as '{e.text}'")
    return None


def _mentioned_years(text: str, expressions: list[TimeExpr]) -> set[int]:
    """Years the text names for its present: not those in a sentence about earlier times ("Trước đó, ngày 22/2/2023")."""
    return {e.year for e in expressions if e.year and e.kind in ("year", "month", "quarter", "months", "day", "day-range")
            and not _before_words().match(lower(text[_sentence_start(text, e.start):_sentence_start(text, e.start) + 30]))}


# ---------------------------------------------------------------- the document date


def _lead(expressions: list[TimeExpr]) -> TimeExpr | None:
    """The date the article reports on: its first single day ("Sáng 8/1"); failing that, its first range."""
    return next((e for e in expressions if e.kind == "day"), None) or \
        next((e for e in expressions if e.kind == "day-range"), None)


def _infer_year(clues: list[Clue], mentioned: set[int], same_day: Clue | None) -> tuple[int | None, str, set[int]]:
    """Intersect the clues; then, only to choose among what is left, the same day written in full, then the
    years the text mentions."""
    years: set[int] = set(_YEARS)
    reasons = []
    for clue in clues:
        years &= clue.years
        if clue.reason not in reasons:
            reasons.append(clue.reason)
    if same_day is not None and (not clues or same_day.years <= years):
        return next(iter(same_day.years)), "; ".join(reasons + [same_day.reason]), set(same_day.years)
    if not clues:
        return None, "", set()
    if len(years) > 1 and len(years & mentioned) == 1:
        choice = next(iter(years & mentioned))
        reasons.append(f"of {sorted(years)}, the text mentions {choice}")
        years = {choice}
    return (next(iter(years)) if len(years) == 1 else None), "; ".join(reasons), years


def date_document(text: str, entities: tuple[Entity, ...], metadata: Date | None = None) -> Dating:
    """The document's date (metadata, else the lead date with its year stated or inferred) and its expressions."""
    expressions = dates.find(text)
    if metadata is not None:
        return Dating(metadata, day_range(metadata.value)[0] if metadata.precision == "day" else None, tuple(expressions))
    lead = _lead(expressions)
    if lead is None:
        return Dating(None, None, tuple(expressions), ("no date of the article in the text or its metadata",))
    if lead.year is not None:
        published = _published(lead, lead.year, "stated", None)
        return Dating(published, day_range(published.value)[0], tuple(expressions))
    kb = knowledge_base()
    clues = [c for c in (_tenure_clue(kb, entities, lead),) if c]
    clues += _anniversary_clues(kb, text, entities) + _founding_clues(kb, text, entities)
    clues += _meeting_clues(kb, text) + _statistic_clues(text, lead)
    same_day = _same_day_clue(lead, expressions)
    year, reason, left = _infer_year(clues, _mentioned_years(text, expressions), same_day)
    if year is None:
        why = (f"possible years {sorted(left)}" if left and len(left) < 20 else
               "the clues contradict each other" if clues and not left else "no clue to the year")
        return Dating(None, None, tuple(expressions), (f"the year of '{lead.text}' cannot be pinned: {why}",))
    published = _published(lead, year, "inferred", reason)
    return Dating(published, day_range(published.value)[0], tuple(expressions))


def _published(lead: TimeExpr, year: int, basis: str, reason: str | None) -> Date:
    """A lead range ("từ ngày 16-18/12") dates the article by its last day."""
    month = lead.end_month or lead.month
    day = lead.end_day or lead.day
    y = lead.end_year or year
    return Date(f"{y:04d}-{month:02d}-{day:02d}", "day", basis, None, lead.text, reason)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the governing date


_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Just after the last sentence end before ``pos`` (". ", "! ", "? ", "… " or a line break)."""
    found = [(text.rfind(mark, 0, pos), len(mark)) for mark in (". ", "! ", "? ", "… ", "\n")]
    return max([i + n for i, n in found if i >= 0] or [0])


@functools.cache
def _before_words() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(tuple(lower(w) for w in _words('governing', 'before')))})\b")


@functools.cache
def _undated_openers() -> re.Pattern[str]:
    words = _words("governing", "before") + _words("governing", "over_period")
    return re.compile(rf"(?:{_alt(tuple(lower(w) for w in words))})\b")


_OWN_ORDER = {"day": 0, "day-range": 1, "relative-day": 2, "month": 3}


def _distance(expr: TimeExpr, start: int, end: int) -> tuple[int, int, int]:
    """Inside the clause, then the nearest before it, then after it; a written day before a relative one."""
    if start <= expr.start < max(end, start + 1):
        return 0, 0, _OWN_ORDER[expr.kind]
    if expr.end <= start:
        return 1, start - expr.end, _OWN_ORDER[expr.kind]
    return 2, expr.start - end, _OWN_ORDER[expr.kind]


def governing_date(dating: Dating, text: str, pos: int, planned: bool = False, until: int | None = None) -> Date | None:
    """The date that governs the clause at ``pos`` (to ``until``): the sentence's own date nearest to it
    (inside the clause first, then before it, then after), else the last day named before the sentence
    ("Cùng ngày", "Ngay sau hội đàm", a date stated once in the lead). None for "Trước đó ..." or an
    announced event (``planned``) without a date of its own."""
    start = _sentence_start(text, pos)
    end = _SENTENCE_END.search(text, pos)
    stop = end.start() if end else len(text)
    own = [e for e in dating.expressions if start <= e.start < stop and e.kind in _OWN_ORDER]
    if own:
        return _resolved(dating, min(own, key=lambda e: _distance(e, pos, until or pos)))
    opening = lower(text[start:start + 30])
    if planned or _undated_openers().match(opening):
        return None
    earlier = [e for e in dating.expressions if e.end <= start and e.kind == "day"]
    earlier = earlier or [e for e in dating.expressions if e.end <= start and e.day_level]
    return _resolved(dating, earlier[-1]) if earlier else dating.published


def _resolved(dating: Dating, expr: TimeExpr) -> Date | None:
    reason = dating.published.reason if dating.published and dating.published.basis == "inferred" else None
    return dates.resolve(expr, dating.reference, reason)
