"""Entities: every person, country, organisation and place named in a cleaned text, linked.

1. ``gazetteer.find`` gives the known names, titles and forms of address.
2. Titles and honorifics anchor people: a title chain, then qualifiers (a country,
   an organisation), then a known person or an unknown capitalized name.
3. A title with no name resolves to the one the text names with it, else to the holder of
   the office on the document's dates (``titles_alone``, from ``kb`` tenures) when exactly
   one person fits; otherwise it is left out.
4. Bare generic bodies ("Bộ Ngoại giao", "Chính phủ") go to Việt Nam's, or to
   both sides after "hai".
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from bangiao.extract import false_matches, gazetteer
from bangiao.extract.bodies import bare_committees, body_behind_title, countries_inside, embassies, envoys_embassies, \
    local_bodies, meeting_pairs, named_bodies, numbered_sessions, qualified
from bangiao.extract.found import CAP, HOME, TOKEN, Found, Reader, slug
from bangiao.extract.gazetteer import Match, lower, vocabulary
from bangiao.extract.kb import KBEntity, KnowledgeBase, knowledge_base, tenure_window
from bangiao.extract.titles_alone import delegated_by, resolve_pending, titled_people, waiting
from bangiao.extract.venues import foreign_venues, friendship_places, host_seats, provincial_cities, seats
from bangiao.extract.bracketed import bracketed_spellings
from bangiao.extract.people import after_honorific, field_word, free_runs, institution_at, name_run, partial_name, \
    run_limit, same_people, short_name, skip_inside, surname_and_place, surname_tail, unknown_person, \
    vietnamese_syllable
from bangiao.model import Entity, Span

__all__ = ["HOME", "Reading", "find_entities", "read_entities"]

_PAIR_WORDS = ("hai", "Hai")
_PARTNER = ("Bạn", "bạn")


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b]


def _is_joiner(gap: str, joiners: tuple[str, ...]) -> bool:
    g = gap.strip()
    return g in joiners and len(gap) <= 4


def _qualifier_country(reader: Reader, m: Match) -> str | None:
    if m.kind == "COMPOUND":
        return m.value
    e = reader.kb.entities.get(m.value) if m.kind == "ENTITY" else None
    return e.country if e and e.type in ("COUNTRY", "ORG", "PLACE") else None


def _title_chain(reader: Reader, i: int) -> tuple[list[str], int]:
    """Titles joined by joiners from match i on: (titles as written, index after the chain)."""
    titles, j = [], i
    delegated = delegated_by(reader.text, reader.matches[i].start)  # "Thừa ủy nhiệm của Chủ tịch nước, [Chủ tịch UBND
    while j < len(reader.matches) and reader.matches[j].kind == "TITLE":  # tỉnh X Y] đã trao …": two people
        m = reader.matches[j]
        titles.append(reader.text[m.start:m.end])
        nxt = reader.matches[j + 1] if j + 1 < len(reader.matches) else None
        gap = _gap(reader.text, m.end, nxt.start) if nxt is not None else ""
        if nxt is None or nxt.kind != "TITLE" or not _is_joiner(gap, vocabulary().joiners) or delegated and "," in gap:
            return titles, j + 1
        j += 1
    return titles, j


_OF_A_STATE = re.compile(r" của (?:[^\W\d_][\w ]{0,40} )?")  # "của [nước] Lào", "của Chính quyền nhân dân nước …"


def _qualifiers(reader: Reader, j: int, pos: int) -> tuple[int, int, str | None]:
    """After a title: entity qualifiers like "Lào", "Bộ Công Thương", "nước CHDCND Lào". (index, end pos, country)."""
    country = None
    while j < len(reader.matches):
        m = reader.matches[j]
        gap = _gap(reader.text, pos, m.start)
        if gap.strip() not in ("", "nước", "Chính phủ", "Hoàng gia", "Nhà nước", "Vương quốc") or "\n" in gap:
            if not (country is None and _OF_A_STATE.fullmatch(gap) and m.kind == "ENTITY"
                    and (gap.endswith(("nước ", "Cộng hòa ")) or reader.text.startswith("nước ", m.start))):
                break  # (but "Chủ tịch Quốc hội [của Chính quyền nhân dân nước] Cộng hòa Cu-ba": the body's country)
        e = reader.kb.entities.get(m.value) if m.kind == "ENTITY" else None
        if m.kind not in ("ENTITY", "COMPOUND", "GENERIC") or e is not None and e.type == "PERSON":
            break
        if m.kind == "COMPOUND" and not re.match(r"\s*[-–]", reader.text[m.end:m.end + 3]):
            break  # "Chủ tịch Trung ương Mặt trận …": "Trung" names China only in "Việt - Trung"
        if country and e is not None and e.type == "PLACE" and e.country != country:
            break  # "Công chúa kế vị Thụy Điển [Victoria]": a name, not a place of another country
        country = _qualifier_country(reader, m) or country
        _record_plain(reader, _head(reader, m))
        pos, j = m.end, j + 1
    return j, pos, country


def _record_plain(reader: Reader, m: Match) -> None:
    if m.kind == "ENTITY":
        reader.add(m.value, m.start, m.end)
    elif m.kind == "COMPOUND":
        reader.add(f"country:{m.value}", m.start, m.end)


def _former_prefix(reader: Reader, start: int) -> str:
    """"nguyên Thủ tướng", "cố Tổng Bí thư": kept with the title, which then dates nothing."""
    m = re.search(r"(?i)\b(nguyên|cố)\s+$", reader.text[max(0, start - 8):start])
    return f"{m.group(1)} " if m else ""


def _title_of(reader: Reader, titles: list[str]) -> str:
    return ", ".join(titles)


def _after_title(reader: Reader, i: int) -> int:
    """Handle a title chain at match i; returns the next match index to read."""
    titles, j = _title_chain(reader, i)
    start_pos = reader.matches[j - 1].end
    country = _title_country(reader, i, j)
    title_end = start_pos
    j, start_pos, crossing = _crossing_entity(reader, i, j, start_pos)
    j, pos, qual = _qualifiers(reader, j, start_pos)
    country = qual or crossing or country
    nxt = reader.matches[j] if j < len(reader.matches) else None
    holder = reader.kb.entities[nxt.value].country if nxt is not None and reader.entity_type(nxt) == "PERSON" \
        and nxt.start - pos <= 1 else None
    for k in range(i, len(reader.matches)):  # names inside long office titles ("Thủ tướng Chính phủ nước CHDCND Lào")
        if reader.matches[k].start >= title_end:
            break  # (matches are in order: none after the title is inside it)
        if reader.matches[k].kind == "TITLE" and reader.matches[k].end <= title_end:
            _inner_entities(reader, reader.matches[k], title_end if start_pos == title_end else None, country, holder)
    title = _former_prefix(reader, reader.matches[i].start) + _title_of(reader, titles)
    if nxt is not None and nxt.kind == "ENTITY" and reader.kb.entities[nxt.value].type == "PERSON" \
            and (nxt.start - pos <= 1 or _comma_after_country(reader.text, pos, nxt.start, country)):
        reader.add(nxt.value, nxt.start, nxt.end, title)  # ("Thủ tướng Lào, [Sonexay Siphandone]")
        return j + 1
    if nxt is not None and nxt.kind == "HONORIFIC" and nxt.start - pos <= 1:
        return after_honorific(reader, j, title, country)
    run = name_run(reader.text, pos + 1, run_limit(reader, j)) if reader.text[pos:pos + 1] == " " else None
    run = surname_and_place(reader, pos + 1, j) or run or _after_comma(reader, j, pos, country)  # "Đại sứ [Lại Thái
    # Bình]", "Phó Chủ tịch Hội đồng Tối cao Kyrgyzstan, [Dzhamilia Isaeva]"
    lone = run is not None and " " not in reader.text[run[0]:run[1]]  # "Bộ trưởng Steinmeier": the KB's, if one has it
    known = short_name(reader, reader.text[run[0]:run[1]], country) if lone else None
    if run and not known and not field_word(reader.text, run):
        unknown_person(reader, run, title, country)
        return skip_inside(reader, j, run[1])
    known = known or (short_name(reader, reader.text[run[0]:run[1]], country) if run else None)
    if known:  # "Tổng thống Moon cho biết"
        reader.add(known, run[0], run[1], title)
        return skip_inside(reader, j, run[1])
    if not run and partial_name(reader, pos, title):
        return j
    past = _past_body(reader, j, pos)
    if past is not None:
        k, start, end = past
        long_title = reader.text[reader.matches[i].start:start].strip(" ,")
        body_behind_title(reader, pos + 1, start, country)
        if k < len(reader.matches) and reader.matches[k].kind == "HONORIFIC" and reader.matches[k].start == start:
            return after_honorific(reader, k, reader.text[reader.matches[i].start:reader.matches[k].start].strip(), country)
        if k < len(reader.matches) and reader.matches[k].start == start and reader.entity_type(reader.matches[k]) == "PERSON":
            reader.add(reader.matches[k].value, start, end, long_title)
        else:
            unknown_person(reader, (start, end), long_title, country)
        return skip_inside(reader, k, end)
    first = reader.matches[i].start
    if not _of_a_body(reader, title_end, pos):
        reader.pending.append((first, pos, titles, country, _pair_before(reader, first) or _pair_after(reader, pos)))
    return j


_OWN_OFFICES = frozenset({"government", "party", "state", "legislature"})


def _of_a_body(reader: Reader, title_end: int, pos: int) -> bool:
    """"Phó Chủ tịch Chính hiệp toàn quốc", "Chủ tịch Trung ương Mặt trận …": a title followed by a body the KB's
    offices do not head, or by a capitalized word no known name covers, is the title of that body, not the office
    the title alone names (but "Thủ tướng Chính phủ Hoàng gia Campuchia" is the Prime Minister)."""
    m = TOKEN.match(reader.text, pos + 1) if reader.text[pos:pos + 1] == " " else None
    if m is not None and CAP.match(m.group()) and m.group() not in _PARTNER:
        return True
    k = bisect.bisect_left(reader.matches, title_end, key=lambda x: x.start)
    while k < len(reader.matches) and reader.matches[k].end <= pos:  # (in order, not overlapping: ends in order)
        q, k = reader.matches[k], k + 1
        if reader.entity_type(q) == "ORG" and reader.kb.entities[q.value].facts.get("kind") not in _OWN_OFFICES:
            return True
    return False


_CONNECTORS = ("và", "của", "tại", "về", "-", "–")
_ASIDE = re.compile(r" \([^()\n.;]{1,30}\)(?= )")


_AFTER_NAME = re.compile(r"\s*(?:[,;.:()]|\s(?:và|cùng|đã|tại)\s|$)")


def _comma_after_country(text: str, pos: int, at: int, country: str | None) -> bool:
    """Whether only a comma stands between a title ending in a foreign country and the name at ``at``."""
    return country not in (None, HOME) and at - pos == 2 and text[pos:at] == ", "


def _after_comma(reader: Reader, j: int, pos: int, country: str | None) -> tuple[int, int] | None:
    """A name of two words or more right after a comma closing a title that ends in a foreign country ("Phó Chủ tịch
    Hội đồng Tối cao Kyrgyzstan, Dzhamilia Isaeva và …"), up to a clause's end; not a place, body or title named there
    (the run stops at any known name)."""
    text = reader.text
    if not _comma_after_country(text, pos, pos + 2, country):
        return None
    run = name_run(text, pos + 2, run_limit(reader, j))
    if run is None or " " not in text[run[0]:run[1]] or not _AFTER_NAME.match(text, run[1]) \
            or any(run[0] <= m.start < run[1] for m in reader.matches[j:j + 3]):
        return None  # (not "…, Hà Nội …": a known name there)
    return run


def _past_body(reader: Reader, j: int, pos: int) -> tuple[int, int, int] | None:
    """The name after a body the title names that no known name covers: "Quốc vụ khanh Bộ Hoàng cung [Kuy Bunly]",
    "Đại sứ Trung Quốc tại Việt Nam [Hùng Ba]", "Bộ trưởng Kinh tế Đức [Katherina Reiche]". (match index, start,
    end) of a person's name (a known person's match, or two capitalized words and more), or None. Lower-case words
    belong to the body only right after a capitalized one ("Hoàng cung", "Kinh tế"); a name right after "và" is
    another person ("…, Phó Chủ tịch UBND tỉnh và Hoàng Hải Minh")."""
    text, steps, lower_run = reader.text, 0, -1  # -1: the last word was no capitalized word nor its tail
    place_at = -1  # where a place word ("bang") ends: a run right after it is of a place and a name
    last_country = False  # whether the last word read is a foreign country's name
    while steps < 12 and text[pos:pos + 1] == " ":
        aside = _ASIDE.match(text, pos)
        if aside:  # "Chủ tịch Hội đồng Đại biểu Nhân dân (Hạ viện) X", "… Thống nhất (UMNO) X"
            pos, steps = aside.end(), steps + 1
            continue
        start = pos + 1
        while j < len(reader.matches) and reader.matches[j].start < start:
            j += 1
        m = reader.matches[j] if j < len(reader.matches) and reader.matches[j].start == start else None
        token = None if m is not None else TOKEN.match(text, start)
        word = token.group() if token is not None else ""
        if m is not None and m.kind == "HONORIFIC":  # "… Bộ trưởng Hoàng cung Samdech Chaufea Veang Kong Sam Ol"
            return None if steps == 0 or lower_run == -2 else (j, m.start, m.end)
        named = m is not None and reader.entity_type(m) == "PERSON"
        run = name_run(text, start, run_limit(reader, j)) if word and CAP.match(word) else None
        run = surname_and_place(reader, start, j) or run
        if named or run and (re.search(r"[ .]", text[run[0]:run[1]]) or _lone_name(reader, run, pos)) \
                and not institution_at(text, start, vocabulary().institutions):  # "Hùng Ba", "J.Sereejav"
            if start == place_at + 1 and not named and run and len(text[run[0]:run[1]].split()) >= 3 \
                    and word not in vocabulary().surnames:  # "California [Gavin Newsom]"; not "tỉnh [Trịnh Việt Hùng]"
                start = run[0] + len(" ".join(text[run[0]:run[1]].split()[:-2])) + 1
            elif not named and run:
                start = surname_tail(text, run)  # "Tập đoàn Hòa Phát [Trần Đình Long]"
            return None if steps == 0 or lower_run == -2 else (j, start, m.end if named else run[1])
        if m is not None and m.kind in ("ENTITY", "GENERIC", "COMPOUND"):
            if m.kind != "COMPOUND" or re.match(r"\s*[-–]", text[m.end:m.end + 3]):  # (not "Bí thư Trung ương": "Trung"
                _record_plain(reader, _head(reader, m))  # names China only in "Việt - Trung")
            pos, lower_run = m.end, -1
            last_country = reader.entity_type(m) == "COUNTRY" and reader.kb.entities[m.value].id != f"country:{HOME}"
        elif word in _CONNECTORS:
            pos, lower_run = token.end(), -2  # -2: a name may not follow
        elif token is not None and (link := vocabulary().title_links.match(text, start)):
            # "Quốc vụ khanh [phụ trách] Ngoại thương X", "Phó Thủ tướng [phụ trách] kinh tế X", "Thống đốc [bang] …"
            pos, lower_run, place_at = link.end(), 0 if link.group(1) else -1, -1 if link.group(1) else link.end()
        elif word and (CAP.match(word) or 0 <= lower_run < 3):  # "Đảng Xã hội chủ nghĩa Thống nhất Venezuela"
            pos, lower_run = token.end(), 0 if CAP.match(word) else lower_run + 1
        else:
            return None
        steps += 1
    if last_country and steps and lower_run != -2 and (run := _after_comma(reader, j, pos, "")):
        return bisect.bisect_left(reader.matches, run[0], key=lambda m: m.start), *run
    return None  # ("Phó Chủ tịch Hội đồng Tối cao Kyrgyzstan, [Dzhamilia Isaeva]")


_CLAUSE_MARK = re.compile(r"[,;.:…)]|\n|$")


def _lone_name(reader: Reader, run: tuple[int, int], pos: int) -> bool:
    """"Đại sứ Nhật Bản tại Việt Nam [Umeda];": one foreign word (no Vietnamese syllable) right after the country or
    place that ends the title, closing the clause, is its holder called by one name (not "Tập đoàn Samsung,")."""
    text = reader.text
    if " " in text[run[0]:run[1]] or vietnamese_syllable(text[run[0]:run[1]]) or not _CLAUSE_MARK.match(text, run[1]):
        return False
    return any(f.type in ("COUNTRY", "PLACE") and any(e == pos for _, e in f.spans) for f in reader.found.values())


def _crossing_entity(reader: Reader, i: int, j: int, pos: int) -> tuple[int, int, str | None]:
    """A name that begins inside the title and runs past it ("Bí thư [Trung ương Đảng] Cộng sản Việt Nam")."""
    start = reader.matches[i].start
    if reader.text[pos:pos + 1] != " " or not gazetteer.may_run_on(reader.text[start:pos]):
        return j, pos, None  # (most titles: no name can start inside them and run on)
    window = reader.text[start:pos + 80]
    crossing = [m for m in gazetteer._candidates(window) if m.kind == "ENTITY" and m.start < pos - start < m.end]
    if not crossing:
        return j, pos, None
    best = max(crossing, key=lambda m: m.end - m.start)
    m = _head(reader, Match(best.start + start, best.end + start, best.kind, best.value))
    reader.add(m.value, m.start, m.end)
    return skip_inside(reader, j, m.end), m.end, _qualifier_country(reader, m)


def _head(reader: Reader, m: Match) -> Match:
    """In a title, an organ of a party names the party: "Ủy viên [Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam]"."""
    entity = reader.kb.entities.get(m.value) if m.kind == "ENTITY" else None
    if entity is None or entity.type != "ORG":
        return m
    inner = [x for x in gazetteer._candidates(reader.text[m.start:m.end])
             if x.kind == "ENTITY" and x.end == m.end - m.start and x.start > 0
             and reader.kb.entities[x.value].type == "ORG" and reader.kb.entities[x.value].facts.get("kind") == "party"]
    if not inner:
        return m
    party = min(inner, key=lambda x: x.end - x.start)
    return Match(party.start + m.start, m.end, "ENTITY", party.value)


def _title_country(reader: Reader, i: int, j: int) -> str | None:
    inner = gazetteer.find_in_title(reader.text[reader.matches[i].start:reader.matches[j - 1].end], _NAMED)
    countries = [_qualifier_country(reader, m) for m in inner if m.kind != "COMPOUND"]  # not "Thái" of "Hoàng Thái tử"
    return next((c for c in countries if c), None)


_NAMED = frozenset({"ENTITY", "COMPOUND"})
_ENTITY = frozenset({"ENTITY"})
_ENTITY_OR_GENERIC = frozenset({"ENTITY", "GENERIC"})


def _headed_body(reader: Reader, title_start: int, m: Match, country: str | None, holder: str | None) -> None:
    """"Chủ tịch Quốc hội [Lào]": a head's title names the body it heads, of the title's country; a body Việt Nam
    has none of, of the holder's ("Chủ tịch Thượng viện Hun Sen": Campuchia's Senate), else of the text's partner
    ("Chủ tịch Hạ viện Johari Abdul" in a report on Malaysia); one the KB lacks is a new body of that country
    ("Chủ tịch Hạ viện Ai Cập": "Hạ viện Ai Cập")."""
    before = reader.text[title_start:m.start].strip()
    if before in vocabulary().heads and m.value not in vocabulary().never_bare:
        bodies = _generic_index(reader.kb).get(m.value, {})
        owner = country or (HOME if HOME in bodies else holder or reader.partner()) or HOME
        if owner in bodies:
            reader.add(bodies[owner], m.start, m.end)
        elif owner != HOME and bodies and f"country:{owner}" in reader.kb.entities:
            name = f"{reader.text[m.start:m.end]} {reader.kb.entities[f'country:{owner}'].name}"
            reader.add(f"org:{slug(name)}", m.start, m.end, None, "ORG", name, owner)


def _inner_entities(reader: Reader, title: Match, limit: int | None, country: str | None,
                    holder: str | None = None) -> None:
    """Countries and bodies named inside a title ("Thủ tướng Chính phủ nước CHDCND Lào", "Bộ trưởng Bộ Công Thương").

    Not the bare government in a head of government's title ("Thủ tướng Chính phủ"; "Thủ tướng Chính phủ Hoàng gia
    Campuchia" names it), not another country's body, and not the name that runs on past the title (``limit`` None: the crossing name is recorded on its own)."""
    segment = reader.text[title.start:title.end]
    for m in gazetteer.find_in_title(segment, _ENTITY_OR_GENERIC):
        if (m.end - m.start) == len(segment) or limit is None and m.end == len(segment):
            continue
        if m.kind == "GENERIC":
            _headed_body(reader, title.start, Match(m.start + title.start, m.end + title.start, m.kind, m.value), country,
                         holder)
            continue
        entity = reader.kb.entities[m.value]
        if entity.type == "ORG" and (entity.facts.get("kind") == "government" and not _country_written(entity, segment[m.start:m.end])
                                     or entity.country and entity.country != (country or HOME)):
            continue
        _record_plain(reader, _head(reader, Match(m.start + title.start, m.end + title.start, m.kind, m.value)))


