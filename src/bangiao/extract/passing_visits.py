"""Visits told in passing: another visit named in a clause of time just before or after the article's own ("ngay
sau chuyến thăm Ấn Độ", "sau khi kết thúc chuyến làm việc tại Saudi Arabia") is a VISIT of its own, undated unless
its own time follows it (tests/dev/README.md, Recalled visits; Event dates). Vocabulary: ``data/events.toml``
(rules ``passing_before``). For extract/events.py."""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract import positions, visitors
from bangiao.extract.dating import Dating
from bangiao.extract.event_drafts import Draft
from bangiao.model import Date, Entity

_FILE = "events.toml"


@functools.cache
def _before() -> re.Pattern[str]:
    words = datafiles.strings(_FILE, datafiles.load(_FILE, "events"), "rules", "passing_before")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s,])(?:{alt})\s+(?:các\s+)?(?:chuyến\s+|cuộc\s+)?$")


def in_passing(low: str, pos: int) -> bool:
    """Whether the visit word at ``pos`` follows a word of time naming another occasion ("ngay sau chuyến thăm")."""
    return _before().search(low, max(0, pos - 30), pos) is not None


def elsewhere(low: str, pos: int, destination: str | None, destinations: dict[str, set[str | None]]) -> bool:
    """Whether the visit of the word at ``pos``, named in passing, goes to a country no visit drafted so far (by
    family, as ``_Drafts.destinations``) went to: another trip, not the article's told again."""
    return destination is not None and destination not in destinations.get("VISIT", set()) and in_passing(low, pos)


def undated_elsewhere(dating: Dating, low: str, word: tuple[int, int], end: int, destination: str | None,
                      destinations: dict[str, set[str | None]]) -> bool:
    """Whether the visit of the word at ``word`` is one ``elsewhere`` with no time of its own written right after it
    ("từ ngày 1 đến 2/12"): its day is not the sentence's."""
    if not elsewhere(low, word[0], destination, destinations):
        return False
    return not positions.starting_in(dating.expressions, word[1], min(visitors.own_end(low, word[1], end), word[1] + _OWN))


_OWN = 60  # how far after a visit's word its own time is written


def another_time(drafts: list[Draft], time: Date | None, destination: str | None) -> bool:
    """Whether a visit told with its own month or year ("sau chuyến thăm năm 2008", "các chuyến thăm tháng 6/2014 và
    tháng 4/2019") is one no visit drafted so far to the same country (any, when it names none) was dated to: a
    recalled visit of its own, not the article's told again."""
    if time is None:
        return False
    return not any(d.type == "VISIT" and d.date and (destination is None or d.destination in (None, destination))
                   and _agree(d.date.value, time.value) for d in drafts)  # ("Trong chuyến thăm năm 2024": any told)


