"""Dating a document (the date that governs each sentence of it is ``governing``).

The document date comes from metadata when given; otherwise from the first
day-level date in the text, moved on to the last day the article reports as
done. When its year is not written, every clue narrows
the possible years, each with a reason a reader can check:

- the tenures of the people named with their titles (``kb.tenure_spans``),
- anniversaries ("50 năm Quốc khánh Lào" → 1975 + 50),
- numbered meetings the article reports from ("Kỳ họp lần thứ 48 ..." → the KB's session),
- "cùng kỳ năm 2023" (→ 2024), "10 tháng đầu năm 2024" read after October (→ 2024) (``reported_years``),
- the same day written with its year elsewhere in the text,

and, only to choose among years the clues leave open, the years the text
mentions. If more than one year is still possible, nothing is guessed.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bangiao.extract import dates, partnerships
from bangiao.extract import yearhints
from bangiao.extract.anniversaries import Anniversary, anniversaries as named_anniversaries, anniversary_clues, founding_clues, \
    counted_since_clues, written_anniversary_clues
from bangiao.extract.dates import TimeExpr
from bangiao.extract.meetings import at_session_month, hosted_clue, meeting_clues, numbered_meetings, \
    session_at, session_on_day
from bangiao.extract.reported_years import announced_span, briefed_day, just_done_clues, recalled_month_clues, reported_days_clues, \
    statistic_clues
from bangiao.extract.sentences import announced_in, before_words, earlier_words, founding_at, sentence_end, sentence_start, \
    sentence_starts, took_office_at, word_alternation, words_pattern
from bangiao.extract.yearhints import YEARS, Clue
from bangiao.extract.gazetteer import lower
from bangiao.extract.kb import KnowledgeBase, day_range, knowledge_base
from bangiao.model import Date, Entity

_FILE = "dates.toml"
_YEARS = YEARS
_ALL_YEARS = frozenset(_YEARS)


@dataclass(frozen=True, slots=True)
class Dating:
    """What is known of a document's time: its date, the reference for relative words, the expressions."""

    published: Date | None
    reference: date | None
    expressions: tuple[TimeExpr, ...]
    warnings: tuple[str, ...] = ()
    occasions: tuple[tuple[int, int, Date], ...] = ()  # named occasions the KB dates: (start, end, their date)


# ---------------------------------------------------------------- clues


def _tenure_clue(kb: KnowledgeBase, entities: tuple[Entity, ...], lead: TimeExpr | None,
                 past: tuple[tuple[int, int], ...] = (), leading: tuple[int, int] | None = None, text: str = "") -> Clue | None:
    """The years in which every titled person named held the title the text gives them (not one named only in
    sentences about another time, ``past``: "Chủ tịch nước Trương Tấn Sang đã thăm Séc năm 2015"); when they
    contradict each other, the years of the people named in the lead's sentence (``leading``)."""
    held = [(e, spans) for e in entities if e.type == "PERSON" and e.titles and e.id in kb.entities
            and not _only_in_the_past(e, past) and (spans := yearhints.held_spans(kb, e))]
    if not held:
        return None
    per_person = [(e, spans, _years_in(spans, lead)) for e, spans in held]
    years = _ALL_YEARS.intersection(*(ys for _, _, ys in per_person))
    if not years and (mourned := yearhints.mourned(text, entities)):  # "… chia buồn về sự ra đi của Tổng Bí thư X": not in office
        per_person = [(e, s, ys) for e, s, ys in per_person if e.id not in mourned]
        held = [(e, s) for e, s, _ in per_person]
        years = _ALL_YEARS.intersection(*(ys for _, _, ys in per_person))
    if not years and leading:  # someone named for another time contradicts: the people of the lead's sentence decide
        per_person = [(e, s, ys) for e, s, ys in per_person if any(leading[0] <= m.start < leading[1] for m in e.mentions)]
        held = [(e, s) for e, s, _ in per_person]
        if not per_person:
            return None  # (the lead names no one: the people of other times, "Tổng Bí thư A (1994), Thủ tướng B (2007)", say nothing of it)
        years = _ALL_YEARS.intersection(*(ys for _, _, ys in per_person))
    binding = [(e, spans) for e, spans, ys in per_person
               if ys != _ALL_YEARS and _without(per_person, e) != years]
    reasons = [f"{e.name}: {e.titles[0]} {_terms_text(tuple(spans))}" for e, spans in binding or [(e, s) for e, s in held[:2]]]
    return Clue(frozenset(years), "; ".join(reasons))


