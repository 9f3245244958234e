"""Bodies: those the knowledge base does not hold, and the countries bodies name.

- named after their kind: "Bệnh viện Hữu nghị", "Quỹ ASEAN ứng phó COVID-19" (a kind from ``names.toml``
  ``bodies.named``, then its name);
- by the place they serve: "Tỉnh ủy Hà Tĩnh", "UBND tỉnh Nghệ An" (a local body right before a place found);
- by a qualifier they share: "Quân đội và Công an Hoàng gia Campuchia" (the army, and the police);
- a country named inside a body's name or a title is a mention of that country: "Quốc hội nước CHDCND Lào".
A body the KB lacks gets an ``org:`` slug id.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re

from bangiao import datafiles
from bangiao.extract import gazetteer
from bangiao.extract.found import CAP, Reader, slug
from bangiao.extract.gazetteer import Match, lower, vocabulary
from bangiao.extract.kb import knowledge_base
from bangiao.extract.people import institution_at, vietnamese_syllable

_ENTITY = frozenset({"ENTITY"})


def named_bodies(reader: Reader) -> None:
    """Institutions the KB does not know, named after their kind: "Bệnh viện Hữu nghị", "Quỹ ASEAN ứng phó COVID-19",
    "Tổng Công ty Đầu tư và Kinh doanh vốn Nhà nước" (not "Ngân hàng UOB lập chi nhánh …": see ``name_end``)."""
    taken, last = sorted(reader.taken(honorifics=False)), 0
    starts, reach = [s for s, _ in taken], list(itertools.accumulate((e for _, e in taken), max))
    inside = _Inside(reader)
    for m in vocabulary().named_bodies.finditer(reader.text):
        k = bisect.bisect_right(starts, m.start())  # the spans starting at or before it: does one reach past it?
        if m.start() < last or k and reach[k - 1] > m.start():
            continue  # known already, or part of a longer name
        last = name_end(reader.text, m.end())
        if last > m.end():
            start = _company_name(reader.text, m.start(), m.end())
            if start != m.start() and k < len(starts) and starts[k] == start:
                continue  # "hãng [Boeing]": a known name after the kind
            name = reader.text[start:last]
            reader.add(eid := f"org:{slug(name)}", start, last, None, "ORG", name, None)
            inside.added(eid, start, last)
            inside.drop_namesakes(start, last)
    vocab = vocabulary()
    if not any(w in reader.text for w in vocab.numbered_words):
        return  # (most texts name no military unit)
    for m in vocab.numbered_bodies.finditer(reader.text):  # "Binh đoàn 11", "Quân khu 4"
        k = bisect.bisect_right(starts, m.start())  # (a span starting at or before it reaching past it)
        if not (k and reach[k - 1] > m.start()):
            reader.add(f"org:{slug(m.group())}", m.start(), m.end(), None, "ORG", m.group(), None)


class _Inside:
    """A body of one country named inside the name of another country's ("Học viện Chính trị CAND Lào": the Lao
    police's academy) is that country's namesake, not the KB's body: the mention is dropped. The countries' ends and
    the KB's bodies are indexed once (a scan of every mention for each body named grew with the square
    of a long text)."""

    def __init__(self, reader: Reader) -> None:
        self.reader, self.owners = reader, {}
        for f in reader.found.values():
            if f.type == "COUNTRY":
                for _, e in f.spans:
                    self.owners.setdefault(e, f.country)  # (the first country in the reading's order, as before)
        self.bodies = sorted((s, e, eid) for eid, f in reader.found.items() if self._foreign_body(eid, f.type)
                             for s, e in f.spans)

    def _foreign_body(self, eid: str, kind: str) -> bool:
        return kind == "ORG" and self.reader.kb.entities.get(eid) is not None

    def added(self, eid: str, start: int, end: int) -> None:
        if self._foreign_body(eid, self.reader.found[eid].type):
            bisect.insort(self.bodies, (start, end, eid))

    def drop_namesakes(self, start: int, end: int) -> None:
        owner = self.owners.get(end)
        if owner is None:
            return
        found = self.reader.found
        lo, hi = bisect.bisect_left(self.bodies, (start,)), bisect.bisect_left(self.bodies, (end,))
        for s, e, eid in self.bodies[lo:hi]:
            f = found.get(eid)
            if f is not None and e < end and f.country not in (None, owner) and f.has((s, e)):
                f.spans.remove((s, e))
                f.seen.discard((s, e))
                if not f.spans:
                    del found[eid]


def _company_name(text: str, start: int, name_start: int) -> int:
    """Where a company's name starts: after "Công ty", "hãng" when a brand or a foreign name follows ("Công ty
    [Namtha Bridge and Road Construction Group]", "Công ty [3S Development]", "hãng [Bamboo Airways]"); with a
    capitalized kind before a Vietnamese name or a legal form ("Công ty TNHH …", "Công ty Cổ phần …")."""
    vocab = vocabulary()
    if not vocab.companies.match(text, start) or vocab.companies.match(text, start).end() != name_start:
        return start
    first = _WORDS.match(text, name_start)
    word = first.group() if first else ""
    if text[start].isupper() and (word in vocab.legal_forms or vietnamese_syllable(word) and not word.isupper()):
        return start  # (a kind in lower case, "hãng", is never part of the name)
    return name_start


_MAX_WORDS = 9


def name_end(text: str, pos: int) -> int:
    """Where the name that starts at ``pos`` ends. Capitalized words belong to it; a lower-case word only after
    a Vietnamese word ("Đầu tư", "Kinh doanh vốn"), not after a brand or an acronym ("UOB lập chi nhánh"), and
    never a stop word ("tại", "của") or a number ("100%"; "COVID-19" is a name); "và" only before a capitalized word that opens no
    other body ("Đầu tư và Kinh doanh", not "… và Ngân hàng X"). The name ends on a capitalized word, or on the
    one lower-case word that completes a capitalized one opening a compound ("Hữu nghị", "Nhà nước"; not the
    verb after "Việt Nam")."""
    vocab, words = vocabulary(), []
    for token in _WORDS.finditer(text, pos):
        word = token.group()
        if token.start() != (words[-1][2] + 1 if words else pos) or len(words) >= _MAX_WORDS \
                or words and word[:1].isdigit() and words[-1][0] != "Số":  # ("Công ty Xây dựng Số 1")
            break
        capital = bool(CAP.match(word.lstrip("-–")))
        if not words and not (capital or word[:1].isdigit()):
            break
        if words and len(word) == 1 and capital and text[token.end():token.end() + 2] == ". ":
            break  # an initial opens the name of the body's head: "Viện Đại biểu V. Ipatov"
        if words and word in vocab.name_joiners and not vietnamese_syllable(words[-1][0]) \
                and _capital_after_and(text, token.end(), vocab.institutions):
            words.append((word, False, token.end()))  # "Namtha Bridge and Road …", "Larsen & Toubro"
            continue
        if not capital and words and (word in vocab.name_stops and word != "và" or not _vietnamese_word(words[-1][0])
                            or word == "và" and not _capital_after_and(text, token.end(), vocab.institutions)):
            break
        words.append((word.rstrip("-–"), capital, token.end()))
    last = max((k for k, w in enumerate(words) if w[1]), default=-1)
    if last < 0:
        return pos
    compound = last + 1 < len(words) and (last == 0 or not words[last - 1][1])
    return words[last + 1][2] if compound else words[last][2]


_WORDS = re.compile(r"[^\s,.;:()\"“”]+")


def _vietnamese_word(word: str) -> bool:
    """A Vietnamese syllable, not an acronym written like one ("GE", "MU")."""
    return vietnamese_syllable(word) and not (len(word) > 1 and word.isupper())


def _capital_after_and(text: str, pos: int, institutions: frozenset[str]) -> bool:
    nxt = _WORDS.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    return nxt is not None and bool(CAP.match(nxt.group())) and not institution_at(text, nxt.start(), institutions)


def local_bodies(reader: Reader) -> None:
    """Bodies named by the place they serve: "Tỉnh ủy Hà Tĩnh", "UBND tỉnh Nghệ An", "Sở Ngoại vụ tỉnh Nghệ An"."""
    pattern = vocabulary().local_bodies
    for place in [f for f in reader.found.values() if f.type == "PLACE"]:
        for start, end in list(place.spans):
            m = pattern.search(reader.text, max(0, start - 60), start)
            if m:
                name = reader.text[m.start():end]
                reader.add(f"org:{slug(name)}", m.start(), end, None, "ORG", name, place.country)


@functools.cache
def _bare_committees() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = datafiles.load("names.toml", "names")["bodies"]["bare_committees"]
    return tuple((re.compile(rf"(?<!\w){re.escape(word)}(?=,| [-–] | và )"), place_word) for word, place_word in table.items())


_CLAUSE_END = re.compile(r"[;.:()\n]")


@functools.cache
def _meeting_kinds() -> re.Pattern[str]:
    kinds = datafiles.load("names.toml", "names")["bodies"]["meeting_kinds"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(lower(k)) for k in sorted(kinds, key=len, reverse=True))}) $")


_PAIR_DASH = re.compile(r"\s*[-–—]\s*")


def meeting_pairs(reader: Reader) -> None:
    """A meeting named by the pair of its sides: right after a meeting's kind ("Hội nghị Cấp cao", "Phiên họp cấp
    cao"), a framework named "<region> - <country>" ("Hợp tác Mekong – Nhật Bản") or a region before "- <country>"
    ("Mekong- Nhật Bản") names the meeting, not a body or a place; the country stays (``names.toml`` meeting_kinds)."""
    kinds = _meeting_kinds()
    countries = {s for f in reader.found.values() if f.type == "COUNTRY" for s, _ in f.spans}
    for eid, found in list(reader.found.items()):
        if found.type not in ("ORG", "PLACE"):
            continue
        for start, end in list(found.spans):
            if not kinds.search(lower(reader.text[max(0, start - 40):start])):
                continue
            dash = _PAIR_DASH.match(reader.text, end)
            after = found.type == "PLACE" and dash is not None and dash.end() in countries
            if found.type == "ORG" and _region_and_country(reader.text, start, end, countries) or after:
                found.spans.remove((start, end))
                found.seen.discard((start, end))
        if not found.spans:
            del reader.found[eid]


_SESSION_NUMBER = re.compile(r"[ -]\d{1,2}(?![\d/.,])")


def numbered_sessions(reader: Reader) -> None:
    """A body's acronym with a session's number ("Hội nghị … (GMS 8)", "CLV-10", "sau ASEM 12") names the numbered
    meeting, an event, not the body (seed 003's GMS 8; gold 110's ASEM 12): the mention is dropped."""
    for eid, found in list(reader.found.items()):
        if found.type != "ORG":
            continue
        for span in [(s, e) for s, e in found.spans if reader.text[s:e].isupper() and " " not in reader.text[s:e]
                     and _SESSION_NUMBER.match(reader.text, e)]:
            found.spans.remove(span)
            found.seen.discard(span)
        if not found.spans:
            del reader.found[eid]


_COOPERATION = re.compile(r"(?:[Hh]ợp tác )?")


def _region_and_country(text: str, start: int, end: int, countries: set[int]) -> bool:
    """"Hợp tác Mekong – Nhật Bản", "Mekong - Hàn Quốc": a region of one or two words, a dash, then a country named
    to the end (not "Khu vực Tam giác phát triển Campuchia - Lào - Việt Nam", a body of its own)."""
    head = _COOPERATION.match(text, start).end()
    parts = list(_PAIR_DASH.finditer(text, head, end))
    return len(parts) == 1 and len(text[head:parts[0].start()].split()) <= 2 and parts[0].end() in countries \
        and head not in countries


def bare_committees(reader: Reader) -> None:
    """"…, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu tỉnh Điện Biên": a bare party committee in a leader's titles is the
    one of the place named after it in the same titles ("tỉnh" right before it, within the clause)."""
    for place in [f for f in reader.found.values() if f.type == "PLACE"]:
        for start, _ in list(place.spans):
            window = reader.text[max(0, start - 150):start]
            cut, lowered = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0), lower(window[-16:])
            for pattern, place_word in _bare_committees():
                if not lowered.endswith(f" {place_word} ") or lowered.endswith(f"các {place_word} "):
                    continue  # (not "Chủ tịch UBND các tỉnh A, B": one committee for each)
                for m in pattern.finditer(window, cut):
                    at = start - len(window) + m.start()
                    name = f"{m.group()} {place.name}"
                    reader.add(f"org:{slug(name)}", at, at + len(m.group()), None, "ORG", name, place.country)


def qualified(reader: Reader, qualifiers: list[Match]) -> None:
    """"Quân đội và Công an Hoàng gia Campuchia": each kind of body with the qualifier after it, the KB's body when
    it knows the name ("Quân đội Hoàng gia Campuchia"), else a new one of the qualifier's country."""
    for q in qualifiers:
        m = vocabulary().qualified.search(reader.text, max(0, q.start - 40), q.start)
        if m is None:
            continue
        country = reader.kb.entities[q.value].country
        for group in (1, 2):
            if m.group(group):
                name = f"{m.group(group)} {reader.text[q.start:q.end]}"
                end = q.end if group == 2 else m.end(group)
                eid = _bodies_by_alias(reader.kb).get(lower(name)) or f"org:{slug(name)}"
                reader.add(eid, m.start(group), end, None, "ORG", name, country)


