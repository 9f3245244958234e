"""Years the article's figures tell (``dating`` weighs them with its other clues): "cùng kỳ năm 2023" compares with
the year before (→ 2024); "10 tháng đầu năm 2024" reported after October is of 2024, and "11 tháng đầu năm 2025"
reported in January of a later year; a whole year's result ("năm 2025 đạt …", "những thành tựu … trong năm 2022") told
in the first half of a year is of a year already over; a month recalled ("hồi tháng 11-2019") is before the article,
and so is a day written in full told as done; an announced day gives way to the day the text reports before it. The
words come from ``data/dates.toml`` [document].
"""
from __future__ import annotations

import functools
import re

from datetime import date, timedelta

from bangiao.extract import dates
from bangiao.extract.gazetteer import lower
from bangiao.extract.dates import TimeExpr
from bangiao.extract.sentences import alternation, announced_in, before_words, sentence_end, sentence_start, word_alternation, \
    words, words_pattern
from bangiao.extract.yearhints import YEARS, Clue

_SAME_PERIOD = re.compile(r"cùng\s+kỳ\s+năm\s+([0-9]{4})")
_FIRST_MONTHS = re.compile(r"tháng\s+đầu\s+năm\s+([0-9]{4})")  # literal-led: found fast; the count is before it
_COUNT_BEFORE = re.compile(r"(?<![0-9])([0-9]{1,2})\s+$")


@functools.cache
def _year_done_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"năm 2025 (kim ngạch …) đạt" / "kết quả của năm 2025" (a whole year's result), and a goal or estimate standing
    before it."""
    after, before, named = (word_alternation("document", key) for key in ("year_done_after", "year_done_before",
                                                                          "year_done_subjects"))
    goal = word_alternation("document", "year_goal")
    done = re.compile(rf"(?:(?<!\w)(?P<before>{before})\s+)?năm\s+(?P<year>[0-9]{{4}})(?![0-9])"
                      rf"(?:(?:\s+(?:{named}))?\s+(?P<after>{after})(?!\w))?")
    return done, re.compile(rf"(?<!\w)(?:{goal})\s+(?:\S+\s+){{0,2}}$")


def _year_done_clues(text: str, low: str, month: int | None) -> list[Clue]:
    """A whole year's result told in the first half of a year ("năm 2025 đạt 11,33 tỷ USD" on 31/1): that year is
    over, the article is of a later one."""
    if not month or month > 6:
        return []
    done, goal = _year_done_patterns()
    clues = []
    for m in done.finditer(low):
        year = int(m.group("year"))
        if (m.group("before") or m.group("after")) and not goal.search(low, max(0, m.start() - 30), m.start()) \
                and year + 1 in YEARS:
            clues.append(Clue(frozenset(y for y in YEARS if y > year),
                              f"'{text[m.start():m.end()].strip()}' told in month {month}: {year} is over"))
    return clues


@functools.cache
def _successes() -> re.Pattern[str]:
    """"những thành tựu … trong năm 2022" (successes a year has brought, told as done), in one clause."""
    done = word_alternation("document", "year_successes")
    return re.compile(rf"(?<!\w)(?:{done})(?!\w)[^.;:!?]{{0,80}}?(?<!\w)năm\s+([0-9]{{4}})(?![0-9])")


def _success_clues(text: str, low: str, month: int | None) -> list[Clue]:
    """A year's successes told as done in the first half of a year ("ghi nhận những thành tựu của Lào trong năm 2022"
    on 10/2): that year is over, the article is of a later one."""
    if not month or month > 6:
        return []
    return [Clue(frozenset(y for y in YEARS if y > int(m.group(1))),
                 f"'{text[m.start():m.end()]}' told in month {month}: {m.group(1)} is over")
            for m in _successes().finditer(low) if int(m.group(1)) + 1 in YEARS and not _ahead().search(low, m.start(), m.end())]


@functools.cache
def _ahead() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(tuple(lower(w) for w in words('document', 'year_goal') if w not in ('trong', 'đến', 'tới', 'cuối', 'đầu', 'giữa')) + ('sẽ',))})(?!\w)")


@functools.cache
def _recalled() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'recalled_month')})\s+$")


def recalled_month_clues(text: str, low: str, expressions: list, month: int | None, day: int | None) -> list[Clue]:
    """A month written with its year and recalled ("nhắc lại cuộc gặp hồi tháng 11-2019"): the article's day
    (``month``, ``day``) is not before that month's first day (told on 5/7: 2020, not 2019)."""
    if not month or not day:
        return []
    recalled = [e for e in expressions if e.kind == "month" and e.year and e.month
                and (_recalled().search(low, max(0, e.start - 12), e.start) or _reviewed_result(text, low, e.start))]
    if not recalled:
        return []
    last = max(recalled, key=lambda e: (e.year, e.month))
    floor = date(last.year, last.month, 1)
    return [Clue(frozenset(y for y in YEARS if dates._valid(y, month, day) and date(y, month, day) >= floor),
                 f"'{text[last.start:last.end]}' is recalled: the article is not before {floor.isoformat()}")]


