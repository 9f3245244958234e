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
