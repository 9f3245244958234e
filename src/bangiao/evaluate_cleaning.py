"""The cleaning score: what the cleaner cuts against hand-marked articles, and what it cuts of the dev set's gold.

Hand-marked articles (``tests/data/boilerplate/*.txt``) carry their boilerplate in place as ``⟦kind|text⟧``
(see the README there). The score counts marked pieces cut (and with the right kind), unmarked body lines
kept whole, and the cut's precision and recall on non-space characters. On annotated articles, whose gold is
read from the cleaned text, any gold evidence or entity name that the input has and the cleaned text lacks
was cut by the cleaner: those are counted too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bangiao.evaluate import Accuracy, Counts
from bangiao.model import REMOVED_KINDS
from bangiao.reading.clean import Cleaned, clean_text
from bangiao.reading.normalize import normalize

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


def case_losses(cases: list) -> Losses:
    """The losses over evaluation cases (``evaluate.Case``) read from plain-text files."""
    named = [(c.name, Path(c.document.path).read_text("utf-8", errors="replace"), c.document.text, c.gold)
             for c in cases if c.document.path and Path(c.document.path).suffix == ".txt"]
    return cleaning_losses(named)


def report_lines(cases: list | None = None, marked: Path | None = None, errors: bool = False) -> list[str]:
    """What ``bangiao eval`` prints for cleaning: the gold lost on ``cases``, or the score on ``marked`` files."""
    if cases is not None:
        losses = case_losses(cases)
        lost = losses.evidence.errors + losses.names.errors
        return [losses_report(losses)] + ([f"  {e}" for e in lost] if errors else [])
    if marked is None or not marked.is_dir():
        return []
    score = evaluate_marked(marked)
    return ["", marked_report(marked, score)] + ([f"  {e}" for e in score.errors] if errors else [])
