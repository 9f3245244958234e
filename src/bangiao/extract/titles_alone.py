"""Titles alone: a title with no name after it ("Chủ tịch nước", "Thủ tướng hai nước", "Quốc vương và Hoàng hậu")
names the person the text names with the same titles, else the one holder of the office on the document's dates
(``kb`` tenures), of Việt Nam, of both sides after "hai", or of the text's partner when Việt Nam has no such office;
a title that depends on no date ("nguyên Thủ tướng", a title after a name, a title whose name follows) is left out.
(For extract/entities.py: ``waiting`` once per text, ``resolve_pending`` per date.)
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date

from bangiao import datafiles
from bangiao.extract.found import CAP, HOME, Reader
from bangiao.extract.gazetteer import lower

_PARTNER = ("Bạn", "bạn")


def _partner(reader: Reader) -> str | None:
    return reader.partner()


@functools.cache
def not_the_holder() -> tuple[str, ...]:
    data = datafiles.load("names.toml", "names")
    return tuple(lower(w) for w in datafiles.strings("names.toml", data, "titles", "not_the_holder"))


@functools.cache
def _delegating() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The words, and their last syllables (a cheap test before the pattern: most titles have none before them)."""
    data = datafiles.load("names.toml", "names")
    words = sorted((lower(w) for w in datafiles.strings("names.toml", data, "titles", "delegated_by")), key=len,
                   reverse=True)
    return (re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})\s+(?:của\s+)?$"),
            tuple({w.split()[-1] for w in words}))


def delegated_by(text: str, pos: int) -> bool:
    """Whether the title at ``pos`` names the one who delegates ("Thừa ủy nhiệm của [Chủ tịch nước], …"): the titles
    after its comma are the delegate's."""
    pattern, last_words = _delegating()
    before = text[max(0, pos - 30):pos]
    return any(w in before for w in last_words) and pattern.search(lower(before)) is not None


_ORDINAL = re.compile(r" thứ \d")
_MANY = re.compile(r" các (?:nước|quốc gia)(?!\w)")  # "tiếp Đại sứ các nước Séc và Chile": several, no one


def _former(text: str, pos: int) -> bool:
    """A former holder's title ("nguyên Chủ tịch nước"), or the next of a former holder's titles ("…, nguyên Chủ tịch
    Đảng, Chủ tịch nước CHDCND Lào"): no one holds it now."""
    if lower(text[max(0, pos - 16):pos]).rstrip().endswith(not_the_holder()):
        return True
    before = lower(text[max(0, pos - _FORMER_LIST):pos])
    if not before.endswith(", "):
        return False
    words = [before.rfind(w + " ") for w in not_the_holder()]
    at = max(words)
    return at >= 0 and (at == 0 or not before[at - 1].isalnum()) and not any(c in before[at:] for c in ".;:()")


_FORMER_LIST = 60  # characters back to a former holder's word whose list of titles goes on


@dataclass(frozen=True)
class _Marks:
    """Where the people's names and the titles are, sorted once: what each title alone is weighed against (a scan
    of every name for every title would grow with the square of the text)."""

    starts: list[int]
    ends: list[int]
    titles: list[int]


def _marks(reader: Reader) -> _Marks:
    spans = [span for f in reader.found.values() if f.type == "PERSON" for span in f.spans]
    return _Marks(sorted(s for s, _ in spans), sorted(e for _, e in spans),
                  [m.start for m in reader.matches if m.kind == "TITLE"])


def _named_later(reader: Reader, end: int, marks: _Marks) -> bool:
    """"Thủ tướng, Tổng Thư ký Đảng Hành động Nhân dân Lawrence Wong": the title belongs to the name after it."""
    k = bisect.bisect_left(marks.titles, end)
    next_title = marks.titles[k] if k < len(marks.titles) else len(reader.text) + 1
    for s in marks.starts[bisect.bisect_left(marks.starts, end):bisect.bisect_right(marks.starts, end + 120)]:
        gap = reader.text[end:s]
        if s <= next_title and not re.search(r"[.;:!?()]|,\s", gap):
            return True  # no other title between: the name is this title's
        if not re.search(r"[.,;:!?()\n]", _INITIAL_END.sub("", gap)) and all(w in _TITLE_GLUE for w in re.findall(
                r"(?<!\S)[^\W\d_A-ZĐ][\w]*", _without_bodies(reader, end, s)) if not CAP.match(w)):
            return True  # "Bộ trưởng Bộ Ngoại giao và Bộ trưởng Văn phòng Tổng thống … Aung San Suu Kyi": titles joined
            # (a body's name among them: "Thủ tướng kiêm Chủ tịch Đảng Nhân dân Cách mạng Mông Cổ N. Enkhbayar")
    return False


