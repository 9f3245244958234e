"""Numbered meetings a text names ("Kỳ họp lần thứ 47 Ủy ban liên Chính phủ", "Đại hội XIV của Đảng …") and what
they say of the article's year: at it, ahead of it, after it (bounded by the next one, or not: a resolution it
adopted), or recalled in a sentence about earlier times."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date

import ahocorasick

from bangiao.extract import dates
from bangiao.extract.dates import TimeExpr
from bangiao.extract.gazetteer import lower
from bangiao.extract.kb import KnowledgeBase, Session, day_range, knowledge_base
from bangiao.extract.sentences import earlier_sentence, word_alternation
from bangiao.extract.yearhints import YEARS, Clue
from bangiao.model import Entity


@functools.cache
def _meeting_context() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    at = re.compile(rf"(?:{word_alternation('meetings', 'at')})\s[^.\n]{{0,40}}$")
    ahead = re.compile(rf"(?:{word_alternation('meetings', 'ahead')})\s[^.\n]{{0,40}}$")
    past = re.compile(rf"(?:{word_alternation('meetings', 'past')})\s[^.\n]{{0,20}}$")
    source = re.compile(rf"(?:{word_alternation('meetings', 'source')})\s[^.\n]{{0,20}}$")
    return at, ahead, past, source


@functools.cache
def _ahead_after() -> re.Pattern[str]:
    bracket = r"(?:\s*\([^()]{1,20}\))?"
    return re.compile(rf"{bracket}(?:\s+lần\s+thứ\s+\w+)?{bracket}\s*,?\s*(?:{word_alternation('meetings', 'ahead_after')})(?!\w)")


def meeting_clues(kb: KnowledgeBase, text: str, low: str, meetings: list[tuple[str, int, int, int]],
                   lead: TimeExpr | None = None) -> list[Clue]:
    clues = []
    at, ahead, past, source = _meeting_context()
    for series, number, start, end in meetings:
        session = next((s for s in kb.sessions if s.series == series and s.number == number), None)
        if session is None:
            continue
        before = low[max(0, start - 60):start]
        year = int(session.start[:4])
        name = kb.series[series].name
        if earlier_sentence(text, low, start):  # "Hai nhà lãnh đạo từng gặp nhau bên lề … lần thứ 28"
            clues.append(_after_session(kb, session, name, lead, bounded=False))
        elif at.search(before):
            clues.append(_at_session(session, name, year, lead))
        elif ahead.search(before) or _ahead_after().match(low, end):
            within = _month_ahead_written(low, end, session.start)  # "… từ ngày 14 đến 20-9 tới": within the year
            clues.append(Clue(_before_session(session.start, lead, within),
                              f"{name} lần thứ {number} ({session.start}) still ahead"
                              + (", its month written as the coming one" if within else "")))
        elif source.search(before):
            clues.append(_after_session(kb, session, name, lead, bounded=False))
        elif past.search(before):
            clues.append(_after_session(kb, session, name, lead))
    return clues


def _before_session(start: str, lead: TimeExpr | None, within: bool = False) -> frozenset[int]:
    """The years a session still ahead leaves (its own or the one before); with the lead's day, those that put that day
    before the session's start ("Chiều 6/12, … Kỳ họp lần thứ 44 … sắp tới", held 2022-01-10: 2021), and ``within`` a
    year of it when the text writes its month as the coming one."""
    year = int(start[:4])
    if lead is None or not lead.month or not lead.day or len(start) < 7:
        return frozenset({year - 1, year})
    first = (int(start[5:7]), int(start[8:10]) if len(start) == 10 else 1)
    years = [y for y in (year - 1, year) if dates._valid(y, lead.month, lead.day) and (y, lead.month, lead.day) < (year, *first)]
    return frozenset(years[-1:] if within else years)


def _month_ahead_written(low: str, end: int, start: str) -> bool:
    """Whether the session's own month is written after its name as the coming one ("… từ ngày 14 đến 20-9 tới",
    "vào tháng 9 tới")."""
    if len(start) < 7:
        return False
    month = int(start[5:7])
    return re.search(rf"(?:[-/.]|tháng\s*){month}(?!\d)\s*(?:tới|sắp tới)(?!\w)", low[end:end + 90]) is not None


def at_session_month(kb: KnowledgeBase, text: str, low: str, meetings: list[tuple[str, int, int, int]],
                     year: int) -> tuple[str, str] | None:
    """The month of the one numbered meeting of ``year`` an article without a day reports from ("Nhân dịp tham dự Hội
    nghị … lần thứ 7, …"), with the reason; None when there are several, or it began late in its month (the report
    may fall in the next)."""
    at = _meeting_context()[0]
    months = {}
    for series, number, start, _ in meetings:
        session = next((s for s in kb.sessions if s.series == series and s.number == number), None)
        if session is None or int(session.start[:4]) != year or earlier_sentence(text, low, start) \
                or not at.search(low[max(0, start - 60):start]):
            continue
        last = session.end or session.start
        if len(last) == 10 and (int(last[8:10]) > 27 or last[:7] != session.start[:7]):
            return None
        months[session.start[:7]] = f"{kb.series[series].name} lần thứ {number}: {session.start}, the article reports from it"
    return next(iter(months.items())) if len(months) == 1 else None


def _at_session(session: Session, name: str, year: int, lead: TimeExpr | None) -> Clue:
    """At a numbered meeting: its year — unless the article's day comes long before the meeting's in the calendar
    (an article of 6 January is not at a summit of 26 October): then it is ahead in its year, or told the year after."""
    start = day_range(session.start)[0]
    if lead is not None and lead.month and lead.day and len(session.start) == 10 and dates._valid(year, lead.month, lead.day) \
            and (start - date(year, lead.month, lead.day)).days > 45:  # weeks ahead: announced in its year
        return Clue(frozenset({year, year + 1}), f"{name} lần thứ {session.number} ({session.start}) is later "
                                                 "in the calendar than the article's day: ahead in its year, or the year after")
    return Clue(frozenset({year}), f"{name} lần thứ {session.number}: {session.start}")



@functools.cache
def _after_session(kb: KnowledgeBase, session: Session, name: str, lead: TimeExpr | None, bounded: bool = True) -> Clue:
    """A session already held ("kết quả Kỳ họp lần thứ 41"): the article falls after it and, when the KB knows the
    next one, before that — a text after it would speak of the newer one (not so of a resolution it adopted,
    ``bounded=False``)."""
    nxt = next((s for s in kb.sessions if s.series == session.series and s.number == session.number + 1), None) \
        if bounded else None
    first, last = day_range(session.start)[0], day_range(nxt.start)[0] if nxt else date(YEARS.stop - 1, 12, 31)
    day = (lead.month, lead.day) if lead is not None and lead.month and lead.day else None
    years = {y for y in range(first.year, last.year + 1) if day is None or dates._valid(y, *day) and first <= date(y, *day) < last}
    until = f", before lần thứ {nxt.number} ({nxt.start})" if nxt else ""
    return Clue(frozenset(years), f"{name} lần thứ {session.number} ({session.start}) already held{until}")


@functools.cache
def _series_automaton() -> ahocorasick.Automaton:
    """Every meeting series' names (lower-cased) in one Aho–Corasick automaton, each with the series it names."""
    kb = knowledge_base()
    by_alias: dict[str, list[str]] = {}
    for sid, series in kb.series.items():
        for alias in {form for a in series.aliases for form in _dash_forms(lower(a).translate(_DASHES))}:
            if sid not in by_alias.setdefault(alias, []):
                by_alias[alias].append(sid)
    auto = ahocorasick.Automaton()
    for alias, sids in by_alias.items():
        auto.add_word(alias, (len(alias), tuple(sids)))
    auto.make_automaton()
    return auto


