"""More hints to an article's year (``dating`` weighs them with the others):

- anniversaries of Việt Nam's own history, counted from a fixed day ("80 năm Cách mạng tháng Tám" → 1945 + 80);
- a person who has just taken office ("Nhân dịp Thủ tướng A được bầu giữ chức …", "chúc mừng ông B được bầu làm
  Tổng thống"): the article falls within weeks of one of their terms' start;
- a name coined in a known year ("COVID-19"): the article is from that year or later;
- a yearly meeting of a year ("hội đàm thường niên năm 2023"), not told as earlier: that year;
- a lunar year named by stem and branch ("Tết Mậu Tuất"): the year of that Tết;
- a chair held now with its year ("Malaysia là nước chủ tịch ASEAN 2025"): that year; a themed year celebrated
  ("hưởng ứng Năm Hữu nghị Đoàn kết Việt Nam - Lào 2012"): that year or the one before;
- a weekday written with the day ("thứ Sáu, ngày 6/12"): the years in which the day falls on it;
- whose tenure bounds the article: not a person whose death the text tells (``mourned``); for one elected but not
  yet in office ("Tổng thống đắc cử"), the weeks before a term's start (``held_spans``).

The words are data (``data/dates.toml``, [anniversaries] fixed, [document] new_in_office, [chair], [themed_year] and [coined] terms).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bangiao import datafiles
from bangiao.extract import dates, positions
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import MAX_SENTENCE, alternation, earlier_sentence, sentence_end, sentence_start, \
    word_alternation, words, words_pattern
from bangiao.extract.kb import KnowledgeBase, tenure_spans
from bangiao.extract.titles_alone import not_the_holder
from bangiao.model import Date, Entity

_FILE = "dates.toml"
YEARS = range(1945, 2101)  # the years an article may be from; the KB's as_of caps open tenures


@dataclass(frozen=True, slots=True)
class Clue:
    years: frozenset[int]
    reason: str


BEFORE_START, AFTER_START = 90, 183  # days around a term's start that count as "just taken office"


@functools.cache
def _fixed() -> tuple[re.Pattern[str], dict[str, str]]:
    data = datafiles.load(_FILE, "dates")
    bases: dict[str, str] = {}
    for entry in data.get("anniversaries", {}).get("fixed", []):
        for word in entry["words"]:
            bases[lower(word)] = entry["date"]
    alts = "|".join(re.escape(w) for w in sorted(bases, key=len, reverse=True))
    return re.compile(rf"([0-9]{{1,3}})\s+năm\s+(?:ngày\s+)?({alts})(?!\w)"), bases


def fixed_anniversaries(low: str) -> list[tuple[int, int, str, int]]:
    """(start, end, base day, the year it falls in) for each "N năm <a day of Việt Nam's history>"."""
    pattern, bases = _fixed()
    return [(m.start(), m.end(), bases[m.group(2)], int(bases[m.group(2)][:4]) + int(m.group(1)))
            for m in pattern.finditer(low) if not (m.start() and low[m.start() - 1].isdigit())]


@functools.cache
def _new_words() -> re.Pattern[str]:
    words = datafiles.strings(_FILE, datafiles.load(_FILE, "dates"), "document", "new_in_office")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(lower(w)) for w in sorted(words, key=len, reverse=True))})(?!\w)")


def new_in_office(kb: KnowledgeBase, entities: tuple[Entity, ...], low: str, month: int | None, day: int | None,
                  years: set[int]) -> tuple[int, str] | None:
    """The one year left where the article's day (with no day: any day of the year) is just around a term's start of
    a person the text says has just taken office (within a sentence of the words), with the reason; None if not
    exactly one."""
    starts, order = [], {id(e): i for i, e in enumerate(entities)}
    for m in _new_words().finditer(low):  # (the sentence at most MAX_SENTENCE characters each way: bounded work)
        floor, ceiling = max(0, m.start() - MAX_SENTENCE), min(len(low), m.end() + MAX_SENTENCE)
        left, right = low.rfind(".", floor, m.start()) + 1 or floor, low.find(".", m.end(), ceiling)
        right = right if right >= 0 else ceiling
        named = {id(e): e for _, _, e in positions.mentions_in(entities, left, right) if e.type == "PERSON"}
        for e in sorted(named.values(), key=lambda e: order[id(e)]):
            starts += [(t.start, e.name) for t in kb.terms_by_person.get(e.id, []) if len(t.start) == 10]
    fits = {y: s for y in years for s in starts if _just_after(y, month, day, date.fromisoformat(s[0]))}
    if len(fits) != 1:
        return None
    (year, (start, name)), = fits.items()
    return year, f"{name} had just taken office ({start}): {year}"


def _just_after(year: int, month: int | None, day: int | None, start: date) -> bool:
    """Whether the day (month, day) of ``year`` — or, with no day, any day of it — lies from ``BEFORE_START`` days
    before ``start`` to ``AFTER_START`` days after it."""
    if month is None or day is None:
        return (date(year, 1, 1) - start).days <= AFTER_START and (date(year, 12, 31) - start).days >= -BEFORE_START
    return dates._valid(year, month, day) and -BEFORE_START <= (date(year, month, day) - start).days <= AFTER_START


@functools.cache
def _coined() -> tuple[tuple[re.Pattern[str], int, bool], ...]:
    """Each term's pattern, its year, and whether it is matched as written (``cased``: a body's name whose words are
    also a common phrase, "Bộ Nông nghiệp và Môi trường" against "nông nghiệp và môi trường")."""
    found = []
    for entry in datafiles.load(_FILE, "dates").get("coined", {}).get("terms", []):
        cased = bool(entry.get("cased"))
        words = [w if cased else lower(w) for w in entry["words"]]
        found.append((re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?!\w)"),
                      int(entry["since"]), cased))
    return tuple(found)


def coined_clue(low: str, text: str | None = None) -> Clue | None:
    """"COVID-19" named: the article is not from before the year the name was coined (``text``: the text as written,
    for the terms matched with their capitals)."""
    named = [(since, m.group()) for pattern, since, cased in _coined()
             if (cased and text is not None or not cased) and (m := pattern.search(text if cased else low))]
    if not named:
        return None
    since, word = max(named)
    return Clue(frozenset(y for y in YEARS if y >= since), f"'{word}' is named: not before {since}")


_WORD_BEFORE = re.compile(r"\w")  # a word's character right before a match: it starts inside another word


@functools.cache
def _this_year() -> re.Pattern[str]:
    """Literal-led (a look-behind before "năm" would make the engine try every position): the word's start is
    checked apart, in ``this_year_clue``."""
    return re.compile(rf"năm\s+((?:19|20)[0-9]{{2}})\s+(?:{word_alternation('document', 'this_year')})(?!\w)")


def this_year_clue(low: str) -> Clue | None:
    """"Trong năm 2018 này": the article's own year, named."""
    m = next((m for m in _this_year().finditer(low) if not _WORD_BEFORE.match(low, max(0, m.start() - 1), m.start())),
             None)
    if m is None:
        return None
    return Clue(frozenset({int(m.group(1))}) & frozenset(YEARS), f"'{m.group()}' names the article's own year")