def _country_written(body: KBEntity, written: str) -> bool:
    """A government named with its country ("Thủ tướng [Chính phủ Hoàng gia Campuchia]") is named, as "Chính phủ
    Lào" is outside a title; bare ("Thủ tướng Chính phủ") it is the common noun (gold 009, 010, 128)."""
    return lower(written) != lower(body.facts.get("generic") or "chính phủ")


def _pair_before(reader: Reader, pos: int) -> bool:
    return reader.text[max(0, pos - 4):pos].strip() in _PAIR_WORDS


def _pair_after(reader: Reader, pos: int) -> bool:
    return lower(reader.text[pos:pos + 12]).startswith((" hai nước", " hai bên", " mỗi nước", " mỗi bên"))


def _generic(reader: Reader, i: int) -> None:
    """A country-less body: the one of the country named right after it, or both sides' after "hai"."""
    m = reader.matches[i]
    nxt = reader.matches[i + 1] if i + 1 < len(reader.matches) else None
    by_country = _generic_index(reader.kb).get(m.value, {})
    after = _qualifier_country(reader, nxt) if nxt is not None and (nxt.start - m.end <= 1 or reader.text[m.end:nxt.start]
                                                                     == " nước ") else None  # "Chính phủ nước Cộng hòa Belarus"
    pair = _pair_before(reader, m.start) or _pair_after(reader, m.end)
    if after:
        countries = [after]
    elif m.value in vocabulary().never_bare:
        return
    else:
        countries = [HOME, _partner(reader)] if pair else [HOME]
    if not after and HOME not in by_country and len(by_country) == 1:
        countries = list(by_country)  # "Bộ Năng lượng và Mỏ": Việt Nam has none, one country in the KB has it
    for c in countries:
        if c in by_country:
            reader.add(by_country[c], m.start, m.end)
        elif after and reader.entity_type(nxt) == "COUNTRY":  # "Chính phủ Thái Lan": a body the KB lacks, named
            name = f"{reader.text[m.start:m.end]} {reader.kb.entities[nxt.value].name}"  # with the country's short name
            reader.add(f"org:{slug(name)}", m.start, nxt.end, None, "ORG", name, after)


