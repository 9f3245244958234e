"""The typed core every stage shares: frozen dataclasses mirroring EXTRACTION.md (version 1).

``to_dict`` turns any of them into the JSON shape of the spec; ``from_dict`` turns a record back into a Document.
"""
from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

RemovedKind = Literal["related", "comments", "share", "caption", "image", "other"]
REMOVED_KINDS: tuple[str, ...] = ("related", "comments", "share", "caption", "image", "other")
Precision = Literal["day", "month", "year"]
Basis = Literal["stated", "inferred"]


@dataclass(frozen=True, slots=True)
class Span:
    """A view into ``Document.text``: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Date:
    value: str
    precision: Precision
    basis: Basis = "stated"
    end: str | None = None
    text: str | None = None
    reason: str | None = None

    def interval(self) -> str:
        """The date as stored and in gold: its value, or its span "2025-01/2025-10" (ISO 8601) when it has an end."""
        return f"{self.value}/{self.end}" if self.end and self.end != self.value else self.value


@dataclass(frozen=True, slots=True)
class Source:
    name: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    kind: RemovedKind
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: Literal["PERSON", "COUNTRY", "ORG", "PLACE"]
    name: str
    country: str | None = None
    titles: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class CaptionSpan:
    """A view into the text of ``Document.removed[removed]`` (a photo caption cut from the main text)."""

    removed: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    cameo: str
    evidence: Span  # empty (0, 0, "") for an event told only in captions: see ``captions``
    date: Date | None = None
    participants: tuple[str, ...] = ()
    location: str | None = None
    agreements: tuple[str, ...] = ()
    status: Literal["happened", "planned"] = "happened"
    captions: tuple[CaptionSpan, ...] = ()  # photo captions (in ``removed``) that tell it too, or alone


@dataclass(frozen=True, slots=True)
class Period:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Agreement:
    id: str
    name: str
    kind: str
    evidence: Span
    parties: tuple[str, ...] = ()
    period: Period | None = None
    status: Literal["signed", "referenced", "drafting"] = "referenced"


@dataclass(frozen=True, slots=True)
class Figure:
    kind: Literal["trade_turnover", "investment", "aid", "other"]
    value: float
    unit: str
    evidence: Span
    is_target: bool = False
    change_pct: float | None = None
    period: Date | None = None
    parties: tuple[str, ...] = ()


ProjectKind = Literal["road", "rail", "port", "airport", "energy", "building", "education", "health", "zone",
                      "agriculture", "programme", "other"]
PROJECT_KINDS: tuple[str, ...] = typing.get_args(ProjectKind)
Stage = Literal["proposed", "studying", "approved", "building", "completed", "inaugurated", "operating", "delayed",
                "stalled"]
STAGES: tuple[str, ...] = typing.get_args(Stage)
CommitmentKind = Literal["agree", "commit", "target", "request"]
COMMITMENT_KINDS: tuple[str, ...] = typing.get_args(CommitmentKind)
Topic = Literal["politics", "defence_security", "economy_trade", "investment", "connectivity", "energy", "education",
                "culture_people", "border", "multilateral", "other"]
TOPICS: tuple[str, ...] = typing.get_args(Topic)


@dataclass(frozen=True, slots=True)
class Amount:
    """A project's cost or investment, in whole units as for a Figure ("1,5 tỷ USD" → 1500000000, "USD")."""

    value: float
    unit: str


@dataclass(frozen=True, slots=True)
class Project:
    """A named piece of cooperation that moves through stages (EXTRACTION.md, Project). ``id`` is the knowledge
    base's project id where the name links to one ("project:..."), else a slug of the name ("project:slug"), so the
    same project has the same id in every document."""

    id: str
    name: str
    kind: ProjectKind
    evidence: Span
    parties: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    value: Amount | None = None
    stage: Stage | None = None
    date: Date | None = None


@dataclass(frozen=True, slots=True)
class About:
    """What a commitment concerns in the same record: project ids, agreement ids, figure indexes."""

    projects: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    figures: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Commitment:
    """One undertaking (EXTRACTION.md, Commitment): ``what`` is the clause after the verb, ``evidence`` the
    sentence."""

    id: str
    kind: CommitmentKind
    what: Span
    evidence: Span
    cameo: str
    topic: Topic = "other"
    by: tuple[str, ...] = ()
    of: tuple[str, ...] = ()
    about: About = field(default_factory=About)
    deadline: Date | None = None
    date: Date | None = None


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    path: str | None = None
    title: str | None = None
    source: Source = field(default_factory=Source)
    published: Date | None = None
    removed: tuple[Removed, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    figures: tuple[Figure, ...] = ()
    warnings: tuple[str, ...] = ()
    projects: tuple[Project, ...] = ()
    commitments: tuple[Commitment, ...] = ()


def to_dict(obj: Any) -> Any:
    """The spec's JSON shape of a model object (tuples become lists, dataclasses dicts)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, float) and obj.is_integer():
        return int(obj)
    return obj


def from_dict(record: dict) -> Document:
    """The Document of a record in the spec's JSON shape: ``from_dict(to_dict(doc)) == doc``. Keys the model
    does not know (a stored record's ``inputs``) are ignored; missing ones take their defaults."""
    return _build(Document, record)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(cls: type, data: dict) -> Any:
    hints = _hints(cls)
    return cls(**{f.name: _value(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data})


def _value(hint: Any, value: Any) -> Any:
    """A JSON value as the model's type: lists as tuples, objects as dataclasses, numbers as float where declared."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if value is None:
        return None
    if origin is tuple:
        return tuple(_value(args[0], item) for item in value)
    if origin in (typing.Union, types.UnionType):
        return _value(next(a for a in args if a is not type(None)), value)
    if dataclasses.is_dataclass(hint):
        return _build(hint, value)
    return float(value) if hint is float else value