@functools.cache
def _yearly() -> re.Pattern[str]:
    return re.compile(rf"(?:{word_alternation('document', 'yearly')})(?:\s+[^\W\d]+){{0,6}}?\s+năm\s+((?:19|20)[0-9]{{2}})"
                      rf"(?![0-9\-–])")  # ("thường niên của hai Bộ trong năm 2015": a few words between)


def yearly_clue(low: str) -> Clue | None:
    """"Trong cuộc hội đàm thường niên năm 2023 giữa …": a yearly meeting of that year, the article's; not in a sentence
    of earlier times ("Trước đó, tại hội đàm thường niên năm 2022 …")."""
    for m in _yearly().finditer(low):
        if int(m.group(1)) in YEARS and not earlier_sentence(low, low, m.start()):
            return Clue(frozenset({int(m.group(1))}), f"'{m.group()}': a yearly meeting of that year")
    return None


@functools.cache
def _lunar() -> tuple[re.Pattern[str], dict[str, int], dict[str, int], int]:
    data = datafiles.load(_FILE, "dates")["lunar_year"]
    stems, branches = {k: int(v) for k, v in data["stems"].items()}, {k: int(v) for k, v in data["branches"].items()}
    before = word_alternation("lunar_year", "before")
    pattern = re.compile(rf"(?<!\w)(?:{before})\s+({alternation(tuple(stems))})\s+({alternation(tuple(branches))})(?!\w)")
    return pattern, stems, branches, int(data["coming_from_month"])