def _country_in_region(reader: Reader, m: Match) -> None:
    """"Nam Lào", "Bắc Lào": a part of a country names the country too; "Ấn Độ Dương" (an ocean) does not."""
    entity = reader.kb.entities[m.value]
    if entity.type == "PLACE" and entity.facts.get("kind") == "region" and not entity.facts.get("spans_countries"):
        segment = reader.text[m.start:m.end]
        for inner in gazetteer._candidates(segment):
            if inner.kind == "ENTITY" and reader.kb.entities[inner.value].type == "COUNTRY" \
                    and not CAP.match(segment[inner.end + 1:inner.end + 2]):
                reader.add(inner.value, inner.start + m.start, inner.end + m.start)


def _other_side(reader: Reader, i: int) -> None:
    """"hai Bộ Quốc phòng Việt Nam - Lào": the named body, and the same body of the other side."""
    m = reader.matches[i]
    entity = reader.kb.entities[m.value]
    generic = entity.facts.get("generic")
    if not generic or not _pair_before(reader, m.start):
        return
    nxt = reader.matches[i + 1] if i + 1 < len(reader.matches) else None
    dash = nxt is not None and reader.text[m.end:nxt.start].strip() in ("-", "–", "—", "và")
    other = (_qualifier_country(reader, nxt) if dash else None) or _partner(reader)
    body = _generic_index(reader.kb).get(lower(generic), {}).get(other or "")
    if body and body != m.value:
        reader.add(body, m.start, m.end)


