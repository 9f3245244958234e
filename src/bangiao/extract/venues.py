"""Venues of another country named with Việt Nam's venue words: "Nhà Quốc hội Hàn Quốc", "Nhà Quốc hội Lào".

The knowledge base knows Việt Nam's "Nhà Quốc hội" and "Phủ Chủ tịch" under their bare names, as the Vietnamese
press writes them. Written with a country after them ("Nhà Quốc hội Hàn Quốc", "Nhà Quốc hội mới của Lào") they
are that country's: the KB's venue of that country whose name opens with the same words, else a new PLACE of
that country. Named bare in a text that names such a foreign venue ("tặng Lào một Nhà Quốc hội mới" beside
"Nhà Quốc hội Lào"), the bare name is that venue too.

A head of state's or government's seat named bare where something takes place ("tại Phủ Tổng thống ở Thủ đô
Ankara", "tại Hoàng cung") is that of the country of the capital named after it, else of the country the text is
most about (``names.toml`` [places] host_venues; Việt Nam has none of these seats).

A body named by its building after a word of place ("hội đàm tại Nhà Trắng", "tại Văn phòng Chính phủ") is the
building, the KB's ``seat`` of the body; as the speaker or in a title ("Nhà Trắng cho biết") it stays the body.

The city that bears a province's name ("thành phố Hà Tĩnh") is a place of its own, not the province.
"""
from __future__ import annotations

import re

from bangiao.extract.found import CAP, HOME, Found, Reader, slug
from bangiao.extract.gazetteer import vocabulary
from bangiao.extract.kb import KnowledgeBase

_BEFORE_COUNTRY = re.compile(r" (?:mới )?(?:của |nước )?")


def foreign_venues(reader: Reader) -> None:
    """Re-link Việt Nam's venue words to the foreign venue the text means (see the module's doc)."""
    home = [(eid, f) for eid, f in reader.found.items() if f.type == "PLACE" and f.country == HOME
            and reader.kb.entities.get(eid) is not None and reader.kb.entities[eid].facts.get("kind") == "venue"]
    if not home:
        return
    countries = {s: (e, f.country) for f in reader.found.values() if f.type == "COUNTRY" and f.country != HOME
                 for s, e in f.spans}
    for eid, venue in home:
        for start, end in list(venue.spans):
            gap = _BEFORE_COUNTRY.match(reader.text, end)
            after = countries.get(gap.end()) if gap else None
            if after is not None:
                _move(reader, venue, (start, end))
                _add_foreign(reader, venue.name, start, after[0], after[1])
        _bare_to_foreign(reader, eid, venue)


def seats(reader: Reader) -> None:
    """A body's mention after a word of place ("tại Nhà Trắng", "tới Điện Kremlin") is its building: the KB's seat."""
    vocab = vocabulary()
    for eid, body in list(reader.found.items()):
        entity = reader.kb.entities.get(eid)
        seat = entity.facts.get("seat") if entity is not None and body.type == "ORG" else None
        for start, end in list(body.spans) if seat else ():
            if vocab.venue_before.search(reader.text, max(0, start - 12), start):
                _move(reader, body, (start, end))
                reader.add(seat, start, end)


_FRIENDSHIP = re.compile(r"[Hh]ữu nghị (?=\S)")
_DASH = re.compile(r"\s*[-–—]\s*")


def friendship_places(reader: Reader) -> None:
    """"Công viên hữu nghị Việt - Lào", "Tượng đài Hữu nghị Việt Nam - Campuchia": a place's head (``names.toml``
    named_after.places) with "hữu nghị" and a pair of countries is a place named so (seed 001), as written."""
    if "ữu nghị" not in reader.text:
        return  # (most texts name no friendship monument)
    countries = {s: e for f in reader.found.values() if f.type == "COUNTRY" for s, e in f.spans}
    heads = vocabulary().named_after
    for m in _FRIENDSHIP.finditer(reader.text):
        head = heads.search(reader.text, max(0, m.start() - 20), m.start())
        first = countries.get(m.end())
        dash = _DASH.match(reader.text, first) if first is not None else None
        second = countries.get(dash.end()) if dash is not None and dash.end() > first else None
        if head is None or second is None or head.group(1) not in vocabulary().named_places:
            continue
        name = reader.text[head.start(1):second]
        reader.add(f"place:{slug(name)}", head.start(1), second, None, "PLACE", name)


_CITY = re.compile(r"(?<!\w)thành phố $")


def provincial_cities(reader: Reader) -> None:
    """"tại thành phố Hà Tĩnh", "thành phố Salavan": the city that bears a province's name is a place of its own,
    not the province (gold 005, 022, 030 name both)."""
    for eid, place in list(reader.found.items()):
        entity = reader.kb.entities.get(eid)
        if place.type != "PLACE" or entity is None or entity.facts.get("kind") != "province":
            continue
        for start, end in list(place.spans):
            m = _CITY.search(reader.text, max(0, start - 10), start)
            if m is not None:
                _move(reader, place, (start, end))
                name = reader.text[m.start():end]
                reader.add(f"place:{slug(name)}", m.start(), end, None, "PLACE", name, place.country)