def lunar_clue(low: str, month: int | None) -> Clue | None:
    """"Tết cổ truyền Mậu Tuất": the years whose Tết it names (2018, and 1958, 2078 of other cycles; the one written
    after it, "Xuân Mậu Tý 2008"); told from October on, the Tết to come: the year before."""
    pattern, stems, branches, coming = _lunar()
    m = pattern.search(low)
    if m is None:
        return None
    stem, branch = stems[m.group(1)], branches[m.group(2)]
    years = {y for y in YEARS if y % 10 == stem and y % 12 == branch}
    if (written := re.match(r"\s+((?:19|20)\d\d)(?!\d)", low[m.end():m.end() + 6])) and int(written.group(1)) in years:
        year = int(written.group(1))  # "Xuân Mậu Tý 2008": the cycle's year written (from October on, the Tết to come)
        year -= month is not None and month >= coming
        return Clue(frozenset({year}), f"'{m.group()} {written.group(1)}': the lunar year written, it names {year}")
    if month is not None and month >= coming:
        years = {y - 1 for y in years}
    return Clue(frozenset(years), f"'{m.group()}': the lunar year {', '.join(str(y) for y in sorted(years) if 2000 <= y <= 2030)}")


@functools.cache
def _chair() -> re.Pattern[str]:
    present, bodies = word_alternation("chair", "present"), word_alternation("chair", "bodies")
    return re.compile(rf"(?<!\w)(?<!sẽ )(?<!từng )(?<!sắp )(?:{present})\s+(?:nước\s+)?chủ tịch\s+(?:{bodies})\s+(?:trong\s+)?"
                      rf"(?:năm\s+)?((?:19|20)\d\d)(?!\d)")


def chair_clue(low: str) -> Clue | None:
    """"Malaysia là nước chủ tịch ASEAN 2025": the article is from the year of the chair held now; supported ("ủng hộ
    Philippines trong vai trò Chủ tịch ASEAN 2026"), that year or the one before (a chair yet to come)."""
    m = _chair().search(low)
    if m is None:
        return None
    year = int(m.group(1))
    if _supported().search(low, max(0, m.start() - 70), m.start()):  # ("hỗ trợ tối đa … để Lào đảm nhiệm …")
        return Clue(frozenset({year - 1, year}), f"'{m.group()}': a chair supported, held now or to come")
    return Clue(frozenset({year}), f"'{m.group()}': the chair held now")


@functools.cache
def _themed_year() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Literal-led (the theme's first word) and the words of the present looked for before it apart (the group
    ``during`` when the themed year is told as the time of what happens)."""
    themes, present = word_alternation("themed_year", "themes"), word_alternation("themed_year", "present")
    return (re.compile(rf"(?:{themes})(?!\w)[^.;:!?\n\d]{{0,60}}?((?:19|20)\d\d)(?![\d\-–])"),
            re.compile(rf"(?<!\w)(?:{present}|(?P<during>{word_alternation('themed_year', 'during')}))\s+[“\"]?$"))


def themed_year_clue(low: str) -> Clue | None:
    """"hưởng ứng Năm hữu nghị đoàn kết Việt Nam - Lào 2012": the year a themed year names or the one before (its
    celebrations prepared); "trong Năm … 2022": that year; not "60 năm hữu nghị …" (years counted)."""
    theme, present = _themed_year()
    for m in theme.finditer(low):
        if (told := present.search(low, max(0, m.start() - 30), m.start())) and int(m.group(1)) in YEARS:
            year = int(m.group(1))  # (or prepared the year before: "tổ chức tốt các hoạt động chào mừng Năm …")
            if told.group("during"):
                return Clue(frozenset({year}), f"'{m.group()}': the themed year things happen in")
            return Clue(frozenset({year - 1, year}), f"'{m.group()}': a themed year celebrated, now or ahead")
    return None


@functools.cache
def _occasion_of_year() -> re.Pattern[str]:
    """As written (capitals count): an occasion's name ending in its year ("Hội chợ Thương mại Việt-Lào 2024", "Tuần lễ
    Cấp cao APEC 2017"), a few words between at most, no "năm" before the year."""
    return re.compile(rf"(?:{alternation(tuple(words('document', 'occasion_of_year')))})(?:\s+[^\s.,;:()\d]+){{0,8}}?"
                      rf"\s+((?:19|20)\d\d)(?![\d/\-–])")


