"""The data the project stage reads: the knowledge base's projects (``data/kb/projects.toml``) and the words of
projects (``data/projects.toml``: heads that open a name, stage words, wrappers, plan words, value words), each
validated at load, and one Aho–Corasick automaton over all of them (``vocabulary().automaton``).

A broken file raises ``DataFileError`` naming the file and the entry.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from bangiao import datafiles
from bangiao.errors import DataFileError
from bangiao.extract.gazetteer import lower
from bangiao.extract.kb import day_range, knowledge_base
from bangiao.model import PROJECT_KINDS, STAGES
from bangiao.reading.normalize import normalize

KB_FILE = "kb/projects.toml"
WORDS_FILE = "projects.toml"
_ID = re.compile(r"^project:[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_KEYS = {"id", "name", "kind", "variants", "parties", "places", "venue", "cue", "approved", "started", "completed", "value",
         "unit"}
_DASH = re.compile(r"\s*[–—-]\s*")
_DASHES = (" – ", " - ", "-", "–", " — ")


@dataclass(frozen=True, slots=True)
class KBProject:
    """One project of the knowledge base; ``facts`` holds its dates and cost where reported."""

    id: str
    name: str
    kind: str
    variants: tuple[str, ...]
    parties: tuple[str, ...]  # country codes
    places: tuple[str, ...]  # place ids
    venue: str | None = None
    cue: bool = False  # the name is also a site's the knowledge base has no place for: counted only with a cue

    @property
    def needs_cue(self) -> bool:
        return self.venue is not None or self.cue
    facts: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Words:
    heads: dict[str, str]  # lower-cased head → kind
    cue_heads: frozenset[str]  # lower-cased heads whose names need a cue
    cue_kinds: frozenset[str]  # kinds whose names need a cue
    cue_words: re.Pattern[str]  # words of aid: a cue anywhere in the sentence
    wrappers: tuple[str, ...]  # lower-cased, longest first
    generic: tuple[str, ...]
    stages: dict[str, str]  # lower-cased stage word → stage
    not_stages: tuple[str, ...]
    ongoing: frozenset[str]  # lower-cased stage words that tell a state
    order: dict[str, int]  # stage → rank
    planned: re.Pattern[str]
    purpose: frozenset[str]  # planned words that make no study a plan ("ký bản ghi nhớ để nghiên cứu khả thi")
    planned_window: int
    forward: int
    backward: int
    value: re.Pattern[str]
    value_window: int
    inner: frozenset[str]
    compounds: re.Pattern[str]  # a word right before a head that makes it part of a word ("yêu [cầu]")
    anaphor_stops: tuple[str, ...]
    plural: re.Pattern[str]  # a word before "dự án" that makes it many or any ("các", "một số")
    anaphor_reach: int
    topic_reach: int
    background: tuple[str, ...]  # lower-cased openers of a paragraph of what came before ("trước đó")
    quoted_only: frozenset[str]  # lower-cased heads that open only a quoted name ("dự án “…”")
    many: re.Pattern[str]  # a word before a head that makes it many: no description ("các tuyến đường sắt nối …")
    described_only: frozenset[str]  # lower-cased heads that open only a description ("tòa nhà hành chính của …")
    id_heads: dict[str, str]  # lower-cased head → the head an id is written with ("tuyến đường sắt" → "đường sắt")
    topic: re.Pattern[str]  # words that open a sentence about a project ("Về", "Với", "Đối với")
    listing: re.Pattern[str]  # words that open a list of projects ("các dự án trọng điểm như")
    route_heads: frozenset[str]  # lower-cased heads that open a list of routes after a plural ("các tuyến đường sắt")
    route_link: re.Pattern[str]  # a link word after such a head, a few words between ("… từ Quảng Tây kết nối với ")
    route_most: int  # routes a list holds, at most


def _fail(file: str, broken: bool, message: str) -> None:
    if broken:
        raise DataFileError(file, message)


def _strings(file: str, owner: str, value: Any, key: str) -> tuple[str, ...]:
    _fail(file, not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value),
          f"{owner}: {key} must be a list of non-empty strings")
    return tuple(value)


def _check_date(file: str, owner: str, key: str, value: Any) -> None:
    _fail(file, not isinstance(value, str) or not _DATE.match(value), f"{owner}: {key} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        day_range(value)
    except ValueError as exc:
        raise DataFileError(file, f"{owner}: impossible date {value!r} for {key}") from exc


def read_projects(file: str, data: dict[str, Any]) -> dict[str, KBProject]:
    """The projects of a parsed projects file (its header already checked), every field and reference validated."""
    kb, projects = knowledge_base(), {}
    for entry in data.get("project", []):
        pid = entry.get("id", "") if isinstance(entry, dict) else ""
        _fail(file, not _ID.match(pid), f"project {pid or entry!r:.80}: bad id (project: and a lower-case ASCII slug)")
        _fail(file, pid in projects, f"duplicate id {pid!r}")
        _fail(file, not isinstance(entry.get("name"), str) or not entry["name"].strip(), f"{pid}: empty name")
        _fail(file, entry.get("kind") not in PROJECT_KINDS, f"{pid}: kind {entry.get('kind')!r} is not one of {', '.join(PROJECT_KINDS)}")
        _fail(file, bool(set(entry) - _KEYS), f"{pid}: unknown keys {sorted(set(entry) - _KEYS)}")
        parties = _strings(file, pid, entry.get("parties", []), "parties")
        for code in parties:
            _fail(file, kb.country(code) is None, f"{pid}: party {code!r} is no country code of kb/countries.toml")
        places = _strings(file, pid, entry.get("places", []), "places")
        for place in places + ((entry["venue"],) if "venue" in entry else ()):
            _fail(file, getattr(kb.entities.get(place), "type", None) != "PLACE", f"{pid}: {place!r} is no place of kb/places.toml")
        for key in ("approved", "started", "completed"):
            if key in entry:
                _check_date(file, pid, key, entry[key])
        _fail(file, not isinstance(entry.get("cue", False), bool), f"{pid}: cue must be true or false")
        _fail(file, ("value" in entry) != ("unit" in entry), f"{pid}: value and unit go together")
        _fail(file, "value" in entry and not (isinstance(entry["value"], (int, float)) and entry["value"] > 0),
              f"{pid}: value must be a positive number")
        facts = {k: entry[k] for k in ("approved", "started", "completed", "value", "unit") if k in entry}
        projects[pid] = KBProject(pid, normalize(entry["name"]), entry["kind"],
                                  tuple(normalize(v) for v in _strings(file, pid, entry.get("variants", []), "variants")),
                                  parties, places, entry.get("venue"), entry.get("cue", False), facts)
    _check_variants(file, projects)
    return projects


def _check_variants(file: str, projects: dict[str, KBProject]) -> None:
    """A written form names one project only."""
    owner: dict[str, str] = {}
    for p in projects.values():
        for form in {lower(f) for v in (p.name, *p.variants) for f in dash_forms(v)}:
            _fail(file, owner.setdefault(form, p.id) != p.id, f"{p.id}: variant {form!r} also names {owner.get(form)}")


def dash_forms(text: str) -> list[str]:
    """``text`` with each dash written every way the press writes it ("Viêng Chăn – Hà Nội", "Viêng Chăn-Hà Nội");
    past two dashes, every dash the same way."""
    parts = _DASH.split(text)
    if len(parts) == 1:
        return [text]
    combos = itertools.product(_DASHES, repeat=len(parts) - 1) if len(parts) <= 3 else ((d,) * (len(parts) - 1) for d in _DASHES)
    return ["".join(p + d for p, d in zip(parts, (*combo, ""))) for combo in combos]


@functools.cache
def kb_projects() -> dict[str, KBProject]:
    """The packaged knowledge base's projects, loaded and validated once."""
    return read_projects(KB_FILE, datafiles.load(KB_FILE, "projects"))