def tenures_hold(text: str, entities: tuple[Entity, ...], day: date) -> bool:
    """Whether every titled person the text names (not only in sentences about other times) held, on ``day``, the
    title the text gives them."""
    kb, past = knowledge_base(), _past_sentences(text, lower(text))
    return all(any(a <= day <= b for a, b in spans) for e in entities if e.type == "PERSON" and e.titles
               and e.id in kb.entities and not _only_in_the_past(e, past) and (spans := yearhints.held_spans(kb, e)))


def _only_in_the_past(person: Entity, past: tuple[tuple[int, int], ...]) -> bool:
    return bool(past) and all(any(a <= m.start < b for a, b in past) for m in person.mentions)


def _past_sentences(text: str, low: str) -> tuple[tuple[int, int], ...]:
    """Sentences about another time than the article's: those opening with "Trước đó", "Gần đây", "Hồi" and the
    like."""
    starts = {s for s in sentence_starts(text) if before_words().match(low, s) or earlier_words().match(low, s)}
    spans = []
    for s in sorted(starts):
        spans.append((s, sentence_end(text, s)))
    spans += [m.span(1) for m in _RECALLED_CLAUSE.finditer(text) if not announced_in(text, m.start(1))]
    return tuple(sorted(spans))


# A clause ending in the month or day of its own occasion in brackets ("… và chuyến thăm Đức của Chủ tịch nước X (tháng
# 11/2015)"): the titles in it are those of that time, not the article's.
_RECALLED_CLAUSE = re.compile(r"(?:^|[,;:.]|\svà\s)((?=[^,;:.()\n]*?(?:chuyến|hội nghị|hội đàm|cuộc|kỳ họp))[^,;:.()\n]{1,120}?\((?:tháng\s+)?\d{1,2}\s*[/.-]\s*(?:\d{1,2}\s*[/.-]\s*)?"
                              r"(?:19|20)\d\d\))", re.MULTILINE | re.IGNORECASE)


def _years_in(spans: list[tuple[date, date]], lead: TimeExpr | None) -> frozenset[int]:
    day = (lead.month, lead.day) if lead is not None and lead.month and lead.day else None
    return _years_of(tuple(spans), day)


@functools.lru_cache(maxsize=4096)  # the same people and lead days come back article after article
def _years_of(spans: tuple[tuple[date, date], ...], day: tuple[int, int] | None) -> frozenset[int]:
    """The years in which the spans hold ``day`` (month, day), or which they touch at all."""
    if day is not None:
        return frozenset(y for s, e in spans for y in range(s.year, min(e.year, _YEARS.stop - 1) + 1)
                         if dates._valid(y, *day) and s <= date(y, *day) <= e)
    return frozenset(y for s, e in spans for y in range(max(s.year, _YEARS.start), min(e.year, _YEARS.stop - 1) + 1))


def _without(per_person: list, person: Entity) -> frozenset[int]:
    return _ALL_YEARS.intersection(*(ys for e, _, ys in per_person if e is not person))


@functools.lru_cache(maxsize=1024)
def _terms_text(spans: tuple[tuple[date, date], ...]) -> str:
    return ", ".join(f"{s.isoformat()}–{e.isoformat()}" if e.year < 2100 else f"from {s.isoformat()}" for s, e in sorted(spans))


NATIONAL_DAY = "the national day of"  # how an anniversary occasion's date says why (a celebration, not a session)


def _occasions(kb: KnowledgeBase, text: str, meetings: list[tuple[str, int, int, int]],
               anniversaries: list[Anniversary]) -> tuple[tuple[int, int, Date], ...]:
    """Occasions named in the text whose dates the knowledge base knows: a numbered meeting's session, a national
    day's anniversary ("lễ kỷ niệm 50 năm Quốc khánh Lào" → 2025-12-02)."""
    found = []
    for series, number, start, end in meetings:
        session = next((s for s in kb.sessions if s.series == series and s.number == number), None)
        if session is not None:
            why = f"{kb.series[series].name} lần thứ {number}: {session.start} in the knowledge base"
            precision = "day" if len(session.start) == 10 else "month"
            found.append((start, end, Date(session.start, precision, "inferred", session.end, text[start:end], why)))  # type: ignore[arg-type]
    for a in anniversaries:
        if a.national:
            why = f"{NATIONAL_DAY} {a.country} ({a.base}) in {a.year}"
            found.append((a.start, a.end, Date(f"{a.year}{a.base[4:]}", "day", "inferred", None, text[a.start:a.end], why)))
    return tuple(sorted(found, key=lambda f: f[0]))



