"""Who a visit is made by and where it goes: the visitor named right before the visit's word, the one it belongs
to ("chuyến thăm … của X"), someone from abroad when all named are of the country visited, and its destination and
own month or year written right after it (for extract/events.py)."""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract import dates, positions
from bangiao.extract.dating import Dating
from bangiao.extract.reported_years import told_ahead
from bangiao.extract.sentences import word_alternation
from bangiao.model import Date, Entity


def visitor_from_abroad(group: list[str], destination: str, entities: tuple[Entity, ...], pos: int) -> list[str]:
    """A visit to a country is made by someone from elsewhere: when every person of the group is of the country
    visited ("Chủ tịch nước … nhắc lại chuyến thăm tới Việt Nam"), the visitor is the last person named before it
    from another country."""
    country = {e.id: e.country for e in entities}
    people = [p for p in group if p.startswith("person:")]
    if not people or any(country.get(p) not in (destination, None) for p in people):
        return group
    last = None  # the last named before ``pos`` (of those named at one place, the greatest id)
    for start, _, e in positions.mentions_before(entities, pos):
        if last is not None and start < last[0]:
            break
        if e.type == "PERSON" and e.country not in (destination, None):
            last = max(last or (start, e.id), (start, e.id))
    return [last[1]] + group if last else group


_OWNER = re.compile(r"[^,;.]{0,60}?\bcủa\s+")


def owner(low: str, mentions: list[tuple[int, Entity]], pos: int, end: int) -> str | None:
    """The person a visit belongs to, named after "của" within a few words ("chuyến thăm Việt Nam tháng 9/2023 của
    Tổng thống Biden"); not past another visit's word ("Chuyến thăm đáp lại chuyến thăm của X": X's is the second)."""
    m = _OWNER.match(low, pos)
    if m is None or m.end() > end or _VISIT_WORD.search(low, pos, m.end()) or _INVITED.search(low, pos, m.end()):
        return None  # (not "chuyến thăm Việt Nam theo lời mời của X": X invited it)
    return next((e.id for p, e in mentions if e.type == "PERSON" and m.end() <= p <= m.end() + 40), None)


def to_owner(low: str, pos: int) -> str:
    """The words between a visit's word and the "của" that names whose it is ("chuyến thăm sắp tới của X": "sắp tới")."""
    m = _OWNER.match(low, pos)
    return low[pos:m.end()] if m else ""


_VISIT_WORD = re.compile(r"(?<!\w)thăm(?!\w)")
_INVITED = re.compile(r"(?<!\w)mời\s+của\s+$")


@functools.cache
def _returned() -> re.Pattern[str]:
    words = datafiles.strings("events.toml", datafiles.load("events.toml", "events"), "rules", "returned_before")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})\s+(?:các\s+)?(?:chuyến\s+)?$")


@functools.cache
def _many() -> re.Pattern[str]:
    words = datafiles.strings("events.toml", datafiles.load("events.toml", "events"), "rules", "many_delegations")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?!\w)[^,;.]*$")


def many_delegations(low: str, start: int, pos: int) -> bool:
    """Whether many delegations come before the visit word at ``pos`` in its clause ("cử nhiều đoàn công tác sang
    thăm"): exchanges summed up, no visit told."""
    return _many().search(low, max(start, pos - 50), pos) is not None


@functools.cache
def _this_visit() -> re.Pattern[str]:
    data = datafiles.load("events.toml", "events")
    alt = lambda key: "|".join(re.escape(w) for w in sorted(datafiles.strings("events.toml", data, "rules", key), key=len,  # noqa: E731
                                                           reverse=True))
    return re.compile(rf"\s+(?:{alt('this_visit_right')})(?!\w)|(?:\s+\S+){{0,4}}?\s+(?:{alt('this_visit')})(?!\w)")


def this_visit(low: str, end: int) -> bool:
    """Whether the visit word ending at ``end`` is told as the article's own ("chuyến thăm lần này của X")."""
    owner_at = low.find(" của ", end, end + 60)
    return _this_visit().match(low[:owner_at] if owner_at >= 0 else low, end) is not None


