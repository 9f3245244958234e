"""The date that governs each sentence of a document: what the event stage dates its events by.

For a clause: a visit's own days written after it, the sentence's own date nearest to it, a numbered
meeting or anniversary the knowledge base dates, or the day named before it ("Cùng ngày", "Ngay sau hội
đàm", a date stated once in the lead) — and none for what is earlier ("Trước đó …"), announced without a
date, or part of a visit an article sums up. The words come from ``data/dates.toml`` ``[governing]``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from datetime import date

from bangiao.extract import dates, positions
from bangiao.extract.dates import TimeExpr
from bangiao.extract.dating import NATIONAL_DAY, Dating
from bangiao.extract.visit_days import year_right_after
from bangiao.extract.visit_summary import lead_sums_up
from bangiao.extract.sentences import alternation, announced, announced_in, before_words, clock_line, founding_at, \
    founding_day, home_time_after, sentence_end, sentence_start, took_office_at, word_alternation, words, words_pattern
from bangiao.extract.gazetteer import lower
from bangiao.extract.occasion_dates import national_day_held, occasion_after
from bangiao.extract.reported_years import told_ahead
from bangiao.extract.ahead import not_after_reference
from bangiao.model import Date


@functools.cache
def _undated_openers() -> re.Pattern[str]:
    openers = words("governing", "before") + words("governing", "over_period")
    return re.compile(rf"(?:{alternation(tuple(lower(w) for w in openers))})\b")


_OWN_ORDER = {"day": 0, "day-range": 1, "relative-day": 2, "month": 3}


def _distance(expr: TimeExpr, start: int, end: int, planned: bool = False, spans_days: bool = False) -> tuple[int, ...]:
    """Inside the clause, then the nearest before it, then after it (after it first for an announced event);
    for a one-day event a single day before a span of days; a written day before a relative one."""
    ranged = int(expr.kind == "day-range" and not spans_days)
    if start <= expr.start < max(end, start + 1):
        return 0, ranged, 0, _OWN_ORDER[expr.kind]
    if expr.end <= start:
        return 2 if planned else 1, ranged, start - expr.end, _OWN_ORDER[expr.kind]
    return 1 if planned else 2, ranged, expr.start - end, _OWN_ORDER[expr.kind]


def governing_date(dating: Dating, text: str, pos: int, planned: bool = False, until: int | None = None,
                   spans_days: bool = False) -> Date | None:
    """The date that governs the clause at ``pos`` (to ``until``); an event told as held is never after the
    article (see ``_governing_date`` and ``not_after_reference``)."""
    found = _governing_date(dating, text, pos, planned, until, spans_days)
    return found if planned else not_after_reference(found, dating.reference)


def _held_that_day(low: str, own: list[TimeExpr], start: int, until: int) -> bool:
    """Whether the sentence opens with a day of its own ("Tối 26/11, …") and holds the event ending at ``until`` that
    day ("… tổ chức tiệc chiêu đãi …", "… long trọng kỷ niệm …"; dates.toml held_here)."""
    return any(e.kind == "day" and e.start - start <= _OPENING_DAY for e in own) \
        and _governing("held_here").search(low, 0, until - start) is not None


_OPENING_DAY = 12  # characters from a sentence's start to a day that opens it ("Tối 26/11", "Chiều ngày 15/4")


def _day_in_month(own: list[TimeExpr], chosen: TimeExpr) -> TimeExpr:
    """A month nearer the event than the sentence's own day within it ("Ngày 17/1, Đại sứ X, Chủ tịch Hội đồng Bảo
    an tháng 1/2020, đã gặp …": the month of a title) gives way to that day, with the month's year."""
    if chosen.kind != "month" or chosen.year is None:
        return chosen
    day = next((e for e in own if e.kind == "day" and e.month == chosen.month and e.year in (None, chosen.year)), None)
    return replace(day, year=chosen.year) if day is not None else chosen