_GENERIC_CACHE: dict[int, dict[str, dict[str, str]]] = {}


def _generic_index(kb: KnowledgeBase) -> dict[str, dict[str, str]]:
    if id(kb) not in _GENERIC_CACHE:
        index: dict[str, dict[str, str]] = defaultdict(dict)
        for e in sorted(kb.entities.values(), key=lambda e: bool(e.facts.get("until"))):  # current bodies first
            if e.facts.get("generic") and e.country:
                index[lower(e.facts["generic"])].setdefault(e.country, e.id)
        _GENERIC_CACHE[id(kb)] = dict(index)
    return _GENERIC_CACHE[id(kb)]


def _compound(reader: Reader, i: int) -> None:
    """"Việt", "Trung", "Mỹ" count as countries only beside a dash and another country: "Việt - Lào"."""
    m = reader.matches[i]
    for k in (i - 1, i + 1):
        if 0 <= k < len(reader.matches):
            other = reader.matches[k]
            gap = reader.text[min(m.end, other.end):max(m.start, other.start)]
            if gap.strip() in ("-", "–", "—") and other.kind in ("COMPOUND", "ENTITY") and _qualifier_country(reader, other):
                reader.add(f"country:{m.value}", m.start, m.end)
                return


def _partner(reader: Reader) -> str | None:
    return reader.partner()


