"""Sentences that open after an event ("Sau lễ đón, …", "Ngay sau hội đàm, …", "Tại hội đàm, …"): which event word
is the one they open after, and the date of that event when it was told with one (for extract/events.py)."""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract import positions
from bangiao.extract.dating import Dating
from bangiao.extract.drafted import Drafted
from bangiao.extract.event_drafts import SPANS_DAYS, family as _family
from bangiao.extract.event_vocab import Vocab as _Vocab, alt as _alt
from bangiao.extract.governing import not_event_day
from bangiao.extract.visit_days import one_day
from bangiao.model import Date

_FILE = "events.toml"


def is_anchor(v: _Vocab, low: str, start: int, m: re.Match[str]) -> bool:
    """Whether the event word at ``m`` is the one a sentence opens after ("Sau lễ đón, …")."""
    opening = v.anchor.match(low, start)
    return opening is not None and opening.end() == m.start()


def anchored(v: _Vocab, low: str, sentence: tuple[int, int], pos: int, dating: Dating, drafts: Drafted,
             planned: bool = False) -> Date | None:
    """The date of the event a sentence without a day of its own opens after ("Ngay sau lễ đón, …" → the welcome's
    day), when that event was reported with a date; not for what it agrees to hold (``planned``) when it opens at
    that event ("Tại hội đàm, hai bên nhất trí sớm tổ chức …": a later day)."""
    start, end = sentence
    if planned and _at_anchors().match(low, start):
        return None
    opening = v.anchor.match(low, start) or _at_anchor(low, sentence, pos, dating)
    if opening is None or any(e.day_level and not not_event_day(low[start:end], e.start - start)
                              for e in positions.starting_in(dating.expressions, start, end)):
        return None
    named = v.triggers.match(low, opening.end())
    if named is None or named.start() >= pos or v.types[named.group()][0] == "VISIT":
        return None
    kind, word = v.types[named.group()][0], named.group()
    same_word = [last for w, last in drafts.day_words.items() if w.startswith(word) or word.startswith(w)]
    found = max(same_word, key=lambda last: last[0])[1] if same_word else drafts.day_families.get(_family(kind))
    return found if kind in SPANS_DAYS else one_day(dating, found)  # "Sau lễ đón, …" after a welcome dated by the
    # visit's days ("lễ đón B đang thăm … ngày 23-24/10"): the article's day among them


def _at_anchor(low: str, sentence: tuple[int, int], pos: int, dating: Dating) -> re.Match[str] | None:
    """"Tại hội đàm, …" opening a sentence with no time of its own (a founding day aside), before another event than
    the one it names."""
    opening, start = _at_anchors().match(low, sentence[0]), sentence[0]
    ok = opening and opening.end() < pos and all(not_event_day(low[start:sentence[1]], e.start - start)
                                                  for e in positions.starting_in(dating.expressions, *sentence))
    return opening if ok else None


@functools.cache
def _at_anchors() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alt(datafiles.strings(_FILE, datafiles.load(_FILE, 'events'), 'rules', 'at_anchors'))})\s+(?:cuộc\s+|buổi\s+)?(?=\w)")