def numbered_part(form: str, p: KBProject) -> bool:
    """Is ``form`` (lower-cased) a numbered part of the project's venue ("bến số 1 và 2 cảng Vũng Áng"), which is
    built, not visited?"""
    venue = knowledge_base().entities.get(p.venue or "")
    return venue is not None and any(c.isdigit() for c in form) and lower(venue.name) in form


@functools.cache
def kb_forms() -> dict[str, str]:
    """Every written form of the knowledge base's projects, lower-cased, in every dash spelling → its id."""
    return {form: p.id for p in kb_projects().values()
            for form in {lower(f) for v in (p.name, *p.variants) for f in dash_forms(v)}}


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(lower(normalize(w))).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _table(file: str, data: dict[str, Any], key: str) -> dict[str, Any]:
    table = data.get(key)
    _fail(file, not isinstance(table, dict), f"missing [{key}] table")
    return table


def _number(file: str, table: dict[str, Any], key: str, name: str) -> int:
    value = table.get(key)
    _fail(file, not isinstance(value, int) or value <= 0, f"[{name}] {key} must be a positive integer")
    return value


def read_words(file: str, data: dict[str, Any]) -> Words:
    """The words of a parsed project-words file (its header already checked), validated."""
    heads_table, stages_table = _table(file, data, "heads"), _table(file, data, "stages")
    _fail(file, bool(set(heads_table) - set(PROJECT_KINDS)), f"[heads] unknown kinds {sorted(set(heads_table) - set(PROJECT_KINDS))}")
    heads = {lower(normalize(w)): kind for kind in heads_table for w in _strings(file, f"[heads] {kind}", heads_table[kind], kind)}
    cue = _table(file, data, "cue")
    cue_kinds = _strings(file, "[cue]", cue.get("kinds"), "kinds")
    _fail(file, bool(set(cue_kinds) - set(PROJECT_KINDS)), f"[cue] unknown kinds {sorted(set(cue_kinds) - set(PROJECT_KINDS))}")
    cue_heads = {lower(normalize(h)) for h in _strings(file, "[cue]", cue.get("heads"), "heads")}
    _fail(file, bool(cue_heads - set(heads)), f"[cue] heads {sorted(cue_heads - set(heads))} are no [heads]")
    order = _strings(file, "[stages]", stages_table.get("order"), "order")
    ongoing = {lower(normalize(w)) for w in _strings(file, "[stages]", stages_table.get("ongoing"), "ongoing")}
    _fail(file, sorted(order) != sorted(STAGES), f"[stages] order must list every stage once: {', '.join(STAGES)}")
    stages = {lower(normalize(w)): stage for stage in STAGES
              for w in _strings(file, f"[stages] {stage}", stages_table.get(stage), stage)}
    _fail(file, not ongoing <= set(stages), f"[stages] ongoing {sorted(ongoing - set(stages))} are no stage words")
    planned, value, reach = _table(file, data, "planned"), _table(file, data, "value"), _table(file, data, "reach")
    anaphora = _table(file, data, "anaphora")
    return Words(
        heads=heads,
        cue_heads=frozenset(cue_heads | {h for h, k in heads.items() if k in cue_kinds}),
        cue_kinds=frozenset(cue_kinds),
        cue_words=re.compile(rf"(?<!\w)(?:{_alternation(_strings(file, '[cue]', cue.get('words'), 'words'))})(?!\w)"),
        wrappers=tuple(sorted((lower(normalize(w)) for w in _strings(file, "[wrappers]", _table(file, data, "wrappers").get("words"), "words")),
                              key=len, reverse=True)),
        generic=tuple(lower(normalize(w)) for w in _strings(file, "[generic]", _table(file, data, "generic").get("phrases"), "phrases")),
        stages=stages,
        ongoing=frozenset(ongoing),
        not_stages=tuple(lower(normalize(w)) for w in _strings(file, "[stages]", stages_table.get("not"), "not")),
        order={stage: k for k, stage in enumerate(order)},
        planned=re.compile(rf"(?<!\w)(?:{_alternation(_strings(file, '[planned]', planned.get('words'), 'words'))})(?!\w)"),
        planned_window=_number(file, planned, "window", "planned"),
        purpose=frozenset(lower(normalize(w)) for w in _strings(file, "[planned]", planned.get("purpose"), "purpose")),
        forward=_number(file, reach, "forward", "reach"),
        backward=_number(file, reach, "backward", "reach"),
        value=re.compile(rf"(?<!\w)(?:{_alternation(_strings(file, '[value]', value.get('words'), 'words'))})(?!\w)"),
        value_window=_number(file, value, "window", "value"),
        inner=frozenset(_strings(file, "[names]", _table(file, data, "names").get("inner"), "inner")),
        compounds=re.compile(rf"(?<!\w)(?:{_alternation(_strings(file, '[names]', data['names'].get('compounds'), 'compounds'))}) $",
                             re.IGNORECASE),
        anaphor_stops=tuple(lower(normalize(w)) for w in _strings(file, "[anaphora]", anaphora.get("not_before"), "not_before")),
        anaphor_reach=_number(file, anaphora, "reach", "anaphora"),
        topic_reach=_number(file, anaphora, "topic_reach", "anaphora"),
        background=tuple(lower(normalize(w)) for w in _strings(file, "[dates]", _table(file, data, "dates").get("background"),
                                                                 "background")),
        plural=re.compile(rf"(?<!\w)(?:{_alternation(_strings(file, '[anaphora]', anaphora.get('plural'), 'plural'))}|\d+) $"),
        quoted_only=frozenset(_known_heads(file, heads, "[names] quoted_only", data["names"].get("quoted_only"))),
        many=re.compile(rf"(?<!\w)(?:{_alternation(_strings(file, '[names]', data['names'].get('many'), 'many'))}) $"),
        described_only=frozenset(_known_heads(file, heads, "[names] described_only", data["names"].get("described_only"))),
        id_heads=_id_heads(file, heads, _table(file, data, "ids")),
        topic=re.compile(rf"(?:{_alternation(_strings(file, '[anaphora]', anaphora.get('topic'), 'topic'))}) $"),
        listing=re.compile(rf"(?<!\w)(?:{_alternation(_strings(file, '[listing]', _table(file, data, 'listing').get('words'), 'words'))})"
                           rf"(?: [^\s,;.:]+){{0,3}} như "),
        **_routes(file, heads, _table(file, data, "routes")),
    )