def _governing_date(dating: Dating, text: str, pos: int, planned: bool, until: int | None,
                    spans_days: bool) -> Date | None:
    """The date that governs the clause at ``pos`` (to ``until``).

    - A multi-day event (``spans_days``: a visit) takes the days written right after it ("chuyến thăm chính thức
      Lào từ ngày 15 - 17.5"); a visit after "kết thúc" without them is undated (the day is only its last).
    - Else the sentence's own date nearest to the clause (inside it first, then before it, then after; for an
      announced event after it first: "Chiều 20/8, … cho biết Thủ tướng sẽ tham dự …, diễn ra ngày 24/8").
    - A numbered meeting or anniversary named right after the event word, at its dates in the knowledge base, unless
      the sentence writes a day within them.
    - Else the last day named before the sentence ("Cùng ngày", "Ngay sau hội đàm", a date stated once in the
      lead), or a month in the past named just before ("hồi tháng 4/2023, … Tại đó, …"). None for "Trước đó …",
      an announced event, or a sentence of an article that sums a visit up, without a date of their own (unless
      "cùng ngày" ties them to the day before)."""
    start, until = sentence_start(text, pos), until or pos
    stop = sentence_end(text, pos)
    if spans_days and (days := _days_after(dating, text, pos, until, stop, planned) or _told_again(dating, text, start, stop)):
        return _resolved(dating, days)
    low = lower(text[start:stop])
    if spans_days and (_governing("ended").search(low, max(0, pos - start - 30), until - start)
                       or (on := _governing("continued").match(low)) and "," not in low[on.end():pos - start]
                       and not _governing("continued_reframed").search(low, on.end(), pos - start)):
        return None  # "kết thúc chuyến thăm …", "Tiếp tục chuyến thăm Việt Nam, ngày 19/7, …": the whole trip
    if (ended := _governing("ended").search(low, max(0, pos - start - 45), pos - start)) \
            and _TRIP.match(low, ended.end()) and not re.search(r"[,;:]", low[ended.end():pos - start]):
        return None  # "… đã trở về Thủ đô, kết thúc chuyến công tác dự Hội nghị …": some day of the trip
    if spans_days and (frame := _frame("recalled_frame").search(low, max(0, pos - start - 40), pos - start)):
        return _time_before(dating, start, start + frame.start())  # "Tiếp nối thành công chuyến thăm …": an earlier one
    if spans_days and (frame := _frame("occasion_frame").search(low, max(0, pos - start - 40), pos - start)) \
            and (before := _time_before(dating, start, start + frame.start())):
        if before.end and _visit_span_before(low, start, dating, start + frame.start()):
            return None  # "thăm … trong hai ngày 8 và 9/11, nhân dịp ông sang dự Tuần lễ Cấp cao APEC": the visit's days
        return before  # "… năm 2018, nhân chuyến thăm …"
    if _counted_before(low, pos - start):
        return None  # "Chủ tịch Hồ Chí Minh đã 3 lần sang Sri Lanka": several occasions, not the sentence's day
    if not planned and (told := _within_told(dating, text, low, start, pos)) is not None:
        return told[0]  # "Trong cuộc điện đàm, …": the occasion told before, again
    own = _own_days(dating, low, start, stop, pos, until, planned)
    if not own and _during_after().match(low, until - start):
        return None  # "… đã có cuộc gặp trong thời gian Hội nghị": some day of the summit
    if not own and (again := _announced_again(dating, text, low, start)) is not None:
        return again  # "Ngày 22/7 tới, A sẽ hội đàm với B. … chiều 16/7. Cuộc hội đàm nhằm …"
    occasion = occasion_after(dating, pos, stop)
    inside = _time_clause(low, pos - start, until - start) if spans_days else None
    if inside is not None:  # "…, ngay sau chuyến thăm … tới Indonesia": another visit's time, not the sentence's day
        own = [e for e in own if e.start >= start + inside]
        if not own and occasion is None:
            return None
    if occasion is not None and not any(_within(dating, e, occasion) for e in own) \
            and not (_held_that_day(low, own, start, until) and (occasion.reason or "").startswith(NATIONAL_DAY)) \
            and not national_day_held(dating, low, own, occasion, planned, start, pos):  # ("Tối 26/11, … tổ chức chiêu
        # đãi mừng 65
        return occasion  # năm Quốc khánh Lào": the sentence's day) "Nhân dịp tham dự Diễn đàn … lần thứ 3, sáng 19/10, …":
        # the forum's dates, not the 19th
    if occasion is not None and occasion.end and _occasion_is_the_event(dating, pos, until) \
            and not _gives_a_day_of(dating, low, start, pos, until, own, occasion):
        return occasion  # "… nhân dịp dự Hội nghị Cấp cao ASEAN lần thứ 44": the summit's days, not one of them (but
        # "Sáng nay (11/5), …, nhân dịp cùng dự Hội nghị …": a day of the summit the sentence gives, its own)
    if own:
        chosen = _day_in_month(own, min(own, key=lambda e: _distance(e, pos, until, planned, spans_days)))
        if not spans_days and chosen.kind == "day-range" and _whole_visit_span(low, chosen.start - start, pos - start):
            return None  # "Theo kế hoạch, trong mấy ngày lưu lại Đà Nẵng từ 8 - 10/3, ông sẽ gặp …": some day of them
        return _resolved(dating, chosen)
    if (framed := _framed_occasion(dating, low, start, pos)) is not None:
        return framed  # "Nhân dịp tham dự Hội nghị … lần thứ 7 tại Myanmar, Bộ trưởng có cuộc gặp …": the meeting's date
    if _clause_undated(low, pos - start):
        return None  # "Chiều cùng ngày, Thủ tướng dự kiến hội kiến A; trong chuyến thăm, Thủ tướng cũng sẽ hội kiến B"
    tied = bool(_governing("same_day_inside").search(low, 0, pos - start))
    if _governing("sequence").match(low) and (programme := _programme_day(dating, text, start)):
        return _resolved(dating, programme)  # "Dự kiến, ngày mai, A chủ trì lễ đón B. Tiếp đó, hai bên hội đàm": that day
    course = bool(_course_opener().match(low))  # "Trước khi đi vào thảo luận, …": the meeting just told
    if not tied and (planned or _undated_openers().match(low) and not course or _before_occasion(low)):
        return None
    if not tied and _goes_on_undated(dating, text, start, low, pos):
        return None  # "Trước lễ đăng quang, A đã gặp B. ¶ A cũng đã gặp C.": some earlier day too
    if not tied and lead_sums_up(dating, text, start) and not (_governing("sequence").match(low) and _day_just_before(dating, text, start)
                                                            and _follows_told_event(text, low, start)):
        return None  # (nor "Ngay sau Lễ đón, …" when no welcome was told: some day of the visit)
    back_there = bool(_governing("back_there").match(low))
    follows_on = tied or back_there or course or bool(_governing("same_day").match(low) or _governing("sequence").match(low))
    return _inherited(dating, text, start, back_there, follows_on, tied)