def _same_day_clue(lead: TimeExpr, expressions: list[TimeExpr]) -> Clue | None:
    """The lead's day written elsewhere with its year, alone or as the last day of a span ("Chiều 15/6, … kết thúc
    chuyến công tác … Từ ngày 11/6 đến 15/6/2024, …")."""
    for e in expressions:
        ends = e.end_year and (e.end_month, e.end_day) == (lead.month, lead.day)
        if e is not lead and (e.year and e.month == lead.month and e.day == lead.day or ends):
            return Clue(frozenset({e.end_year if ends else e.year}), f"the same day is written in full as '{e.text}'")
    return None


def _mentioned_years(text: str, low: str, expressions: list[TimeExpr], lead: TimeExpr | None = None) -> set[int]:
    """Years the text names for its present: days and months (not in a sentence about earlier times: "Trước đó,
    ngày 22/2/2023", nor a recalled occasion's own month: "chuyến thăm … (tháng 4/2023)"), a season or an occasion
    named with its year ("đầu Xuân 2024", "Đại nhạc hội … 2018"), a bare year in the lead's sentence, and
    another bare year only when written more than once (one alone is as often a plan or a statistic: "Chủ tịch
    ASEAN năm 2025", "kim ngạch năm 2016")."""
    before, earlier, season = before_words(), earlier_words(), _season_words()
    recalled = [m.span(1) for m in _RECALLED_CLAUSE.finditer(text)]  # "… chuyến thăm … của X (tháng 4/2023)": its own time
    present = [e for e in expressions if e.year and not before.match(low, sentence_start(text, e.start))
               and not earlier.match(low, sentence_start(text, e.start)) and not any(a <= e.start < b for a, b in recalled)]
    leading = sentence_start(text, lead.start) if lead is not None else -1
    found = {e.year for e in present if e.kind in ("month", "day", "day-range")
             or e.kind == "year" and (season.search(low, max(0, e.start - 12), e.start)
                                      or _named_occasion().search(low, max(0, e.start - 40), e.start))}
    invited = words_pattern("document", "invited")  # "mời Tổng thống … thăm Việt Nam vào năm 2013": a year to come
    bare = Counter(e.year for e in present if e.kind == "year"
                   and not invited.search(low, max(sentence_start(text, e.start), e.start - 100), e.start))
    lead_years = {-e.year for e in present if sentence_start(text, e.start) == leading}  # negated: the lead's own
    return found | {y for y, n in bare.items() if n > 1} | lead_years | yearhints.occasion_years(text)


@functools.cache
def _named_occasion() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'named_occasions')})(?!\w)[^.,;:()]{{0,40}}$")


@functools.cache
def _season_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'seasons')})\s+$")


# ---------------------------------------------------------------- the document date


def _aside(text: str, expr: TimeExpr) -> bool:
    """A day opening a bracket of its own ("… điện đàm với B (ngày 15/1), …"): a recalled item's day in a list, not
    the day the article reports on ("sáng nay (1/3)", the article's day told again, is one expression with its
    relative word: ``told_as``)."""
    return expr.kind in ("day", "day-range") and expr.told_as is None and text[max(0, expr.start - 1):expr.start] == "("