def _body_before(text: str, pos: int) -> bool:
    words = lower(text[max(0, pos - 20):pos]).split()
    return any(" ".join(words[-n:]) in vocabulary().institutions for n in (1, 2) if len(words) >= n)


def _named_after(reader: Reader, i: int) -> int | None:
    """"Tượng đài Chủ tịch Hồ Chí Minh", "Trường … mang tên Chủ tịch Hồ Chí Minh": a person's name (a title before it
    or not) that names a thing names no person; after a place's head ("Tượng đài") it is a place's name. The next
    match index to read, or None when no such word comes right before."""
    m, vocab = reader.matches[i], vocabulary()
    if m.kind != "TITLE" and reader.entity_type(m) != "PERSON" or reader.text[m.start - 1:m.start] != " ":
        return None
    head = vocab.named_after.search(reader.text, max(0, m.start - 20), m.start)
    if head is None:
        return None
    j, end = (_title_chain(reader, i)[1], m.end) if m.kind == "TITLE" else (i + 1, m.end)
    nxt = reader.matches[j] if j < len(reader.matches) else None
    if m.kind == "TITLE" and nxt is not None and reader.entity_type(nxt) == "PERSON" and nxt.start - end <= 1:
        end, j = nxt.end, j + 1
    elif m.kind == "TITLE":
        run = name_run(reader.text, end + 1, run_limit(reader, j)) if reader.text[end:end + 1] == " " else None
        if run is None:
            return None
        end, j = run[1], skip_inside(reader, j, run[1])
    if head.group(1) in vocab.named_places:
        name = reader.text[head.start(1):end]
        reader.add(f"place:{slug(name)}", head.start(1), end, None, "PLACE", name[:1].upper() + name[1:])
    return j


