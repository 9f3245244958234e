"""The text commitments are read in (extract/commitments.py): where agreements and projects are named, and who
the collective subjects stand for — the two countries of the meeting ("hai bên"), two provinces, two ministries
("hai bộ"), three countries ("ba nước")."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

import ahocorasick

from bangiao.extract import positions
from bangiao.extract.commitment_vocab import vocab
from bangiao.extract.dating import Dating
from bangiao.extract.events import collective_pair
from bangiao.extract.gazetteer import lower
from bangiao.model import Agreement, Entity, Figure, Project

_DASHES = str.maketrans("‐‑‒–—―", "------")  # one dash for every dash: "Viêng Chăn – Hà Nội" as "Viêng Chăn - Hà Nội"
_MAX_PAIRS = 32  # collective subjects resolved anew per document; after that the last sides found are kept
_PROVINCE_MENTIONS = 3
_THREE_NAMED = 60  # characters after "ba nước" where its three countries are named


@dataclass(slots=True)
class Named:
    """Where an agreement or project is named in the text (``located``: its name found, not only its evidence)."""

    start: int
    end: int
    id: str
    located: bool


@dataclass
class Doc:
    text: str
    low: str
    entities: tuple[Entity, ...]
    dating: Dating
    figures: tuple[Figure, ...]
    agreements: list[Named]
    projects: dict[str, Project]
    names: ahocorasick.Automaton | None  # project names (folded) → (length, project id)
    folded: str  # the text as ``_fold`` gives it, for the project names
    evidence: list[Named]  # the projects' evidence, in order
    known: dict[str, Entity]
    people: list[int]  # where a person is named, in order: the collective subjects' cache key
    pairs: dict = field(default_factory=dict)
    sums: dict = field(default_factory=dict)  # (unit, rounded value) → indexes of the figures: built on first use
    last_by: tuple[str, ...] = ()
    last_group: object = None  # the last group of undertakings read (extract/commitments.py's _Group)

    def sides(self, phrase: str, pos: int) -> tuple[str, ...]:
        """The two countries a collective subject at ``pos`` stands for: its two people's, else Việt Nam and the
        partner the article names most; in a report on two provinces the two provinces, unless it says "nước"."""
        if self.provinces and "nước" not in phrase:
            return self.provinces
        if lower(phrase) in vocab().bodies and len(self.ministries) == 2:
            return self.ministries
        if lower(phrase) in vocab().three:
            return self.three(pos)
        key = (bisect.bisect_left(self.people, pos), lower(phrase))
        if key not in self.pairs and len(self.pairs) < _MAX_PAIRS:
            people = collective_pair(phrase, pos, self.entities)
            countries = tuple(dict.fromkeys(f"country:{self.known[p].country}" for p in people if p in self.known))
            self.pairs[key] = tuple(c for c in countries if c in self.known)
        found = self.pairs.get(key) or next(reversed(self.pairs.values()), ())
        return found if len(found) >= 2 else self.main_pair

    @functools.cached_property
    def main_pair(self) -> tuple[str, ...]:
        """Việt Nam and the partner the article names most (those the record knows)."""
        others = sorted(((len(e.mentions), e.id) for e in self.entities if e.type == "COUNTRY" and e.id != "country:VN"),
                        reverse=True)
        return tuple(c for c in ["country:VN", *[o[1] for o in others[:1]]] if c in self.known)

    @functools.cached_property
    def provinces(self) -> tuple[str, ...]:
        """The two provinces a report is on, one of Việt Nam and one of the partner, each named at least
        ``_PROVINCE_MENTIONS`` times and as often as the partner country; () when it is no such report."""
        if len(self.main_pair) < 2:
            return ()
        partner = self.known[self.main_pair[1]]
        found = []
        for country in ("VN", partner.country):
            places = [e for e in self.entities if e.type == "PLACE" and e.country == country]
            top = max(places, key=lambda e: len(e.mentions), default=None)
            if top is None or len(top.mentions) < max(_PROVINCE_MENTIONS, len(partner.mentions)):
                return ()
            found.append(top.id)
        return tuple(found)

    def three(self, pos: int) -> tuple[str, ...]:
        """The three countries of "ba nước": those named right after it ("ba nước Việt Nam - Campuchia - Lào"),
        else Việt Nam and the two partners the article names most."""
        named = positions.mentions_in(self.entities, pos, pos + _THREE_NAMED)
        after = tuple(dict.fromkeys(e.id for _, _, e in named if e.type == "COUNTRY"))
        if len(after) >= 3:
            return after[:3]
        others = sorted(((len(e.mentions), e.id) for e in self.entities if e.type == "COUNTRY" and e.id != "country:VN"),
                        reverse=True)
        return tuple(c for c in ["country:VN", *[o[1] for o in others[:2]]] if c in self.known)

    @functools.cached_property
    def ministries(self) -> tuple[str, ...]:
        """The ministry of each side the article names most ("hai bộ nhất trí …": the two ministries)."""
        found = []
        for code in self.main_pair:
            country = self.known[code].country
            bodies = [e for e in self.entities if e.type == "ORG" and e.country == country and e.name.startswith("Bộ ")]
            if bodies:
                found.append(max(bodies, key=lambda e: len(e.mentions)).id)
        return tuple(found)

    def country_of(self, entity_id: str) -> str | None:
        e = self.known.get(entity_id)
        code = f"country:{e.country}" if e and e.country else None
        return code if code in self.known else None


def _named_agreements(low: str, agreements: tuple[Agreement, ...]) -> list[Named]:
    """Where each agreement is named; a name that runs on into the next undertaking ("Hiệp định Thương mại biên giới
    và đẩy nhanh tiến độ …") is cut before it."""
    found, v = [], vocab()
    for a in agreements:
        at = low.find(lower(a.name), a.evidence.start, a.evidence.end + 1) if a.name else -1
        start, end = (at, at + len(a.name)) if at >= 0 else (a.evidence.start, a.evidence.end)
        if at >= 0 and (next_one := v.name_runs_on.search(low, start, end)):
            end = next_one.start()
        found.append(Named(start, end, a.id, at >= 0))
    return sorted(found, key=lambda n: n.start)


def fold(name: str) -> str:
    """Lower case, one dash for every dash; the same length (positions in it are the text's)."""
    return lower(name).translate(_DASHES)


def _project_names(projects: tuple[Project, ...], heads: re.Pattern[str]) -> ahocorasick.Automaton | None:
    """Each project's name, and its name without a leading generic word ("Đường cao tốc X – Y" as "cao tốc X - Y")."""
    if not projects:
        return None
    names = ahocorasick.Automaton()
    for p in projects:
        for form in {fold(" ".join(p.name.split())), fold(" ".join(heads.sub("", p.name, count=1).split()))}:
            if len(form.split()) >= 2:
                names.add_word(form, (len(form), p.id))
    names.make_automaton()
    return names if len(names) else None


_HEADS = re.compile(r"(?i)^\s*(?:đường|tuyến|tuyến đường|dự án|công trình)\s+")


def document(text: str, entities: tuple[Entity, ...], dating: Dating, projects: tuple[Project, ...],
              agreements: tuple[Agreement, ...], figures: tuple[Figure, ...], low: str) -> Doc:
    people = sorted(m.start for e in entities if e.type == "PERSON" for m in e.mentions)
    evidence = sorted((Named(p.evidence.start, p.evidence.end, p.id, False) for p in projects), key=lambda n: n.start)
    return Doc(text, low, entities, dating, figures, _named_agreements(low, agreements), {p.id: p for p in projects},
                _project_names(projects, _HEADS), fold(text) if projects else "", evidence,
                {e.id: e for e in entities}, people)