def _reviewed_result(text: str, low: str, at: int) -> bool:
    """Whether the month at ``at`` is among results its sentence reviews as done ("hai bên đã đánh giá kết quả …, nổi
    bật là chuyến thăm … vào tháng 7/2021"), nothing agreed or announced between."""
    start = sentence_start(text, at)
    review = words_pattern("document", "year_review").search(low, start, at)
    return review is not None and "đã " in low[start:review.start()] and not _agreed().search(low, review.end(), at)


@functools.cache
def _just() -> re.Pattern[str]:
    """"vừa đi vào thực thi từ tháng 8/2020": something just done, in one clause with a month written with its year."""
    just = word_alternation("document", "just_done")
    return re.compile(rf"(?<!\w)(?:{just})\s+(?P<what>[^.;:!?,]{{0,100}}?)(?<!\w)tháng\s+(?P<month>[0-9]{{1,2}})\s*[/\-]\s*(?P<year>[0-9]{{4}})(?![0-9])")


@functools.cache
def _term_done() -> re.Pattern[str]:
    """"vừa hoàn thành … nhiệm kỳ 2020 - 2021": a term just over, in one clause."""
    done = word_alternation("document", "term_done")
    return re.compile(rf"(?<!\w)(?:{done})(?!\w)[^.;:!?]{{0,120}}?(?<!\w)nhiệm\s+kỳ\s+(?:[0-9]{{4}})\s*[-–]\s*(?P<year>[0-9]{{4}})(?![0-9])")


@functools.cache
def _just_past() -> re.Pattern[str]:
    """"tháng 9/2018 vừa qua": a month with its year, told just past."""
    past = word_alternation("document", "just_past")
    return re.compile(rf"(?<!\w)tháng\s+(?P<month>[0-9]{{1,2}})\s*[/\-]\s*(?P<year>[0-9]{{4}})\s+(?:{past})(?!\w)")


