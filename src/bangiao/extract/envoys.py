"""Ambassadors received by their countries ("Chủ tịch nước tiếp Đại sứ các nước Séc, Chile và Nepal trình Quốc
thư"): one meeting with each, the side being the ambassador the article names of that country ("Đại sứ Ba Lan
Aleksander Surdej", a sentence on) or else the country (for extract/events.py; data/events.toml ambassadors)."""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation
from bangiao.model import Entity

_LIST = re.compile(r"\s*(?:,|và|;)?\s*(?:nước\s+)?")  # between two countries of a list ("Séc, Chile và Nepal")
_LISTED = re.compile(r"[^.;:()]{0,120}?\s(?:bao\s+gồm|gồm|đến\s+từ)\s*:?\s*")  # the list told after their titles


@functools.cache
def _words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    data = datafiles.load("events.toml", "events")
    rules = functools.partial(datafiles.strings, "events.toml", data, "rules")
    return (re.compile(rf"\s+(?:{alternation(tuple(rules('ambassadors')))})\s*:?\s*"), tuple(rules("ambassador_titles")))


def ambassadors(entities: tuple[Entity, ...]) -> dict[str, str]:
    """Each country's one ambassador the article names (by a title of data/events.toml ambassador_titles; not Việt
    Nam's own), and under "" the one ambassador whose country the text does not give."""
    titles = _words()[1]
    found: dict[str, set[str]] = {}
    for e in entities:
        if e.type == "PERSON" and any(t in title and "Việt Nam" not in title for title in e.titles for t in titles):
            found.setdefault(e.country or "", set()).add(e.id)  # ("": one whose country the text does not give)
    return {country: ids.pop() for country, ids in found.items() if len(ids) == 1}


def received(low: str, mentions: list[tuple[int, Entity]], trigger_end: int, clause_end: int,
             envoys: dict[str, str]) -> list[str]:
    """The sides of "tiếp Đại sứ các nước A, B và C": right after the meeting's word, the countries listed after an
    ambassador's word (or after "gồm" closing the ambassadors' titles) with no one named among them; [] when the
    words are not there."""
    m = _words()[0].match(low, trigger_end)
    if m is None:
        return []
    listed = _LISTED.match(low, m.end(), clause_end)  # "các Đại sứ, Trưởng Cơ quan đại diện … ở Hà Nội, gồm A, B"
    sides, pos = [], listed.end() if listed else m.end()
    for at, e in sorted(((a, e) for a, e in mentions if pos <= a < clause_end), key=lambda x: x[0]):
        if e.type != "COUNTRY" or not _LIST.fullmatch(low, pos, at):
            break
        sides.append(envoys.get(e.id.split(":", 1)[1], e.id))
        pos = next(span.end for span in e.mentions if span.start == at)
    if len(sides) == 1 and sides[0].startswith("country:") and "" in envoys:
        return [envoys[""]]  # "tiếp Đại sứ Nepal" and "Đại sứ Dhan Bahadur Oli" the only one named without his country
    return sides


@functools.cache
def _representations() -> re.Pattern[str]:
    words = datafiles.strings("names.toml", datafiles.load("names.toml", "names"), "bodies", "representations")
    return re.compile(rf"(?:{alternation(tuple(lower(w) for w in words))})\s+$")


def hosting_embassies(low: str, mentions: list[tuple[int, Entity]], start: int, trigger: int,
                      envoys: dict[str, str] | None = None) -> list[str]:
    """The countries whose embassy holds the ceremony at ``trigger`` ("Đại sứ quán Cuba tổ chức buổi chiêu đãi …"):
    their country is its host side (names.toml bodies.representations); an ambassador named only by the country
    ("Đại sứ và Tùy viên Quốc phòng nước Cộng hòa Belarus mở tiệc chiêu đãi"): the
    ambassador the article names of that country, else the country."""
    hosts = []
    for pos, e in mentions:
        if e.type != "COUNTRY" or not start <= pos < trigger:
            continue
        if _representations().search(low, max(0, pos - 30), pos):
            hosts.append(e.id)
        elif _unnamed_envoy().search(low, max(0, pos - 90), pos) and not any(
                x.type == "PERSON" and pos < at < trigger for at, x in mentions):
            hosts.append((envoys or {}).get(e.id.split(":", 1)[1], e.id))
    return list(dict.fromkeys(hosts))


@functools.cache
def _unnamed_envoy() -> re.Pattern[str]:
    """An ambassador's title right before the country, no name: "Đại sứ (đặc mệnh toàn quyền) (và …) (nước) (Cộng
    hòa) …"."""
    return re.compile(r"(?<!\w)đại sứ(?:\s+đặc\s+mệnh\s+toàn\s+quyền)?(?:\s+và\s+[^,.;:]{1,30}?)?(?:\s+nước)?"
                      r"(?:\s+cộng\s+hòa)?\s+$")
