"""Undertakings told again: a headline's, a lead's restated later, a crosshead's told in the body are taken from
the body sentence (tests/dev/README.md, Restatements); extract/commitments.py keeps the commitments these leave."""
from __future__ import annotations

from bangiao.extract.commitment_text import fold
from bangiao.model import Commitment, Figure


def without_crossheads_restated(text: str, figures: tuple[Figure, ...], found: list[Commitment]) \
        -> list[Commitment]:
    """The commitments without those of a crosshead that the body tells too, in other words ("Việt Nam sẵn sàng hỗ
    trợ Lào …" over "… khẳng định Việt Nam sẵn sàng hỗ trợ Lào … trong năm 2024"); past ``_CROSSHEADS`` crossheads
    the text is no article of a few sections and all are kept."""
    heads = {id(c) for c in found if in_crosshead(text, c)}
    if not heads or len(heads) > _CROSSHEADS:
        return found
    body = [c for c in found if id(c) not in heads]
    return [c for c in found if id(c) not in heads or not any(_restates(figures, o, c) for o in body)]


_CROSSHEADS = 8


def in_crosshead(text: str, c: Commitment) -> bool:
    """Whether a commitment was read in a line of its own without a sentence's final mark (a crosshead: the body
    tells it again)."""
    a, b = c.evidence.start, c.evidence.end
    alone = text[max(0, a - 3):a].strip(" \t")[-1:] in ("\n", "") and text[b:b + 3].strip(" \t")[:1] in ("\n", "")
    return alone and b - a <= _HEADLINE and text[a:b].rstrip()[-1:] not in ".!?…:;"


def headline_end(text: str) -> int:
    """Where a headline ends (a first line of its own, short and without a sentence's final mark), else 0: a
    headline restates the article's undertakings, which are taken from the body."""
    end = text.find("\n")
    line = text[:end].rstrip()
    return end + 1 if 0 < len(line) <= _HEADLINE and line[-1] not in ".!?…:;" else 0


_HEADLINE, _LEAD = 250, 2000


def without_lead_restated(figures: tuple[Figure, ...], found: list[Commitment], lead_end: int) \
        -> list[Commitment]:
    """The commitments without those of the lead (the paragraph after a headline, before ``lead_end``) that a later
    one restates: a target with the same figure and no other deadline, another undertaking of the same kind in
    mostly the same words. A lead is short: one longer is no lead."""
    if lead_end <= 0 or lead_end > _LEAD:
        return found
    later = [c for c in found if c.evidence.start >= lead_end]
    return [c for c in found if c.evidence.start >= lead_end or not any(_restates(figures, o, c) for o in later)]


def _restates(figures: tuple[Figure, ...], later: Commitment, lead: Commitment) -> bool:
    if later.kind != lead.kind:
        return False
    if lead.kind == "target":
        same = {figures[i].value for i in lead.about.figures} & {figures[i].value for i in later.about.figures}
        return bool(same) and (lead.deadline is None or lead.deadline == later.deadline)
    a, b = set(fold(lead.what.text).split()), set(fold(later.what.text).split())
    return len(a & b) >= _RESTATED * min(len(a), len(b))


_RESTATED = 0.6