@functools.cache
def _year_just_past() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"năm APEC 2017 vừa qua": a year (of a body's hosting, or alone) told just past, not a month's: the words of the
    past, then the year right before them (found from the words: the text is scanned for them alone)."""
    past = word_alternation("document", "just_past")
    return re.compile(rf"(?<!\w)(?:{past})(?!\w)"), re.compile(r"(?<![0-9/\-.])(?P<year>(?:19|20)[0-9]{2})\s+$")


def _years_just_past(low: str) -> list[re.Match[str]]:
    words, year = _year_just_past()
    return [y for m in words.finditer(low) if (y := year.search(low, max(0, m.start() - 12), m.start()))]


def _month_before(low: str, at: int) -> bool:
    """Whether a month stands right before the year at ``at`` ("tháng 9/2018", "tháng 9 năm 2018"): a month's."""
    return re.search(r"tháng\s+[0-9]{1,2}\s*(?:[/\-.]|năm)\s*$", low[max(0, at - 16):at]) is not None


JUST_MONTHS = 12  # something told as just done ("vừa …") happened less than this many months before the article


def just_done_clues(text: str, low: str, month: int | None, day: int | None) -> list[Clue]:
    """Something told as just done with its month ("EVFTA vừa có hiệu lực từ tháng 8/2020", told on 19/11): the article
    is from that month to ``JUST_MONTHS`` after it. Not "vừa … vừa …" (both … and …)."""
    if not month or not day or "vừa" not in low and "chúc mừng" not in low:
        return []
    clues = []
    clues += [Clue(frozenset({int(m.group("year")) + 1}) & frozenset(YEARS), f"'{text[m.start():m.end()]}' is just over: "
                   f"the article is of the year after it") for m in _term_done().finditer(low)]
    clues += [Clue(frozenset({int(m.group("year")), int(m.group("year")) + 1}) & frozenset(YEARS),
                   f"'{text[m.start():m.end()].strip()}' is just past: the article is of that year or the next")
              for m in _years_just_past(low) if not _month_before(low, m.start())]
    for m in [*_just().finditer(low), *_just_past().finditer(low)]:
        year, since = int(m.group("year")), int(m.group("month"))
        if not 1 <= since <= 12 or re.search(r"(?<!\w)vừa(?!\w)", m.groupdict().get("what") or ""):
            continue
        floor, ceiling = date(year, since, 1), date(year + 1, since, 1)
        clues.append(Clue(frozenset(y for y in YEARS if dates._valid(y, month, day) and floor <= date(y, month, day) < ceiling),
                          f"'{text[m.start():m.end()]}' is just done: the article is within {JUST_MONTHS} months after it"))
    return clues


@functools.cache
def _reviewed() -> re.Pattern[str]:
    """"kết quả hợp tác … giai đoạn 2022-2024": a period's results, in one clause."""
    review = word_alternation("document", "period_review")
    return re.compile(rf"(?<!\w)(?:{review})(?!\w)(?P<what>[^.;:!?]{{0,80}}?)(?<!\w)giai\s+đoạn\s+(?:từ\s+)?[0-9]{{4}}\s*[-–]\s*(?:đến\s+)?(?P<year>[0-9]{{4}})(?![0-9])")


def _review_clues(text: str, low: str, month: int | None) -> list[Clue]:
    """A period's results reviewed ("đánh giá kết quả hợp tác giai đoạn 2022-2024") at the end of its last year
    (November, December) are of that year; in the first quarter after it, of the year after."""
    if not month or 3 < month < 11:
        return []
    clues = []
    for m in _reviewed().finditer(low):
        year = int(m.group("year")) + (month <= 3)
        clause = max(low.rfind(c, 0, m.start()) for c in ",;.:\n") + 1
        if _agreed().search(low, clause, m.start()):
            continue  # "Hai Thủ tướng nhất trí tổng kết Hiệp định … giai đoạn 2016-2020": a review to come, not done
        if year in YEARS and not _period_plan().search(m.group("what")):
            clues.append(Clue(frozenset({year}), f"'{text[m.start():m.end()]}' reviewed in month {month}: {year}"))
    return clues


@functools.cache
def _forecast() -> re.Pattern[str]:
    """A whole year's figure forecast: "dự kiến … trong năm 2022 sẽ đạt", "ước cả năm 2022 đạt", "cả năm 2022 dự
    kiến đạt" (in one clause)."""
    ahead = word_alternation("document", "year_forecast")
    whole = r"(?:cả|trong|toàn)\s+năm\s+(?P<{}>[0-9]{{4}})(?![0-9])"
    return re.compile(rf"(?<!\w)(?:{ahead})\s[^.;:!?]{{0,80}}?(?<!\w){whole.format('a')}[^.;:!?]{{0,30}}?(?<!\w)đạt(?!\w)"
                      rf"|(?<!\w){whole.format('b')}[^.;:!?]{{0,40}}?(?<!\w)(?:{ahead})\s[^.;:!?]{{0,20}}?(?<!\w)đạt(?!\w)")


def _forecast_clues(text: str, low: str) -> list[Clue]:
    """A whole year's figure forecast ("dự kiến … trong năm 2023 sẽ đạt khoảng 900 triệu USD"): that year is not over —
    the article is of it, or of the year before (a plan made for the next year)."""
    clues = []
    for m in _forecast().finditer(low):
        year = int(m.group("a") or m.group("b"))
        if year in YEARS:
            clues.append(Clue(frozenset({year - 1, year}) & frozenset(YEARS),
                              f"'{text[m.start():m.end()]}' forecasts the whole of {year}: not over"))
    return clues


@functools.cache
def _agreed() -> re.Pattern[str]:
    """Words that announce or agree on what follows them ("nhất trí", "sẽ", "dự kiến"): dates.toml [document] announced."""
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'announced')})(?!\w)")


@functools.cache
def _estimate_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = word_alternation("document", "year_estimate_after")
    begun = word_alternation("document", "term_begun")
    return (re.compile(rf"(?<!\w)năm\s+(?P<year>[0-9]{{4}})\s+(?:{after})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{begun})(?!\w)[^.;:!?]{{0,120}}?(?<!\w)nhiệm\s+kỳ\s+(?P<year>[0-9]{{4}})\s*[-–]\s*[0-9]{{4}}"))


