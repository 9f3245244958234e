"""People: names no known-name match covers — after a title or a form of address, or standing alone.

A name run is the capitalized words at a position (at most five, stopping at the
next title or known name). After a title it is the title's holder; after an
honorific ("ông", "Samdech") a person; alone, a person only when it opens with a
Vietnamese or Sino-Vietnamese surname and has three syllables or more, or when it
is a romanized name in the clause after a title. A run the knowledge base knows
under another spelling links to that person.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable

from bangiao import datafiles
from bangiao.extract.found import CAP, TOKEN, Reader, slug
from bangiao.extract.surnames import all_capitals, foreign_word, kb_names as _kb_names, one_word_name, surname_and_given, \
    surnames as _surnames, vietnamese_syllable
from bangiao.extract.gazetteer import known, lower, vocabulary
from bangiao.reading.normalize import fold

_PLACE_WORDS = ("tỉnh", "thành phố", "thủ đô", "huyện", "bang", "khu tự trị", "vùng", "thị xã", "quận")


def name_run(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The capitalized words starting at ``start`` (at most 5, or 8 for a Lao name in Vietnamese syllables, before
    ``limit``): a personal name. An initial
    ("Michael R. Pompeo", "J.Sereejav"), a particle before a capitalized word ("Ursula von der Leyen", "Lula da
    Silva") and an Arabic article ("Al-Nahyan", "al-Sabah") are part of it; an article and "Sheikh" do not count
    towards the five ("Sheikh Ahmad Abdullah Al-Ahmad Al Sabah")."""
    vocab = vocabulary()
    pos, end, count, lao = start, None, 0, None
    while count < 5 or count < 8 and (lao if lao is not None else (lao := _lao_syllables(text, start, vocab.surnames))):
        m = TOKEN.match(text, pos)
        if not m or m.end() > limit:
            break
        word = m.group()
        if not CAP.match(word) and not _article_word(word, vocab.article_prefixes) \
                and not (count and _lower_case_tail(text, start, pos, word)):  # ("Eksavang vongvichit")
            if count == 0 or word not in vocab.particles or not _capital_after(text, m.end(), limit):
                break
        elif count == 0 and institution_at(text, m.start(), vocab.institutions):
            return None
        elif count == 0 and 2 <= len(word) <= 5 and word.isupper() and word.isalpha():
            return None  # an acronym opens no name ("UBND TP Nguyễn Mạnh Quyền": "TP" is the city's)
        end, count = m.end(), count + (word[:1].isupper() and word not in vocab.uncounted)
        if word.endswith("-") and count > 1:  # "Huỳnh Đắc Hương- Nguyên Chính ủy …": a dash glued to a name ends it
            end -= 1  # (not to a first name: "Jean- Pierre Bel")
            break
        if len(word) == 1 and text[end:end + 1] == "." and CAP.match(text, end + 1) and word.isupper():
            pos = end + 1  # an initial written close to the name: "J.Sereejav"
            continue
        if len(word) == 1 and text[end:end + 2] == ". " and (count or _foreign_after(text, end + 2)) \
                and _capital_after(text, end + 1, limit):
            end += 1  # an initial: "R.", or opening a foreign name ("V. Ipatov")
        if text[end:end + 1] != " ":
            break
        doubled = text[end + 1:end + 2] == " " and CAP.match(text, end + 2)  # a typing slip: "Federica  Mogherini"
        pos = end + 2 if doubled else end + 1
    if end is None or count < 2 and not one_word_name(text[start:end]) or all_capitals(text[start:end]) \
            or text[start:end].rsplit(None, 1)[-1] in vocab.company_tails:  # ("Sun Group": a company)
        return None
    return start, end


def _foreign_after(text: str, pos: int) -> bool:
    """Whether a romanized word that is no Vietnamese syllable starts at ``pos`` ("Ipatov", not "Ba Đình")."""
    m = TOKEN.match(text, pos)
    return m is not None and foreign_word(m.group())


