"""A sentence listing who attended a meeting: "Tham dự kỳ họp còn có Đại sứ A và Đại sứ B".

Such a sentence tells the attendees of an event told before, not an event of its own (tests/dev/README.md:
attendance is not participation): it opens with attendance of a meeting ("Tham dự kỳ họp", "Dự buổi lễ") and, a few
words on and before any comma, names those present ("có", "còn có"), or names them right after ("Tham dự có …"); so
does one listing the accompanying delegation ("Tham gia đoàn Tổng thống X thăm Việt Nam có …", "Tháp tùng Tổng thống
có …"): no new visit.
Vocabulary: ``data/events.toml`` [rules] attendees_opening, attendees_of, attendees_escort, attendees_verb.
"""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation


@functools.cache
def _pattern() -> re.Pattern[str]:
    data = datafiles.load("events.toml", "events")
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings("events.toml", data, "rules", key)))  # noqa: E731
    return re.compile(rf"\s*(?:(?:(?:{words('attendees_opening')})\s+(?:{words('attendees_of')})|{words('attendees_escort')})(?!\w)"
                      rf"[^,.;:\n]{{0,80}}?(?:,\s*về\s+phía\s+[^,.;:\n]{{1,40}}?)?|(?:{words('attendees_opening')})),?\s"
                      rf"(?:{words('attendees_verb')})\s")  # ("Tới dự lễ khai mạc, về phía Việt Nam có …"; batch 54)
    # (a comma before the verb: "Tới dự, có các đồng chí …", "Tham dự chương trình, có …"; issue 12, batch 47)


def lists_attendees(low: str, start: int, end: int) -> bool:
    """Whether the sentence ``low[start:end]`` (lower-cased text) opens by listing who attended a meeting."""
    return _pattern().match(low, start, end) is not None


_AN_EVENT = re.compile(r"\s*(?:buổi\s+|cuộc\s+)?")


def kind_attended(v, low: str, at: int) -> str | None:
    """The kind of event an attendance word names right after it ("… cũng tham dự buổi [hội kiến]"), or None;
    ``v``: the events vocabulary (its triggers and their types)."""
    word = v.triggers.match(low, _AN_EVENT.match(low, at).end())
    return v.types[word.group()][0] if word is not None else None


_ATTENDING = re.compile(r"(?<!\w)(?:tham\s+)?dự\s+(?:buổi\s+|cuộc\s+)?$")
_TOLD_ENDS = re.compile(r"(?:\s+(?:này|trên|hôm nay))?\s*(?:[.;]|$)")


def attended_told(low: str, start: int, end: int) -> bool:
    """Whether the event word at ``low[start:end]`` is only what someone attended, named with nothing of its own and
    ending the sentence ("Đại sứ X cũng tham dự kỳ họp."): the event told before, not another."""
    return _ATTENDING.search(low, max(0, start - 30), start) is not None and _TOLD_ENDS.match(low, end) is not None