@functools.cache
def _course_opener() -> re.Pattern[str]:
    """"Trước khi (đi vào) thảo luận": before a part of the meeting just told, at the sentence's start."""
    course = word_alternation("governing", "before_course")
    return re.compile(rf"trước\s+khi\s+(?:(?:đi|bước)\s+)?(?:vào\s+)?(?:{course})(?!\w)")


@functools.cache
def _before_occasion_opener() -> re.Pattern[str]:
    """"Trước lễ đăng quang," at a sentence's start: before an occasion, not a part of the day's programme."""
    same_day = word_alternation("governing", "before_same_day")
    occasion = word_alternation("governing", "before_occasion")
    return re.compile(rf"trước\s+(?!(?:{same_day})(?!\w))(?:{occasion})(?!\w)[^,.;]{{0,60}},")


def _before_occasion(low: str) -> bool:
    return _before_occasion_opener().match(low) is not None


def _goes_on_undated(dating: Dating, text: str, start: int, low: str, pos: int, hops: int = 3) -> bool:
    """Whether the sentence goes on ("cũng") with one of the few right before it (none naming a day) that opens with
    words of earlier times or before an occasion ("Trước lễ đăng quang, A đã gặp B. B khẳng định …. ¶ A cũng …")."""
    if _governing("goes_on").search(low, 0, max(0, pos - start)) is None:
        return False
    for _ in range(hops):
        before = sentence_start(text, max(0, start - 2))
        if before >= start or any(e.day_level for e in positions.starting_in(dating.expressions, before, start)):
            return False
        prior = lower(text[before:start]).lstrip()
        if _undated_openers().match(prior) or _before_occasion(prior):  # (not "Trước đó cùng ngày, …": that day)
            return not _course_opener().match(prior) and not _governing("same_day_inside").search(prior)
        start = before
    return False


@functools.cache
def _within_told_opener() -> re.Pattern[str]:
    within = word_alternation("governing", "within_told")
    return re.compile(rf"(?:{within})\s+[^,.;]{{2,60}}?(?:\s+(?:ở|tại)\s+([^,.;]{{2,40}}))?\s*,")


def _within_told(dating: Dating, text: str, low: str, start: int, pos: int) -> tuple[Date | None] | None:
    """For an event word in an opening clause "Trong cuộc điện đàm," (dates.toml [governing] within_told) that
    writes no day: the date of the occasion told before (in a tuple; None when it is not such a clause)."""
    m = _within_told_opener().match(low)
    if m is None or pos - start >= m.end() or any(e.kind in _OWN_ORDER for e in positions.starting_in(dating.expressions, start, start + m.end())):
        return None
    if m.group(1) and (at := lower(text[:start]).rfind(m.group(1).strip())) >= 0:
        held = [o for o in dating.occasions if sentence_start(text, at) <= o[0] and o[1] <= at]
        if held:
            return (held[-1][2],)  # "Tại cuộc gặp ở Johannesburg, …": the summit named with that place
    return (_inherited(dating, text, start),)