_BODIES: dict[int, dict[str, str]] = {}


def _bodies_by_alias(kb) -> dict[str, str]:
    if id(kb) not in _BODIES:
        _BODIES[id(kb)] = {lower(a): e.id for e in kb.entities.values() if e.type == "ORG" for a in e.aliases}
    return _BODIES[id(kb)]


def countries_inside(reader: Reader) -> None:
    """A country named inside a body's name or a title names the country too: "Chính phủ nước CHDCND Lào",
    "Quốc hội nước CHDCND Lào", "Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"."""
    segments = [(s, e) for f in list(reader.found.values()) if f.type == "ORG" for s, e in f.spans]
    segments += [(m.start, m.end) for m in reader.matches if m.kind == "TITLE"]
    for start, end in segments:
        for a, b, country in _inner_countries(reader.text[start:end]):
            reader.add(country, start + a, start + b)


@functools.lru_cache(maxsize=4096)
def _inner_countries(segment: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, country id) of the countries named inside ``segment``, through the bodies named in it."""
    kb, found = knowledge_base(), []
    for m in gazetteer.find(segment, _ENTITY, whole=False):
        etype = kb.entities[m.value].type
        if etype == "COUNTRY" and not CAP.match(segment[m.end + 1:m.end + 2]) \
                and not gazetteer.opens_common_word(segment, m.start, m.end):  # "Cộng đồng Pháp ngữ": not France
            found.append((m.start, m.end, m.value))
        elif etype == "ORG" and m.end - m.start < len(segment):
            found += [(m.start + a, m.start + b, c) for a, b, c in _inner_countries(segment[m.start:m.end])]
    return tuple(found)


def body_behind_title(reader: Reader, start: int, end: int, country: str | None) -> None:
    """The body a long title names before its holder's name, when the KB has no name for it: "Quốc vụ khanh
    [Bộ Hoàng cung] Kuy Bunly", "Bộ trưởng [Bộ Năng lượng và Mỏ] X" (the KB's body if it knows the name)."""
    name = reader.text[start:end].strip(" ,")
    if _chamber_of(reader, start, name):
        return
    aside = re.search(r" \(([^()]{1,30})\)$", name)  # "Đảng … Venezuela (PSUV)": the short name written after it
    if aside:
        name = name[:aside.start()]
    if name.startswith(vocabulary().behind_title):
        eid = _bodies_by_alias(reader.kb).get(lower(name)) or f"org:{slug(name)}"
        reader.add(eid, start, start + len(name), None, "ORG", name, country)
        if aside:
            reader.add(eid, start + aside.start(1), start + aside.end(1))