def _occasions_of_year(text: str, end: int | None = None) -> list[re.Match[str]]:
    """The occasions named with their year in ``text`` (up to ``end``), the year in range and no "năm" before it."""
    return [m for m in _occasion_of_year().finditer(text, 0, len(text) if end is None else end)
            if int(m.group(1)) in YEARS and not text[max(0, m.start(1) - 5):m.start(1)].lower().rstrip().endswith("năm")]


def occasion_years(text: str) -> set[int]:
    """The years occasions are named with anywhere in the text ("… thành công của Hội nghị Lãnh đạo kinh tế APEC
    2006"): years the text names, to choose among a few left (``dating._mentioned_years``)."""
    return {int(m.group(1)) for m in _occasions_of_year(text)}


def occasion_year_clue(text: str, lead_start: int) -> Clue | None:
    """The text up to the lead's sentence names an occasion by its year ("diễn ra Hội chợ thương mại Việt-Lào 2024"):
    that year (the first 800 characters at most)."""
    m = next(iter(_occasions_of_year(text, min(sentence_end(text, lead_start), 800))), None)
    return Clue(frozenset({int(m.group(1))}), f"the lead names '{m.group()}': that year's") if m else None


@functools.cache
def _supported() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('chair', 'supported')})\s+(?:\S+\s+){{0,10}}$")


def mourned(text: str, entities: tuple[Entity, ...]) -> set[str]:
    """The people whose death the text tells: for each death word, the person named right after it ("sự ra đi của
    đồng chí X"), else the one named last before it ("gia đình Tổng Bí thư X về sự ra đi")."""
    found = set()
    for m in _death_words().finditer(lower(text)) if text else ():
        stop, start = sentence_end(text, m.end()), sentence_start(text, m.start())
        after = [e for _, _, e in positions.mentions_in(entities, m.end(), min(stop, m.end() + 40)) if e.type == "PERSON"]
        before = [e for _, _, e in positions.mentions_in(entities, max(start, m.start() - 60), m.start()) if e.type == "PERSON"]
        if after or before:
            found.add((after[0] if after else before[-1]).id)
    return found


@functools.cache
def _death_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'death')})(?!\w)")


ELECT_DAYS = 90  # how long before a term's start a person may be called "… đắc cử" (elected, not yet in office)


def held_spans(kb: KnowledgeBase, person: Entity) -> list[tuple[date, date]]:
    """When the person held what the text calls them; for a title of one elected but not yet in office ("Tổng thống
    đắc cử"), the ``ELECT_DAYS`` before each start of that office instead."""
    former = tuple(w + " " for w in not_the_holder())
    titles = [t for t in person.titles if not lower(t).startswith(former)]
    spans = tenure_spans(kb, person.id, titles) if titles else []  # ("nguyên Phó Thủ tướng": a former title says nothing)
    elect, again = _elect_words()
    if not any(elect.search(lower(t)) and not again.search(lower(t)) for t in person.titles):
        return spans
    return [(s - timedelta(days=ELECT_DAYS), s - timedelta(days=1)) for s, _ in spans]


def _elect_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return words_pattern("document", "elect"), words_pattern("document", "elect_not")


@functools.cache
def _weekdays() -> tuple[re.Pattern[str], dict[str, int]]:
    numbers = {" ".join(lower(w).split()): int(entry["day"])
               for entry in datafiles.load(_FILE, "dates").get("words", {}).get("weekday_numbers", []) for w in entry["words"]}
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(numbers, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alts})(?!\w)"), numbers


def weekday_clue(said: str, month: int | None, day: int | None) -> Clue | None:
    """A weekday written with a year-less day ("chiều thứ Sáu, ngày 6/12", the day's own words ``said``): the years in
    which that day falls on that weekday."""
    pattern, numbers = _weekdays()
    m = pattern.search(lower(said)) if month and day else None
    if m is None:
        return None
    weekday = numbers[" ".join(m.group(1).split())]
    years = frozenset(y for y in YEARS if dates._valid(y, month, day) and date(y, month, day).weekday() == weekday)
    recent = ", ".join(str(y) for y in sorted(years) if 2000 <= y <= 2030)
    return Clue(years, f"'{said}': {day}/{month} falls on a {m.group(1)} in {recent} (of 2000-2030)")


@functools.cache
def _nearly() -> re.Pattern[str]:
    nearly = word_alternation("anniversaries", "nearly")
    return re.compile(rf"(?<!\w)quan\s+hệ\s[^.;:]{{0,100}}?(?<!\w)(?:{nearly})\s+([0-9]{{1,3}})\s+năm(?!\w)")


