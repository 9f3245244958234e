"""What the entity stage has found so far in one text: the shared state of its readers.

``Reader`` holds the text, the gazetteer's matches and, per entity id, the mentions
and titles recorded (``Found``). ``entities.py`` (titles, countries, bodies),
``people.py`` (names no title anchors, short names) and ``bodies.py`` (bodies the
knowledge base does not hold) all record through ``Reader.add``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from bangiao.extract.gazetteer import Match
from bangiao.extract.kb import KnowledgeBase
from bangiao.reading.normalize import fold

HOME = "VN"
TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
# An upper-case letter (Latin, Vietnamese, Greek, Cyrillic): the Vietnamese block (Ạ ạ Ả ả …) alternates cases,
# so no range of it can stand for the capitals.
CAP = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x41, 0x1F00) if chr(c).isupper()) + "]")


@dataclass
class Found:
    """Mentions and titles gathered for one entity id while reading."""

    type: str
    name: str
    country: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    seen: set[tuple[int, int]] = field(default_factory=set, repr=False, compare=False)  # ``spans`` as a set

    def has(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` is recorded (a set lookup: an entity named thousands of times is not scanned)."""
        if len(self.seen) != len(self.spans):  # spans written directly: index them again
            self.seen = set(self.spans)
        return span in self.seen


@dataclass
class Reader:
    text: str
    matches: list[Match]
    kb: KnowledgeBase
    window: tuple[date, date] | None
    found: dict[str, Found] = field(default_factory=dict)
    pending: list[tuple[int, int, list[str], str | None, bool]] = field(default_factory=list)

    def add(self, eid: str, start: int, end: int, title: str | None = None, etype: str | None = None,
            name: str | None = None, country: str | None = None) -> None:
        known = self.kb.entities.get(eid)
        entry = self.found.get(eid)
        if entry is None:
            entry = Found(known.type if known else etype or "PERSON", known.name if known else name or "",
                          known.country if known else country)
            self.found[eid] = entry
        if not entry.has((start, end)):
            entry.spans.append((start, end))
            entry.seen.add((start, end))
        if title and title not in entry.titles:
            entry.titles.append(title)
        if entry.country is None and country:
            entry.country = country

    def entity_type(self, m: Match) -> str | None:
        """The KB type of an ENTITY match (None for titles, honorifics and the rest)."""
        return self.kb.entities[m.value].type if m.kind == "ENTITY" else None

    def partner(self) -> str | None:
        """The country other than Việt Nam the text names most often."""
        counts = Counter(e.country for e in self.found.values() if e.type == "COUNTRY" and e.country != HOME
                         for _ in e.spans)
        return counts.most_common(1)[0][0] if counts else None

    def taken(self, honorifics: bool = True) -> list[tuple[int, int]]:
        """Every span already recorded or matched."""
        return [(s, e) for f in self.found.values() for s, e in f.spans] + \
            [(m.start, m.end) for m in self.matches if honorifics or m.kind != "HONORIFIC"]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