def _agree(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def stops(low: str, mentions: list[tuple[int, Entity]], start: int, end: int, destination: str | None) \
        -> list[str | None]:
    """The visit's destination and the countries listed right after it ("lần lượt thăm Philippines, Australia và
    Indonesia", "tới Indonesia và Singapore"): one VISIT to each (tests/dev/README.md, the dyadic rule)."""
    countries = [(p, e) for p, e in mentions if e.type == "COUNTRY" and start <= p < end]
    at = next((i for i, (_, e) in enumerate(countries) if e.country == destination), None)
    if destination is None or at is None:
        return [destination]
    found = [destination]
    for before, after in zip(countries[at:], countries[at + 1:]):
        if not _LISTED.fullmatch(low, visitors.mention_end(before), after[0]) or after[1].country in found:
            break
        found.append(after[1].country)
    return found


_LISTED = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")


@functools.cache
def _movement() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = datafiles.load(_FILE, "events")
    words = lambda key: "|".join(re.escape(w) for w in sorted(datafiles.strings(_FILE, data, "rules", key), key=len,  # noqa: E731
                                                               reverse=True))
    move = re.compile(rf"(?<!\w)(?:{words('movement')})\s+")
    purpose = re.compile(rf"\s*(?:(?:{words('movement_linkers')})\s+)?(?:{words('movement_purpose')})\s+"
                         rf"(?:(?:{words('movement_also')})\s+)?(?:{words('movement_occasions')})(?!\w)")
    leaving = re.compile(rf"(?<!\w)(?:{words('leaving')})\s+$")
    who = re.compile(rf"(?<!\w)(?:{words('movement_who')})\s+(?:đã\s+|sẽ\s+|đang\s+|vừa\s+)?(?:dẫn đầu\s+[^,.;]{{0,60}}?\s+)?$"
                     rf"|(?<!\w)(?:{words('movement_guest')})\s+(?:[^,.;]{{0,30}}?\sdẫn đầu\s+[^,.;]{{0,60}}?\s+|đoàn\s+)?$")
    return move, purpose, leaving, who


_RIGHT_BEFORE = re.compile(r"\s?(?:(?:và|cùng)\s+(?:các\s+)?đoàn[^.;:()]{0,60}?\s)?(?:(?:đã|đang|sẽ|vừa|mới|cũng)\s+)*")


def movements(low: str, sentence: tuple[int, int], mentions: list[tuple[int, Entity]]) \
        -> list[tuple[int, int, str | None, str | None]]:
    """Trips told by their movement in a sentence ("bà X đã tới Đà Nẵng dự Tuần lễ …", "sẽ rời Hà Nội đi Singapore",
    "người sang Việt Nam dự cuộc gặp …"): for each, where its word starts and ends, where it went (a country, if
    one is named) and who made it, when the sentence says: the one named right before the word ("nhân dịp ông Kumaran
    sang …") or before a pronoun ("nhân dịp ông dẫn đầu đoàn … sang dự Lễ kỷ niệm"), else the sentence's first person
    before it (else None: the caller's subject)."""
    move, purpose, leaving, who = _movement()
    start, end = sentence
    places = [(p, e) for p, e in mentions if e.type in ("COUNTRY", "PLACE")]
    found = []
    for m in move.finditer(low, start, end):
        at, country = m.end(), None
        for p, e in places:  # the place right after the word, and the country named with it ("Hàng Châu, Trung Quốc")
            if p == at:
                country = country or e.country
                at = visitors.mention_end((p, e))
                comma = re.match(r",\s*", low[at:])
                at = at + comma.end() if comma and any(q == at + comma.end() and f.type == "COUNTRY"
                                                       for q, f in places) else at
        left = next((leaving.search(low, max(start, p - 10), p) for p, e in places if leaving.search(
            low, max(start, p - 10), p) and m.start() - visitors.mention_end((p, e)) in (0, 1)), None)  # "rời Hà Nội đi …"
        away, leaving_at = left is not None, left.start() if left else m.start()
        if not (purpose.match(low, at) or away and at > m.end()):
            continue
        before = [(p, e) for p, e in mentions if e.type == "PERSON" and start <= p < m.start()]
        named = who.search(low, max(start, m.start() - 90), m.start())
        person = (before[-1] if named or re.search(r",\s*người\s+$", low[:m.start()]) else before[0])[1].id if before else None
        person = next((e.id for p, e in reversed(before) if _RIGHT_BEFORE.fullmatch(low, visitors.mention_end((p, e)),
                                                                                  m.start())), person)  # "nhân dịp ông
        # Kumaran sang Việt Nam", "việc Tổng Bí thư X và Đoàn đại biểu cấp cao Lào đã sang dự …": the one named right
        # before the word, with his party and a word of time between
        found.append((leaving_at if away else m.start(), at, country, person))
    return found


def day_right_after(dating: Dating, low: str, pos: int) -> int | None:
    """Where a day written right after a trip's place starts ("rời Hà Nội đi Singapore trong ngày 14/11": the
    trip's day, dated as the clause there)."""
    e = next((e for e in positions.starting_in(dating.expressions, pos, pos + _DAY_AFTER) if e.day), None)
    return e.start if e and not re.search(r"[,.;]", low[pos:e.start]) else None


_DAY_AFTER = 20


def own_hosts(hosts: list[tuple[int, str]], visits: list[int], pos: int) -> list[str]:
    """The hosts, named in an invitation of the sentence (at their positions), who invited the visit whose word starts at
    ``pos``: each invitation is of the last visit word before it, else of the first after it ("sẽ thăm Ban Thư ký
    ASEAN theo lời mời của X, rồi thăm Singapore theo lời mời của Y": X invited the first, Y the second)."""
    own = []
    for at, host in hosts:
        before = [w for w in visits if w < at]
        if (before[-1] if before else next((w for w in visits if w > at), None)) == pos:
            own.append(host)
    return own