def estimate_clues(text: str, low: str, month: int | None) -> list[Clue]:
    """A whole year's figure estimated ("năm 2019 ước đạt 9,6 tỷ USD"): told from July on, of that year; before, of
    the year after (without a month: either). A term congratulated on ("được tái bổ nhiệm … nhiệm kỳ 2019-2024"):
    its first year or the next."""
    estimate, term = _estimate_patterns()
    clues = []
    for m in estimate.finditer(low):
        year = int(m.group("year"))
        years = {year} if month and month > 6 else {year + 1} if month else {year, year + 1}
        if years & set(YEARS):
            clues.append(Clue(frozenset(years) & frozenset(YEARS), f"'{text[m.start():m.end()]}': a whole year estimated"
                              + (f" in month {month}" if month else "")))
    for m in term.finditer(low):
        year = int(m.group("year"))
        if year in YEARS:
            said = text[m.start():m.end()]
            clues.append(Clue(frozenset({year, year + 1}) & frozenset(YEARS), f"'{said}': a term just begun"))
    return clues


@functools.cache
def _ongoing_plan() -> re.Pattern[str]:
    doing, kinds = word_alternation("document", "plan_ongoing"), word_alternation("document", "plan_kinds")
    return re.compile(rf"(?<!\w)(?:{doing})\s+(?:{kinds})(?!\w)[^.;:!?()]{{0,50}}?(?<![0-9])((?:19|20)[0-9]{{2}})"
                      rf"\s*[-–]\s*((?:19|20)[0-9]{{2}})(?![0-9])")


def _plan_clues(text: str, low: str) -> list[Clue]:
    """A shared plan carried out now, with its years ("triển khai hiệu quả Chương trình hành động 2022-2026"): the
    article falls within them, unless the clause looks back on it ("tổng kết việc thực hiện …")."""
    clues = []
    for m in _ongoing_plan().finditer(low):
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last <= first + 15 and not _reviewed_before().search(low, max(0, m.start() - 30), m.start()):
            clues.append(Clue(frozenset(y for y in YEARS if first <= y <= last),
                              f"'{text[m.start():m.end()]}' is being carried out: {first}-{last}"))
    return clues


@functools.cache
def _reviewed_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'period_review')})(?!\w)")


@functools.cache
def _year_ahead() -> re.Pattern[str]:
    """"Năm 2018, hai nước sẽ …": a year by its number opening a clause, what it tells still to come (literal-led: the
    text is scanned for "năm" alone)."""
    ahead = word_alternation("document", "announced_span")
    return re.compile(rf"năm\s+(?P<year>(?:19|20)[0-9]{{2}})\s*,\s[^.;:!?]{{0,60}}?(?<!\w)(?:{ahead})(?!\w)")


_OPENS = re.compile(r"(?:^|[.!?\n\"“])\s*$")  # what stands before a sentence's first word


def _year_ahead_clues(text: str, low: str) -> list[Clue]:
    """A sentence opening with a year by its number and telling it still to come ("Năm 2018, hai nước sẽ kỷ niệm
    …"): the article is of an earlier year (its own would be "năm nay")."""
    return [Clue(frozenset({int(m.group("year")) - 1}), f"'{text[m.start():m.end()]}' is still to come: the year before")
            for m in _year_ahead().finditer(low) if _OPENS.search(low, max(0, m.start() - 4), m.start())]


@functools.cache
def _year_reviewed() -> re.Pattern[str]:
    review = word_alternation("document", "year_review")
    return re.compile(rf"(?<!\w)(?:{review})\W{{0,4}}(?:trong\s+)?năm\s+(?P<year>(?:19|20)[0-9]{{2}})\s*,\s[^.;:!?]{{0,100}}?(?<!\w)đã(?!\w)")


@functools.cache
def _year_results_reviewed() -> re.Pattern[str]:
    """"đánh giá về tình hình thực hiện các thỏa thuận … trong năm 2014": how a year's work went, in one clause."""
    review, how = word_alternation("document", "year_review"), word_alternation("document", "year_review_what")
    return re.compile(rf"(?<!\w)(?:{review})(?:\s+về)?\s+(?:{how})(?!\w)[^.;:!?]{{0,160}}?(?<!\w)trong\s+năm\s+"
                      rf"(?P<year>(?:19|20)[0-9]{{2}})(?![0-9])")