def returned(low: str, pos: int) -> bool:
    """Whether the visit word at ``pos`` is of a visit returned ("đáp lại chuyến thăm của X"): the owner's alone."""
    return _returned().search(low, max(0, pos - 30), pos) is not None


@functools.cache
def _since() -> re.Pattern[str]:
    words = datafiles.strings("events.toml", datafiles.load("events.toml", "events"), "rules", "visit_since")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?!\w)")


def own_end(low: str, pos: int, end: int) -> int:
    """Where what is told of a visit right after its word ends: before a time it is counted from ("chuyến thăm đầu
    tiên … kể từ khi nhậm chức năm 2017": 2017 is the office's)."""
    since = _since().search(low, pos, end)
    return since.start() if since else end


def time_right_after(dating: Dating, low: str, pos: int, end: int) -> Date | None:
    """A month or year written within a few words after a visit's word (not a day: days are the governing date's; not
    a bare year inside a name: "dự Hội nghị WEF ASEAN 2018"; not for the visit told before: "Chuyến công tác này là …
    trong năm 2024")."""
    times = times_right_after(dating, low, pos, end)
    return times[0] if times else None


def times_right_after(dating: Dating, low: str, pos: int, end: int, done: bool = False) -> list[Date]:
    """The month or year written within a few words after a visit's word (see ``time_right_after``), and those
    listed after it ("các chuyến thăm tháng 6/2014 và tháng 4/2019": one visit each); not past another visit's word
    ("thăm Việt Nam, sau các chuyến thăm tháng 6/2014": the time is the other visit's), nor, for a visit told as
    ``done``, a time told still ahead ("… để dự Hội nghị Cấp cao tháng 10/2025 tới": another occasion's)."""
    if _THIS.match(low, pos):
        return []
    other = _VISIT_WORD.search(low, pos, end)
    found = positions.starting_in(dating.expressions, pos, min(own_end(low, pos, end), pos + 90, other.start() if other
                                                               else end))
    found = [e for e in found if not (done and told_ahead(low, e.end)) and not (e.kind == "year" and _season().search(
        low, max(0, e.start - 40), e.start))]  # ("thăm và chúc Tết Bính Ngọ năm 2026": the holiday's year)
    first = next((i for i, e in enumerate(found) if e.year and (e.kind == "month" or e.kind == "year" and (
        low.startswith("năm", e.start) or _YEAR_WORD.search(low, max(0, e.start - 6), e.start)))
        or e.kind == "relative-year" and e.offset in (0, 1) and dating.reference is not None), None)  # ("sẽ thăm Việt
    # Nam trong năm nay", not "… trong 7 năm qua")
    if first is None:
        return []
    listed = [found[first]]
    for e in found[first + 1:]:
        if not (e.year and e.kind == listed[0].kind and _LISTED.fullmatch(low, listed[-1].end, e.start)):
            break
        listed.append(e)
    return [d for d in (dates.resolve(e, dating.reference) for e in listed) if d]


@functools.cache
def _season() -> re.Pattern[str]:
    """A holiday or season named before a year ("chúc Tết Bính Ngọ năm 2026"): the year is the holiday's (data/dates.toml
    [document] seasons)."""
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'seasons')})(?!\w)[^.,;]{{0,30}}$")


_LISTED = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:tháng\s+|năm\s+)?")


_THIS = re.compile(r"\s+(?:lần\s+)?này(?!\w)")  # "chuyến thăm này", "chuyến thăm lần này"
_YEAR_WORD = re.compile(r"(?:năm|\()\s*$")  # "năm 2012", "(2012)"


def recalled_with_time(dating: Dating, low: str, pos: int, end: int) -> bool:
    """Whether a month or year is written within a few words after a visit ("chuyến thăm … vào tháng 9/2023")."""
    return any(e.kind in ("month", "year", "day", "day-range") and e.year
               for e in positions.starting_in(dating.expressions, pos, min(own_end(low, pos, end), pos + 60)))