@functools.cache
def _counted() -> re.Pattern[str]:
    """A count of times right before an event's words (one word may stand between: "3 lần đến thăm")."""
    counts = word_alternation("governing", "times_counted")
    return re.compile(rf"(?<!\w)(?:\d+|{counts})\s+lần\s+(?:\w+\s+)?$")


@functools.cache
def _period_opener() -> re.Pattern[str]:
    """A sentence opening with words of a whole visit, an announcing word before them allowed ("Dự kiến, trong thời
    gian ở Hà Nội …", "Trong chuyến thăm …")."""
    ahead = alternation(tuple(lower(w) for w in words("document", "announced_span") if w != "sẽ"))
    return re.compile(rf"(?:(?:{ahead})\s*,?\s*)?(?:{word_alternation('governing', 'over_period')})(?!\w)")


def _whole_visit_span(low: str, at: int, pos: int) -> bool:
    """Whether the span of days at ``at`` is in the sentence's opening clause of a whole visit, before the event at
    ``pos``: the visit's days, not the day of an event told in it."""
    m = _period_opener().match(low)
    comma = low.find(",", m.end()) if m else -1
    return m is not None and m.end() <= at < pos and (comma < 0 or at < comma <= pos)


def _counted_before(low: str, at: int) -> bool:
    """Whether a count of times stands right before the event's words at ``at`` (or they begin with "lần")."""
    return _counted().search(low[max(0, at - 30):at] + ("lần " if low.startswith("lần ", at) else "")) is not None


def _clause_undated(low: str, pos: int) -> bool:
    """Whether the event at ``pos`` is in a clause after a semicolon that opens with words of earlier times or of a
    whole visit ("…; trong chuyến thăm, …", "…; trước đó, …"): the sentence's "cùng ngày" is not its day."""
    k = low.rfind(";", 0, pos) + 1
    return k > 0 and _undated_openers().match(low, k + len(low[k:pos]) - len(low[k:pos].lstrip())) is not None


def _own_days(dating: Dating, low: str, start: int, stop: int, pos: int, until: int, planned: bool) -> list[TimeExpr]:
    """The sentence's own days that may be the event's: not those in a clause of time after it ("…, trước khi lên
    đường thăm Bulgaria từ ngày 22 đến 24/10"), nor the day of the report, for an announced event or when the report
    gives a day of its own ("Chiều 21/4, … người phát ngôn cho biết Thủ tướng sẽ …")."""
    later = next((m.start() + start for m in _governing("time_clause").finditer(low, until - start)), stop)
    said = [m.end() + start for m in _governing("report").finditer(low, 0, pos - start)]
    own = [e for e in positions.starting_in(dating.expressions, start, later) if e.kind in _OWN_ORDER
           and not not_event_day(low, e.start - start) and (planned or not told_ahead(low, e.end - start))]
    if said and (planned or any(e.start >= said[-1] for e in own)):  # ("Bộ Ngoại giao ngày 1/12 cho biết … ngày
        own = [e for e in own if e.start >= said[-1]]  # 30/11 đã hội đàm": the report's day is not the talks')
    own = [e for e in own if not home_time_after(low, e.end - start)] or own  # (the local day, not Hà Nội's)
    item = _clause_of(low, start, pos, until)
    clause = [e for e in own if e.start in item]
    return clause or own  # "… Solberg tháng 4/2015; hai Thủ tướng đã gặp nhau … tháng 6/2018": its own clause's


def not_event_day(low: str, at: int) -> bool:
    """Whether the day at ``at`` (in the sentence ``low``) is when someone took office ("nhậm chức ngày 30/6") or
    another occasion's ("có hiệu lực từ ngày 1/1/2014")."""
    clause = max(low.rfind(",", 0, at), low.rfind(";", 0, at), at - 60)
    return took_office_at(low, at) or _governing("other_occasion").search(low, max(0, clause, at - 30), at) is not None \
        or founding_day(low, at)


@functools.cache
def _frame(key: str) -> re.Pattern[str]:
    """Frame words of ``key`` ending up to two words before the event's words."""
    return re.compile(rf"(?<!\w)(?:{word_alternation('governing', key)})\s+(?:\S+\s+){{0,2}}$")


def _visit_span_before(low: str, start: int, dating: Dating, at: int) -> bool:
    """Whether the span of days right before ``at`` follows a visit's word within 40 characters (its days)."""
    k = bisect.bisect_right(dating.expressions, at, key=lambda e: e.end)
    span = dating.expressions[k - 1]
    return _governing("visit_span_words").search(low, max(0, span.start - start - 40), span.start - start) is not None


