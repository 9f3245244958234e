"""The evaluation: bangiao's extraction against gold annotations, with underthesea's NER beside it.

Gold files follow ``tests/dev/README.md``. An article and its gold file share a
stem: ``articles/NNN_x.txt`` ↔ ``gold/NNN_x.json``; the seeds' gold files sit in
``tests/dev/seeds_gold``. Scores are per entity type: a predicted entity is
right when its type matches a gold entity's and its name or one of its mention
strings is one of that gold entity's names (case and diacritics folded).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bangiao.extract import pipeline
from bangiao.extract.entities import find_entities
from bangiao.extract.kb import day_range
from bangiao.errors import InputError
from bangiao.model import Document
from bangiao.reading.normalize import fold, normalize

ENTITY_TYPES = ("PERSON", "COUNTRY", "ORG", "PLACE")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    document: Document
    gold: dict


@dataclass(frozen=True, slots=True)
class Predicted:
    """An entity as a system gives it: type, a name, the strings it was found as."""

    type: str
    name: str
    surfaces: frozenset[str]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.errors += other.errors

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _key(text: str) -> str:
    return " ".join(fold(normalize(text)).replace("-", " ").split())


def load_cases(articles: Path, gold: Path) -> list[Case]:
    """Every article in ``articles`` that has a gold file in ``gold``, read and cleaned by bangiao."""
    cases = []
    for path in sorted(p for p in articles.iterdir() if p.suffix in ARTICLE_SUFFIXES):
        gold_file = gold / f"{path.stem}.json"
        if not gold_file.exists():
            continue
        for _, doc in pipeline.extract_paths([str(path)]):
            if isinstance(doc, InputError):
                raise doc
            cases.append(Case(path.name, doc, json.loads(gold_file.read_text("utf-8"))))
    return cases


def ours(doc: Document) -> list[Predicted]:
    """bangiao's entity stage, run again on the cleaned text (so that its time is measured alone)."""
    window = day_range(doc.published.value) if doc.published else None
    return [Predicted(e.type, e.name, frozenset(m.text for m in e.mentions)) for e in find_entities(doc.text, window)]


def score_entities(predicted: Iterable[Predicted], gold: list[dict], etype: str) -> Counts:
    """One document, one type: each gold entity found at most once; a prediction that finds none is a false positive."""
    golds = [g for g in gold if g["type"] == etype]
    names = [{_key(g["name"]), *(_key(s) for s in g.get("surfaces", []))} for g in golds]
    found: set[int] = set()
    counts = Counts()
    gold_names = [_key(g["name"]) for g in golds]
    for p in (p for p in predicted if p.type == etype):
        keys = {_key(p.name), *(_key(s) for s in p.surfaces)}
        by_name = [i for i, n in enumerate(gold_names) if n == _key(p.name)]
        hits = by_name or [i for i, n in enumerate(names) if n & keys]
        if hits:
            found.add(next((i for i in hits if i not in found), hits[0]))
        else:
            counts.fp += 1
            counts.errors.append(f"FP {etype} {p.name}")
    counts.tp = len(found)
    counts.fn = len(golds) - len(found)
    counts.errors += [f"FN {etype} {golds[i]['name']}" for i in range(len(golds)) if i not in found]
    return counts


def evaluate_entities(cases: list[Case], system: Callable[[Document], list[Predicted]]) -> tuple[dict[str, Counts], float]:
    """Counts per type over all cases, and the system's speed in characters per second."""
    totals = {t: Counts() for t in ENTITY_TYPES}
    chars, seconds = 0, 0.0
    for case in cases:
        t0 = time.perf_counter()
        predicted = system(case.document)
        seconds += time.perf_counter() - t0
        chars += len(case.document.text)
        for t in ENTITY_TYPES:
            c = score_entities(predicted, case.gold.get("entities", []), t)
            c.errors = [f"{case.name}: {e}" for e in c.errors]
            totals[t].add(c)
    return totals, chars / seconds if seconds else 0.0