def lead_date(expressions: list[TimeExpr]) -> TimeExpr | None:
    """The date the article reports on: its first single day ("Sáng 8/1"); failing that, its first range. Not a day
    written with a year older than a later month or day the text writes ("thiết lập quan hệ ngoại giao ngày
    29/2/1992" in an article that goes on to "tháng 3/2019"): that is history, not the news; nor a day written with
    its year after a year-less span it comes before in the calendar (a recalled day of the span's year)."""
    newest = max((e.year for e in expressions if e.year and e.kind in ("day", "day-range", "month")), default=None)
    news = [e for e in expressions if not (e.year and newest and e.year < newest - 1)]
    day = next((e for e in news if e.kind == "day"), None)
    span = next((e for e in news if e.kind == "day-range"), None)
    if day is not None and span is not None and span.start < day.start and day.year and not span.year \
            and (span.month, span.day) > (day.month, day.day):  # a span first, then a day of another time of its year
        return span  # ("… diễn ra từ ngày 20-21/8. … kỷ niệm … (Hà Nội ngày 4/1/2019)")
    if day is not None and span is not None and span.start < day.start and span.year and not day.year \
            and _within_span(day, span):  # "đã thăm … từ ngày 8 - 11.7.2017. Lễ đón … tối 10.7": a day of that span
        return replace(day, year=span.year)
    if day is not None and not day.year and (pair := _paired_year(expressions, day)):
        return replace(day, year=pair)  # "tối 5/3 và sáng 6/3/2019": the pair's year
    return day or span


def _paired_year(expressions: list[TimeExpr], day: TimeExpr) -> int | None:
    """The year of the day right after ``day`` when the two are written as a pair ("ngày 9/10 và 10/10/2018"), the
    second a later day of the same month or the next ("tối 5/3 và sáng 6/3/2019")."""
    nxt = next((e for e in expressions if e.start >= day.end), None)
    if nxt is None or nxt.kind != "day" or not nxt.year or nxt.start - day.end > 30 or not nxt.month or not day.month:
        return None
    return nxt.year if 0 <= (nxt.month - day.month) % 12 <= 1 else None


def _within_span(day: TimeExpr, span: TimeExpr) -> bool:
    first, last = (span.month, span.day), (span.end_month or span.month, span.end_day or span.day)
    return first <= (day.month, day.day) <= last


def _infer_year(clues: list[Clue], mentioned: Callable[[], set[int]], same_day: Clue | None,
                first_since: bool = False, just_in: Callable[[set[int]], tuple[int, str] | None] = lambda y: None
                ) -> tuple[int | None, str, set[int]]:
    """Intersect the clues, strongest first, setting aside one that would leave no year; then, only to choose
    among what is left, the same day written in full, "the first … since" (the earliest), then the days the text
    names (worked out only then)."""
    years: set[int] = set(_YEARS)
    reasons: list[str] = []
    seen: set[str] = set()
    if clues and not clues[0].years:  # the tenures alone contradict each other: nothing weaker may decide
        return None, clues[0].reason, set()
    for clue in clues:
        if not years & clue.years:
            reasons.append(f"set aside: {clue.reason}")
            continue
        years &= clue.years
        if clue.reason not in seen:
            seen.add(clue.reason)
            reasons.append(clue.reason)
    if same_day is not None and (not clues or same_day.years <= years):
        return next(iter(same_day.years)), _because(reasons + [same_day.reason]), set(same_day.years)
    if not clues:
        return None, "", set()
    if 1 < len(years) < len(_YEARS) and (fresh := just_in(years)):  # "được bầu giữ chức …": weeks after a start
        reasons.append(f"of {sorted(years)}, {fresh[1]}")
        years = {fresh[0]}
    if len(years) == 2 and first_since and max(years) - min(years) == 1:  # just taken office, or just after it
        reasons.append(f"of {sorted(years)}, 'the first … since': the earliest")
        years = {min(years)}
    named = mentioned()
    in_lead = {y for y in named if y < 0}  # the lead sentence's own years are given negated (see _mentioned_years)
    if len(years) > 1 and len(years & {-y for y in in_lead}) == 1:
        choice = next(iter(years & {-y for y in in_lead}))
        reasons.append(f"of {sorted(years)}, the lead sentence names {choice}")
        years = {choice}
    named = {y for y in named if y > 0}
    if 1 < len(years) <= 3 and len(years & named) == 1:  # a few years left: a written one decides
        choice = next(iter(years & named))
        reasons.append(f"of {sorted(years)}, the text mentions {choice}")
        years = {choice}
    return (next(iter(years)) if len(years) == 1 else None), _because(reasons), years


MAX_REASONS = 12  # the reasons a date gives (the dev set's most: 6); every date whose year is inferred carries them


def _because(reasons: list[str]) -> str:
    """The reasons joined; past ``MAX_REASONS`` the middle ones only counted, the last (what decided) kept: a text of
    thousands of dates has thousands of clues, and each date inferred from them would carry them all."""
    if len(reasons) <= MAX_REASONS:
        return "; ".join(reasons)
    hidden = len(reasons) - MAX_REASONS + 1
    return "; ".join(reasons[:MAX_REASONS - 2] + [f"… {hidden} more", reasons[-1]])