def _year_reviewed_clues(text: str, low: str, month: int | None) -> list[Clue]:
    """A year's work reviewed ("đánh giá, năm 2017, A và B đã phối hợp …", "đánh giá tình hình thực hiện … trong năm
    2014"): from October on, of that year; in the first quarter, of the year after it. Not a review agreed on."""
    if not month or 3 < month < 10 or "năm" not in low:
        return []
    found = [m for pattern in (_year_reviewed(), _year_results_reviewed()) for m in pattern.finditer(low)]
    return [Clue(frozenset({int(m.group("year")) + (month <= 3)}), f"'{text[m.start():m.end()]}' reviewed in month {month}")
            for m in found if not _agreed().search(low, max(0, m.start() - 30), m.start())]


@functools.cache
def _review_and_plan() -> re.Pattern[str]:
    review, plan = word_alternation("document", "year_review"), word_alternation("document", "year_plan")
    return re.compile(rf"(?<!\w)(?:{review})(?!\w)[^.;:!?]{{0,60}}?năm\s+(?P<year>(?:19|20)[0-9]{{2}})(?![0-9])"
                      rf"[^.;:!?]{{0,100}}?(?<!\w)(?:{plan})(?!\w)[^.;:!?]{{0,40}}?năm\s+(?P<next>(?:19|20)[0-9]{{2}})(?![0-9])")


def _review_and_plan_clues(text: str, low: str, month: int | None) -> list[Clue]:
    """A year reviewed and the next planned in one sentence ("đánh giá kết quả năm 2024, … phương hướng năm 2025"):
    from October on, of the reviewed year; before, of the planned one."""
    if not month or "năm" not in low:
        return []
    return [Clue(frozenset({int(m.group("year")) + (month < 10)}), f"'{text[m.start():m.end()]}': a year reviewed and the "
                 f"next planned, in month {month}") for m in _review_and_plan().finditer(low)
            if int(m.group("next")) == int(m.group("year")) + 1]


def statistic_clues(text: str, low: str, month: int | None) -> list[Clue]:
    """"cùng kỳ năm 2023" → 2024; "10 tháng đầu năm 2024" reported in November → 2024; a whole year's result told
    in the first half of the next; a whole year forecast (that year or the one before: with its first months
    reported, that year)."""
    clues = _year_done_clues(text, low, month) + _success_clues(text, low, month) + _review_clues(text, low, month)
    clues += _forecast_clues(text, low) + estimate_clues(text, low, month) + _plan_clues(text, low) + _year_ahead_clues(text, low)
    clues += _year_reviewed_clues(text, low, month) + _review_and_plan_clues(text, low, month)
    for m in _SAME_PERIOD.finditer(low):
        said = text[m.start():m.end()]
        clues.append(Clue(frozenset({int(m.group(1)) + 1}), f"'{said}' compares with the year before → {int(m.group(1)) + 1}"))
    plan = _period_plan()
    for m in _FIRST_MONTHS.finditer(low):
        n = _COUNT_BEFORE.search(low, max(0, m.start() - 6), m.start())
        if not n:
            continue
        said, year = text[n.start():m.end()], int(m.group(1))
        if not month:  # no day of the article: the months reported (not planned) are over, the article is not before
            if not plan.search(low, max(0, n.start() - 40), n.start()):
                clues.append(Clue(frozenset(y for y in YEARS if y >= year), f"'{said}' reported: not before {year}"))
        elif month > int(n.group(1)):
            clues.append(Clue(frozenset({year}), f"'{said}' reported in month {month}"))
        elif month < int(n.group(1)) and not plan.search(low, max(0, n.start() - 40), n.start()):
            clues.append(Clue(frozenset(y for y in YEARS if y > year),  # its months not over yet in that year
                              f"'{said}' reported in month {month}: a later year than {year}"))
    return clues


@functools.cache
def _period_plan() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'period_plan')})(?!\w)")


@functools.cache
def announced_span() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'announced_span')})(?!\w)")


