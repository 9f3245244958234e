"""Anniversaries a text names and what they say of its year ("50 năm Quốc khánh Lào" → 1975 + 50, "45 năm thiết lập quan
hệ ngoại giao (1973 - 2018)", "100 năm thành lập Đảng …"): held now, prepared for, celebrated in their run-up, or more
than N years on (for extract/dating.py). Vocabulary: ``data/dates.toml`` [anniversaries].
"""
from __future__ import annotations

import functools
import re

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bangiao.extract import dates, positions, yearhints
from bangiao.extract.dates import TimeExpr
from bangiao.extract.entities import HOME
from bangiao.extract.kb import KnowledgeBase
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import announced_in, sentence_end, sentence_start, word_alternation, words
from bangiao.extract.yearhints import YEARS, Clue
from bangiao.model import Entity


@functools.cache
def _anniversary_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """On lower-cased text: "N năm " (where every anniversary starts), what follows it for a national day or
    relations, what stands before a body's name for its founding, and the words that put the article before
    the anniversary."""
    national = word_alternation("anniversaries", "national_day")
    relations = word_alternation("anniversaries", "relations")
    ahead = re.compile(rf"(?:{word_alternation('anniversaries', 'ahead')})\s+"
                       rf"(?:(?:\S+\s+){{0,3}}kỷ niệm\s+|(?:(?:dịp|ngày)\s+)?(?:kỷ niệm\s+)?)$")
    years = re.compile(r"([0-9]{1,3})\s+năm\s+(?:ngày\s+)?")  # starts with a digit: the engine skips to digits
    founding = re.compile(r"(?<![0-9])([0-9]{1,3})\s+năm\s+(?:ngày\s+)?(?:thành lập|ra đời)?\s*(?:\S{1,3}\s*)?$")
    return years, re.compile(rf"(?:({national})|{relations})"), founding, ahead


@functools.cache
def _anniversary_words() -> tuple[str, ...]:
    return tuple(lower(w) for w in words("anniversaries", "national_day") + words("anniversaries", "relations"))


def _years_since(low: str) -> list[re.Match[str]]:
    """Every "N năm " of a lower-cased text (N a number of its own, not the end of "2024")."""
    return [n for n in _anniversary_patterns()[0].finditer(low) if not (n.start() and low[n.start() - 1].isdigit())]


@dataclass(frozen=True, slots=True)
class Anniversary:
    """"50 năm Quốc khánh Lào" at [start, end): the KB date it counts from (``base``), and the year it falls in."""

    start: int
    end: int
    country: str
    base: str
    year: int
    national: bool


def anniversaries(kb: KnowledgeBase, text: str, low: str, entities: tuple[Entity, ...]) -> list[Anniversary]:
    """Each "N năm Quốc khánh X" / "N năm (thiết lập) quan hệ ngoại giao" with the KB date it counts from, and each
    anniversary of Việt Nam's own history ("80 năm Cách mạng tháng Tám")."""
    home = kb.country("VN")
    national_day = home.facts.get("national_day") if home else None  # counted from it: a national day's anniversary
    found = [Anniversary(a, b, "Việt Nam", base, year, base == national_day)
             for a, b, base, year in yearhints.fixed_anniversaries(low)]
    _, occasion, _, _ = _anniversary_patterns()
    if not any(word in low for word in _anniversary_words()):
        return found
    for n in _years_since(low):
        if not (m := occasion.match(low, n.end())):
            continue
        national = m.group(1) is not None
        country = _country_after(entities, low, m.end(), text) if national else _partner_near(entities, m.end())
        entity = kb.country(country) if country else None
        base = entity.facts.get("national_day" if national else "relations_with_vn") if entity else None
        if base:
            found.append(Anniversary(n.start(), m.end(), entity.name, base, int(base[:4]) + int(n.group(1)), national))
    return found + _ago(kb, text, low, entities)


@functools.cache
def _ago_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{word_alternation('anniversaries', 'relations')})\s+cách\s+đây\s+(\d{{1,3}})\s+năm(?!\w)")