@functools.cache
def _first_since_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    first = re.compile(rf"(?<!\w)(?:{word_alternation('document', 'first')})(?!\w)")
    since = re.compile(rf"(?<!\w)(?:{word_alternation('document', 'since')})(?!\w)")
    return first, since


def _first_since(low: str) -> bool:
    """Whether a sentence tells "the first … since" ("chuyến thăm đầu tiên trên cương vị mới")."""
    first, since = _first_since_patterns()
    return any(since.search(low, max(0, m.start() - 60), min(len(low), m.end() + 60)) for m in first.finditer(low))


def date_document(text: str, entities: tuple[Entity, ...], metadata: Date | None = None) -> Dating:
    """The document's date (metadata, else the lead date with its year stated or inferred), its expressions, and
    the occasions it names that the knowledge base dates."""
    kb, low = knowledge_base(), lower(text)
    meetings, anniversaries = numbered_meetings(kb, low, entities), named_anniversaries(kb, text, low, entities)
    dating = _dated(text, low, entities, dates.find(text, low), metadata, meetings, anniversaries)
    return replace(dating, occasions=_occasions(kb, text, meetings, anniversaries))


def _dated(text: str, low: str, entities: tuple[Entity, ...], expressions: list[TimeExpr], metadata: Date | None,
           meetings: list[tuple[str, int, int, int]], anniversaries: list[Anniversary]) -> Dating:
    if metadata is not None:
        return Dating(metadata, day_range(metadata.value)[0] if metadata.precision == "day" else None, tuple(expressions))
    candidates = [e for e in expressions if not founding_at(text, e.start) and not took_office_at(low, e.start)]
    lead = lead_date([e for e in candidates if not _aside(text, e)]) or lead_date(candidates)
    if lead is not None and (stamp := yearhints.stamp_over_past_day(text, low, lead)) is not None:
        return Dating(stamp, day_range(stamp.value)[0], tuple(expressions))  # "ngày 27/11 vừa qua, …": the stamp's day
    if lead is None and (stamp := yearhints.iso_stamp(text)) is not None:  # "date 2022-11" over a text with no day
        return Dating(stamp, day_range(stamp.value)[0] if stamp.precision == "day" else None, tuple(expressions))
    if lead is None:
        return _year_only(text, low, entities, expressions, meetings, anniversaries)
    lead = briefed_day(text, low, lead, expressions)
    report = _reported_through(lead, expressions, text, low)
    if report.kind == "day-range" and (_begins(text, low, report) or _programme_ahead(text, low, report)):
        report = replace(report, end_day=None, end_month=None, end_year=None)  # "bắt đầu thăm … từ ngày 26 đến 27/1"
    report = _stamped_day_of(text, report)
    if lead.year is not None:
        published = _published(report, lead.year, "stated", None)
        return _announced_month(Dating(published, day_range(published.value)[0], tuple(expressions)), text, lead, lead.year)
    kb = knowledge_base()
    past = _past_sentences(text, low)
    leading = (sentence_start(text, lead.start), sentence_end(text, lead.end))
    clues = [c for c in (_tenure_clue(kb, entities, lead, past, leading, text),) if c]  # strongest first: a later one that contradicts is set aside
    written = written_anniversary_clues(text, low, expressions, lead_date(expressions))
    if clues and clues[0].years and any(not clues[0].years & w.years for w in written):
        clues = written + clues  # a year written in full outranks tenures that contradict it (a title misread)
    else:
        clues += written
    if stamp := yearhints.iso_stamp_clue(text, lead.month, lead.day):
        clues.insert(0, stamp)  # a page's own stamp outranks every clue worked out from the words
    clues += statistic_clues(text, low, lead.month) + recalled_month_clues(text, low, expressions, lead.month, lead.day) \
        + just_done_clues(text, low, lead.month, lead.day)
    clues += anniversary_clues(text, low, anniversaries, lead) + meeting_clues(kb, text, low, meetings, lead)
    clues += founding_clues(kb, text, low, entities) + reported_days_clues(text, low, expressions, lead) \
        + counted_since_clues(low)
    clues += [c for c in (yearhints.this_year_clue(low), yearhints.coined_clue(low, text), yearhints.chair_clue(low),
                          yearhints.themed_year_clue(low), yearhints.yearly_clue(low),
                          yearhints.lunar_clue(low, lead.month),
                          hosted_clue(kb, low, entities, lead.month),
                          partnerships.upgrade_clue(text, low, entities, lead.month, lead.day),
                          partnerships.wished_upgrade_clue(text, low, entities, lead.month, lead.day),
                          yearhints.weekday_clue(lead.text, lead.month, lead.day),
                          yearhints.occasion_year_clue(text, lead.start),
                          yearhints.nearly_clue(kb, text, low, entities, lead.month, lead.day)) if c]
    same_day = _same_day_clue(lead, expressions)
    just_in = (lambda years: yearhints.new_in_office(kb, entities, low, lead.month, lead.day, years)
               or session_at(kb, low, lead.month, lead.day, years)
               or session_on_day(kb, low, expressions, years)) if lead.month and lead.day else (lambda years: None)
    year, reason, left = _infer_year(clues, lambda: _mentioned_years(text, low, expressions, lead), same_day,
                                     _first_since(low), just_in)
    if year is None and not clues and (named := _year_of_lead_sentence(text, lead, expressions)):
        year, reason = named
    if year is None:
        why = (f"possible years {sorted(left)}" if left and len(left) < 20 else
               "the clues contradict each other" if clues and not left else "no clue to the year")
        return Dating(None, None, tuple(expressions), (f"the year of '{lead.text}' cannot be pinned: {why}",))
    published = _published(report, year, "inferred", reason)
    return _announced_month(Dating(published, day_range(published.value)[0], tuple(expressions)), text, lead, year)


