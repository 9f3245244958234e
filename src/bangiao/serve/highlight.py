"""Marking a record's facts in its cleaned text for the article reader.

The text is cut at every span boundary into segments; each segment carries the marks that cover it (an entity
mention, an event's evidence, a figure's evidence). Segments are plain strings: the template escapes them, so
article text can never become markup.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from bangiao.serve.language import code, entity_name, money, words


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    css: str        # class name: ent-PERSON, event, figure, agreement
    label: str      # tooltip: what was extracted here
    link: str | None = None
    anchor: str | None = None  # the id a link can jump to (an event's evidence: "at-<start>")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marks: tuple[Mark, ...]
    start: int = 0

    @property
    def css(self) -> str:
        return " ".join(sorted({m.css for m in self.marks}))

    @property
    def label(self) -> str:
        return " · ".join(m.label for m in self.marks)

    @property
    def link(self) -> str | None:
        return next((m.link for m in self.marks if m.link), None)

    @property
    def anchor(self) -> str | None:
        """The id of a mark that starts here (the first segment of an event's evidence)."""
        return next((m.anchor for m in self.marks if m.anchor and m.start == self.start), None)


def _entity_link(entity: dict, home: str) -> str | None:
    if entity["type"] == "PERSON":
        return f"/actors/{entity['id']}"
    code = entity["id"].split(":", 1)[1] if entity["id"].startswith("country:") else None
    return f"/?pair={home}-{code}" if code and code != home else None


def marks(record: dict, reported_as: dict[str, str] | None = None, lang: str = "vi", home: str = "VN") -> list[Mark]:
    """Every span the record points to in its text, labelled in ``lang``; an event's evidence links to its fused
    event's page (``reported_as``: event id → fused id) and can be jumped to ("at-<start>")."""
    fused = reported_as or {}
    found = [Mark(m["start"], m["end"], f"ent-{e['type']}",
                  f"{code(lang, 'entity_types', e['type'])}: {entity_name(e['id'], e['name'], lang)}",
                  _entity_link(e, home)) for e in record.get("entities", []) for m in e["mentions"]]
    found += [Mark(e["evidence"]["start"], e["evidence"]["end"], "event",
                   f"{code(lang, 'event_types', e['type'])} (CAMEO {e['cameo']}) "
                   f"{((e.get('date') or {}).get('value') or '')}".strip(),
                   f"/events/{fused[e['id']]}" if e["id"] in fused else None, f"at-{e['evidence']['start']}")
              for e in record.get("events", []) if e["evidence"]["end"] > e["evidence"]["start"]]  # not caption-only
    found += [Mark(a["evidence"]["start"], a["evidence"]["end"], "agreement",
                   f"{code(lang, 'agreement_kinds', a['kind'])}: {code(lang, 'agreement_statuses', a['status'])}")
              for a in record.get("agreements", [])]
    found += [Mark(f["evidence"]["start"], f["evidence"]["end"], "figure",
                   f"{code(lang, 'figure_kinds', f['kind'])}: {money(f['value'], f['unit'], lang)}"
                   + (f" ({words(lang)['target']})" if f["is_target"] else ""))
              for f in record.get("figures", [])]
    return found + _undertakings(record, lang)


def _undertakings(record: dict, lang: str) -> list[Mark]:
    """A record's projects (linking to their page) and commitments, each jumped to at its sentence ("at-<start>")."""
    found = [Mark(p["evidence"]["start"], p["evidence"]["end"], "project",
                  f"{code(lang, 'project_kinds', p['kind'])}: {p['name']}"
                  + (f" ({code(lang, 'stages', p['stage'])})" if p.get("stage") else ""), f"/projects/{p['id']}",
                  f"at-{p['evidence']['start']}") for p in record.get("projects", [])]
    return found + [Mark(c["evidence"]["start"], c["evidence"]["end"], "commitment",
                         f"{code(lang, 'commitment_kinds', c['kind'])}: {c['what']['text'][:80]}", None,
                         f"at-{c['evidence']['start']}") for c in record.get("commitments", [])]


def segments(text: str, spans: list[Mark]) -> list[Segment]:
    """The text cut at every mark boundary; joining the segments' text gives ``text`` back."""
    valid = [m for m in spans if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text)} | {m.start for m in valid} | {m.end for m in valid})
    out = []
    for start, end in pairwise(cuts):
        covering = tuple(m for m in valid if m.start <= start and end <= m.end)
        out.append(Segment(text[start:end], covering, start))
    return out
