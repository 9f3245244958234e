"""The evaluation: bangiao's extraction against gold annotations, with underthesea's NER beside it.

Gold files follow ``tests/dev/README.md``. An article and its gold file share a
stem: ``articles/NNN_x.txt`` ↔ ``gold/NNN_x.json``; the seeds' gold files sit in
``tests/dev/seeds_gold``. Scores are per entity type: a predicted entity is
right when its type matches a gold entity's and its name or one of its mention
strings is one of that gold entity's names (case and diacritics folded). The
cleaner is scored apart, on hand-marked articles (see "cleaning" at the end).
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bangiao.extract import pipeline
from bangiao.extract.entities import find_entities
from bangiao.extract.kb import day_range
from bangiao.errors import InputError
from bangiao.model import REMOVED_KINDS, Document
from bangiao.reading.clean import Cleaned, clean_text
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
    undated: int = 0  # event dates: none given where the gold has one
    wrong: int = 0  # event dates: one given, and not the gold's (a confidently wrong date)

    def share(self, count: int) -> float:
        return count / self.total if self.total else 0.0

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
            ok = same_date(value, g.get("date"))
            dates.add(ok, inferred, f"{case.name}: event date {e.type} '{g.get('evidence', '')[:50]}' {value} (gold {g.get('date')})")
            dates.undated += value is None and g.get("date") is not None
            dates.wrong += value is not None and not ok
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


def _figure_pairs(case: Case, total: Counts) -> list[tuple]:
    """A document's figures matched to its gold ones: the same value, unit and goal-or-result."""
    return _match(case.name, list(case.document.figures), [g for g in case.gold.get("figures", []) if g.get("value") is not None],
                  lambda f, g: g.get("unit") == f.unit and abs(float(g["value"]) - f.value) <= 1e-6 * max(1.0, f.value)
                  and bool(g.get("is_target")) == f.is_target,
                  lambda f: f"figure {f.value:,.0f} {f.unit} target={f.is_target} '{f.evidence.text[:50]}'",
                  lambda g: f"figure {g['value']:,} {g.get('unit')} target={g.get('is_target')}", total)


def evaluate_figures(cases: list[Case]) -> Counts:
    """Figures right when value, unit and goal-or-result all match a gold figure's."""
    total = Counts()
    for case in cases:
        _figure_pairs(case, total)
    return total


def evaluate_figure_periods(cases: list[Case]) -> Accuracy:
    """The periods of the figures found whose gold gives one: right when the same, a span as the gold writes it
    ("2024-01/2024-10" for "10 tháng đầu năm 2024")."""
    periods = Accuracy()
    for case in cases:
        for f, g in _figure_pairs(case, Counts()):
            if g.get("period"):
                got = f.period.interval() if f.period else None
                periods.add(got == g["period"], False, f"{case.name}: figure {f.value:,.0f} period {got} (gold {g['period']})")
    return periods

# ---------------------------------------------------------------- cleaning
# Hand-marked articles (tests/data/boilerplate/*.txt) carry their boilerplate in place as ⟦kind|text⟧ (see the
# README there): the score counts marked pieces cut (and with the right kind), unmarked body lines kept whole,
# and the cut's precision and recall on non-space characters. On annotated articles, whose gold is read from
# the cleaned text, a gold evidence or name that the input has and the cleaned text lacks was cut by cleaning.

_MARK = re.compile(rf"⟦({'|'.join(REMOVED_KINDS)})\|(.*?)⟧", re.DOTALL)


@dataclass
class CleaningScore:
    """Marked pieces cut (and with the right kind), body lines kept whole, and the cut counted on characters."""

    pieces: int = 0
    pieces_cut: int = 0
    kinds_right: int = 0
    body_lines: int = 0
    body_kept: int = 0
    chars: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)