def _announced_month(dating: Dating, text: str, lead: TimeExpr, year: int) -> Dating:
    """A lead span of days the article announces ("Chuyến thăm … sẽ diễn ra ngày 30/11-2/12"): written before it, on a
    day the text does not give — the month of its first day (in ``year``)."""
    if lead.kind != "day-range" or dating.published is None \
            or not announced_span().search(lower(text[sentence_start(text, lead.start):sentence_end(text, lead.end)])):
        return dating
    first = replace(dating.published, value=f"{year:04d}-{lead.month:02d}", precision="month")
    return replace(dating, published=first)  # (its last day still resolves the year-less days and months)


def _year_only(text: str, low: str, entities: tuple[Entity, ...], expressions: list[TimeExpr],
               meetings: list[tuple[str, int, int, int]], anniversaries: list[Anniversary]) -> Dating:
    """No day of the article written: its year alone when the clues leave one ("Nhân dịp kỷ niệm 60 năm … (5.9.1962 -
    5.9.2022)", the tenures of those who send the messages), at year precision; no reference day for relative words."""
    kb = knowledge_base()
    clues = [c for c in (_tenure_clue(kb, entities, None, _past_sentences(text, low)),) if c]
    clues += written_anniversary_clues(text, low, expressions, lead_date(expressions)) + statistic_clues(text, low, None)
    clues += anniversary_clues(text, low, anniversaries, None) + meeting_clues(kb, text, low, meetings, None)
    clues += founding_clues(kb, text, low, entities) + [c for c in (yearhints.this_year_clue(low), yearhints.coined_clue(low, text),
                                                                    yearhints.chair_clue(low),
                                                                    yearhints.themed_year_clue(low),
                                                                    yearhints.yearly_clue(low)) if c] \
        + counted_since_clues(low)
    just_in = lambda years: yearhints.new_in_office(kb, entities, low, None, None, years)  # noqa: E731
    year, reason, left = _infer_year(clues, lambda: set(), None, False, just_in)
    if year is None or not clues:
        why = f"possible years {sorted(left)}" if left and len(left) < 20 else "no clue to the year"
        return Dating(None, None, tuple(expressions), (f"no date of the article in the text or its metadata; {why}",))
    if (month := at_session_month(kb, text, low, meetings, year)) is not None:  # "Nhân dịp tham dự Hội nghị … lần thứ 7"
        return Dating(Date(month[0], "month", "inferred", None, None, f"{reason}; {month[1]}"), None, tuple(expressions))
    return Dating(Date(f"{year:04d}", "year", "inferred", None, None, reason), None, tuple(expressions))


