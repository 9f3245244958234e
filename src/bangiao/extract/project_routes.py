"""Routes listed after a plural head: "các tuyến đường sắt từ Quảng Tây kết nối với Đồng Đăng - Hà Nội, Móng Cái -
Hải Phòng" names two railways, "Đường sắt Đồng Đăng - Hà Nội" and "Đường sắt Móng Cái - Hải Phòng".

A head of ``[routes]`` (projects.toml) with a word of many before it ("các", "hai") and a link word within a few
words after it ("kết nối với", "gồm", "như") opens the list; each pair of places after it ("A - B", "A – B", each
a capitalised name; a third place for a corridor) is one route of the head's kind, named with the head ids are
written with, as ``project_names`` names a project the knowledge base does not hold. The list's pairs are joined by
", " or " và "; anything else ends it. A head followed by a general phrase ("các tuyến đường sắt kết nối hai nước")
names none. Every step reads a bounded window after the head.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bangiao.extract.found import CAP
from bangiao.extract.project_data import Words

_WORD = r"[\w'’]*(?:-[\w'’]+)*"  # "Phông-xa-lỳ"
_SIDE = rf"{CAP.pattern}{_WORD}(?: {CAP.pattern}{_WORD}){{0,4}}"  # "Đồng Đăng", "Thành Phố Hồ Chí Minh"
_PAIR = re.compile(rf"{_SIDE}(?: [–-] {_SIDE}){{1,2}}(?![\w-])")
_JOINT = re.compile(r",? và |, ")
_DASH = re.compile(r" [–-] ")


@dataclass(frozen=True, slots=True)
class Route:
    """One route of a list: [start, stop) holds its pair of places, ``tail``; ``name`` puts the id's head before it."""

    start: int
    stop: int
    name: str
    tail: str
    places: int  # how many places the pair names (three for a corridor)


def listed_routes(text: str, low: str, start: int, end: int, words: Words) -> list[Route]:
    """The routes listed after the plural head [start, end), in order; none when it opens no list of pairs."""
    head = low[start:end]
    if head not in words.route_heads or not words.many.search(low, max(0, start - 12), start):
        return []
    link = words.route_link.match(low, end)
    if link is None:
        return []
    written = words.id_heads.get(head, head)
    routes, pos = [], link.end()
    for _ in range(words.route_most):
        pair = _PAIR.match(text, pos)
        if pair is None:
            break
        routes.append(Route(pair.start(), pair.end(), f"{written[:1].upper()}{written[1:]} {pair.group()}", pair.group(),
                            len(_DASH.findall(pair.group())) + 1))
        joint = _JOINT.match(text, pair.end())
        if joint is None:
            break
        pos = joint.end()
    return routes