def _lao_syllables(text: str, start: int, surnames: frozenset[str]) -> bool:
    """Whether the name at ``start`` opens like a Lao name written in Vietnamese syllables (up to eight of them, "Xổm
    Xay Phụ Lạ Khăm Mạ Ni"): with a Vietnamese syllable that is no Vietnamese surname ("Xổm", "Phôm"; not "Nguyễn");
    asked only of a run that reaches five words."""
    word = TOKEN.match(text, start).group()
    return word not in surnames and word[:1].isupper() and vietnamese_syllable(word)


def _lower_case_tail(text: str, start: int, pos: int, word: str) -> bool:
    """A foreign name's last word typed in lower case after its first ("Eksavang vongvichit"): both romanized words
    of four letters or more that are no Vietnamese syllable."""
    return foreign_word(word) and foreign_word(text[start:pos].split()[-1])


def surname_and_place(reader: Reader, start: int, j: int) -> tuple[int, int] | None:
    """A Vietnamese surname right before a known place's name of two or three syllables is a person's name after a
    title: "Phó Chủ tịch [Lê Hà Nam]", "Đại sứ Việt Nam tại Philippines [Lại Thái Bình]" (not "tỉnh Thái Bình")."""
    token = TOKEN.match(reader.text, start)
    if token is None or token.group() not in vocabulary().surnames or reader.text[token.end():token.end() + 1] != " ":
        return None
    while j < len(reader.matches) and reader.matches[j].start <= token.end():
        j += 1
    m = reader.matches[j] if j < len(reader.matches) else None
    if m is None or m.start != token.end() + 1 or reader.entity_type(m) != "PLACE":
        return None
    words = reader.text[m.start:m.end].split()
    after = TOKEN.match(reader.text, m.end + 1) if reader.text[m.end:m.end + 1] == " " else None
    if not 2 <= len(words) <= 3 or not all(vietnamese_syllable(w) for w in words) or after and CAP.match(after.group()):
        return None
    return start, m.end


def surname_tail(text: str, run: tuple[int, int]) -> int:
    """Where the person's name starts in a run after a body's name: at a Vietnamese surname opening three syllables
    or more when the run does not open with one ("Tập đoàn Hòa Phát [Trần Đình Long]"); else the run's start."""
    words = text[run[0]:run[1]].split(" ")
    surnames = vocabulary().surnames
    if words[0] in surnames:
        return run[0]
    for k in range(1, len(words) - 2):
        if words[k] in surnames and all(vietnamese_syllable(w) for w in words[k:]):
            return run[0] + len(" ".join(words[:k])) + 1
    return run[0]


def _article_word(word: str, prefixes: tuple[str, ...]) -> bool:
    """"al-Sabah": an Arabic article joined to a capitalized word."""
    return word.startswith(prefixes) and bool(CAP.match(word, word.index("-") + 1))


def _capital_after(text: str, pos: int, limit: int) -> bool:
    """Is the next word (past particles: "von der") capitalized?"""
    while text[pos:pos + 1] == " " and pos + 2 <= limit:
        m = TOKEN.match(text, pos + 1)
        if m is None or m.group() not in vocabulary().particles:
            return bool(CAP.match(text, pos + 1))
        pos = m.end()
    return False


def field_word(text: str, run: tuple[int, int]) -> bool:
    """A one-word run that opens a common noun ("Bộ trưởng [Kinh] tế", "Quốc vụ khanh Bộ [Hoàng] cung"): a Vietnamese
    syllable with a lower-case word after it. A name is written all in capitals ("Tổng thống Putin nói")."""
    word = text[run[0]:run[1]]
    after = TOKEN.match(text, run[1] + 1) if text[run[1]:run[1] + 1] == " " else None
    return " " not in word and vietnamese_syllable(word) and after is not None and not CAP.match(after.group())