def _reported_through(lead: TimeExpr, expressions: list[TimeExpr], text: str, low: str) -> TimeExpr:
    """The last day the article reports as done, up to three days after the lead ("Tối 12/10 …. Sáng 13/10, …
    chủ trì lễ đón" was written on the 13th): a day in an announced sentence ("sáng 14/10 sẽ rời Hà Nội") or in
    one about earlier times does not count."""
    report = lead
    for e in expressions:
        if e.kind != "day" or e.start <= lead.start or e.month != lead.month or e.year not in (None, lead.year) \
                or not 0 < e.day - report.day <= 3 - (report.day - lead.day):
            continue
        if not announced_in(text, e.start) and not before_words().match(low, sentence_start(text, e.start)):
            report = e
    return report


def _year_of_lead_sentence(text: str, lead: TimeExpr, expressions: list[TimeExpr]) -> tuple[int, str] | None:
    """With no clue at all, a year the lead's own sentence names ("Sáng 26/1, … nhân dịp Tết Nguyên đán Giáp Thìn
    2024"), if it names exactly one (of two years running into each other, "mùa khô 2022 - 2023", the one the lead's
    month falls in: the second for January to June)."""
    start = sentence_start(text, lead.start)
    stop = sentence_end(text, lead.end)
    named = {e.year: e for e in expressions if start <= e.start < stop and e.year and e is not lead}
    if len(named) != 1:
        return None
    year, e = next(iter(named.items()))
    if e.kind == "year-range" and e.end_year == year + 1 and lead.month and lead.month <= 6:
        year = e.end_year  # "cất bốc mùa khô 2022 - 2023" told on 21/5: a season across two years, in its second
    return year, f"the sentence of '{lead.text}' names {year} ('{e.text}')"


@functools.cache
def _begins_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'begins')})(?!\w)")


def _begins(text: str, low: str, lead: TimeExpr) -> bool:
    """Whether the lead's span of days is of a visit the sentence says begins ("đã tới Thủ đô chiều qua, bắt đầu
    chuyến thăm chính thức kéo dài từ ngày 12 đến 14/3"): the article reports its first day, not its last."""
    return _begins_words().search(low, max(sentence_start(text, lead.start), lead.start - 80), lead.start) is not None


@functools.cache
def _programme_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return tuple(re.compile(rf"(?<!\w)(?:{word_alternation('document', key)})(?!\w)")
                 for key in ("programme_frame", "programme_ahead"))


def _programme_ahead(text: str, low: str, lead: TimeExpr) -> bool:
    """Whether a sentence near the lead's span of days tells the visit's programme as still to come ("Trong khuôn khổ
    chuyến thăm, … sẽ hội đàm với …"): the article is of the span's first day."""
    frame, ahead = _programme_words()
    return any(ahead.search(low, m.end(), sentence_end(text, m.end())) for m in frame.finditer(low, 0, lead.end + 1500))


def _stamped_day_of(text: str, report: TimeExpr) -> TimeExpr:
    """A lead span of days ("đang thăm … ngày 23-24/10") with the page's stamp on one of them ("date 2025-10-23"):
    the stamped day is the article's."""
    stamp = yearhints.iso_stamp(text) if report.kind == "day-range" and report.year is None else None
    if stamp is None or stamp.precision != "day":
        return report
    month, day = int(stamp.value[5:7]), int(stamp.value[8:10])
    inside = (report.month, report.day) <= (month, day) <= (report.end_month or report.month, report.end_day or report.day)
    return replace(report, month=month, day=day, end_day=None, end_month=None, end_year=None) if inside else report


def _published(lead: TimeExpr, year: int, basis: str, reason: str | None) -> Date:
    """A lead range ("từ ngày 16-18/12") dates the article by its last day."""
    month = lead.end_month or lead.month
    day = lead.end_day or lead.day
    y = lead.end_year or year
    if lead.kind == "day" and lead.told_as and dates._valid(y, month, day):  # "Chiều qua (28/7)": written the day after
        moved = date(y, month, day) - timedelta(days=lead.told_as)
        said = f"'{lead.text}' is told as {lead.told_as:+d} day from the article's: {moved.isoformat()}"
        y, month, day, basis, reason = moved.year, moved.month, moved.day, "inferred", f"{reason}; {said}" if reason else said
    return Date(f"{y:04d}-{month:02d}-{day:02d}", "day", basis, None, lead.text, reason)  # type: ignore[arg-type]