def _time_before(dating: Dating, start: int, at: int) -> Date | None:
    """A time written right before ``at`` in the sentence from ``start`` ("… năm 2018, nhân chuyến thăm …"), else
    None."""
    k = bisect.bisect_right(dating.expressions, at, key=lambda e: e.end)
    last = dating.expressions[k - 1] if k else None
    if last is None or last.start < start or at - last.end > 2 or last.kind not in ("day", "day-range", "month", "year"):
        return None
    return _resolved(dating, last)


def _not_event_day_at(text: str, at: int) -> bool:
    """``not_event_day`` for a day at ``at`` in the whole text."""
    start = sentence_start(text, at)
    return not_event_day(lower(text[start:at]), at - start)


def _time_clause(low: str, pos: int, until: int) -> int | None:
    """Where a clause of time holding the event at ``pos`` (to ``until``) begins ("ngay sau khi Thủ tướng dự Hội
    nghị …", "ngay sau chuyến thăm …"; not "Ngay sau lễ đón, hai bên hội đàm"): the event it names happened
    before or after the sentence's own, not on its day."""
    marks = [m for m in _governing("time_clause").finditer(low, 0, pos + 14) if m.start() <= pos]
    if not marks or re.search(r"[,;:]", low[marks[-1].end():max(until, marks[-1].end())]):
        return None
    return marks[-1].start()


def _programme_day(dating: Dating, text: str, start: int) -> TimeExpr | None:
    """The day of the sentence right before ``start`` when it announces a programme ("Dự kiến, ngày mai, …", "Sáng
    9/3, Bộ trưởng sẽ …"): a sentence that goes on with it ("Tiếp đó, …") is of that day. (A reported sentence's day
    is inherited as any other.)"""
    before = sentence_start(text, max(0, start - 2))
    if before >= start or not announced_in(text, before):
        return None
    days = [e for e in positions.starting_in(dating.expressions, before, start)
            if e.kind in ("day", "relative-day") and not _not_event_day_at(text, e.start)
            and not _governing("until_day").search(lower(text[max(0, e.start - 14):e.start]))]
    return days[-1] if days else None


def _follows_told_event(text: str, low: str, start: int) -> bool:
    """Whether a sentence opening with a sequence word follows an event the text has told before it: "Sau đó, …", or
    "Trước hội đàm, …" after "… tại cuộc hội đàm ngày 27/11"; not "Ngay sau Lễ đón, …" in an article that tells no
    welcome (it is some day of the visit the article sums up)."""
    m = _governing("sequence").match(low)
    named = re.match(r"\s+([^,;.]{2,40}?)\s*,", low[m.end():]) if m else None
    return named is None or named.group(1) in lower(text[max(0, start - 1500):start])


def _day_just_before(dating: Dating, text: str, start: int, hops: int = 3) -> bool:
    """Whether the sentence before names a day ("… tại cuộc hội đàm ngày 27/11 ở Tokyo. Trước hội đàm, …"), or
    itself follows on from one that does ("… Trước hội đàm, …. Sau hội đàm, …")."""
    before = sentence_start(text, max(0, start - 2))
    if any(e.day_level for e in positions.starting_in(dating.expressions, before, start)):
        return True
    return hops > 1 and before < start and bool(_governing("sequence").match(lower(text[before:start]))) \
        and _day_just_before(dating, text, before, hops - 1)


COORDINATED_SPAN = 260  # characters from a visit to its span of days past the trip's other purpose joined by "và dự"


def _days_after(dating: Dating, text: str, pos: int, until: int, stop: int, planned: bool = False) -> TimeExpr | None:
    """A day, days or a month written in the event's clause or right after it, with no break between ("chuyến
    thăm … của Tổng Bí thư X (8/2017), chuyến thăm … vào tháng 4 vừa qua": each its own); a span of days may
    follow the meeting's name and place ("tham dự AMM-56 (…) và các hội nghị liên quan tại Jakarta, Indonesia từ
    ngày 11 đến 14/7"); for an event told as done, not a time told still ahead ("tháng 10/2025 tới")."""
    after = next(iter(positions.starting_in(dating.expressions, pos, stop)), None)
    if after is not None and after.kind == "year" and year_right_after(text, until, after):
        return after  # "trong lần ông tới thăm năm 2004": that visit's year
    if after is None or after.kind not in ("day", "day-range", "month") or _not_event_day_at(text, after.start):
        return None  # "chuyến thăm đầu tiên … kể từ khi nhậm chức ngày 22/8"
    if not planned and told_ahead(lower(text[after.end:after.end + 16]), 0):
        return None  # "… thăm Việt Nam trước khi … dự Hội nghị Cấp cao tháng 10/2025 tới": another occasion, to come
    between = text[until:after.start] if after.start > until else ""
    joined = after.kind == "day-range" and re.match(r"[^,;:()]{0,40}?\s+và\s+(?:dự|tham\s+dự)\s", between)  # the trip's other purpose
    if after.start - until > (COORDINATED_SPAN if joined else 160):  # ("… chuyến thăm Việt Nam và dự các hoạt động …, từ ngày 3 - 8/7")
        return None
    if after.kind == "day-range":
        return None if re.search(r"[;:]|,\s*(?:và|sau|trước|rồi|chuyến|cuộc)\s", between) else after  # ", chuyến thăm …": another's
    return None if len(between) > 120 or re.search(r"[,;:()]", between) else after