_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})  # one character each: the offsets hold
_DASH = re.compile(r"\s*-\s*")


def _dash_forms(alias: str) -> set[str]:
    """A name with a dash as the press writes it: "mekong - lan thương", "mekong-lan thương", "mekong- lan thương",
    "mekong -lan thương" (an en dash is read as a hyphen)."""
    parts = _DASH.split(alias)
    return {alias} if len(parts) == 1 else {sep.join(parts) for sep in (" - ", "-", "- ", " -")}


@functools.lru_cache(maxsize=4)  # one article at a time: its numbered meetings, sessions and hosts all ask
def _series_names(low: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """The series names in ``low`` as whole words, leftmost-longest, without overlaps (any dash read as a hyphen)."""
    found = []
    for end, (length, sids) in _series_automaton().iter(low.translate(_DASHES)):
        start, stop = end - length + 1, end + 1
        if not (start > 0 and low[start - 1].isalnum() or stop < len(low) and low[stop].isalnum()
                and not _numbered_acronym(low, start, stop)):
            found.append((start, stop, sids))
    chosen, last = [], -1
    for start, stop, sids in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if start >= last:
            chosen.append((start, stop, sids))
            last = stop
    return tuple(chosen)


def sessions_of_the_year(kb: KnowledgeBase, low: str, reference: date | None) -> list[tuple[str, int, int, int]]:
    """A series named without its number ("dự Hội nghị cấp cao APEC") in an article of a known day: the one session
    of that series in the article's year that had begun by then (``SESSION_SLACK`` days on), as a numbered one."""
    if reference is None:
        return []
    found = []
    for start, end, sids in _series_names(low):
        held = [s for s in kb.sessions if s.series in sids and int(s.start[:4]) == reference.year
                and (day_range(s.start)[0] - reference).days <= SESSION_SLACK]
        if len(held) == 1:
            found.append((held[0].series, held[0].number, start, end))
    return found


def _numbered_acronym(low: str, start: int, stop: int) -> bool:
    """An acronym with its session's number written on ("COP26"): a name of letters alone, digits after it."""
    return " " not in low[start:stop] and low[stop - 1].isalpha() and low[stop].isdigit()


def numbered_meetings(kb: KnowledgeBase, low: str, entities: tuple[Entity, ...] = ()) -> list[tuple[str, int, int, int]]:
    found = []
    for start, end, sids in _series_names(low):
        number = _number_near(low, start, end) or _anniversary_inside(low[start:end])
        if number is not None:
            found += [(sid, number, start, end) for sid in sids]
    return found + _meetings_of_bodies(low, entities)


@functools.cache
def _bodies() -> tuple[dict[str, str], re.Pattern[str]]:
    """Which series each body holds (``held_by``), and "đại hội XIV của " right before the body's name."""
    held = {s.facts["held_by"]: sid for sid, s in knowledge_base().series.items() if s.facts.get("held_by")}
    generic = word_alternation("meetings", "of_body")
    return held, re.compile(rf"(?<!\w)(?:{generic})\s+(\d{{1,3}}|[ivxl]{{1,6}})\s+(?:của\s+)?$")


def _meetings_of_bodies(low: str, entities: tuple[Entity, ...]) -> list[tuple[str, int, int, int]]:
    """"Đại hội XIV của Đảng Cộng sản Việt Nam": the number stands between the generic word and the body."""
    held, before = _bodies()
    found = []
    for e in entities:
        for m in e.mentions if e.id in held else ():
            if (n := before.search(low, max(0, m.start - 40), m.start)) and (number := _number(n.group(1))):
                found.append((held[e.id], number, n.start(), m.end))
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


def _anniversary_inside(name: str) -> int | None:
    """A commemorative summit is numbered by its anniversary, written inside its name: "… kỷ niệm 50 năm quan hệ …"."""
    m = re.search(r"(?<!\w)(\d{1,3})\s+năm\s", name)
    return int(m.group(1)) if m else None


def _number_near(low: str, start: int, end: int) -> int | None:
    after = re.match(r"\s*(?:\(\s*)?(?:lần\s+thứ\s+|thứ\s+|-\s*|\s)(\d{1,3}|[ivxl]{1,6})(?!\w)", low[end:end + 20]) \
        or re.match(r"\s*\([^()\d]{1,12}\)\s*(?:khóa\s+|lần\s+thứ\s+)(\d{1,3}|[ivxl]{1,6})(?!\w)", low[end:end + 36]) \
        or (_numbered_acronym(low, start, end) and re.match(r"(\d{1,3})(?!\w)", low[end:end + 4]))
    before = re.search(r"(?:lần\s+thứ|khóa)\s+(\d{1,3}|[ivxl]{1,6})\s+(?:của\s+)?$", low[max(0, start - 30):start])
    m = after or before
    return _number(m.group(1)) if m else None


SESSION_SLACK = 3  # days around a session's own that an article about it may be dated (the next morning's report)


def session_at(kb: KnowledgeBase, low: str, month: int | None, day: int | None, years: set[int]) -> tuple[int, str] | None:
    """The one year left in which a series the text names without a number ("dự Hội nghị Cấp cao APEC", "Thượng
    đỉnh G7 mở rộng") held a session the knowledge base dates within ``SESSION_SLACK`` days of the article's day,
    with the reason; None if no year, or several, fit."""
    if not month or not day:
        return None
    fits = {year: why for _, _, sids in _series_names(low)
            for year, why in _sessions_over(kb, sids, years, month, day, SESSION_SLACK)}
    return next(iter(fits.items())) if len(fits) == 1 else None


def _sessions_over(kb: KnowledgeBase, sids: tuple[str, ...], years: set[int], month: int, day: int,
                   slack: int = 0) -> list[tuple[int, str]]:
    """The years among ``years`` in which a session of the series ``sids`` is dated over ``day``/``month`` (within
    ``slack`` days of its first and last day), each with the reason."""
    found = []
    for session in (s for s in kb.sessions if s.series in sids and int(s.start[:4]) in years):
        first, last = day_range(session.start)[0], day_range(session.end or session.start)[1]
        if dates._valid(first.year, month, day) and (first - date(first.year, month, day)).days <= slack \
                and (date(first.year, month, day) - last).days <= slack:
            found.append((first.year, f"{kb.series[session.series].name} held {session.start} in the knowledge base"))
    return found


def session_on_day(kb: KnowledgeBase, low: str, expressions: Iterable[TimeExpr],
                   years: set[int]) -> tuple[int, str] | None:
    """The one year left in which a series named with a day of its own right after it ("phát biểu … tại Đối thoại
    Shangrila ngày 31/5 vừa qua") held a session the knowledge base dates over that day; None if no year, or several,
    fit."""
    fits: dict[int, str] = {}
    days = [e for e in expressions if e.kind == "day" and e.year is None and e.month and e.day]
    for _, stop, sids in _series_names(low) if days else ():
        if day := next((e for e in days if 0 <= e.start - stop <= _DAY_AFTER_SERIES), None):
            fits.update((year, f"{why}, over '{day.text}'") for year, why in _sessions_over(kb, sids, years, day.month,
                                                                                           day.day))
    return next(iter(fits.items())) if len(fits) == 1 else None


_DAY_AFTER_SERIES = 6  # characters from a series' name to its own day ("… Shangrila ngày 31/5")


HOSTED_WITHIN = 40  # characters from a series' name to "tại <host>", and from the host to "năm nay"
_LONGEST_SERIES = 120  # characters of a series' longest name, read before that


def hosted_clue(kb: KnowledgeBase, low: str, entities: tuple[Entity, ...], month: int | None = None) -> Clue | None:
    """"dự Thượng đỉnh G20 ở Brazil tháng 11 năm nay", "sẽ sang dự APEC tháng 11 tới ở Đà
    Nẵng": the year the knowledge base has that series meet in that place is the article's ("năm nay"), or, for
    a month to come ("tháng 11 tới"), the article's or the one before (its own month, when known, decides)."""
    at, this_year = _hosted_words()
    if _said_when().search(low) is None:
        return None  # (no series' names read for nothing: a long text has many)
    hosts = [(m.start, m.end, e.id.split(":", 1)[1]) for e in entities if e.type in ("COUNTRY", "PLACE") for m in e.mentions]
    hosts = [(a, b, host) for a, b, host in hosts if _hosted_at().search(low, max(0, a - HOSTED_WITHIN), a)]
    for a, b, host in hosts:  # (the series' names looked for only in the words before each host)
        base = max(0, a - HOSTED_WITHIN - _LONGEST_SERIES)
        for start, end, sids in ((base + s, base + e, sids) for s, e, sids in _series_names(low[base:a])):
            said = at.fullmatch(low, end, a) if 0 <= a - end <= HOSTED_WITHIN else None
            when = said and (said.group("when") and said or this_year.match(low, b, b + HOSTED_WITHIN))
            years = {int(s.start[:4]) for s in kb.sessions if s.series in sids and _in(kb, s.place, host)} if when else ()
            if len(years) == 1:
                return _hosted_years(min(years), when, month, low[start:b])
    return None


def _hosted_years(year: int, when: re.Match[str], month: int | None, said: str) -> Clue:
    """The article's years for a session of ``year`` told as this year's, or as a month to come ("tháng 11 tới")."""
    ahead, at_month = when.group("ahead"), when.group("month")
    if not ahead:
        return Clue(frozenset({year}), f"'{said}' this year: the knowledge base has it there in {year}")
    before = month is not None and at_month is not None and month <= int(at_month)
    years = {year} if before else {year - 1} if month is not None and at_month is not None else {year - 1, year}
    return Clue(frozenset(years), f"'{said}' to come: the knowledge base has it there in {year}")


def _in(kb: KnowledgeBase, place: str | None, host: str) -> bool:
    """Whether a session's place is the host (a place) or lies in it (a country's code)."""
    entity = kb.entities.get(place) if place else None
    return entity is not None and (place.split(":", 1)[1] == host or entity.country == host)


@functools.cache
def _said_when() -> re.Pattern[str]:
    """Any word of this year's or of a month to come (a quick look before the slower ones)."""
    words = f"{word_alternation('meetings', 'this_year')}|{word_alternation('meetings', 'months_ahead')}"
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


@functools.cache
def _hosted_at() -> re.Pattern[str]:
    """A host's word right before a place ("tại", "ở"), maybe with its kind between."""
    return re.compile(rf"(?<!\w){_host_word()}$")


def _host_word() -> str:
    """"tại", "ở", "do" before a host, maybe with its kind between ("tại thành phố …")."""
    return rf"(?:{word_alternation('meetings', 'hosted_at')})\s+(?:(?:nước|thành phố|thủ đô)\s+)?"


@functools.cache
def _hosted_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Between a series and its host, a month maybe ("vào tháng 11 tới tại"); after the host, "(vào tháng 11) năm nay"."""
    when = rf"(?:vào\s+)?(?:tháng\s+(?P<month>\d{{1,2}})\s+(?P<ahead>{word_alternation('meetings', 'months_ahead')})|" \
        rf"(?:tháng\s+\d{{1,2}}\s+)?(?:{word_alternation('meetings', 'this_year')}))"
    return (re.compile(rf"\s*(?P<when>{when})?\s*{_host_word()}"),
            re.compile(rf"\s*,?\s*{when}(?!\w)"))