def institution_at(text: str, pos: int, institutions: frozenset[str]) -> bool:
    """Does a body's name ("Bộ", "Ủy ban", "Tổng Lãnh sự quán") start at pos? Not a surname that is also a body's word
    before a middle name ("Đoàn Thị Hậu", "Đoàn Văn Sáng": a person)."""
    written = text[pos:pos + 40].split()
    if len(written) >= 3 and written[1] in _MIDDLE and written[2][:1].isupper():
        return False
    if len(written) >= 3 and surname_and_given(written, vocabulary().surnames, vocabulary().institutions, known):
        return False  # "Thứ trưởng Ngoại giao Đoàn Xuân Hưng": a surname, not a delegation
    words = lower(text[pos:pos + 40]).split()
    return any(" ".join(words[:n]) in institutions for n in (1, 2, 3))


_MIDDLE = frozenset({"Thị", "Văn"})  # the middle names that mark a Vietnamese personal name


def unknown_person(reader: Reader, run: tuple[int, int], title: str | None, country: str | None) -> None:
    """A name no known-name match covered: the KB's person if it knows the name under another spelling (tone
    marks, hyphens: "Thoong-xỉnh Thăm-ma-vông" is "Thoong-xinh Thăm-ma-vông"), else a new person."""
    name = " ".join(reader.text[run[0]:run[1]].split())  # (one space between words: "Federica  Mogherini")
    cut = cut_country(reader.kb, name)
    if cut is not None:  # "Chủ tịch Quốc hội Bulgari": the country's name with its last letters lost
        reader.add(cut, run[0], run[1])
        return
    if (country_id := _country_names(reader.kb).get(fold(name))) is not None:
        reader.add(country_id, run[0], run[1])  # "đồng Chủ tịch Ủy ban liên Chính phủ Việt Nam - Cuba": a country
        return
    if (inside := _country_inside(reader, run)) is not None:  # "Bộ trưởng … Hành chính Công [Pháp] Amelie de
        at, end, country_id = inside  # Montchallin": the field's last word, the country, then the name
        reader.add(country_id, at, end)
        unknown_person(reader, (end + 1, run[1]), title, country_id.split(":", 1)[1])
        return
    eid = known_spelling(reader.kb, name) or f"person:{slug(name)}"
    reader.add(eid, run[0], run[1], title, "PERSON", name, country)


def _country_inside(reader: Reader, run: tuple[int, int]) -> tuple[int, int, str] | None:
    """A country's name opening a run or after its first word or two, with a foreign name of two words or more after
    it ("Công Pháp Amelie de Montchallin", "Campuchia Sopheak Thavy"): where the country is, and which."""
    words = list(TOKEN.finditer(reader.text, run[0], run[1]))
    for i in (0, 1, 2):
        for n in (1, 2):
            if i + n + 2 > len(words):
                continue
            at, end = words[i].start(), words[i + n - 1].end()
            country_id = _country_names(reader.kb).get(fold(reader.text[at:end]))
            rest = [w.group() for w in words[i + n:]]
            if country_id and not all(vietnamese_syllable(w) for w in rest):
                return at, end, country_id
    return None


_COUNTRY_NAMES: dict[int, dict[str, str]] = {}


def _country_names(kb) -> dict[str, str]:
    """Every name of a country in the KB, folded (no tone marks, lower case) → the country."""
    if id(kb) not in _COUNTRY_NAMES:
        _COUNTRY_NAMES[id(kb)] = {fold(a): e.id for e in kb.entities.values() if e.type == "COUNTRY" for a in e.aliases}
    return _COUNTRY_NAMES[id(kb)]


_COUNTRY_WORDS: dict[int, dict[str, list[tuple[str, str]]]] = {}  # the KB → the first five letters → (name, id)


def cut_country(kb, word: str) -> str | None:
    """The country a word of five letters or more is the one-word name of, cut short by one or two letters
    ("Bulgari", "Argenti" at the end of an excerpt); a name no country's begins with is a name ("Putin")."""
    if " " in word or len(word) < 5:
        return None
    if id(kb) not in _COUNTRY_WORDS:
        index: dict[str, list[tuple[str, str]]] = {}
        for e in kb.entities.values():
            for a in e.aliases if e.type == "COUNTRY" else ():
                if " " not in a and "-" not in a and len(a) >= 6:
                    index.setdefault(a[:5], []).append((a, e.id))
        _COUNTRY_WORDS[id(kb)] = index
    candidates = _COUNTRY_WORDS[id(kb)].get(word[:5], [])
    found = {eid for alias, eid in candidates if alias.startswith(word) and len(alias) - len(word) <= 2}
    return found.pop() if len(found) == 1 else None