_IN_CAPITAL = re.compile(r" ở (?:[Tt]hủ đô |thành phố )?")


def host_seats(reader: Reader) -> None:
    """"tại Phủ Tổng thống ở Thủ đô Ankara", "tại Hoàng cung", "tại Phủ Tổng thống Phần Lan": the seat of the
    country written after it, of the capital's country, else of the text's partner."""
    vocab = vocabulary()
    if not any(w in reader.text for w in vocab.host_words):
        return  # (most texts name no such seat)
    seats = list(vocab.host_venues.finditer(reader.text))
    if not seats:
        return
    taken = {s for f in reader.found.values() for s, _ in f.spans}
    places = {s: f.country for f in reader.found.values() if f.type in ("PLACE", "COUNTRY") for s, _ in f.spans}
    countries = {s: (e, f.country) for f in reader.found.values() if f.type == "COUNTRY" for s, e in f.spans}
    for m in seats:
        start, end = m.span(1)
        if start in taken or not vocab.venue_before.search(reader.text, max(0, start - 12), start):
            continue  # a known seat ("Phủ Tổng thống Indonesia"), or a body in a title ("Bộ trưởng Hoàng cung")
        country = None
        if end + 1 in countries and reader.text[end:end + 1] == " ":
            end, country = countries[end + 1]
        elif CAP.match(reader.text[end + 1:end + 2]) and reader.text[end:end + 1] == " ":
            continue  # a seat with a name of its own ("Phủ Tổng thống Lohn")
        else:
            where = _IN_CAPITAL.match(reader.text, end)
            country = places.get(where.end()) if where else None
        country = country or reader.partner()
        if country and country != HOME:
            _add_foreign(reader, m.group(1), start, end, country)


def _add_foreign(reader: Reader, name: str, start: int, end: int, country: str) -> None:
    known = _venues_of(reader.kb).get((name, country)) or _seat_of(reader.kb, name, country)
    if known:
        reader.add(known, start, end)
    else:
        written = f"{name} {reader.kb.entities[f'country:{country}'].name}"
        reader.add(f"place:{slug(written)}", start, end, None, "PLACE", written, country)


def _bare_to_foreign(reader: Reader, eid: str, venue: Found) -> None:
    """The bare name's other mentions go to the one foreign venue of that name the text names, if there is one."""
    foreign = {fid for fid, f in reader.found.items() if f.type == "PLACE" and f.country not in (None, HOME)
               and f.name.startswith(f"{venue.name} ") and fid != eid}
    if len(foreign) != 1 or not venue.spans:
        return
    target = foreign.pop()
    for span in list(venue.spans):
        _move(reader, venue, span)
        reader.add(target, *span)


def _move(reader: Reader, venue: Found, span: tuple[int, int]) -> None:
    venue.spans.remove(span)
    venue.seen.discard(span)
    if not venue.spans:
        for eid in [k for k, f in reader.found.items() if f is venue]:
            del reader.found[eid]


_INDEX: dict[int, dict[tuple[str, str], str]] = {}
_SEATS: dict[tuple[str, str], str | None] = {}


def _seat_of(kb: KnowledgeBase, name: str, country: str) -> str | None:
    """The KB's venue of ``country`` whose name or a variant opens with ``name`` ("Phủ Tổng thống Indonesia")."""
    if (name, country) not in _SEATS:
        _SEATS[(name, country)] = next((e.id for e in kb.entities.values() if e.type == "PLACE" and e.country == country
                                        and any(a == name or a.startswith(f"{name} ") for a in e.aliases)), None)
    return _SEATS[(name, country)]


def _venues_of(kb: KnowledgeBase) -> dict[tuple[str, str], str]:
    """(Việt Nam's venue name, country) → the KB's venue of that country whose name opens with it."""
    if id(kb) not in _INDEX:
        _INDEX[id(kb)] = _index(kb)
    return _INDEX[id(kb)]


def _index(kb: KnowledgeBase) -> dict[tuple[str, str], str]:
    bare = {e.name for e in kb.entities.values() if e.type == "PLACE" and e.country == HOME
            and e.facts.get("kind") == "venue"}
    index: dict[tuple[str, str], str] = {}
    for e in kb.entities.values():
        if e.type == "PLACE" and e.country not in (None, HOME) and e.facts.get("kind") == "venue":
            for name in bare:
                if any(a.startswith(f"{name} ") for a in e.aliases):
                    index.setdefault((name, e.country), e.id)
    return index