def nearly_clue(kb: KnowledgeBase, text: str, low: str, entities: tuple[Entity, ...], month: int | None,
                day: int | None) -> Clue | None:
    """"quan hệ … gần 45 năm qua" with a partner whose relations with Việt Nam the KB dates: the article's day lies in
    the year before their 45th anniversary (relations of 28/5/1975, told on 17/12 → 2019)."""
    from bangiao.extract.partnerships import partners  # (partnerships reads Clue and YEARS from here)
    if not month or not day or "quan" not in low:
        return None
    for m in _nearly().finditer(low):
        found = [kb.country(c).facts.get("relations_with_vn") for c in partners(text, entities, m.start()) if kb.country(c)]
        bases = {date.fromisoformat(b) for b in found if b and len(b) == 10}
        if len(bases) != 1:
            continue
        base, n = bases.pop(), int(m.group(1))
        years = frozenset(y for y in YEARS if dates._valid(y, month, day) and _since(base, n - 1) <= date(y, month, day) < _since(base, n))
        return Clue(years, f"'{text[m.start():m.end()]}': relations of {base.isoformat()} nearly {n} years old")
    return None


def _since(base: date, years: int) -> date:
    return base.replace(year=base.year + years) if not (base.month == 2 and base.day == 29) else date(base.year + years, 3, 1)


_ISO_DAY = re.compile(r"(?<![\w/.-])((?:19|20)[0-9]{2})-([01][0-9])(?:-([0-3][0-9]))?(?![\w/.-])")  # "2025-11-03", "2025-11"
STAMP_HEAD = 300  # characters at the head of a text where an ISO day is the page's own stamp ("date 2025-11-03 …")


def iso_stamp(text: str) -> Date | None:
    """A page's own stamp at its head ("date 2022-11", "date 2025-11-03"), as the date of an article that writes no
    day of its own (at the stamp's precision)."""
    m = _ISO_DAY.search(text, 0, STAMP_HEAD)
    if m is None or not 1 <= int(m.group(2)) <= 12 or m.group(3) and not 1 <= int(m.group(3)) <= 31:
        return None
    value = "-".join(g for g in m.groups() if g)
    return Date(value, "day" if m.group(3) else "month", "inferred", None, None, f"the page's stamp '{m.group()}'")


def stamp_over_past_day(text: str, low: str, lead: dates.TimeExpr) -> Date | None:
    """The page's stamped day when the first day the text writes is told just past ("ngày 27/11 vừa qua, tại Hà Nội đã
    diễn ra …" on a page stamped 2025-11-29), or is written in full more than a month before the stamp (a day it
    recalls): the lead writes no day of its own; the stamp is the article's."""
    stamp = iso_stamp(text) if lead.kind == "day" else None
    if stamp is None or stamp.precision != "day":
        return None
    if lead.year is not None:  # "Từ ngày 1/7/2025, tỉnh … tổ chức …" on a page stamped 2025-10-13: history it recalls
        written = date(lead.year, lead.month, lead.day) if dates._valid(lead.year, lead.month, lead.day) else None
        return stamp if written and (date.fromisoformat(stamp.value) - written).days > _RECALLED_DAYS else None
    return stamp if _just_past_day().match(low, lead.end) else None


_RECALLED_DAYS = 31  # a full date written this long before the page's stamp is a day the text recalls


@functools.cache
def _just_past_day() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{word_alternation('document', 'just_past')})(?!\w)")


def iso_stamp_clue(text: str, month: int | None, day: int | None) -> Clue | None:
    """A day or month written the machine's way at the head of a page ("date 2025-11-03", "date 2025-11": a saved page's
    stamp) with a year-less lead day: the year that puts the lead day nearest the stamp (a report of "Sáng 3-11"
    stamped 2025-11-03 → 2025; of "tối 30/12" stamped 2026-01-02 → 2025)."""
    m = _ISO_DAY.search(text, 0, STAMP_HEAD)
    if m is None or not month or not day:
        return None
    try:
        stamp = date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 15))  # (a month's stamp: its middle)
    except ValueError:
        return None
    near = min((y for y in (stamp.year - 1, stamp.year, stamp.year + 1) if dates._valid(y, month, day)),
               key=lambda y: abs((date(y, month, day) - stamp).days), default=None)
    return Clue(frozenset({near}), f"the page's stamp '{m.group()}' puts {day}/{month} in {near}") if near else None