def known_spelling(kb, name: str) -> str | None:
    """The KB person a name is another spelling of, folded: no tone marks, no hyphens ("Bun-nhăng Vo-lả-chít"); a
    Vietnamese phonetic spelling of a Lao name by its skeleton ("Bun-thoong Chít-ma-ny" is Bounthong Chitmany)."""
    found = _people_by_spelling(kb).get(_spelling(name))
    if found is None and "-" in name:
        found = _people_by_skeleton(kb).get(_skeleton(name))
    if found is None and len(name.split()) >= 2:
        found = _people_by_loose(kb).get(_loose(name))  # "Abdel Fatah El Sisi" is "Abdel Fattah el-Sisi"
    return found or _slip_of(kb, name.split())


def _slip_of(kb, words: list[str]) -> str | None:
    """A two-word foreign name whose first word one KB person alone has and whose second begins as theirs does: a
    typing slip ("Kishida Fumida" is Kishida Fumio)."""
    person = _surnames(kb).get(words[0]) if len(words) == 2 and len(words[1]) > 3 else None
    name = kb.entities[person].name.split() if person else []
    return person if any(w != words[0] and w[:3].lower() == words[1][:3].lower() for w in name) else None


def _loose(name: str) -> str:
    """A spelling without word breaks, with doubled letters written once and "ou" as "u" (Lao names romanized two
    ways: "Thonglun", "Thongloun"): "abdelfatahelsisi"."""
    return _DOUBLED.sub(r"\1", _spelling(name).replace(" ", "")).replace("ou", "u")


_DOUBLED = re.compile(r"(\w)\1")
_INDEXES: dict[tuple[str, int], dict[str, str]] = {}


def _owned_keys(kb, name: str, keys: Callable[[], Iterable[tuple[str, str]]], least: int = 0) -> dict[str, str]:
    """An index of the KB's people by a key of their aliases (built once per KB): each key ``least`` letters or
    longer that one person alone owns → that person."""
    if (name, id(kb)) not in _INDEXES:
        owners: dict[str, set[str]] = {}
        for key, eid in keys():
            owners.setdefault(key, set()).add(eid)
        _INDEXES[(name, id(kb))] = {key: ids.pop() for key, ids in owners.items() if len(ids) == 1 and len(key) >= least}
    return _INDEXES[(name, id(kb))]


def _people_by_loose(kb) -> dict[str, str]:
    """Foreign people by the loose spelling of each alias of two words or more (keys of 8 letters or more, one owner)."""
    return _owned_keys(kb, "loose", lambda: ((_loose(a), e.id) for e in kb.entities.values()
                                             if e.type == "PERSON" and e.country != "VN"
                                             for a in e.aliases if len(a.split()) >= 2 or "-" in a), least=8)


@functools.cache
def _lao_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = datafiles.load("names.toml", "names")["lao_spelling"]
    within = tuple((re.compile(a), b) for a, b in data["within"])
    return within + tuple((re.compile(a), b) for a, b in data["word_end"])


def _skeleton(name: str) -> str:
    words = []
    for word in _spelling(name).split():
        for pattern, replacement in _lao_rules():
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)


def _people_by_skeleton(kb) -> dict[str, str]:
    return _owned_keys(kb, "skeleton", lambda: ((_skeleton(a), e.id) for e in kb.entities.values()
                                                if e.type == "PERSON" and e.country == "LA" for a in e.aliases))


def _spelling(name: str) -> str:
    return " ".join(fold(name).replace("-", "").split())


def _people_by_spelling(kb) -> dict[str, str]:
    return _owned_keys(kb, "spelling", lambda: ((_spelling(a), e.id) for e in kb.entities.values()
                                                if e.type == "PERSON" for a in e.aliases))


