"""A meeting with a body's delegation or leaders, no person named: "gặp gỡ Đoàn đại biểu Hội hữu nghị X", "làm việc
với các đồng chí lãnh đạo tỉnh Y" is a MEET with the body (ORG) or the province (PLACE) named right after the words
for its delegation or leaders (tests/dev/README.md: when no principal person is named, the bodies or places take
part); so is the head of a body named by title alone in the list after the meeting's word ("gặp … Tổng thư ký Liên
Hợp quốc và Chủ tịch Ngân hàng Thế giới"). Vocabulary: ``data/events.toml`` [rules] met_delegation, body_heads.
"""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation
from bangiao.model import Entity

_FILE = "events.toml"
_REACH = 60  # characters from the meeting's word to the body's name


def _rule_words(key: str) -> str:
    """The words of ``data/events.toml`` [rules] ``key``, lower-cased, as an alternation."""
    return alternation(tuple(lower(w) for w in datafiles.strings(_FILE, datafiles.load(_FILE, "events"), "rules", key)))


@functools.cache
def _words() -> re.Pattern[str]:
    words = _rule_words("met_delegation")
    return re.compile(rf"\s+(?:với\s+)?(?:các\s+|những\s+)?(?:đồng chí\s+)?(?:{words})\s+(?:của\s+)?(?:tỉnh\s+|thành phố\s+)?")


def body_met(low: str, mentions: list[tuple[int, Entity]], word_end: int, end: int) -> str | None:
    """The body or province whose delegation or leaders the meeting word ending at ``word_end`` names right after it
    ("gặp gỡ Đoàn đại biểu Hội X" → Hội X), before ``end``; None when a person or nothing is named there."""
    m = _words().match(low, word_end, min(end, word_end + _REACH))
    if m is None:
        return None
    return next((e.id for pos, e in mentions if pos == m.end() and e.type in ("ORG", "PLACE")), None)


@functools.cache
def _heads() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_rule_words('body_heads')})\s+(?:của\s+)?$")


_ITEM_END = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:[,;.]|và\s|cùng\s|$)")  # "(ADB)," "và": the item ends there
_ITEM_START = re.compile(r"(?:,|\svà|\svới)\s*$")  # the list's comma or "và" before the title
_UNTITLED = re.compile(r"(?:^|\s)(?:ông|bà|ngài)\s+$")  # "tiếp ông Kao Kim Hourn, Tổng Thư ký ASEAN": his title
_HEAD_REACH = 30  # characters before the body's name searched for the head's title


def headed_bodies(low: str, mentions: list[tuple[int, Entity]], start: int, end: int) -> list[str]:
    """The international bodies whose head the list between ``start`` (the meeting's word) and ``end`` names by title
    alone ("Chủ tịch Ngân hàng thế giới"): the title opens an item, right before the body's name, and no person is
    named in the item ("Tổng Thư ký ASEAN Kao Kim Hourn"), nor is it the title of the name before the comma."""
    bodies = []
    for pos, e in mentions:
        if e.type != "ORG" or e.country is not None or not start <= pos < end:
            continue
        title = _heads().search(low, max(start, pos - _HEAD_REACH), pos)
        if title is None or not (low[start:title.start()].strip() in ("", "với")
                                 or _ITEM_START.search(low, max(start, title.start() - 5), title.start())):
            continue
        after = _ITEM_END.match(low, next(s.end for s in e.mentions if s.start == pos))
        if after and not any(x.type == "PERSON" and title.start() <= at < after.end() for at, x in mentions) \
                and not _described(low, mentions, start, title.start()):
            bodies.append(e.id)
    return list(dict.fromkeys(bodies))


def _described(low: str, mentions: list[tuple[int, Entity]], start: int, title: int) -> bool:
    """The title follows a name written with no title of its own and a comma: it is that person's."""
    for at, x in mentions:
        span = next((s for s in x.mentions if s.start == at), None)
        if x.type == "PERSON" and span and re.fullmatch(r"\s*,\s*", low[span.end:title]):
            return low[start:at].strip() in ("", "với") or bool(_UNTITLED.search(low, max(0, at - 8), at))
    return False
