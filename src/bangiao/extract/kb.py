"""The knowledge base: countries, places, organisations, offices, people and their tenures, meetings.

Loaded once from ``data/kb/*.toml`` and validated at load: ids are unique,
every reference (capital, parent, office, place) exists, dates are well formed.
A broken file raises ``DataFileError`` naming the file and the entry.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bangiao import datafiles
from bangiao.errors import DataFileError
from bangiao.reading.normalize import fold

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_ID = re.compile(r"^(?:person|org|place|office|series):[a-z0-9]+(?:-[a-z0-9]+)*$|^country:[A-Z]{2}$")
TYPES = {"country": "COUNTRY", "person": "PERSON", "org": "ORG", "place": "PLACE"}


@dataclass(frozen=True, slots=True)
class KBEntity:
    """A named thing the linker can point to."""

    id: str
    type: str
    name: str
    country: str | None
    aliases: tuple[str, ...]
    case_sensitive: frozenset[str] = frozenset()
    compound: tuple[str, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    country: str
    role: str
    titles: tuple[str, ...]
    multiple: bool = False


@dataclass(frozen=True, slots=True)
class Term:
    person: str
    office: str
    start: str
    end: str | None = None
    acting: bool = False
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Session:
    series: str
    number: int
    start: str
    end: str | None = None
    place: str | None = None


@functools.lru_cache(maxsize=8192)  # the same tenure bounds and document dates come back in every article
def day_range(value: str) -> tuple[date, date]:
    """The first and last day a partial date ("2024", "2024-05", "2024-05-22") can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _state_initials(full_name: str, short: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """A republic's state form written in capitals before its name, as the press does: "CHLB Myanmar" (Cộng hòa Liên
    bang), "CHLB Đức", "CHDCND Lào" — the first letter of each syllable of the form."""
    if not full_name.startswith("Cộng hòa ") or not full_name.endswith(" " + short):
        return ()
    form = full_name[:-len(short)].split()
    initials = "".join(fold(w)[:1].upper() for w in form)
    written = f"{initials} {short}"
    return () if written in aliases else (written,)


class KnowledgeBase:
    """All KB files, cross-checked. Use ``knowledge_base()`` for the shared, cached instance."""

    def __init__(self) -> None:
        self.entities: dict[str, KBEntity] = {}
        self.offices: dict[str, Office] = {}
        self.terms: list[Term] = []
        self.series: dict[str, KBEntity] = {}
        self.sessions: list[Session] = []
        self._refs: list[tuple[str, str, str]] = []  # (file, referring entry, referenced id)
        self._load_countries()
        self._load_simple("places.toml", "places", "place")
        self._load_simple("orgs.toml", "orgs", "org")
        for suffix in ("", "_world"):
            self._load_offices(f"offices{suffix}.toml")
        for suffix in ("", "_world"):
            self._load_people(f"people{suffix}.toml")
        self._load_meetings()
        self._check_refs()
        self.terms_by_office: dict[str, list[Term]] = {}
        self.terms_by_person: dict[str, list[Term]] = {}
        for t in self.terms:
            self.terms_by_office.setdefault(t.office, []).append(t)
            self.terms_by_person.setdefault(t.person, []).append(t)

    # ------------------------------------------------------------ loading

    def _add(self, name: str, entity: KBEntity) -> None:
        if not _ID.match(entity.id):
            raise DataFileError(name, f"bad id {entity.id!r} (lower-case ASCII slug after the prefix)")
        if entity.id in self.entities or entity.id in self.series:
            raise DataFileError(name, f"duplicate id {entity.id!r}")
        if not entity.name.strip():
            raise DataFileError(name, f"{entity.id}: empty name")
        self.entities[entity.id] = entity

    @staticmethod
    def _list(name: str, entry: dict, key: str) -> tuple[str, ...]:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise DataFileError(name, f"{entry.get('id', entry.get('code'))}: {key} must be a list of non-empty strings")
        return tuple(value)

    @staticmethod
    def _date(name: str, owner: str, value: Any, required: bool = False) -> str | None:
        if value is None and not required:
            return None
        if not isinstance(value, str) or not _DATE.match(value):
            raise DataFileError(name, f"{owner}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        try:
            day_range(value)
        except ValueError as exc:
            raise DataFileError(name, f"{owner}: impossible date {value!r}") from exc
        return value

    def _entity(self, name: str, entry: dict, eid: str, etype: str) -> KBEntity:
        aliases = (entry["name"], *self._list(name, entry, "variants"))
        if etype == "COUNTRY" and entry.get("full_name"):
            aliases += (entry["full_name"], *_state_initials(entry["full_name"], entry["name"], aliases))
        for key in ("national_day", "relations_with_vn", "since", "until", "founded"):
            self._date(name, eid, entry.get(key))
        facts = {k: v for k, v in entry.items() if k not in ("id", "name", "variants", "case_sensitive", "compound")}
        for code in self._list(name, entry, "parties"):
            self._refs.append((name, eid, f"country:{code}"))
        return KBEntity(eid, etype, entry["name"], entry.get("country") or (entry.get("code") if etype == "COUNTRY" else None),
                        aliases, frozenset(self._list(name, entry, "case_sensitive")),
                        self._list(name, entry, "compound"), facts)

    def _load_countries(self) -> None:
        name = "kb/countries.toml"
        for entry in datafiles.load(name, "countries").get("country", []):
            code = entry.get("code", "")
            if not re.fullmatch(r"[A-Z]{2}", code) or not entry.get("name"):
                raise DataFileError(name, f"country {entry!r:.80}: needs a two-letter code and a name")
            self._add(name, self._entity(name, entry, f"country:{code}", "COUNTRY"))
            if entry.get("capital"):
                self._refs.append((name, code, entry["capital"]))

    def _load_simple(self, file: str, kind: str, prefix: str) -> None:
        name = f"kb/{file}"
        for entry in datafiles.load(name, kind).get(prefix, []):
            eid = entry.get("id", "")
            if not eid.startswith(f"{prefix}:") or not entry.get("name"):
                raise DataFileError(name, f"entry {entry!r:.80}: needs an id starting {prefix}: and a name")
            self._add(name, self._entity(name, entry, eid, TYPES[prefix]))
            for key in ("parent", "merged_into", "capital", "seat"):
                if entry.get(key):
                    self._refs.append((name, eid, entry[key]))

    def _load_offices(self, file: str) -> None:
        name = f"kb/{file}"
        for entry in datafiles.load(name, "offices").get("office", []):
            oid = entry.get("id", "")
            if not oid.startswith("office:") or oid in self.offices:
                raise DataFileError(name, f"office {oid!r}: missing or duplicate id")
            titles = self._list(name, entry, "titles")
            if not (titles or entry.get("role") == "other") or not re.fullmatch(r"[A-Z]{2}", entry.get("country", "")):
                raise DataFileError(name, f"{oid}: needs titles (unless its role is 'other') and a country code")
            self.offices[oid] = Office(oid, entry["country"], entry.get("role", "other"), titles, bool(entry.get("multiple")))
            if entry.get("region"):
                self._refs.append((name, oid, entry["region"]))

    def _load_people(self, file: str) -> None:
        name = f"kb/{file}"
        data = datafiles.load(name, "people")
        as_of = self._date(name, "[meta] as_of", data["meta"].get("as_of"), required=True)
        self.as_of = min(getattr(self, "as_of", as_of), as_of)
        for entry in data.get("person", []):
            pid = entry.get("id", "")
            if not pid.startswith("person:") or not entry.get("name"):
                raise DataFileError(name, f"entry {entry!r:.80}: needs an id starting person: and a name")
            self._add(name, self._entity(name, entry, pid, "PERSON"))
            for term in entry.get("term", []):
                self.terms.append(self._term(name, pid, term))

    def _term(self, name: str, pid: str, term: dict) -> Term:
        office = term.get("office", "")
        if office not in self.offices:
            raise DataFileError(name, f"{pid}: unknown office {office!r}")
        start = self._date(name, pid, term.get("start"), required=True)
        end = self._date(name, pid, term.get("end"))
        if end and day_range(end)[1] < day_range(start)[0]:
            raise DataFileError(name, f"{pid}: term in {office} ends ({end}) before it starts ({start})")
        return Term(pid, office, start, end, bool(term.get("acting")), term.get("title"))

    def _load_meetings(self) -> None:
        name = "kb/meetings.toml"
        for entry in datafiles.load(name, "meetings").get("series", []):
            sid = entry.get("id", "")
            if not sid.startswith("series:") or sid in self.series or not entry.get("name"):
                raise DataFileError(name, f"series {sid!r}: missing or duplicate id, or no name")
            facts = {"held_by": entry["held_by"]} if entry.get("held_by") else {}
            self.series[sid] = KBEntity(sid, "SERIES", entry["name"], None,
                                        (entry["name"], *self._list(name, entry, "variants")), facts=facts)
            if facts:
                self._refs.append((name, sid, facts["held_by"]))
            for s in entry.get("session", []):
                if not isinstance(s.get("number"), int):
                    raise DataFileError(name, f"{sid}: a session needs an integer number")
                start = self._date(name, sid, s.get("start"), required=True)
                self.sessions.append(Session(sid, s["number"], start, self._date(name, sid, s.get("end")), s.get("place")))
                if s.get("place"):
                    self._refs.append((name, sid, s["place"]))

    def _check_refs(self) -> None:
        for file, owner, ref in self._refs:
            if ref not in self.entities:
                raise DataFileError(file, f"{owner} refers to {ref!r}, which no KB file defines")

    # ------------------------------------------------------------ queries

    def holders(self, office: str, lo: date, hi: date) -> set[str]:
        """People who held ``office`` at some time within [lo, hi]."""
        found = set()
        for t in self.terms_by_office.get(office, []):
            start, end = self.term_days(t)
            if start <= hi and end >= lo:
                found.add(t.person)
        return found

    def term_days(self, term: Term) -> tuple[date, date]:
        """First and last day of a term; an open term runs to the day the KB was last checked (``as_of``)."""
        return day_range(term.start)[0], day_range(term.end or self.as_of)[1]

    def offices_with_title(self, title: str, country: str | None = None) -> list[Office]:
        """Offices whose titles include ``title`` (as written, folded), optionally of one country."""
        if not hasattr(self, "_by_title"):
            self._by_title: dict[str, list[Office]] = {}
            for o in self.offices.values():
                for t in {fold(t) for t in o.titles}:
                    self._by_title.setdefault(t, []).append(o)
        return [o for o in self._by_title.get(fold(title), []) if country is None or o.country == country]

    def country(self, code: str) -> KBEntity | None:
        return self.entities.get(f"country:{code}")


# ---------------------------------------------------------------- who held what, when


def tenure_spans(kb: "KnowledgeBase", person: str, titles: list[str]) -> list[tuple[date, date]]:
    """When ``person`` held what the text calls them: for "Tổng Bí thư, Chủ tịch nước", the times both were held.

    A title the person never held in the KB (or one written "nguyên ..." / "cố ...") constrains nothing.
    Answers are kept per knowledge base: the same person and titles recur in every article."""
    memo = kb.__dict__.setdefault("_tenure_memo", {})
    key = (person, tuple(titles))
    if key not in memo:
        memo[key] = _tenure_spans(kb, person, titles)
    return list(memo[key])


def _tenure_spans(kb: "KnowledgeBase", person: str, titles: list[str]) -> list[tuple[date, date]]:
    parts = {fold(p.strip()) for t in titles for p in re.split(r",|\s-\s|\skiêm\s", t) if p.strip()}
    spans: list[tuple[date, date]] | None = None
    for part in parts:
        held = _held(kb, person, part)
        if held:
            spans = held if spans is None else _intersect(spans, held)
    return _without_unnamed_party_lead(kb, person, parts, spans or [])


@functools.cache
def _always_named() -> frozenset[str]:
    data = datafiles.load("names.toml", "names")
    return frozenset(fold(t) for t in datafiles.strings("names.toml", data, "titles", "always_named"))


def _without_unnamed_party_lead(kb: "KnowledgeBase", person: str, parts: set[str],
                                spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The press always names a general secretary as such ("Tổng Bí thư, Chủ tịch nước Tô Lâm"): a text that calls
    the person only "Chủ tịch nước" speaks of a time when they were not general secretary (``always_named``)."""
    always = _always_named()
    for term in kb.terms_by_person.get(person, []):
        office = kb.offices[term.office]
        titles = {fold(t) for t in office.titles}
        if office.role != "party_leader" or term.acting or not titles & always or titles & parts:
            continue
        s, e = kb.term_days(term)
        spans = [piece for a, b in spans for piece in ((a, min(b, s - timedelta(days=1))), (max(a, e + timedelta(days=1)), b))
                 if piece[0] <= piece[1]]
    return spans


def _held(kb: "KnowledgeBase", person: str, part: str) -> list[tuple[date, date]]:
    found = []
    for term in kb.terms_by_person.get(person, []):
        written = {fold(t) for t in kb.offices[term.office].titles} | ({fold(term.title)} if term.title else set())
        if part in written or any(w and part.startswith(w + " ") for w in written):
            found.append(kb.term_days(term))
    return found


def _intersect(a: list[tuple[date, date]], b: list[tuple[date, date]]) -> list[tuple[date, date]]:
    return [(max(s1, s2), min(e1, e2)) for s1, e1 in a for s2, e2 in b if max(s1, s2) <= min(e1, e2)]


def tenure_window(kb: "KnowledgeBase", people: dict[str, tuple[list[str], str | None]]) -> tuple[date, date] | None:
    """The dates on which every titled person named held the title the text gives them, or None."""
    lo, hi = date(1900, 1, 1), date(2100, 1, 1)
    constrained = False
    for person, (titles, country) in people.items():
        spans = tenure_spans(kb, person, titles)
        if not spans:
            continue
        constrained = True
        lo = max(lo, min(s for s, _ in spans))
        hi = min(hi, max(e for _, e in spans))
    return (lo, hi) if constrained and lo <= hi else None


@functools.cache
def knowledge_base() -> KnowledgeBase:
    """The packaged knowledge base, loaded and validated once."""
    return KnowledgeBase()