def _ago(kb: KnowledgeBase, text: str, low: str, entities: tuple[Entity, ...]) -> list[Anniversary]:
    """"Việt Nam và Cuba thiết lập quan hệ ngoại giao cách đây 49 năm": the partner its sentence names before, its
    relations + N."""
    found = []
    for m in _ago_pattern().finditer(low) if "cách đây" in low else ():
        partners = [e.country for start, _, e in positions.mentions_in(entities, sentence_start(text, m.start()), m.start())
                    if e.type == "COUNTRY" and e.country != HOME]
        entity = kb.country(partners[-1]) if partners else None
        if base := entity.facts.get("relations_with_vn") if entity else None:
            found.append(Anniversary(m.start(), m.end(), entity.name, base, int(base[:4]) + int(m.group(1)), False))
    return found


def anniversary_clues(text: str, low: str, anniversaries: list[Anniversary], lead: TimeExpr | None) -> list[Clue]:
    """"50 năm Quốc khánh Lào" → Lào's national day + 50; "45 năm thiết lập quan hệ ngoại giao" → relations + 45.
    Prepared for ("hướng tới", "tổ chức tốt …", or its year written after it: "… vào năm 2025"), the article may
    come the year before; celebrated in the run-up ("chào mừng"), the calendar decides."""
    clues = []
    ahead, welcoming = _anniversary_patterns()[3], _welcoming()
    for a in anniversaries:
        window = low[max(0, a.start - 50):a.start]
        said = f"'{text[a.start:a.end]}': {a.country} {a.base[:4]} + {a.year - int(a.base[:4])} → {a.year}"
        if welcoming.search(window) and lead is not None and lead.month and lead.day:
            year = a.year if (lead.month, lead.day) <= (int(a.base[5:7]), int(a.base[8:10])) else a.year - 1
            clues.append(Clue(frozenset({year}), f"{said}, celebrated ahead on {lead.day}/{lead.month} → {year}"))
            continue
        if _next_year().search(low, a.end, min(sentence_end(text, a.end), a.end + 160)):
            clues.append(Clue(frozenset({a.year - 1}), f"{said}, told as next year's → {a.year - 1}"))
            continue
        if _more_than().search(low, max(0, a.start - 8), a.start):
            years = _after_day(a, lead, YEARS) if lead is not None and lead.month and lead.day else \
                frozenset(y for y in YEARS if y >= a.year)  # ("sau hơn 30 năm …" with no day: that year or later)
            clues.append(Clue(years, f"{said}, more than that: after its day"))
            continue
        if lead is not None and lead.month and lead.day and (lead.month, lead.day) != (int(a.base[5:7]), int(a.base[8:10])) \
                and _celebrated(low, a.start):  # (held on the lead's own day, it is the news: its own year)
            years = _after_day(a, lead, (a.year, a.year + 1))
            if a.year in years and _just_celebrated(low, a.start):  # "vừa kỷ niệm 45 năm …" in March of 14 February's
                years = frozenset({a.year})  # year: just now, not thirteen months on
            clues.append(Clue(years, f"{said}, celebrated before: after its day"))
            continue
        named_year = re.match(rf"[^.]{{0,70}}?năm\s+{a.year}(?!\d)", low[a.end:a.end + 90])
        prepared = bool(ahead.search(window)) or _prepared(text, low, a.start)
        if prepared and re.match(rf"[^.;]{{0,70}}?vào\s+năm\s+{a.year}(?!\d)", low[a.end:a.end + 90]):
            clues.append(Clue(frozenset({a.year - 1}), f"{said}, prepared for 'vào năm {a.year}' → {a.year - 1}"))
            continue  # "cùng lo các sự kiện mừng 60 năm … vào năm 2027": a year still to come
        early = prepared or bool(named_year)
        if span := _programme_years(low, a):  # "Năm Việt Nam – Pháp 2013 – 2014 nhân kỷ niệm 40 năm …": its years
            clues.append(Clue(span, f"{said}, the occasion of a programme of {min(span)}-{max(span)}"))
            continue
        clues.append(Clue(frozenset({a.year - 1, a.year} if early else {a.year}), said))
    return clues