def _read(reader: Reader) -> None:
    i = 0
    while i < len(reader.matches):
        m = reader.matches[i]
        after = _named_after(reader, i) if m.kind in ("TITLE", "ENTITY") else None
        if after is not None:
            i = after
            continue
        if m.kind == "TITLE" and _body_before(reader.text, m.start):
            i += 1  # "Phủ Thủ tướng", "Văn phòng Chủ tịch nước": a building or an office, not a person
            continue
        if m.kind == "TITLE":
            i = _after_title(reader, i)
            continue
        if m.kind == "HONORIFIC":
            i = after_honorific(reader, i)
            continue
        if m.kind == "ENTITY":
            reader.add(m.value, m.start, m.end)
            _other_side(reader, i)
            _country_in_region(reader, m)
        elif m.kind == "COMPOUND":
            _compound(reader, i)
        i += 1


def _generics(reader: Reader) -> None:
    for i, m in enumerate(reader.matches):
        if m.kind == "GENERIC":
            _generic(reader, i)


# ---------------------------------------------------------------- public


@dataclass(frozen=True)
class Reading:
    """What a text names, read once; ``resolve`` adds the titles alone whose holder depends on the date."""

    reader: Reader
    built: dict = field(default_factory=dict, compare=False)  # entities already made, kept for the next resolve

    def resolve(self, published: tuple[date, date] | None = None, pending: bool = True) -> tuple[Entity, ...]:
        """The entities, with the titles alone resolved against ``published`` (else the tenures' window); with
        ``pending=False`` without them (what dating the document needs: it reads titled names only)."""
        base = self.reader
        found = {eid: Found(f.type, f.name, f.country, list(f.spans), list(f.titles)) for eid, f in base.found.items()}
        reader = Reader(base.text, base.matches, base.kb, published, found, base.pending)
        if reader.window is None:
            reader.window = tenure_window(reader.kb, titled_people(reader))
        if "waiting" not in self.built:  # the same for every date: worked out once
            self.built["waiting"] = waiting(reader)
            base.matches.clear()  # what is left needs no match nor index of them: a long text's hold 100 bytes a name
            for f in base.found.values():
                f.seen.clear()
        if pending:
            resolve_pending(reader, self.built["waiting"])
        return tuple(self._entity(eid, f) for eid, f in sorted(reader.found.items(), key=lambda kv: min(kv[1].spans)))

    def _entity(self, eid: str, f: Found) -> Entity:
        """The Entity of what was found, made once: a second resolve (against the date found) mostly repeats the first."""
        key = (eid, f.type, f.name, f.country, tuple(f.spans), tuple(f.titles))
        if key not in self.built:
            self.built[key] = _entity(self.reader.text, eid, f)
        return self.built[key]