_MID_ASIDE = re.compile(r"(.+?) \(([^()]{1,30})\) (?=\S)")


def _chamber_of(reader: Reader, start: int, name: str) -> bool:
    """"Viện Lập pháp (Hạ viện) Quốc hội Uzbekistan": a chamber, its common name in brackets, then its parliament (a
    body, known or generic, of a country named in it). The chamber is one body named both ways, called by the
    common name and the country ("Hạ viện Uzbekistan", the KB's if it knows it); the parliament is read on its own."""
    m = _MID_ASIDE.match(name)
    if m is None or lower(m.group(2)) not in _generic_words(reader):
        return False
    rest = gazetteer.find(name[m.end():])
    kb = reader.kb
    if not rest or rest[0].start != 0 or not (rest[0].kind == "GENERIC" or reader.entity_type(rest[0]) == "ORG"):
        return False
    countries = [kb.entities[x.value].country for x in rest if x.kind == "ENTITY" and kb.entities[x.value].country]
    if not countries:
        return False
    country = countries[0]
    called = f"{m.group(2)} {kb.entities[f'country:{country}'].name}"
    eid = _generic_words(reader)[lower(m.group(2))].get(country) or _bodies_by_alias(kb).get(lower(called)) \
        or f"org:{slug(called)}"
    reader.add(eid, start, start + len(m.group(1)), None, "ORG", called, country)
    reader.add(eid, start + m.start(2), start + m.end(2))
    return True


