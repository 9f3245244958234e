"""Marking a record's facts in its cleaned text for the article reader.

The text is cut at every span boundary into segments; each segment carries the marks that cover it (an entity
mention, an event's evidence, a figure's evidence). Segments are plain strings: the template escapes them, so
article text can never become markup.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    css: str        # class name: ent-PERSON, event, figure, agreement
    label: str      # tooltip: what was extracted here
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marks: tuple[Mark, ...]

    @property
    def css(self) -> str:
        return " ".join(sorted({m.css for m in self.marks}))

    @property
    def label(self) -> str:
        return " · ".join(m.label for m in self.marks)

    @property
    def link(self) -> str | None:
        return next((m.link for m in self.marks if m.link), None)


def marks(record: dict) -> list[Mark]:
    """Every span the record points to in its text, labelled."""
    found = [Mark(m["start"], m["end"], f"ent-{e['type']}", f"{e['type']}: {e['name']}",
                  f"/actors/{e['id']}" if e["type"] == "PERSON" else None)
             for e in record.get("entities", []) for m in e["mentions"]]
    found += [Mark(e["evidence"]["start"], e["evidence"]["end"], "event",
                   f"{e['type']} (CAMEO {e['cameo']}) {((e.get('date') or {}).get('value') or '')}".strip())
              for e in record.get("events", []) if e["evidence"]["end"] > e["evidence"]["start"]]  # not caption-only
    found += [Mark(a["evidence"]["start"], a["evidence"]["end"], "agreement", f"{a['kind']}: {a['status']}")
              for a in record.get("agreements", [])]
    found += [Mark(f["evidence"]["start"], f["evidence"]["end"], "figure",
                   f"{f['kind']}: {f['value']:,.0f} {f['unit']}" + (" (target)" if f["is_target"] else ""))
              for f in record.get("figures", [])]
    return found


def segments(text: str, spans: list[Mark]) -> list[Segment]:
    """The text cut at every mark boundary; joining the segments' text gives ``text`` back."""
    valid = [m for m in spans if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text)} | {m.start for m in valid} | {m.end for m in valid})
    out = []
    for start, end in pairwise(cuts):
        covering = tuple(m for m in valid if m.start <= start and end <= m.end)
        out.append(Segment(text[start:end], covering))
    return out
