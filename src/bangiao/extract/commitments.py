"""Commitments: what the sides agreed, committed to, set as a target or asked of each other, one undertaking
each, linked to the projects, agreements and target figures of the same record (EXTRACTION.md, Commitment)."""
from __future__ import annotations

from bangiao.extract.dating import Dating
from bangiao.model import Agreement, Commitment, Entity, Figure, Project


def find_commitments(text: str, entities: tuple[Entity, ...], dating: Dating, projects: tuple[Project, ...],
                     agreements: tuple[Agreement, ...], figures: tuple[Figure, ...]) -> tuple[Commitment, ...]:
    """The undertakings ``text`` reports, each apart, with who undertakes them and what they concern."""
    return ()
