"""Projects: named pieces of cooperation (a road, a port, a school given as aid) with the stage the text reports
them at, linked to the knowledge base's projects file where the name is known (EXTRACTION.md, Project)."""
from __future__ import annotations

from bangiao.extract.dating import Dating
from bangiao.model import Entity, Project


def find_projects(text: str, entities: tuple[Entity, ...], dating: Dating) -> tuple[Project, ...]:
    """The projects ``text`` names, one per project, each with the stage and date it reports."""
    return ()