_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")


def _programme_years(low: str, a: Anniversary) -> frozenset[int]:
    """The years of a programme held for the anniversary, written just before it ("Năm Việt Nam – Pháp 2013 – 2014
    nhân kỷ niệm 40 năm …"), when they hold its year; else none."""
    spans = [(int(m.group(1)), int(m.group(2))) for m in _YEAR_SPAN.finditer(low, max(0, a.start - 60), a.start)]
    return next((frozenset(range(first, last + 1)) for first, last in spans if first <= a.year <= last <= first + 2),
                frozenset())


def _after_day(a: Anniversary, lead: TimeExpr, years: Iterable[int]) -> frozenset[int]:
    """The years among ``years`` that put the lead's day after the anniversary's own day."""
    day = (a.year, int(a.base[5:7]), int(a.base[8:10]))
    return frozenset(y for y in years if dates._valid(y, lead.month, lead.day) and (y, lead.month, lead.day) > day)


@functools.cache
def _more_than() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('anniversaries', 'more_than')})\s+$")


@functools.cache
def _next_year() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('anniversaries', 'next_year')})(?!\w)")


@functools.cache
def _ahead_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('anniversaries', 'ahead')})(?!\w)")


def _prepared(text: str, low: str, pos: int) -> bool:
    """Whether the sentence prepares the anniversary at ``pos`` ("phối hợp tổ chức tốt … kỷ niệm 55 năm", "năm 2013 là
    năm kỷ niệm 40 năm …, do vậy hai bên cần phối hợp để tổ chức tốt các hoạt động kỷ niệm"): the article may come the
    year before it (not what was done: "đã tổ chức tốt")."""
    if _ahead_words().search(low, max(sentence_start(text, pos), pos - 160), pos) is not None:
        return True
    after = _ahead_words().search(low, pos, min(sentence_end(text, pos), pos + 200))
    return after is not None and not low[max(0, after.start() - 4):after.start()].endswith("đã ")


def written_anniversary_clues(text: str, low: str, expressions: list[TimeExpr], lead: TimeExpr | None) -> list[Clue]:
    """"(2/9/1945 - 2/9/2025)" after an anniversary: the article is of 2025 (or the year before, prepared ahead),
    never of the first year, nor of a later year the text announces."""
    clues = []
    for e in expressions:
        if e.kind == "anniversary" and e.end_year or _bracketed_anniversary(text, low, e):
            ahead = _prepared(text, low, e.start) or not e.end_month and announced_in(text, e.start)  # "Đại sứ sẽ
            years = {e.end_year} | ({e.end_year - 1} if ahead else set())  # đóng góp … dịp kỷ niệm 75 năm (1950-2025)"
            said = f"the anniversary written '{text[e.start:e.end]}' falls in {e.end_year}"
            before = lead is not None and lead.month and lead.day and (lead.month, lead.day) < (e.end_month or 0, e.end_day or 0)
            if _celebrated(low, e.start) and lead is not None and lead.month and lead.day:
                years = {e.end_year + 1 if before else e.end_year}  # already held: the article comes after its day
                said += f", already held on {lead.day}/{lead.month} → {min(years)}"
            elif before and (ahead or not _run_up(lead, e)):
                years.add(e.end_year + 1)  # before the anniversary's day: in its run-up, or the year after it
            elif lead is not None and lead.month and lead.day and _still_ahead(low, e.start):
                years = {e.end_year - 1}  # still to come, its day already past in the calendar: the year before
                said += f", still to come on {lead.day}/{lead.month} → {e.end_year - 1}"
            clues.append(Clue(frozenset(years), said))
    return clues


RUN_UP_DAYS = 45  # a celebration this many days or fewer before the anniversary's day is held in its run-up


