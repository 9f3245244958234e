"""Who takes part in an event, read from the people and countries named around its word (for extract/events.py):
the people named in a span, the first of them (with any named by the same words: "Nhà vua và Hoàng hậu …"), the
people an owned meeting belongs to ("hai cuộc điện đàm của A và của B với C"), the countries named after a word."""
from __future__ import annotations

import re

from bangiao.model import Entity


def people(mentions: list[tuple[int, Entity]], start: int, end: int) -> list[str]:
    return list(dict.fromkeys(e.id for pos, e in mentions if e.type == "PERSON" and start <= pos < end))


_AT = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:trụ\s+sở\s+|văn\s+phòng\s+)?$")  # "tại trụ sở Bộ Ngoại giao": the place


def bodies(low: str, mentions: list[tuple[int, Entity]], start: int, end: int) -> list[str]:
    """The bodies (ORG) named between ``start`` and ``end``, not as the place of the event ("tại trụ sở Bộ X")."""
    return list(dict.fromkeys(e.id for pos, e in mentions if e.type == "ORG" and start <= pos < end
                              and not _AT.search(low, max(0, pos - 25), pos)))


_OWNED = re.compile(r"\s+của\s")
_WITH = re.compile(r"(?<!\w)với\s")


def owned(low: str, mentions: list[tuple[int, Entity]], at: int, end: int) -> list[list[str]]:
    """A meeting's word owned by the people after "của" and held "với" others: each owner with each other."""
    if not _OWNED.match(low, at) or not (w := _WITH.search(low, at, end)):
        return []
    owners, others = people(mentions, at, w.start()), people(mentions, w.end(), end)
    return [[o, p] for o in owners for p in others if p != o]


def named_with(mentions: list[tuple[int, Entity]], person: str, before: int) -> list[str]:
    """``person`` and the people named by the same words as his last mention before ``before``."""
    at = max((pos for pos, e in mentions if e.id == person and pos < before), default=None)
    return [person] + [e.id for pos, e in mentions if pos == at and e.id != person and e.type == "PERSON"]


def countries_in(mentions: list[tuple[int, Entity]], start: int, end: int) -> list[str]:
    return list(dict.fromkeys(e.id for pos, e in mentions if e.type == "COUNTRY" and start <= pos < end))


def first_people(mentions: list[tuple[int, Entity]], people: list[str]) -> list[str]:
    """The first of ``people``, with any other named by the same words ("Nhà vua và Hoàng hậu Nhật Bản": both)."""
    if not people:
        return []
    at = next(pos for pos, e in mentions if e.id == people[0])
    return [p for p in people if any(pos == at and e.id == p for pos, e in mentions)]


def dyads(mentions: list[tuple[int, Entity]], group: list[str]) -> list[list[str]]:
    """A meeting of three or more people of two countries, one of them alone on its side ("Chủ tịch Hạ viện Australia
    A, Chủ tịch Thượng viện Australia B và Chủ tịch Quốc hội C đã hội đàm"): that one with each of the others, as
    events are dyadic; any other group as it is."""
    country = {e.id: e.country for _, e in mentions}
    sides: dict[str | None, list[str]] = {}
    for p in group:
        sides.setdefault(country.get(p), []).append(p)
    if len(group) < 3 or len(sides) != 2 or None in sides or min(map(len, sides.values())) != 1:
        return [group]
    lone, many = sorted(sides.values(), key=len)
    return [sorted([lone[0], p], key=group.index) for p in many]


_PAIR_JOIN = re.compile(r"\s*[-–]\s*|\s+và\s+")
_PAIR_TAIL = re.compile(r"\s*(?:(?:đã|chính thức|sẽ)\s+)*$")


def country_pair(low: str, mentions: list[tuple[int, Entity]], start: int, trigger: int) -> list[str]:
    """The two countries that alone, joined by a dash or "và", are the subject before the trigger ("Việt Nam - Australia
    ký Chương trình hành động …", "Anh Quốc và Việt Nam ký …", a headline's sides); else none."""
    named = [(pos, e) for pos, e in mentions if start <= pos < trigger]
    lead_in = low[start:named[0][0]].strip() if named else ""  # (a time or place before them: "Ngày 19/4, A và B ký")
    if len(named) != 2 or any(e.type != "COUNTRY" for _, e in named) or lead_in and not lead_in.endswith(","):
        return []
    ends = [next((m.end for m in e.mentions if m.start == pos), None) for pos, e in named]
    if None in ends or not _PAIR_JOIN.fullmatch(low, ends[0], named[1][0]) or not _PAIR_TAIL.match(low, ends[1], trigger):
        return []
    return [named[0][1].id, named[1][1].id] if named[0][1].id != named[1][1].id else []