def reported_days_clues(text: str, low: str, expressions: list[TimeExpr], lead: TimeExpr | None) -> list[Clue]:
    """A day written in full in a sentence that reports (not announces) was before the article: the lead's day
    falls on or after the latest of them ("Gần đây nhất, sáng 28/10/2025, … đã có cuộc họp" → not 10/2/2025), or
    at most ``_UPCOMING_DAYS`` before it (the span of the visit the lead's day begins is not yet done)."""
    if lead is None or not lead.month or not lead.day:
        return []
    days = [e for e in expressions if e.kind in ("day", "day-range") and e.year and e.month and e.day
            and dates._valid(e.year, e.month, e.day) and not announced_in(text, e.start)]
    if not days:
        return []
    last = max(days, key=lambda e: (e.year, e.month, e.day))
    floor = date(last.year, last.month, last.day)
    years = frozenset(y for y in YEARS if dates._valid(y, lead.month, lead.day)
                      and date(y, lead.month, lead.day) >= floor - timedelta(days=_UPCOMING_DAYS))
    said = f"'{last.text}' is told as done: the article is not before {floor.isoformat()}"
    if dates._valid(last.year, lead.month, lead.day) \
            and floor - timedelta(days=_UPCOMING_DAYS) <= date(last.year, lead.month, lead.day) < floor:  # the week before it
        said = f"'{last.text}' is told as done: the article is not more than {_UPCOMING_DAYS} days before {floor.isoformat()}"
    return [Clue(years, said)]


_UPCOMING_DAYS = 7  # a day up to a week after the lead's may be what the lead begins ("tối 14/3 rời Hà Nội, thăm … từ 15
# đến 17/3/2016": the visit's span, written with its year, is no time before the article)


_BRIEFED_WITHIN = 31  # days before an announced day in which the day the text reports may be the article's


@functools.cache
def _day_ahead() -> re.Pattern[str]:
    return re.compile(rf"[\s,]*(?:{word_alternation('document', 'day_ahead')})(?!\w)")


def told_ahead(low: str, at: int) -> bool:
    """Whether the time ending at ``at`` is told as still ahead ("tháng 10/2025 tới", "ngày 22/7 sắp tới")."""
    return _day_ahead().match(low, at) is not None


def _announces_day(text: str, low: str, day: TimeExpr) -> bool:
    """Whether the day itself is announced: "Ngày 22/7 tới, …"; "… sẽ hội đàm … vào ngày 22/7" (a word of
    announced_span before it in its sentence); "Ngày 22/7, A sẽ hội đàm …" (opening its sentence, one in the clause
    after it — not "Chiều 16/7, … cho biết A sẽ thăm …", the briefing's day, nor "Sau tiệc chiêu đãi tối 29/9, đoàn
    sẽ rời …", a later hour of a day told)."""
    start, stop = sentence_start(text, day.start), sentence_end(text, day.end)
    if _day_ahead().match(low, day.end) is not None or announced_span().search(low, start, day.start) is not None:
        return True
    if day.start > start or not (opened := _CLAUSE.match(low, day.end, stop)):
        return False
    return announced_span().search(low, day.end, opened.end()) is not None


_CLAUSE = re.compile(r"[\s,]*[^,;:]*")  # the clause after a day opening a sentence: "Ngày 22/7, A sẽ hội đàm với B"


PAGE_CLOCK = re.compile(r"\s*[,|-]?\s*\(?\d{1,2}[:h]\d{2}(?!\d)")  # a time of day right after a dated day: a page's stamp


def briefed_day(text: str, low: str, lead: TimeExpr, expressions: list[TimeExpr]) -> TimeExpr:
    """A lead day the article announces ("Ngày 22/7 tới, A sẽ hội đàm với B", or a headline repeating a day announced
    below it) never dates the article: the latest day before it (within ``_BRIEFED_WITHIN`` days) that the text
    reports as done, not in a sentence of earlier times, is the article's ("… tại họp báo chiều 16/7"). Without
    one, the lead stays."""
    if lead.kind != "day" or not lead.month or not lead.day or lead.year and PAGE_CLOCK.match(text, lead.end):
        return lead  # (a page's date stamp, "Thứ ba, ngày 14/03/2017 08:05 GMT+7", is the article's day)
    same = [e for e in expressions if e.kind == "day" and (e.month, e.day) == (lead.month, lead.day)
            and e.year in (None, lead.year)]
    if not any(_announces_day(text, low, e) for e in same):
        return lead
    year = lead.year or 2000  # a leap year: the calendar order of the days only
    if not dates._valid(year, lead.month, lead.day):
        return lead
    announced = date(year, lead.month, lead.day)
    reported = [e for e in expressions if e.kind == "day" and e.month and e.day
                and (lead.year is None or e.year in (None, lead.year))
                and dates._valid(year, e.month, e.day) and not announced_in(text, e.start)
                and not before_words().match(low, sentence_start(text, e.start))
                and 0 < (announced - date(year, e.month, e.day)).days <= _BRIEFED_WITHIN]
    return max(reported, key=lambda e: (e.month, e.day), default=lead)