def _run_up(lead: TimeExpr, e: TimeExpr) -> bool:
    """Whether the lead's day falls within ``RUN_UP_DAYS`` before the anniversary's own day ("Tối 26/6, … chiêu đãi
    nhân kỷ niệm … Quốc khánh (3/7/1991-3/7/2025)": a week before it, in its run-up, not a year after it)."""
    if not (e.end_year and e.end_month and e.end_day and dates._valid(e.end_year, lead.month, lead.day)):
        return False
    gap = date(e.end_year, e.end_month, e.end_day) - date(e.end_year, lead.month, lead.day)
    return 0 < gap.days <= RUN_UP_DAYS


def _bracketed_anniversary(text: str, low: str, e: TimeExpr) -> bool:
    """A span of years in brackets right after "N năm …" that spans N years ("… 45 năm quan hệ ngoại giao Việt Nam – Hà
    Lan (1973 – 2018)"): an anniversary written with its years."""
    if e.kind != "year-range" or not e.end_year or not e.year or text[max(0, e.start - 1):e.start] != "(":
        return False
    return re.search(rf"(?<![0-9]){e.end_year - e.year}\s+năm\s[^.;()]{{0,120}}$", low[max(0, e.start - 160):e.start - 1]) is not None


@functools.cache
def _still_ahead_words() -> re.Pattern[str]:
    ahead = word_alternation("anniversaries", "still_ahead")
    return re.compile(rf"(?<!\w)(?<!đã )(?:{ahead})\s+(?:(?:dịp|ngày)\s+)?kỷ niệm\s[^.;()]{{0,90}}$")


def _still_ahead(low: str, pos: int) -> bool:
    """Whether "hướng tới kỷ niệm …" stands right before the anniversary written at ``pos``."""
    return _still_ahead_words().search(low, max(0, pos - 140), pos) is not None


@functools.cache
def _celebrated_words(key: str) -> re.Pattern[str]:
    """"<one of ``key``> (tổ chức|long trọng) kỷ niệm …" ending right before an anniversary."""
    held = word_alternation("anniversaries", key)
    return re.compile(rf"(?<!\w)(?:{held})\s+(?:(?:tổ chức|long trọng)\s+)?kỷ niệm\s[^.;()]{{0,90}}$")


def _just_celebrated(low: str, pos: int) -> bool:
    """Whether "vừa kỷ niệm …" (just celebrated, not "đã") stands right before the anniversary at ``pos``."""
    return _celebrated_words("just_celebrated").search(low, max(0, pos - 140), pos) is not None


def _celebrated(low: str, pos: int) -> bool:
    """Whether "vừa kỷ niệm …" stands right before the anniversary written at ``pos``: held before the article."""
    return _celebrated_words("celebrated").search(low, max(0, pos - 140), pos) is not None


@functools.cache
def _welcoming() -> re.Pattern[str]:
    celebrating = word_alternation("anniversaries", "welcoming")
    return re.compile(rf"(?:{celebrating})\s+(?:(?:dịp|ngày)\s+)?(?:kỷ niệm\s+)?$")


def founding_clues(kb: KnowledgeBase, text: str, low: str, entities: tuple[Entity, ...]) -> list[Clue]:
    """"100 năm thành lập Đảng Cộng sản Trung Quốc" → the founding year in the KB + 100."""
    clues = []
    _, _, founding, ahead = _anniversary_patterns()
    for org in entities:
        founded = kb.entities[org.id].facts.get("founded") if org.type == "ORG" and org.id in kb.entities else None
        for mention in org.mentions if founded else ():
            if not (n := founding.search(low, max(0, mention.start - 40), mention.start)):
                continue
            year = int(founded[:4]) + int(n.group(1))
            early = bool(ahead.search(low, max(0, n.start() - 30), n.start()))
            clues.append(Clue(frozenset({year - 1, year} if early else {year}),
                              f"'{text[n.start():mention.start].strip()} {org.name}': {founded[:4]} + {n.group(1)} → {year}"))
    return clues