def _generic_words(reader: Reader) -> dict[str, dict[str, str]]:
    """Generic body words ("hạ viện", "bộ ngoại giao") → {country: the KB's body}."""
    from bangiao.extract.entities import _generic_index  # (entities imports this module)
    return _generic_index(reader.kb)


_ENVOY = re.compile(r"Đại sứ (?:đặc mệnh toàn quyền )?(.+?) tại (.+)$")
_BARE_EMBASSY = re.compile(r"(?<!\w)Đại sứ quán(?!\w)(?! [A-ZĐ])")


def envoys_embassies(reader: Reader) -> None:
    """"Đại sứ Việt Nam tại Lào X …; cán bộ, nhân viên Đại sứ quán": a bare "Đại sứ quán" is the embassy of the
    ambassador named last before it (within a few lines), "Đại sứ quán Việt Nam tại Lào"."""
    if "Đại sứ quán" not in reader.text:
        return  # (most texts: no embassy named bare)
    envoys = sorted((s, m.group(1), m.group(2)) for f in reader.found.values() if f.type == "PERSON"
                    for t in f.titles if (m := _ENVOY.match(t)) for s, _ in f.spans[:1])
    for bare in _BARE_EMBASSY.finditer(reader.text):
        before = [e for e in envoys if bare.start() - 400 < e[0] < bare.start()]
        if before:
            _, sender, host = before[-1]
            name = f"Đại sứ quán {sender} tại {host}"
            country = next((e.country for e in reader.kb.entities.values() if e.type == "COUNTRY" and sender in e.aliases), None)
            reader.add(f"org:{slug(name)}", bare.start(), bare.end(), None, "ORG", name, country)


def embassies(reader: Reader) -> None:
    """"Đại sứ quán Việt Nam tại Campuchia", "Thương vụ Việt Nam tại Campuchia": an embassy, consulate or trade
    office of a country named, in the place named after "tại" (``names.toml`` bodies.representations)."""
    if " tại " not in reader.text:
        return  # (a text without "tại" names no office abroad)
    pattern = vocabulary().representations
    countries = sorted((s, e) for f in reader.found.values() if f.type == "COUNTRY" for s, e in f.spans)
    places = {s: e for f in reader.found.values() if f.type in ("COUNTRY", "PLACE") for s, e in f.spans}
    for s, e in countries:
        m = pattern.search(reader.text, max(0, s - 26), s)
        where = places.get(e + 5) if reader.text[e:e + 5] == " tại " else None
        if m is not None and where is not None:
            name = reader.text[m.start():where]
            owner = next(f.country for f in reader.found.values() if f.type == "COUNTRY" and (s, e) in f.spans)
            reader.add(f"org:{slug(name)}", m.start(), where, None, "ORG", name, owner)