def after_honorific(reader: Reader, i: int, title: str | None = None, country: str | None = None) -> int:
    """A form of address at match i: the known person or the name run after it (with the title before the form
    of address: "Bộ trưởng Hoàng cung Samdech Chaufea Veang [Kong Sam Ol]"); of several written one after another
    ("Pehin Dato Hj [Abdul Aziz Juned]"), the last. The next match index to read."""
    i = _last_of_chain(reader, i)
    m = reader.matches[i]
    nxt = reader.matches[i + 1] if i + 1 < len(reader.matches) else None
    if nxt is not None and nxt.start - m.end <= 1 and reader.entity_type(nxt) == "PERSON":
        reader.add(nxt.value, nxt.start, nxt.end, title)
        return i + 2
    if nxt is not None and nxt.kind == "TITLE" and nxt.start - m.end <= 1:
        return i + 1
    run = name_run(reader.text, m.end + 1, run_limit(reader, i + 1)) if reader.text[m.end:m.end + 1] == " " else None
    if run and run[1] - run[0] > 3:
        unknown_person(reader, run, title, country)
        return skip_inside(reader, i + 1, run[1])
    return i + 1


def _last_of_chain(reader: Reader, i: int) -> int:
    """The last of the forms of address that follow match i with only a space between."""
    while i + 1 < len(reader.matches) and reader.matches[i + 1].kind == "HONORIFIC" \
            and reader.matches[i + 1].start - reader.matches[i].end <= 1:
        i += 1
    return i


def run_limit(reader: Reader, j: int) -> int:
    """Where a name may run to: the next title, or the next known name of two words or more."""
    for k in range(j, len(reader.matches)):  # (no copy of the rest of the matches)
        m = reader.matches[k]
        if m.kind in ("TITLE", "HONORIFIC", "GENERIC") or " " in reader.text[m.start:m.end]:
            return m.start
    return len(reader.text)


def skip_inside(reader: Reader, j: int, end: int) -> int:
    """The first match at or after j that starts after ``end`` (one-word aliases inside a name are not names)."""
    while j < len(reader.matches) and reader.matches[j].start < end:
        j += 1
    return j


def partial_name(reader: Reader, pos: int, title: str) -> bool:
    """"Thủ tướng Abe": one capitalized word after a title is a name already met ("Shinzo Abe"), or at least
    not a title standing alone."""
    m = TOKEN.match(reader.text, pos + 1) if reader.text[pos:pos + 1] == " " else None
    if m is None or not CAP.match(m.group()) or institution_at(reader.text, m.start(), vocabulary().institutions) \
            or field_word(reader.text, m.span()):
        return False  # "Bộ trưởng [Văn] hóa": a field, not "Văn" of "Trần Văn Khoa"
    word = m.group()
    for eid, f in reader.found.items():
        if f.type == "PERSON" and word in _ends(f.name):
            reader.add(eid, m.start(), m.end(), title)
            return True
    return bool(re.fullmatch(r"[A-Z][a-z]+", word))


def _ends(name: str) -> tuple[str, ...]:
    """The words a name is called by alone: its first and its last ("Abe", "Shinzo"), never a middle one ("Văn")."""
    words = name.split()
    return (words[0], words[-1]) if words else ()


def _place_word_before(reader: Reader, pos: int) -> bool:
    before = lower(reader.text[max(0, pos - 12):pos]).rstrip()
    return before.endswith(_PLACE_WORDS)


_VENUE_WORDS = ("sân bay quốc tế ", "sân bay ", "cảng hàng không quốc tế ")


def _venue_before(reader: Reader, pos: int) -> int | None:
    """Where "sân bay quốc tế" starts right before ``pos``: "sân bay quốc tế King Khalid" is an airport."""
    before = reader.text[max(0, pos - 30):pos]
    if "ay " not in before and "tế " not in before:
        return None  # (most runs: no lower-casing)
    before = lower(before)
    word = next((w for w in _VENUE_WORDS if before.endswith(w)), None)
    return pos - len(word) if word else None