def _routes(file: str, heads: dict[str, str], table: dict[str, Any]) -> dict[str, Any]:
    """[routes]: the plural heads of a list of routes (roads and railways), its link words, window and length."""
    route_heads = _known_heads(file, heads, "[routes] heads", table.get("heads"))
    _fail(file, any(heads[h] not in ("road", "rail") for h in route_heads), "[routes] heads must be heads of road or rail")
    links = _alternation(_strings(file, "[routes]", table.get("links"), "links"))
    window = _number(file, table, "window", "routes")
    return {"route_heads": frozenset(route_heads), "route_most": _number(file, table, "most", "routes"),
            "route_link": re.compile(rf" (?:[^,;.:()\n]{{0,{window}}}? )?(?:{links}) ")}


def _known_heads(file: str, heads: dict[str, str], owner: str, value: Any) -> set[str]:
    found = {lower(normalize(h)) for h in _strings(file, owner, value, owner)}
    _fail(file, bool(found - set(heads)), f"{owner}: {sorted(found - set(heads))} are no [heads]")
    return found


def _id_heads(file: str, heads: dict[str, str], table: dict[str, Any]) -> dict[str, str]:
    """[ids]: a head → the head ids are written with ("" for none: "dự án “…”")."""
    _known_heads(file, heads, "[ids]", list(table))
    _fail(file, not all(isinstance(v, str) for v in table.values()), "[ids] values must be strings")
    return {lower(normalize(h)): lower(normalize(v)) for h, v in table.items()}


@functools.cache
def vocabulary() -> Words:
    """The packaged project words, loaded and validated once."""
    return read_words(WORDS_FILE, datafiles.load(WORDS_FILE, "project_words"))


@functools.cache
def automaton() -> ahocorasick.Automaton:
    """Every project variant, head, generic phrase and stage word, lower-cased: pattern → (length, what, value),
    ``what`` one of PROJECT (value: its id), HEAD (its kind), GENERIC, STAGE (the stage) and NOSTAGE."""
    words = vocabulary()
    table = {form: ("PROJECT", pid) for form, pid in kb_forms().items()}
    entries = [(words.heads, "HEAD"), (words.stages, "STAGE"), ({w: "" for w in words.not_stages}, "NOSTAGE"),
               ({w: "" for w in words.generic}, "GENERIC")]
    for mapping, what in entries:
        for pattern, value in mapping.items():
            table.setdefault(pattern, (what, value))
    auto = ahocorasick.Automaton()
    for pattern, (what, value) in table.items():
        auto.add_word(pattern, (len(pattern), what, value))
    auto.make_automaton()
    return auto