def _country_after(entities: tuple[Entity, ...], low: str, pos: int, text: str) -> str | None:
    """Whose national day "N năm Quốc khánh" counts: the country named right after it in its clause; else the first
    country its sentence names before it (the embassy holding the reception: "Đại sứ quán Lào tại Hà Nội tổ chức kỷ
    niệm 50 năm Quốc khánh"); else Việt Nam's (the press's bare "Quốc khánh"). Never a country of the next sentence."""
    stop = re.compile(r"[.;,:!?\n]").search(low, pos, pos + 60)
    after = [(start, e.country) for start, _, e in positions.mentions_in(entities, pos, stop.start() if stop else pos + 60)
             if e.type == "COUNTRY"]
    if after:
        return min(after)[1]
    before = [(start, e.country) for start, _, e in positions.mentions_in(entities, sentence_start(text, pos), pos)
              if e.type == "COUNTRY"]
    return min(before)[1] if before else HOME


def _partner_near(entities: tuple[Entity, ...], pos: int) -> str | None:
    near = [(start, e.country) for start, _, e in positions.mentions_in(entities, pos, pos + 80)
            if e.type == "COUNTRY" and e.country != HOME]
    if near:
        return min(near)[1]
    counts = {e.country: len(e.mentions) for e in entities if e.type == "COUNTRY" and e.country != HOME}
    return max(counts, key=counts.get) if counts else None


@functools.cache
def _counted_since() -> re.Pattern[str]:
    since = word_alternation("anniversaries", "counted_since")
    return re.compile(rf"(?<![\d/.])(\d{{1,3}})\s+năm(?:\s+(?:qua|vừa qua|nay))?\s*,?\s*(?:{since})\s[^.;()]{{0,100}}?"
                      rf"(?:năm\s+|\d{{1,2}}[/.-]\d{{1,2}}[/.-])((?:19|20)\d\d)(?!\d)")


@functools.cache
def _counted_after() -> re.Pattern[str]:
    """"lập quan hệ ngoại giao từ năm 1975. Trong 47 năm qua, …": the count right after the founding's year."""
    founding = word_alternation("governing", "founding")
    return re.compile(rf"(?<!\w)(?:{founding})(?!\w)[^.;()]{{0,60}}?năm\s+(?P<year>(?:19|20)\d\d)(?!\d)\s*[.,;]?\s*"
                      rf"(?:suốt|trong|sau)?\s*(?P<count>\d{{1,3}})\s+năm\s+(?:qua|vừa qua|nay)(?!\w)")


@functools.cache
def _counted_after_year() -> re.Pattern[str]:
    """"Năm 1973, Argentina … thiết lập quan hệ ngoại giao với Việt Nam. 50 năm qua, …": the year opens the founding's
    sentence, the count opens the next."""
    founding = word_alternation("governing", "founding")
    return re.compile(rf"năm\s+(?P<year>(?:19|20)\d\d)(?!\d)\s*,[^.;]{{0,100}}?(?<!\w)(?:{founding})(?!\w)[^.;()]{{0,60}}?"
                      rf"[.;]\s*(?:suốt|trong|sau)?\s*(?P<count>\d{{1,3}})\s+năm\s+(?:qua|vừa qua|nay)(?!\w)")


def counted_since_clues(low: str) -> list[Clue]:
    """"31 năm qua, kể từ khi Hà Nội và Seoul lập quan hệ ngày 22/12/1992": the article is of 1992 + 31; so is it of
    "lập quan hệ ngoại giao từ năm 1975. Trong 47 năm qua, …": 1975 + 47, and of "Năm 1973, … thiết lập quan hệ
    ngoại giao … . 50 năm qua, …": 1973 + 50."""
    counted = [(int(m.group(1)), int(m.group(2)), m.group()) for m in _counted_since().finditer(low)]
    counted += [(int(m.group("count")), int(m.group("year")), m.group())
                for pattern in (_counted_after(), _counted_after_year()) for m in pattern.finditer(low)]
    return [Clue(frozenset({year + count}), f"'{said}': {year} + {count} → {year + count}")
            for count, year, said in counted if 0 < count <= 100]