_TRIP = re.compile(r"(?:\s+tốt\s+đẹp)?\s+(?:các\s+)?(?:chuyến|hoạt\s+động)\s")  # "kết thúc (tốt đẹp) chuyến …"
_GAP = re.compile(r"[.!?…]*\s{0,20}")


def _told_again(dating: Dating, text: str, start: int, stop: int) -> TimeExpr | None:
    """The span of days of the next sentence, when the visit's own sentence (``start``-``stop``) writes no day and the
    next one opens by telling a visit again ("… sẽ thăm Việt Nam. Chuyến thăm cấp nhà nước … sẽ diễn ra ngày
    30/11-2/12"): the same visit's days."""
    if any(e.kind in _OWN_ORDER for e in positions.starting_in(dating.expressions, start, stop)):
        return None
    after = _GAP.match(text, stop).end()  # the next sentence's start
    if not _governing("visit_again").match(lower(text[after:after + 40])):
        return None
    span = next((e for e in positions.starting_in(dating.expressions, after, sentence_end(text, after)) if e.kind in _OWN_ORDER), None)
    return span if span is not None and span.kind == "day-range" else None


def _inherited(dating: Dating, text: str, start: int, back_there: bool = False, follows_on: bool = True,
               tied: bool = False) -> Date | None:
    """The last day named before ``start`` — a span's first day, unless a single day named before it falls in it
    ("Chiều 13/3, … từ ngày 11 đến 13/3. Cùng ngày, …" is the 13th) — or, for "Tại đó, …", a month in the past
    named after it; else the article's date. Days of announced sentences are not carried on, nor, to a sentence
    that does not follow on from them ("Cùng ngày", "Sau đó"), those of a sentence about earlier times ("Trước đó,
    … từ ngày 9-10/6/2018. Sự tham dự của Việt Nam …"). "Cùng ngày" (``tied``) a whole paragraph after a day
    before the article's ("Sáng 28/8, lễ đón …. ¶ Chiều 27/8, chuyên cơ hạ cánh …. ¶ … ¶ Chiều cùng ngày, …") is the
    article's day: the earlier day was told in passing."""
    told, days = _told(dating, text, back_there)
    last = _last_ending(told, start)
    while last is not None and not follows_on and before_words().match(lower(text[(s := sentence_start(text, last.start)):s + 20]).lstrip()):
        last = _last_ending(told, s)
    if last is None:  # a headline before the lead: the lead's day, written soon after it; else the article's
        lead = told[0] if told and told[0].start - start < _HEADLINE_REACH else None
        return _resolved(dating, lead) if lead is not None and lead.kind == "day" else dating.published
    if last.kind == "day-range" and (day := _last_ending(days, start)) and _covers(dating, last, day):
        last = day
    found = _resolved(dating, last)
    if tied and _paragraph_between(text, last.end, start) and _before_the_news(found, dating.published):
        return dating.published
    return _resumed_day(dating, text, last, start, found) or found


_HEADLINE_REACH = 300  # characters from a headline to the lead's day it tells of


def _resumed_day(dating: Dating, text: str, last: TimeExpr, start: int, found: Date | None) -> Date | None:
    """The later day a sentence between ``last`` and ``start`` goes back to by opening with an event told with it ("Sáng
    1/9, … chủ trì lễ đón …. ¶ … Sáng 31/8, … ra đón đoàn. ¶ Sau lễ đón, hai nhà lãnh đạo hội đàm. … Hai nhà lãnh đạo
    sau đó chứng kiến …": the welcome's day, not the arrival told in passing); None when there is none."""
    if found is None or found.precision != "day":
        return None
    at = start
    for _ in range(RESUMED_HOPS):  # (a few sentences back, not the whole text: the work per event stays bounded)
        at = sentence_start(text, max(0, at - 2))
        if at <= last.end:
            return None
        low = lower(text[at:sentence_end(text, at)]).lstrip()
        m = _governing("sequence").match(low)
        named = re.match(r"\s+([^,;.]{2,40}?)\s*,", low[m.end():]) if m and not low.startswith("trước") else None
        if named and (day := _day_told_with(dating, text, named.group(1), last.start)) and day.value > found.value:
            return day
    return None