def visitor(low: str, mentions: list[tuple[int, Entity]], trigger: int, envoy: re.Pattern[str] | None = None) -> str | None:
    """The person named just before a visit with nothing but their party between ("B và Đoàn đại biểu cấp cao
    thăm", "Putin, người đang thăm", an envoy's title: "B, Đặc phái viên của … Y sang thăm", titles and a party: "B,
    Bộ trưởng Bộ X cùng đoàn công tác đến thăm"); not one the visit frames
    ("hội đàm với Abe, trong khuôn khổ chuyến thăm"), nor the one met in the item before a ';' ("chào xã giao B;
    thăm Tập đoàn X": the list's subject visits)."""
    if body := delegation_body(low, mentions, trigger):
        return body
    people = people_before(mentions, trigger)
    if not people:
        return None
    i = len(people) - 1
    while i and re.fullmatch(r"\s*(?:và|cùng)\s+(?:phu nhân\s+)?", low[mention_end(people[i - 1]):people[i][0]]):
        i -= 1  # "Yoon Suk Yeol và Phu nhân Kim Keon Hee thăm": the first of them
    gap = low[mention_end(people[-1]):trigger]
    ok = len(gap) <= 60 and ";" not in gap and ("," not in gap or re.fullmatch(r",\s*người\s+(?:đang\s+)?", gap)) \
        or envoy is not None and envoy.fullmatch(gap.rstrip() + " ") is not None or _ONGOING.fullmatch(gap) is not None \
        or _WITH_PARTY.fullmatch(gap) is not None
    return people[i][1].id if ok else None


# "Đoàn đại biểu Quốc hội Y trong dịp thăm …": the body whose delegation is named right before the visit's word
_BODY_DELEGATION = re.compile(r"(?<!\w)(?:phái\s+)?đoàn(?:\s+đại\s+biểu|\s+công\s+tác)?(?:\s+cấp\s+cao)?(?:\s+của)?\s+$")
_BODY_GAP = re.compile(r"\s*(?:(?:nhân|trong)\s+dịp|khi|đã|đang|sẽ|sang|đến|trong\s+chuyến)?\s*")


def delegation_body(low: str, mentions: list[tuple[int, Entity]], trigger: int) -> str | None:
    """The body (ORG) whose delegation is named right before a visit's word, no person between ("bạn bè Z dành
    cho Đoàn đại biểu Quốc hội Y trong dịp thăm hữu nghị Z": Quốc hội Y visits); None when a person is named before the visit's
    word ("Đoàn … do Chủ tịch X dẫn đầu thăm", "X dẫn đầu Đoàn … thăm": X, by ``visitor``)."""
    bodies = [(p, e) for p, e in mentions if p < trigger and e.type == "ORG"]  # (a country inside its name: skipped)
    if not bodies:
        return None
    pos, body = bodies[-1]
    if any(e.type == "PERSON" and p < trigger for p, e in mentions):
        return None  # "A dẫn đầu Đoàn đại biểu Quốc hội Y thăm": A's (``visitor``)
    if not _BODY_DELEGATION.search(low, max(0, pos - 40), pos) or not _BODY_GAP.fullmatch(low, mention_end(bodies[-1]), trigger):
        return None
    return body.id


# "tiếp ông B, Bộ trưởng … Canada, đang thăm": the one named before his title, visiting now
# "tiếp ông A, Bộ trưởng Bộ X, cùng đoàn công tác đến thăm": A's titles after his name, then his party and the visit
_WITH_PARTY = re.compile(r"(?:,\s*[^,.;:]{1,80}?){1,3},?\s+cùng\s+(?:các\s+)?(?:đoàn|thành viên)[^,.;:]{0,40}?\s(?:(?:đến|sang|tới)\s+)?")
_ONGOING = re.compile(r"(?:,\s*[^,.;:]{1,70}?){1,3}(?:,\s*|\s+)(?:người\s+)?(?:hiện\s+)?đang\s+(?:có\s+)?")  # (the last
# comma may be left out; titles chained by commas: ", Bí thư Trung ương Đảng, Chánh án … Lào đang thăm")


def welcomed(welcome: re.Pattern[str], low: str, mentions: list[tuple[int, Entity]], start: int, trigger: int) -> str | None:
    """The person welcomed before a visit's word ("A chào mừng B, phu quân cùng đoàn … thăm chính thức"): the first named
    after the last welcome word of the clause, before the visit's word."""
    last = None
    for last in welcome.finditer(low, start, trigger):
        pass
    return next((e.id for p, e in mentions if e.type == "PERSON" and last.end() <= p < trigger), None) if last else None