def _titled_person_after_place_word(reader: Reader, run: tuple[int, int], words: list[str]) -> bool:
    """"Chủ tịch Ủy ban nhân dân Thành phố [Nguyễn Thành Phong]": a surname-led name of three syllables or more in the
    clause of a title, right after the place word that ends the title's body, is its holder, not a place."""
    if words[0] not in vocabulary().surnames or len(words) < 3:
        return False
    title = _title_before(reader, run[0], 60)
    return title is not None and not re.search(r"[.;:!?,()]", reader.text[title.end:run[0]])


_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:  ?[A-Z][a-z]+){1,3}")
_ASIDE = re.compile(r"\([^()\n.;:!?,]{1,12}\)")  # "(EU)", "(ASEAN)": an acronym in parentheses inside the clause


def _foreign_name_after_title(reader: Reader, run: tuple[int, int], people: list[int]) -> bool:
    """A romanized name (no Vietnamese letters) in the clause after a title: "Bộ trưởng Du lịch Sok Soken"."""
    if not _LATIN_NAME.fullmatch(reader.text[run[0]:run[1]]):
        return False
    title = _title_before(reader, run[0], 90)
    gap = _ASIDE.sub("", reader.text[title.end:run[0]]) if title else ""
    if title is None or re.search(r"[.;:!?,()]", _OF_COUNTRY.sub("", gap)):
        return False
    k = bisect.bisect_left(people, title.end)  # ``people``: where the people found start, in order
    named = k < len(people) and people[k] < run[0]
    return not named  # "Tổng thống Donald Trump viết trên Truth Social": the title has its person already


# A long title's field list ended by its country and a comma ("Thứ trưởng Ngoại giao phụ trách châu Phi, Trung Đông
# của Brazil, Carlos Silva"): the name after the comma is the title's.
_OF_COUNTRY = re.compile(r"^[^.;:!?()]*\scủa\s+[^\W\d_][^,;.]{1,30},\s*$")


_PLACE_BEFORE = ("tại", "ở", "đến", "tới", "từ", "thăm", "rời", "về", "theo")  # "Theo Prensa Latina, Chủ tịch …"


def _foreign_name_before_title(reader: Reader, run: tuple[int, int]) -> bool:
    """A romanized name set before its titles ("…; Bounkhong Lachiemphone, Ủy viên Trung ương Đảng, Tỉnh trưởng
    tỉnh X; …"): a title right after its comma — not a place or a source before a comma ("Tại Santa Clara, Thủ
    tướng …", "Theo Prensa Latina, Chủ tịch …")."""
    if not _LATIN_NAME.fullmatch(reader.text[run[0]:run[1]]) or reader.text[run[1]:run[1] + 2] != ", ":
        return False
    k = bisect.bisect_left(reader.matches, run[1] + 2, key=lambda m: m.start)
    if k == len(reader.matches) or reader.matches[k].start != run[1] + 2 or reader.matches[k].kind != "TITLE":
        return False
    before = reader.text[max(0, run[0] - 8):run[0]].split()[-1:] + reader.text[run[0]:run[1]].split()[:1]
    return not any(lower(w) in _PLACE_BEFORE for w in before)  # (the word may open the run: "Theo Prensa Latina")


def _title_before(reader: Reader, pos: int, reach: int):
    """The last title that ends at most ``reach`` characters before ``pos`` (the matches are in order and do not
    overlap: their ends are in order too, and a bisection finds them)."""
    k = bisect.bisect_right(reader.matches, pos, key=lambda m: m.end)
    while k and reader.matches[k - 1].end >= pos - reach:
        k -= 1
        if reader.matches[k].kind == "TITLE":
            return reader.matches[k]
    return None


_MARKS: list = [None]  # the last text and where its line breaks and quotation marks are: each name run asks


def _marks(text: str) -> tuple[list[int], ...]:
    last = _MARKS[0]
    if last is None or last[0] is not text:
        last = _MARKS[0] = (text, *([m.start() for m in re.finditer(c, text)] for c in ("\n", '"', "“", "”")))
    return last[1:]