def underthesea_system() -> Callable[[Document], list[Predicted]] | None:
    """underthesea's NER as a system (LOC split into COUNTRY/PLACE by our country names); None if not installed."""
    try:
        from underthesea import ner
    except ImportError:
        return None
    from bangiao.extract.kb import knowledge_base

    countries = {_key(a) for e in knowledge_base().entities.values() if e.type == "COUNTRY" for a in e.aliases}
    kinds = {"PER": "PERSON", "ORG": "ORG"}

    def run(doc: Document) -> list[Predicted]:
        out = []
        for paragraph in doc.text.split("\n"):
            if paragraph.strip():
                out += _spans_of(ner(paragraph))
        return [Predicted("COUNTRY" if label == "LOC" and _key(s) in countries else kinds.get(label, "PLACE"), s,
                          frozenset({s})) for label, s in out if label in ("PER", "ORG", "LOC")]

    return run


def _spans_of(tagged: list[tuple]) -> list[tuple[str, str]]:
    spans, label, words = [], None, []
    for token in tagged:
        word, tag = token[0], token[-1]
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
            if label:
                spans.append((label, " ".join(words)))
            label, words = (tag[2:], [word]) if tag != "O" else (None, [])
        else:
            words.append(word)
    if label:
        spans.append((label, " ".join(words)))
    return spans


def report(title: str, results: dict[str, tuple[dict[str, Counts], float]]) -> str:
    """A plain-text table: one row per type, P/R/F1 per system, and speed."""
    systems = list(results)
    lines = [title, "type     " + "".join(f"| {s:^24} " for s in systems)]
    lines.append("         " + "".join("|   P      R      F1     " for _ in systems))
    for t in ENTITY_TYPES:
        row = f"{t:<9}"
        for s in systems:
            c = results[s][0][t]
            row += f"| {c.precision:5.3f}  {c.recall:5.3f}  {c.f1:5.3f}  "
        lines.append(row)
    lines.append("chars/s  " + "".join(f"| {results[s][1]:>22,.0f} " for s in systems))
    return "\n".join(lines)


# ---------------------------------------------------------------- dates


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0
    inferred_right: int = 0
    inferred_total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    @property
    def inferred(self) -> float:
        return self.inferred_right / self.inferred_total if self.inferred_total else 1.0

    def add(self, ok: bool, inferred: bool, error: str) -> None:
        self.total += 1
        self.right += ok
        if inferred:
            self.inferred_total += 1
            self.inferred_right += ok
        if not ok:
            self.errors.append(error)


def same_date(ours: str | None, gold: str | None) -> bool:
    """Right at the gold's precision: gold "2024-01" accepts "2024-01-06"; a gold null wants no date."""
    if not gold:
        return not ours
    return bool(ours) and ours[:len(gold)] == gold


def evaluate_dates(cases: list[Case]) -> tuple[Accuracy, Accuracy]:
    """Document-date accuracy, and governing-date accuracy over the gold events' evidence sentences."""
    from bangiao.extract.dating import date_document
    from bangiao.extract.governing import governing_date
    from bangiao.extract.events import SPANS_DAYS

    documents, events = Accuracy(), Accuracy()
    for case in cases:
        gold = case.gold.get("published") or {}
        ours = case.document.published.value if case.document.published else None
        inferred = gold.get("basis") == "inferred" or not gold.get("value")
        documents.add(same_date(ours, gold.get("value")), inferred, f"{case.name}: published {ours} (gold {gold.get('value')})")
        dating = date_document(case.document.text, case.document.entities)
        if case.document.published and dating.published != case.document.published:
            dating = date_document(case.document.text, case.document.entities, case.document.published)
        for event in case.gold.get("events", []):
            pos = case.document.text.find(event.get("evidence") or "\0")
            if pos < 0:
                continue
            got = governing_date(dating, case.document.text, pos, event.get("status") == "planned",
                                 pos + len(event["evidence"]), event["type"] in SPANS_DAYS)
            value = got.value if got else None
            events.add(same_date(value, event.get("date")), inferred,
                       f"{case.name}: {event['type']} '{event['evidence'][:50]}' {value} (gold {event.get('date')})")
    return documents, events


def date_report(title: str, documents: Accuracy, events: Accuracy) -> str:
    return (f"{title}\n"
            f"document date   {documents.value:6.3f}  ({documents.right}/{documents.total}; "
            f"year inferred or unknown: {documents.inferred:.3f}, {documents.inferred_right}/{documents.inferred_total})\n"
            f"governing date  {events.value:6.3f}  ({events.right}/{events.total} event sentences; "
            f"in undated-year documents: {events.inferred:.3f}, {events.inferred_right}/{events.inferred_total})")