def read_entities(text: str) -> Reading:
    """Recognize and link every name in ``text``; titles alone wait for ``Reading.resolve``."""
    kb = knowledge_base()
    matches, qualifiers = false_matches.drop(text, gazetteer.find(text), kb)
    reader = Reader(text, matches, kb, None)
    _read(reader)
    qualified(reader, qualifiers)
    countries_inside(reader)
    meeting_pairs(reader)
    numbered_sessions(reader)
    _generics(reader)
    free_runs(reader)
    same_people(reader)
    bracketed_spellings(reader)
    local_bodies(reader)
    bare_committees(reader)
    embassies(reader)
    envoys_embassies(reader)
    named_bodies(reader)
    foreign_venues(reader)
    host_seats(reader)
    seats(reader)
    friendship_places(reader)
    provincial_cities(reader)
    return Reading(reader)


def find_entities(text: str, published: tuple[date, date] | None = None) -> tuple[Entity, ...]:
    """Every entity named in ``text`` with all its mentions; ``published``: the days the document may date from."""
    return read_entities(text).resolve(published)


def _entity(text: str, eid: str, f: Found) -> Entity:
    written: dict[str, str] = {}  # one string for each way the name is written, not one for each mention
    spans = tuple(Span(s, e, written.setdefault(text[s:e], text[s:e])) for s, e in sorted(f.spans))
    titles = tuple(t for t in f.titles)
    return Entity(eid, f.type, f.name or spans[0].text, f.country, titles, spans)  # type: ignore[arg-type]