RESUMED_HOPS = 6  # sentences back from an event to one going back to an event told before ("Sau lễ đón, …")
TOLD_WITH_SPAN = 3000  # characters back from a day told in passing to the event a later sentence goes back to


def _day_told_with(dating: Dating, text: str, named: str, before: int) -> Date | None:
    """The day written nearest before the last mention of ``named`` before ``before`` in its sentence."""
    base = max(0, before - TOLD_WITH_SPAN)
    k = lower(text[base:before]).rfind(named)
    if k < 0:
        return None
    k += base
    days = [e for e in positions.starting_in(dating.expressions, sentence_start(text, k), k) if e.kind == "day"]
    return _resolved(dating, days[-1]) if days else None


def _paragraph_between(text: str, a: int, b: int) -> bool:
    """Whether a whole paragraph lies between ``a`` and ``b`` (not only the break after ``a``'s paragraph)."""
    return any(line.strip() for line in text[a:b].split("\n")[1:-1])


def _before_the_news(found: Date | None, published: Date | None) -> bool:
    """Whether a day is before the article's own day (both days)."""
    return found is not None and published is not None and found.precision == published.precision == "day" \
        and found.value < published.value


_TOLD: list = [None]  # the last article's (dating, text, {back_there: (told, days)}): every event asks


def _told(dating: Dating, text: str, back_there: bool) -> tuple[list[TimeExpr], list[TimeExpr]]:
    """The days later sentences may inherit (with past months after "Tại đó"), and the single days among them;
    not those of announced sentences ("Sau chuyến thăm, từ ngày 10 đến 13/11, Thủ tướng sẽ dự …")."""
    last = _TOLD[0]
    if last is None or last[0] is not dating or last[1] is not text:
        last = _TOLD[0] = (dating, text, {})
    if back_there not in last[2]:
        months = ("month",) if back_there else ()
        told = [e for e in dating.expressions if (e.day_level or e.kind in months and e.past)
                and not _announcing(text, e.start) and not founding_at(text, e.start)
                and not _not_event_day_at(text, e.start) and not clock_line(text, e.start, e.end)]  # "… nhậm chức
        # ngày 22/8. Cùng ngày, …" is not the 22nd; nor a page's clock ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27")
        told = [e for e in told if not _another_occasions(text, e, told)]
        last[2][back_there] = told, [e for e in told if e.kind == "day"]
    return last[2][back_there]


@functools.cache
def _requested() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'requested')})(?!\w)")


def _announced_again(dating: Dating, text: str, low: str, start: int) -> Date | None:
    """The day of the meeting "Cuộc hội đàm …" tells again, announced before it with that day ("Ngày 22/7 tới, A sẽ
    có cuộc hội đàm với B"), the nearest sentence naming the meeting deciding (not announced: None)."""
    if (opener := _governing("met_again").match(low)) is None:
        return None
    noun = re.compile(rf"(?<!\w){re.escape(opener.group(0).split(None, 1)[-1])}(?!\w)")
    said = (e for e in reversed(dating.expressions) if e.end <= start and e.kind in ("day", "day-range")
            and noun.search(lower(text[sentence_start(text, e.start):sentence_end(text, e.start)])))
    e = next(said, None)
    return _resolved(dating, e) if e is not None and _announcing(text, e.start) else None