def unmark(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The article without its marks, and each marked piece as (kind, start, end) in it."""
    parts, pieces, at, length = [], [], 0, 0
    for m in _MARK.finditer(marked):
        parts.append(marked[at:m.start()])
        length += m.start() - at
        pieces.append((m.group(1), length, length + len(m.group(2))))
        parts.append(m.group(2))
        length += len(m.group(2))
        at = m.end()
    parts.append(marked[at:])
    return "".join(parts), pieces


def cut_positions(text: str, cleaned: Cleaned) -> dict[int, str]:
    """Every position of ``text`` (the normalized input) that the cleaner cut, with the kind it was cut as."""
    cut: dict[int, str] = {}
    for item in cleaned.cuts:
        at = max(item.start, 0)
        for line in item.text.split("\n"):
            found = text.find(line, at)
            if found < 0:
                continue
            cut.update((p, item.kind) for p in range(found, found + len(line)))
            at = found + len(line)
    return cut


def score_marked(name: str, marked: str, total: CleaningScore) -> None:
    """One hand-marked article into ``total``."""
    text, pieces = unmark(marked.rstrip("\n"))
    if normalize(text) != text:
        raise ValueError(f"{name}: not in normalized form (NFC, classic tone marks)")
    cut = cut_positions(text, clean_text(text))
    gold = {p for _, start, end in pieces for p in range(start, end)}
    visible = [p for p in range(len(text)) if not text[p].isspace()]
    total.chars.add(Counts(sum(p in cut and p in gold for p in visible), sum(p in cut and p not in gold for p in visible),
                           sum(p not in cut and p in gold for p in visible)))
    for kind, start, end in pieces:
        _score_piece(name, text, cut, kind, start, end, total)
    offset = 0
    for line in text.split("\n"):
        span = range(offset, offset + len(line))
        offset += len(line) + 1
        if line.strip() and not any(p in gold for p in span):
            total.body_lines += 1
            if any(p in cut for p in span):
                total.errors.append(f"{name}: body line cut '{line[:70]}'")
            else:
                total.body_kept += 1


def _score_piece(name: str, text: str, cut: dict[int, str], kind: str, start: int, end: int, total: CleaningScore) -> None:
    chars = [p for p in range(start, end) if not text[p].isspace()]
    if not chars:
        return
    total.pieces += 1
    kinds = [cut[p] for p in chars if p in cut]
    if len(kinds) < 0.9 * len(chars):
        total.errors.append(f"{name}: {kind} kept '{text[start:end][:70]}'")
        return
    total.pieces_cut += 1
    got = max(set(kinds), key=kinds.count)
    if got == kind:
        total.kinds_right += 1
    else:
        total.errors.append(f"{name}: {kind} cut as {got} '{text[start:end][:60]}'")


def evaluate_marked(folder: Path) -> CleaningScore:
    total = CleaningScore()
    for path in sorted(folder.glob("*.txt")):
        score_marked(path.name, path.read_text("utf-8"), total)
    return total


def marked_report(folder: Path, score: CleaningScore) -> str:
    files = len(list(folder.glob("*.txt")))
    return (f"boilerplate ({files} hand-marked articles)  pieces cut {score.pieces_cut}/{score.pieces}, kind right "
            f"{score.kinds_right}/{score.pieces_cut}; body lines kept {score.body_kept}/{score.body_lines}; "
            f"characters P {score.chars.precision:.3f}  R {score.chars.recall:.3f}")


@dataclass
class Losses:
    """Gold facts of annotated articles that the input has: kept in the cleaned text (right) or cut (errors)."""

    evidence: Accuracy = field(default_factory=Accuracy)
    names: Accuracy = field(default_factory=Accuracy)


def cleaning_losses(named: list[tuple[str, str, str, dict]]) -> Losses:
    """``named``: (article name, raw input, cleaned text, gold) for each annotated article."""
    losses = Losses()
    for name, raw, text, gold in named:
        source = normalize(raw)
        for evidence in (e.get("evidence") or "" for e in gold.get("events", [])):
            if evidence and evidence in source:
                losses.evidence.add(evidence in text, False, f"{name}: evidence cut '{evidence[:60]}'")
        for surface in (s for e in gold.get("entities", []) for s in e.get("surfaces", [])):
            if surface and surface in source:
                losses.names.add(surface in text, False, f"{name}: name cut '{surface}'")
    return losses


def losses_report(losses: Losses) -> str:
    ev, nm = losses.evidence, losses.names
    return (f"cleaning (gold cut with the page furniture)  evidence {ev.total - ev.right}/{ev.total}, "
            f"names {nm.total - nm.right}/{nm.total}")


def case_losses(cases: list[Case]) -> Losses:
    """The losses over evaluation cases read from plain-text files."""
    named = [(c.name, Path(c.document.path).read_text("utf-8", errors="replace"), c.document.text, c.gold)
             for c in cases if c.document.path and Path(c.document.path).suffix == ".txt"]
    return cleaning_losses(named)


def cleaning_lines(cases: list[Case] | None = None, marked: Path | None = None, errors: bool = False) -> list[str]:
    """What ``bangiao eval`` prints for cleaning: the gold lost on ``cases``, or the score on ``marked`` files."""
    if cases is not None:
        losses = case_losses(cases)
        lost = losses.evidence.errors + losses.names.errors
        return [losses_report(losses)] + ([f"  {e}" for e in lost] if errors else [])
    if marked is None or not marked.is_dir():
        return []
    score = evaluate_marked(marked)
    return ["", marked_report(marked, score)] + ([f"  {e}" for e in score.errors] if errors else [])