def people_before(mentions: list[tuple[int, Entity]], pos: int) -> list[tuple[int, Entity]]:
    return [(p, e) for p, e in mentions if e.type == "PERSON" and p < pos]


def mention_end(mention: tuple[int, Entity]) -> int:
    pos, entity = mention
    here = positions.starting_in(entity.mentions, pos, pos + 1)  # (mentions in order: a name said a thousand times)
    return max(m.end for m in here or [m for m in entity.mentions if m.start == pos])


_VISIT_GAP = re.compile(r"(?:\s+(?:và\s+làm\s+việc|làm\s+việc|chính\s+thức|cấp\s+nhà\s+nước|hữu\s+nghị|tại|ở))*\s+")


def place_next(low: str, mentions: list[tuple[int, Entity]], end: int, kinds: tuple[str, ...] = ("COUNTRY", "PLACE")) -> bool:
    """Whether a country or place (of ``kinds``) is named right after ``end`` ("thăm Việt Nam", "thăm tỉnh Nghệ An",
    "thăm và làm việc tại Hoa Kỳ")."""
    gap = _VISIT_GAP.match(low, end)
    reach = end + 7 + (gap.end() - end if gap else 0)
    return any(e.type in kinds and end < pos <= reach for pos, e in mentions) or _anaphora().match(low, end) is not None \
        or "PLACE" in kinds and _site_place(low, mentions, end)


def body_next(low: str, mentions: list[tuple[int, Entity]], end: int) -> bool:
    """Whether a body, not a country or place, is named right after a visit's word ("thăm làm việc tại Ủy ban Quốc gia
    …", "thăm Tập đoàn Viettel"): a site of a trip, no visit of its own."""
    gap = _VISIT_GAP.match(low, end)
    reach = end + 7 + (gap.end() - end if gap else 0)
    return any(e.type == "ORG" and end < pos <= reach for pos, e in mentions) and not place_next(low, mentions, end)


def _site_place(low: str, mentions: list[tuple[int, Entity]], end: int) -> bool:
    """A site and then its place right after ``end`` ("thăm nơi diễn ra hội nghị … tại tỉnh Cao Bằng")."""
    site = _sites().match(low, end)
    return site is not None and any(e.type == "PLACE" and site.end() <= pos <= site.end() + 16 for pos, e in mentions)


@functools.cache
def _sites() -> re.Pattern[str]:
    words = datafiles.strings("events.toml", datafiles.load("events.toml", "events"), "sites", "nouns")
    nouns = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:{nouns})(?!\w)[^,.;:]{{0,100}}?\s(?:tại|ở)\s+(?:tỉnh\s+|thành phố\s+)?")


@functools.cache
def _anaphora() -> re.Pattern[str]:
    """A place without its name: "thăm nước này" (the country told before)."""
    words = datafiles.strings("events.toml", datafiles.load("events.toml", "events"), "rules", "place_nouns")
    return re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?!\w)")


def destination(low: str, mentions: list[tuple[int, Entity]], start: int, end: int) -> str | None:
    """The country a visit goes to: the first named within a few words after it, in its clause, before a comma or
    the "của" naming whose it is ("Trong khuôn khổ chuyến thăm, Tổng thống Philippines …", "chuyến thăm của Tổng
    thống Hoa Kỳ": the visitor's country, not the destination)."""
    stop = _BEFORE_DESTINATION.search(low, start, min(end, start + 40))
    found = next((e.country for pos, e in mentions if e.type == "COUNTRY" and start <= pos < (stop.start() if stop else
                                                                                           min(end, start + 40))), None)
    at = _AT_AFTER_OWNER.match(low, stop.start()) if found is None and stop and stop.group() == "của" else None
    if at and at.end() <= end:  # "chuyến công tác của Tổng Bí thư, Chủ tịch nước tại Hoa Kỳ": the place after its owner
        return next((e.country for pos, e in mentions if e.type == "COUNTRY" and pos == at.end()), None)
    return found


_BEFORE_DESTINATION = re.compile(r",|(?<!\w)của(?!\w)")
_AT_AFTER_OWNER = re.compile(r"của[^.;:\d]{1,50}?\s(?:tại|tới|ở)\s+")