def _announcing(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` announces, not counting "theo đề nghị của …" (done at someone's request)."""
    if not announced_in(text, at):
        return False
    start = sentence_start(text, at)
    low = lower(text[start:sentence_end(text, at)])
    return bool(announced().search(_requested().sub(" ", low))) if _requested().search(low) else True


def _in_time_clause(text: str, at: int) -> bool:
    """Whether the time at ``at`` is inside a clause of time ("ngay sau khi dự Hội nghị … trong hai ngày 5 và 6.3")."""
    start = sentence_start(text, at)
    low = lower(text[start:at])
    marks = list(_governing("time_clause").finditer(low))
    return bool(marks) and not re.search(r"[,;:]", low[marks[-1].end():])


def _another_occasions(text: str, expr: TimeExpr, told: list[TimeExpr]) -> bool:
    """Whether ``expr`` is another occasion's time inside a clause of time of a sentence that tells its own day
    outside it ("Thủ tướng thăm Úc từ ngày 7 đến 9.3, ngay sau khi dự Hội nghị … trong hai ngày 5 và 6.3"): a later
    sentence ("Tại cuộc họp báo chung sau hội đàm, …") inherits the sentence's own day, not the other occasion's."""
    if not _in_time_clause(text, expr.start):
        return False
    start, stop = sentence_start(text, expr.start), sentence_end(text, expr.start)
    return any(e is not expr and not _in_time_clause(text, e.start) for e in positions.starting_in(told, start, stop))


def _last_ending(ordered: list[TimeExpr], pos: int) -> TimeExpr | None:
    """The last of the expressions (in order, not overlapping: their ends in order too) that ends by ``pos``."""
    k = bisect.bisect_right(ordered, pos, key=lambda e: e.end)
    return ordered[k - 1] if k else None


def _covers(dating: Dating, span: TimeExpr, day: TimeExpr) -> bool:
    a, b = _resolved(dating, span), _resolved(dating, day)
    return a is not None and b is not None and a.value <= b.value <= (a.end or a.value)


@functools.cache
def _during_after() -> re.Pattern[str]:
    during, occasions = word_alternation("governing", "during_after"), word_alternation("governing", "before_occasion")
    return re.compile(rf"[^,;.]{{0,30}}?(?<!\w)(?:{during})\s+(?:{occasions})(?!\w)")


def _governing(key: str) -> re.Pattern[str]:
    return words_pattern("governing", key)


def _within(dating: Dating, expr: TimeExpr, occasion: Date) -> bool:
    """Whether a date the sentence writes may fall within the occasion's days (always, when the KB does not know
    when the occasion ended: a UN General Assembly session runs for a year)."""
    own = _resolved(dating, expr)
    if own is None or occasion.end is None and occasion.precision == "day" and own.value >= occasion.value:
        return own is not None
    n = min(len(own.value), len(occasion.value))
    return occasion.value[:n] <= own.value[:n] <= (occasion.end or occasion.value)[:n]


OWN_OCCASION = 16  # characters from the event's word to an occasion it names as its own ("tham dự Hội nghị …")


def _clause_of(low: str, start: int, pos: int, until: int) -> range:
    """Where the ';' item of the event at ``pos`` (to ``until``) runs, in the text (the sentence ``low`` starts at
    ``start``)."""
    a, b = low.rfind(";", 0, pos - start) + 1 + start, low.find(";", until - start)
    return range(a, b + start if b >= 0 else start + len(low))


def _gives_a_day_of(dating: Dating, low: str, start: int, pos: int, until: int, own: list[TimeExpr],
                    occasion: Date) -> bool:
    """Whether the event's own ';' item gives a day within the occasion ("Sáng nay (11/5), …, nhân dịp cùng dự Hội
    nghị …")."""
    item = _clause_of(low, start, pos, until)
    return any(e.kind == "day" and e.start in item and _within(dating, e, occasion) for e in own)


def _occasion_is_the_event(dating: Dating, pos: int, until: int) -> bool:
    """Whether the occasion the KB dates is named right at the event's words: the event is attending it."""
    k = bisect.bisect_left(dating.occasions, pos, key=lambda o: o[0])
    return k < len(dating.occasions) and dating.occasions[k][0] <= max(until, pos + OWN_OCCASION)


@functools.cache
def _occasion_frame() -> re.Pattern[str]:
    """"Nhân dịp tham dự " right before an occasion's name."""
    frame = word_alternation("governing", "occasion_frame")
    return re.compile(rf"(?<!\w)(?:{frame})\s+(?:(?:tham\s+)?dự\s+)?$")


def _framed_occasion(dating: Dating, low: str, start: int, pos: int) -> Date | None:
    """The KB's date of an occasion the sentence frames the event with before it ("Nhân dịp tham dự Hội nghị … lần
    thứ 7, A gặp B"), when the sentence writes no day of its own (checked by the caller)."""
    k = bisect.bisect_left(dating.occasions, start, key=lambda o: o[0])
    for o_start, _, found in dating.occasions[k:]:
        if o_start >= pos:
            break
        if _occasion_frame().search(low, max(0, o_start - start - 30), o_start - start):
            return found
    return None


def _resolved(dating: Dating, expr: TimeExpr) -> Date | None:
    reason = dating.published.reason if dating.published and dating.published.basis == "inferred" else None
    if expr.kind == "relative-day" and not expr.offset and dating.reference is None and dating.published:
        known = dating.published  # "chiều nay" in an article known only to its month or year: what is known of it
        return Date(known.value, known.precision, "inferred", None, expr.text, f"'{expr.text}': the article's day, "
                    f"known to the {known.precision}" + (f" ({reason})" if reason else ""))
    return _resolve(expr, dating.reference, reason)


@functools.lru_cache(maxsize=2048)  # each expression is weighed for every event of its article
def _resolve(expr: TimeExpr, reference: date | None, reason: str | None) -> Date | None:
    return dates.resolve(expr, reference, reason)
