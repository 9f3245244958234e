"""What ``bangiao.extract`` finds, in the small shapes the tests of real-report classes compare (entities by name,
not by id)."""
from __future__ import annotations

import bangiao
from bangiao.model import Document


def named(text: str, published: str | None = None) -> tuple[Document, dict[str, str]]:
    """The document and each entity id's name."""
    doc = bangiao.extract(text, published=published)
    return doc, {e.id: e.name for e in doc.entities}


def published(text: str) -> str | None:
    """The article's date as found in the text alone."""
    doc = bangiao.extract(text)
    return doc.published.value if doc.published else None


def events(text: str, published: str | None = None) -> list[tuple[str, list[str], str | None]]:
    """Each event's type, its participants' names (in order) and its date."""
    doc, names = named(text, published)
    return [(e.type, [names.get(p, p) for p in e.participants], e.date.value if e.date else None) for e in doc.events]