# ---------------------------------------------------------------- events


def _names(doc: Document, ids: tuple[str, ...]) -> set[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return {_key(by_id.get(i, i.split(":", 1)[-1])) for i in ids}


def _told_in(predicted: object, gold: dict) -> bool:
    """Whether the gold's evidence lies in the sentence the prediction gives as its own."""
    evidence = getattr(predicted, "evidence", None)
    return bool(evidence is not None and gold.get("evidence") and gold["evidence"] in evidence.text)


def _match(name: str, predicted: list, golds: list[dict], same, shown_fp, shown_fn, total: Counts) -> list[tuple[object, dict]]:
    """One document: each prediction takes the first gold it fits that no earlier one took; returns the pairs."""
    found: dict[int, object] = {}
    for p in predicted:
        fits = [i for i, g in enumerate(golds) if i not in found and same(p, g)]
        told = [i for i in fits if _told_in(p, golds[i])]  # the gold told in the same sentence, if any
        hit = (told or fits or [None])[0]
        if hit is None:
            total.fp += 1
            total.errors.append(f"{name}: FP {shown_fp(p)}")
        else:
            found[hit] = p
    total.tp += len(found)
    total.fn += len(golds) - len(found)
    total.errors += [f"{name}: FN {shown_fn(g)}" for i, g in enumerate(golds) if i not in found]
    return [(p, golds[i]) for i, p in found.items()]


def evaluate_events(cases: list[Case]) -> tuple[Counts, Accuracy]:
    """Events: right when the type matches a gold event's and they share a participant (each gold event once);
    and the dates of the events found, against their gold event's (at the gold's precision; null is a value)."""
    total, dates = Counts(), Accuracy()
    for case in cases:
        doc = case.document
        inferred = (case.gold.get("published") or {}).get("basis") == "inferred"
        pairs = _match(case.name, list(doc.events), case.gold.get("events", []),
                       lambda e, g: g["type"] == e.type and bool({_key(p) for p in g.get("participants", [])} & _names(doc, e.participants)),
                       lambda e: f"{e.type} {sorted(_names(doc, e.participants))} '{e.evidence.text[:60]}'",
                       lambda g: f"{g['type']} {g.get('participants')} '{g.get('evidence', '')[:60]}'", total)
        for e, g in pairs:
            value = e.date.value if e.date else None
            dates.add(same_date(value, g.get("date")), inferred,
                      f"{case.name}: event date {e.type} '{g.get('evidence', '')[:50]}' {value} (gold {g.get('date')})")
    return total, dates


# ---------------------------------------------------------------- agreements and figures


def _same_name(a: str, b: str) -> bool:
    x, y = _key(a), _key(b)
    if x in y or y in x:
        return True
    wx, wy = set(x.split()), set(y.split())
    return len(wx & wy) / max(1, len(wx | wy)) >= 0.6


def evaluate_agreements(cases: list[Case]) -> tuple[Counts, Accuracy]:
    """Agreements found by name (folded, one inside the other or mostly the same words); and their status."""
    total, status = Counts(), Accuracy()
    for case in cases:
        pairs = _match(case.name, list(case.document.agreements), case.gold.get("agreements", []),
                       lambda a, g: _same_name(a.name, g["name"]),
                       lambda a: f"agreement '{a.name[:70]}' ({a.status})", lambda g: f"agreement '{g['name'][:70]}'", total)
        for a, g in pairs:
            status.add(a.status == g.get("status"), False, f"{case.name}: '{a.name[:50]}' {a.status} (gold {g.get('status')})")
    return total, status


def evaluate_figures(cases: list[Case]) -> Counts:
    """Figures right when value, unit and goal-or-result all match a gold figure's."""
    total = Counts()
    for case in cases:
        _match(case.name, list(case.document.figures), [g for g in case.gold.get("figures", []) if g.get("value") is not None],
               lambda f, g: g.get("unit") == f.unit and abs(float(g["value"]) - f.value) <= 1e-6 * max(1.0, f.value)
               and bool(g.get("is_target")) == f.is_target,
               lambda f: f"figure {f.value:,.0f} {f.unit} target={f.is_target} '{f.evidence.text[:50]}'",
               lambda g: f"figure {g['value']:,} {g.get('unit')} target={g.get('is_target')}", total)
    return total