def _quoted(text: str, pos: int) -> bool:
    """Inside a quotation on its line: the name of a thing ("Papilionanda To Lam Linh Ly"), not a person. (The
    marks are counted by bisection: a scan of the line for each name would grow with the square of a long line.)"""
    breaks, straight, opening, closing = _marks(text)
    k = bisect.bisect_left(breaks, pos)
    line_start = breaks[k - 1] + 1 if k else 0
    count = lambda marks: bisect.bisect_left(marks, pos) - bisect.bisect_left(marks, line_start)  # noqa: E731
    return count(straight) % 2 == 1 or count(opening) > count(closing)


def free_runs(reader: Reader) -> None:
    """Names no title anchors: surname-led runs of 3+ syllables (people), romanized names in the clause after
    a title (people) and "tỉnh X" (places)."""
    taken = sorted(reader.taken())
    covered = bytearray(len(reader.text) + 1)
    for s, e in taken:
        covered[s:e] = b"\x01" * (e - s)
    starts = [s for s, _ in taken]
    people = sorted(s for f in reader.found.values() if f.type == "PERSON" for s, _ in f.spans)
    for m in TOKEN.finditer(reader.text):
        if not CAP.match(m.group()) or covered[m.start()]:
            continue
        k = bisect.bisect_right(starts, m.start())
        run = name_run(reader.text, m.start(), starts[k] if k < len(starts) else len(reader.text))
        if run is None:
            continue
        words = reader.text[run[0]:run[1]].split()
        if _quoted(reader.text, run[0]):
            continue
        venue = _venue_before(reader, run[0])
        if venue is not None:
            name = reader.text[venue:run[1]]
            reader.add(f"place:{slug(name)}", venue, run[1], None, "PLACE", name[:1].upper() + name[1:])
        elif _place_word_before(reader, run[0]) and not _titled_person_after_place_word(reader, run, words):
            reader.add(f"place:{slug(' '.join(words))}", run[0], run[1], None, "PLACE", " ".join(words))
        elif _foreign_name_after_title(reader, run, people) or _foreign_name_before_title(reader, run) \
                or words[0] in vocabulary().surnames and len(words) >= 3 \
                or "-" in words[0] and known_spelling(reader.kb, " ".join(words)):  # "Xổm-xạ-vạt Lềnh-xạ-vắt"
            unknown_person(reader, run, None, None)
            bisect.insort(people, run[0])
        else:
            continue
        covered[run[0]:run[1]] = b"\x01" * (run[1] - run[0])


# ---------------------------------------------------------------- one person, several names


def same_people(reader: Reader) -> None:
    """A name the KB does not know that is part of another person's name is that person: "Putin" after "Vladimir
    Putin", "Yoon" after "Yoon Suk Yeol", "Anthony" after "Anthony Albanese", "Norodom Siha" cut off at the end of
    an excerpt. A single word after a title or a form of address no other person found explains is the one person
    of the KB whose first or last name it is ("Tổng thống Moon", "Ngoại trưởng Motegi"), if only one is."""
    people = [eid for eid, f in reader.found.items() if f.type == "PERSON"]
    by_word: dict[str, set[str]] = {}  # a word → the people whose names have it (no pair of people compared)
    for eid in people:
        for word in reader.found[eid].name.split():
            by_word.setdefault(word, set()).add(eid)
    for eid in sorted((e for e in people if e not in reader.kb.entities), key=lambda e: -len(reader.found[e].name.split())):
        words = reader.found[eid].name.split()
        cut = reader.text[max(e for _, e in reader.found[eid].spans):].strip() == ""
        others = by_word.get(words[0], set()) if not cut else set(people)
        target = _longer_name(reader, eid, words, cut, others) or _kb_surname(reader, eid, words) \
            or _initial_and_surname(reader, eid, people)
        if target is not None and target in reader.found:
            merge_into(reader, eid, target)


