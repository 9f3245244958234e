"""Speeches told by their occasion: a sentence opening with a speech word and its occasion ("Phát biểu tại hội nghị,
Thủ tướng X nhấn mạnh …", "Phát biểu khai mạc, Bí thư Tỉnh ủy Y cho rằng …", "Phát biểu tại buổi tiệc, Tổng thống Z
cho biết …") is a SPEECH of the one named as its subject, dated and placed as the occasion told before it
(tests/dev/README.md, Speeches at conferences, meetings and ceremonies). Not one told inside talks ("Phát biểu tại
cuộc hội đàm, …": the talks), nor of unnamed delegates ("Phát biểu ý kiến, các đại biểu …": no one named)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from bangiao import datafiles
from bangiao.extract.event_drafts import Draft, same_occurrence
from bangiao.extract.gazetteer import lower
from bangiao.model import Date, Entity

_FILE = "events.toml"


@dataclass(frozen=True, slots=True)
class _Words:
    opening: re.Pattern[str]
    within: re.Pattern[str]
    says: re.Pattern[str]
    occasions: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = datafiles.load(_FILE, "events")

    def alternation(key: str) -> str:
        words = datafiles.strings(_FILE, data, "rules", key)
        return "|".join(re.escape(lower(w)) for w in sorted(set(words), key=len, reverse=True))

    return _Words(re.compile(rf"\s*(?:{alternation('speech_opening')})(?!\w)"),
                  re.compile(rf"\s+(?:{alternation('speech_within')})(?!\w)"),
                  re.compile(rf"(?<!\w)(?:{alternation('speech_says')})(?!\w)"),
                  frozenset(datafiles.strings(_FILE, data, "rules", "speech_occasions")))


def opening_speaker(low: str, start: int, end: int, named: list[tuple[int, Entity]]) -> tuple[int, str] | None:
    """In a sentence opening with a speech word and its occasion, where the speech word is and the speaker: the person
    named last between the opening's comma and the first word of saying ("Phát biểu tại Kỳ họp, Thủ tướng X đánh
    giá …"); else None (a speech inside talks, no comma, no one named before the saying)."""
    comma, within, said = _opening(low, start, end)
    if comma < 0 or within is not None or said is None:  # "Phát biểu tại cuộc hội đàm, …": the talks
        return None
    people = [e.id for pos, e in named if e.type == "PERSON" and comma < pos < said.start()]
    word = start + len(low[start:end]) - len(low[start:end].lstrip())
    return (word, people[-1]) if people else None


def speaker_words(low: str, start: int, end: int) -> tuple[int, int]:
    """Where a sentence opening with a speech word and its occasion names its speakers: from the opening's comma to
    the first word of saying ("Phát biểu tại buổi lễ, [hai Thủ tướng] cùng nhấn mạnh …")."""
    comma, _, said = _opening(low, start, end)
    return (comma, said.start()) if said is not None else (start, end)


def _opening(low: str, start: int, end: int) -> tuple[int, re.Match[str] | None, re.Match[str] | None]:
    """Of a sentence opening with a speech word and its occasion: the opening's comma (-1 when none), the meeting
    the speech was part of before it ("tại cuộc hội đàm"), and the first word of saying after it."""
    w = _words()
    opening = w.opening.match(low, start, end)
    comma = low.find(",", opening.end(), end) if opening else -1
    if comma < 0:
        return comma, None, None
    return comma, w.within.search(low, opening.start(), comma), w.says.search(low, comma + 1, end)


def meeting_spoken_at(low: str, start: int, end: int, named: list[tuple[int, Entity]]) -> tuple[int, int, list[str]] | None:
    """"Phát biểu tại hội đàm, ông A … vui mừng đón đoàn … do ông B làm trưởng đoàn": the meeting the speech
    was part of (where its word is) and who met — the speaker, then the people named after the first word of
    saying; None when the sentence does not open so or names no one after its comma."""
    comma, within, said = _opening(low, start, end)
    if within is None or said is None:
        return None
    before = [e.id for pos, e in named if e.type == "PERSON" and comma < pos < said.start()]
    after = [e.id for pos, e in named if e.type == "PERSON" and pos > said.start()]
    people = list(dict.fromkeys(before[-1:] + after))
    return (within.start(), within.end(), people) if before else None


def both_speak(speaker: str, at: Draft | None, collective: bool) -> list[str]:
    """Who speaks: the speaker named, or, when a collective stands for him ("hai Phó Thủ tướng") and he is one of
    the occasion's people, each of them."""
    people = [p for p in at.participants if p.startswith("person:")] if at else []
    return people if collective and speaker in people and len(people) >= 2 else [speaker]


_LOOK_BACK = 40  # drafts looked back at for a speech's occasion (a text full of speeches stays linear)


def occasion(drafts: list[Draft], speaker: str | None = None, banquet: bool = False) -> Draft | None:
    """The occasion a speech told by it belongs to: the last session, ceremony, award or signing drafted before (the
    last the speaker took part in, when one), as first told ("dự Hội nghị … từ ngày 11 đến 14/7", not the "chuỗi hội
    nghị" of the dateline's day told after it; the session co-chaired, not the officials' meetings told after it; the
    first telling with a day of its own, not a headline's);
    a speech told at a banquet ("Phát biểu tại tiệc chiêu đãi, …") is at the last banquet, not at a welcome told
    between them ("Trước đó, … chủ trì lễ đón …")."""
    kinds, recent = _words().occasions, drafts[-_LOOK_BACK:]
    if banquet and any(d.banquet for d in recent):
        recent = [d for d in recent if d.banquet]
    last = next((d for d in reversed(recent) if d.type in kinds and speaker in d.participants), None) \
        or next((d for d in reversed(recent) if d.type in kinds), None)
    if last is None:
        return None
    told = [d for d in recent if same_occurrence(d, last)] or [last]
    return next((d for d in told if d.dated_here), told[0])  # (a headline's telling dated only by the page: its own day)


def occasion_date(d: Draft | None) -> Date | None:
    """The occasion's date as the speech's: its first day when it spans several."""
    if d is None or d.date is None:
        return None
    return replace(d.date, end=None)


def told_date(date: Date | None, published: Date | None, drafts: list[Draft]) -> Date | None:
    """A speech is news of its days: a day years before the article in its sentence is what it speaks of ("phát
    biểu, nhắc lại ý nghĩa của ngày 2-9-1945 lịch sử"), so it takes its occasion's date instead."""
    if date is None or published is None or int(date.value[:4]) >= int(published.value[:4]) - 1:
        return date
    return occasion_date(occasion(drafts))