_TITLE_GLUE = frozenset({"và", "kiêm", "nước", "của", "tại"})
_INITIAL_END = re.compile(r"(?<!\w)[^\W\d_]\.\s*$")  # "… Mông Cổ N. Enkhbayar": an initial before the name read


def _without_bodies(reader: Reader, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with the bodies' names and the titles found in it blanked."""
    chars = list(reader.text[start:end])
    spans = [span for f in reader.found.values() if f.type == "ORG" for span in f.spans]
    spans += [(m.start, m.end) for m in reader.matches if m.kind == "TITLE" and m.start < end and m.end > start]
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def _appositive(reader: Reader, start: int, marks: _Marks) -> bool:
    """A title after a name and a comma or dash describes that name: "Bounthong Chitmany, Thường trực Ban Bí thư"."""
    before = reader.text[max(0, start - 3):start]
    if not re.search(r"[,–-]\s*$", before):
        return False
    k = bisect.bisect_left(marks.ends, start) - 1  # the last name ending before the title
    return k >= 0 and marks.ends[k] >= start - 120 and not _SENTENCE_END.search(reader.text, marks.ends[k], start)


_SENTENCE_END = re.compile(r"[.!?]\s|\n")  # a name of the sentence before describes nobody here


def _titled_in_text(reader: Reader) -> list[tuple[str, str | None, frozenset[str]]]:
    """Each person the text names with titles: (id, country, each title of their chains)."""
    return [(eid, f.country, frozenset(t.strip() for written in f.titles for t in written.split(",")))
            for eid, f in reader.found.items() if f.type == "PERSON" and f.titles]


def _holder(reader: Reader, titles: list[str], country: str, titled: list, when: tuple[date, date] | None = None,
            alone: bool = False) -> str | None:
    """The one person the titles name in ``country``: the holder in the year written in the title's clause
    (``when``: "chuyến thăm của Quốc vương Qatar tới Việt Nam (năm 2012)"), else the one the text names with the same
    title ("Chủ tịch nước Nguyễn Xuân Phúc … đón Chủ tịch nước"; all of a chain's titles), else the one holder of
    their offices on the document's dates. A title ``alone`` of Việt Nam's whose holder the text never names, where
    the text names one foreigner with that title, is the foreigner's ("Chủ tịch nước Võ Văn Thưởng hội kiến Thủ tướng
    Lào X … hoan nghênh Thủ tướng thăm Việt Nam"); "hai Thủ tướng" is not alone."""
    then = _holders(reader, titles, country, when) if when else set()
    if len(then) == 1:
        return then.pop()
    wanted = {t.strip() for t in titles}
    named = {eid for eid, owner, held in titled if owner == country and wanted <= held}
    if len(named) == 1:
        return named.pop()
    people = _holders(reader, titles, country, reader.window) if reader.window else set()
    if alone and not named and not people & reader.found.keys():
        guests = {eid for eid, owner, held in titled if owner not in (None, HOME) and wanted <= held}
        if len(guests) == 1:
            return guests.pop()  # the only one the text names with the title is the guest ("hoan nghênh Thủ tướng")
    return people.pop() if len(people) == 1 else None


def _holders(reader: Reader, titles: list[str], country: str, window: tuple[date, date]) -> set[str]:
    people: set[str] = set()
    for t in titles:
        for office in reader.kb.offices_with_title(t.strip(), country):
            people |= reader.kb.holders(office.id, *window)
    return people


_OWN_YEAR = re.compile(r"[^.;!?\n()]{0,80}?\((?:năm\s*)?(?:\d{1,2}/)?((?:19|20)\d{2})\)")


def _own_year(text: str, end: int) -> tuple[date, date] | None:
    """The year written in brackets in a title's clause: "… của Quốc vương Qatar tới Việt Nam (năm 2012)"."""
    m = _OWN_YEAR.match(text, end)
    return (date(int(m.group(1)), 1, 1), date(int(m.group(1)), 12, 31)) if m else None


def _of_whom(reader: Reader, titles: list[str], partner: str | None) -> list[str | None]:
    """Whose titles a title alone with no country names: Việt Nam's, or the text's partner's when Việt Nam has no such
    office ("Quốc vương và Hoàng hậu" in a report on Thụy Điển)."""
    if partner and not any(reader.kb.offices_with_title(t.strip(), HOME) for t in titles) \
            and any(reader.kb.offices_with_title(t.strip(), partner) for t in titles):
        return [partner]
    return [HOME]


def waiting(reader: Reader) -> list[tuple[int, int, list[str], list[str | None]]]:
    """The titles alone that a date may resolve, with the countries whose holder they name; what does not depend
    on the date ("nguyên Thủ tướng", a title after a name, a title whose name follows) is left out."""
    waiting, marks, partner = [], _marks(reader), _partner(reader)  # (nothing is found meanwhile)
    for start, end, titles, country, pair in reader.pending:
        if _former(reader.text, start) or _appositive(reader, start, marks) or _named_later(reader, end, marks) \
                or _ORDINAL.match(reader.text, end) or _MANY.match(reader.text, end):
            continue  # (nor "Tổng thống thứ 47 của Mỹ": which holder, the number says, not the date)
        if reader.text[end:end + 4].strip() in _PARTNER:
            country, end = partner, end + 4
        others = _others_listed(reader, end) if country and _PLURAL.search(reader.text, max(0, start - 5), start) \
            else [_other_of_pair(reader, end)] if pair and country else []
        others = [c for c in others if c]
        countries = [country, *others] if others else [country] if country else [HOME, partner] if pair \
            else _of_whom(reader, titles, partner)
        waiting.append((start, end, titles, countries))
    return waiting


_PLURAL = re.compile(r"(?<!\w)các\s+$")
_LIST_JOINER = re.compile(r",\s*|\s+và\s+")


def _others_listed(reader: Reader, end: int) -> list[str]:
    """"các Tổng thống Nga, Hàn Quốc": the countries listed after a plural title's own country, each with a holder."""
    found = []
    while (joiner := _LIST_JOINER.match(reader.text, end)) and (m := _country_at(reader, joiner.end())):
        found.append(reader.kb.entities[m.value].country)
        end = m.end
    return found


def _other_of_pair(reader: Reader, end: int) -> str | None:
    """"hai Thủ tướng Việt Nam và New Zealand": the second country of a pair named after a title's own country."""
    joiner = re.match(r" (?:và|-|–) ", reader.text[end:end + 5])
    m = _country_at(reader, end + joiner.end()) if joiner else None
    return reader.kb.entities[m.value].country if m else None


def _country_at(reader: Reader, pos: int):
    """The country's match starting right at ``pos``, or None."""
    k = bisect.bisect_left(reader.matches, pos, key=lambda x: x.start)
    m = reader.matches[k] if k < len(reader.matches) else None
    return m if m is not None and m.start == pos and reader.entity_type(m) == "COUNTRY" else None


def resolve_pending(reader: Reader, waiting: list[tuple[int, int, list[str], list[str | None]]]) -> None:
    titled = _titled_in_text(reader) if waiting else []
    for start, end, titles, countries in waiting:
        foreign = countries != [HOME] and len(countries) == 1  # "Nhà vua và Hoàng hậu [Nhật Bản]": two people;
        groups = [[t] for t in titles] if foreign and " và " in reader.text[start:end] else [titles]  # (not "Tổng
        # Bí thư và Thủ tướng" after talks with a foreign Prime Minister)
        when = _own_year(reader.text, end)
        for c, group in ((c, g) for c in countries for g in groups):
            holder = _holder(reader, group, c, titled, when, alone=countries == [HOME]) if c else None
            if holder:
                reader.add(holder, start, end)


def titled_people(reader: Reader) -> dict[str, tuple[list[str], str | None]]:
    return {eid: (f.titles, f.country) for eid, f in reader.found.items()
            if f.type == "PERSON" and f.titles and eid in reader.kb.entities}