_INITIAL = re.compile(r"([^\W\d_])\.\s*([^\W\d_][\w-]+)")


def _initial_and_surname(reader: Reader, eid: str, people: list[str]) -> str | None:
    """"A.Sisi", "D. Boluarte": the one person found whose name opens with the initial and has the word after."""
    m = _INITIAL.fullmatch(reader.found[eid].name)
    if m is None:
        return None
    initial, word = m.group(1), m.group(2).lower()
    found = [p for p in people if p != eid and p in reader.found and _opens_and_has(reader.found[p].name, initial, word)]
    return found[0] if len(found) == 1 else None


def _opens_and_has(name: str, initial: str, word: str) -> bool:
    words = re.split(r"[\s-]+", name)
    return words[0].startswith(initial) and word in [w.lower() for w in words[1:]]


def _longer_name(reader: Reader, eid: str, words: list[str], cut: bool, others: set[str]) -> str | None:
    found = [other for other in others if other != eid and other in reader.found
             and (cut or len(reader.found[other].name.split()) > len(words))
             and _part_of(words, reader.found[other].name.split(), cut)]
    if not found and cut:
        found = [p for p in _kb_names(reader.kb) if _part_of(words, _kb_names(reader.kb)[p], True)]
    return found[0] if len(set(found)) == 1 else None


def _part_of(words: list[str], name: list[str], cut: bool) -> bool:
    """``words`` a run of ``name``'s words ("Putin" of "Vladimir Putin"); cut off, its last word may be a prefix
    ("Norodom Siha" of "Norodom Sihamoni")."""
    n = len(words)
    if 2 <= n < len(name) and words[0] == name[0] and words[0] not in vocabulary().surnames \
            and _in_order(words[1:], name[1:]):
        return True  # "Dina Boluarte" of "Dina Ercilia Boluarte Zegarra": the first name and a family name
    for k in range(len(name) - n + 1):
        if k and name[k - 1] in _FATHER:
            continue  # "Salman bin Abdulaziz Al Saud" in "Mohammed bin Salman bin …": the father, another person
        if name[k:k + n - 1] == words[:-1] and (name[k + n - 1] == words[-1]
                                                 or cut and k == 0 and name[k + n - 1].startswith(words[-1])):
            return True
    return False


_FATHER = frozenset({"bin", "ibn", "bint", "binti"})


def _in_order(words: list[str], name: list[str]) -> bool:
    rest = iter(name)
    return all(any(w == x for x in rest) for w in words)


def _kb_surname(reader: Reader, eid: str, words: list[str]) -> str | None:
    """One word that is the first or last word of exactly one foreign person's name (or Latin variant) in the KB."""
    found = reader.found[eid]
    if len(words) != 1 or not found.titles and not _addressed(reader, found):
        return None
    person = _surnames(reader.kb).get(words[0])
    entity = reader.kb.entities.get(person) if person else None
    return person if entity and (found.country is None or entity.country == found.country) else None


def short_name(reader: Reader, word: str, country: str | None) -> str | None:
    """The person a single word after a title names: one found already whose name has it, else the KB's one
    foreign person whose first or last name it is ("Tổng thống Moon")."""
    found = {eid for eid, f in reader.found.items() if f.type == "PERSON" and word in f.name.split()}
    if found:
        return found.pop() if len(found) == 1 else None
    person = _surnames(reader.kb).get(word)
    entity = reader.kb.entities.get(person) if person else None
    return person if entity and (country is None or entity.country == country) else None


def _addressed(reader: Reader, found) -> bool:
    """A form of address right before a mention ("ông Biden")."""
    return any(m.kind == "HONORIFIC" and 0 <= s - m.end <= 1 for m in reader.matches for s, _ in found.spans)


def merge_into(reader: Reader, eid: str, target: str) -> None:
    """The person found as ``eid`` is ``target``: its mentions and titles move there."""
    gone = reader.found.pop(eid)
    for (s, e) in gone.spans:
        reader.add(target, s, e)
    for t in gone.titles:
        reader.add(target, *gone.spans[0], t)
