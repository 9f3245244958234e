"""Bodies the knowledge base does not hold: named after their kind, or by the place they serve.

"Bệnh viện Hữu nghị", "Quỹ ASEAN ứng phó COVID-19" (a kind from ``names.toml``
``bodies.named``, then its name); "Tỉnh ủy Hà Tĩnh", "UBND tỉnh Nghệ An" (a local
body right before a place found). Each gets an ``org:`` slug id.
"""
from __future__ import annotations

from bangiao.extract.found import Reader, slug
from bangiao.extract.gazetteer import vocabulary


def named_bodies(reader: Reader) -> None:
    """Institutions the KB does not know, named after their kind: "Bệnh viện Hữu nghị", "Quỹ ASEAN ứng phó COVID-19"."""
    taken = reader.taken(honorifics=False)
    for m in vocabulary().named_bodies.finditer(reader.text):
        if any(s <= m.start() < e for s, e in taken):
            continue  # known already, or part of a longer name
        name = m.group().rstrip(" -–")
        reader.add(f"org:{slug(name)}", m.start(), m.start() + len(name), None, "ORG", name, None)


def local_bodies(reader: Reader) -> None:
    """Bodies named by the place they serve: "Tỉnh ủy Hà Tĩnh", "UBND tỉnh Nghệ An", "Sở Ngoại vụ tỉnh Nghệ An"."""
    pattern = vocabulary().local_bodies
    for place in [f for f in reader.found.values() if f.type == "PLACE"]:
        for start, end in list(place.spans):
            m = pattern.search(reader.text, max(0, start - 60), start)
            if m:
                name = reader.text[m.start():end]
                reader.add(f"org:{slug(name)}", m.start(), end, None, "ORG", name, place.country)
