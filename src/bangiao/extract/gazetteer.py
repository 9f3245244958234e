"""Finding every known name, title and form of address in a text, in one Aho–Corasick pass.

Patterns come from the knowledge base and ``data/names.toml``. Matching is on
lower-cased text with diacritics kept (``Nhà Trắng`` is not ``Nha Trang``);
offsets are those of the text itself. Overlaps are resolved leftmost-longest.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from bangiao import datafiles
from bangiao.extract.kb import KnowledgeBase, knowledge_base
from bangiao.reading.normalize import normalize

_NAMES = "names.toml"
_WORD = re.compile(r"\w")
# lower-casing that never changes the length of a string
_LOWER = {cp: chr(cp).lower() for cp in range(0x530) if len(chr(cp).lower()) == 1 and chr(cp).lower() != chr(cp)}
_LOWER.update({cp: chr(cp).lower() for cp in range(0x1E00, 0x1F00) if len(chr(cp).lower()) == 1 and chr(cp).lower() != chr(cp)})
_TYPE_RANK = {"PERSON": 0, "COUNTRY": 1, "ORG": 2, "PLACE": 3}


_PART = 1 << 16  # characters lowered at once: str.lower works in a buffer of 12 bytes a character


def lower(text: str) -> str:
    """Lower case, diacritics kept, ``len(lower(s)) == len(s)``. A long text is lowered a part at a time, each cut
    after a space (where no letter's case depends on its neighbours)."""
    low = text.lower() if len(text) <= _PART else "".join(_lowered_parts(text))
    return low if len(low) == len(text) else text.translate(_LOWER)  # "İ" lowers to two characters: the table


def _lowered_parts(text: str) -> Iterator[str]:
    start = 0
    while start < len(text):
        stop = min(start + _PART, len(text))
        stop = text.rfind(" ", start, stop) + 1 or stop if stop < len(text) else stop
        yield text[start:stop].lower()
        start = stop


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence: ``kind`` is ENTITY, GENERIC, COMPOUND, TITLE, HONORIFIC or PHRASE (names nothing)."""

    start: int
    end: int
    kind: str
    value: str  # entity id, generic key, country code, or the canonical title/honorific


@dataclass(frozen=True, slots=True)
class Vocabulary:
    titles: frozenset[str]
    honorifics: frozenset[str]
    surnames: frozenset[str]
    institutions: frozenset[str]
    named_bodies: re.Pattern[str]  # "Bệnh viện ", "Tổng Công ty " before a body's name
    name_stops: frozenset[str]  # lower-case words that end such a name ("tại", "của")
    joiners: tuple[str, ...]
    phrases: dict[str, str]  # fixed phrase → its section ("awards", "currencies", "other")
    never_bare: frozenset[str]
    heads: frozenset[str]
    local_bodies: re.Pattern[str]  # "Tỉnh ủy ", "UBND tỉnh ", "Sở Ngoại vụ tỉnh " right before a place's name
    credit_before: re.Pattern[str]  # "… phóng viên ", "Ảnh: " right before an outlet: a credit
    photo_words: frozenset[str]  # "Ảnh", "Anh" before a photo's number
    home: tuple[str, ...]  # "nước ta": Việt Nam
    compounds: frozenset[str]  # "anh hùng", "ý kiến": words opening with a country's one-syllable name, lower-cased
    particles: frozenset[str]  # "von", "da": lower-case words inside a foreign name
    uncounted: frozenset[str]  # "Al", "Sheikh": words of a long Arabic name that do not count towards its length
    title_links: re.Pattern[str]  # "phụ trách ", "bang ": lower-case words inside a long title, before its field or place
    named_after: re.Pattern[str]  # "Tượng đài ", "mang tên " right before a person's name: a thing's name
    named_places: tuple[str, ...]  # of those, the ones that head a place's name ("Tượng đài")
    article_prefixes: tuple[str, ...]  # "Al-", "al-": a word opening with one is part of an Arabic name
    qualified: re.Pattern[str]  # "Quân đội và Công an " right before a qualifier ("Hoàng gia Campuchia")
    qualifiers: tuple[str, ...]  # "Hoàng gia"
    behind_title: tuple[str, ...]  # "Bộ ", "Ủy ban ": a body named between a title and its holder
    adjective_before: tuple[str, ...]  # "liên ": "Ủy ban liên Chính phủ …" names no government
    numbered_bodies: re.Pattern[str]  # "Binh đoàn 11", "Quân khu 4": a kind of unit and its number
    numbered_words: tuple[str, ...]  # the kinds alone: a text without any names no such unit
    companies: re.Pattern[str]  # "Công ty " before a company's own name
    legal_forms: frozenset[str]  # "TNHH": a Vietnamese company's name keeps "Công ty"
    representations: re.Pattern[str]  # "Đại sứ quán ", "Thương vụ " before "<country> tại <place>"
    name_joiners: frozenset[str]  # "and", "&" between the capitalized words of a foreign company's name
    company_tails: frozenset[str]  # "Group", "Corporation": the last word of a company's name, never a person's
    lower_heads: tuple[str, ...]  # "Cảng ", "Ban ": a place's or body's kind the press writes in lower case before its name
    lower_title_heads: frozenset[str]  # "phó": a title's first word sometimes written in lower case ("phó Thủ tướng")
    host_venues: re.Pattern[str]  # "Phủ Tổng thống", "Hoàng cung": a seat named bare …
    host_words: tuple[str, ...]  # the seats' words alone: a text without any names no seat
    venue_before: re.Pattern[str]  # … where something takes place: "tại ", "tới " right before it


@functools.cache
def vocabulary() -> Vocabulary:
    data = datafiles.load(_NAMES, "names")
    s = functools.partial(datafiles.strings, _NAMES, data)
    kb = knowledge_base()
    office_titles = [t for o in kb.offices.values() for t in o.titles]
    return Vocabulary(
        titles=frozenset(normalize(t) for t in s("titles", "generic") + office_titles),
        honorifics=frozenset(normalize(h) for h in s("honorifics", "words")),
        surnames=frozenset(normalize(x) for x in s("surnames", "vietnamese") + s("surnames", "chinese")),
        institutions=frozenset(lower(normalize(x)) for x in s("institutions", "words")),
        named_bodies=_named_bodies(s("bodies", "named"), s("bodies", "name_stops")),
        name_stops=frozenset(s("bodies", "name_stops")),
        joiners=tuple(s("titles", "joiners")),
        phrases=_phrases(),
        never_bare=frozenset(lower(normalize(x)) for x in s("generic", "never_bare")),
        heads=frozenset(normalize(x) for x in s("titles", "heads")),
        local_bodies=_local_bodies(s("bodies", "local"), s("bodies", "with_field"), s("bodies", "place_words")),
        credit_before=_credit_before(s("credits", "before")),
        photo_words=frozenset(normalize(x) for x in s("credits", "photo_words")),
        home=tuple(normalize(x) for x in s("home", "words")),
        compounds=frozenset(lower(normalize(x)) for x in s("compounds", "words")),
        particles=frozenset(s("surnames", "particles")),
        uncounted=frozenset(s("surnames", "uncounted")),
        title_links=re.compile(rf"(?:({_alternatives(s('titles', 'links'))})|{_alternatives(s('titles', 'place_links'))})(?= )"),
        named_after=re.compile(rf"(?<!\w)({_alternatives(_either_case(s('named_after', 'places') + s('named_after', 'words')))}) $"),
        named_places=tuple(normalize(x) for x in _either_case(s("named_after", "places"))),
        article_prefixes=tuple(s("surnames", "article_prefixes")),
        qualified=_qualified(s("bodies", "coordinated")),
        qualifiers=tuple(normalize(x) for x in s("bodies", "qualifiers")),
        behind_title=tuple(normalize(x) + " " for x in s("bodies", "behind_title")),
        adjective_before=tuple(normalize(x) + " " for x in s("generic", "adjective_before")),
        numbered_bodies=re.compile(rf"(?<!\w)(?:{_alternatives(s('bodies', 'numbered'))}) \d{{1,4}}(?![\d/.,]\d|\w)"),
        numbered_words=tuple(normalize(x) for x in s("bodies", "numbered")),
        host_words=tuple(normalize(x) for x in s("places", "host_venues")),
        companies=re.compile(rf"(?<!\w)(?:{_alternatives(s('bodies', 'company'))}) "),
        legal_forms=frozenset(normalize(x) for x in s("bodies", "legal_forms")),
        representations=re.compile(rf"(?<!\w)(?:{_alternatives(s('bodies', 'representations'))}) $"),
        name_joiners=frozenset(s("bodies", "name_joiners")),
        company_tails=frozenset(s("bodies", "company_tails")),
        lower_heads=tuple(normalize(x) + " " for x in s("places", "lower_heads") + s("bodies", "lower_heads")),
        lower_title_heads=frozenset(normalize(x) for x in s("titles", "lower_heads")),
        host_venues=re.compile(rf"(?<!\w)({_alternatives(s('places', 'host_venues'))})(?!\w)"),
        venue_before=re.compile(rf"(?<!\w)(?:{_alternatives(s('places', 'venue_before'))}) $"),
    )


def _either_case(words: list[str]) -> list[str]:
    """Each word with its first letter as written and in lower case ("Tượng đài", "tượng đài")."""
    return list(dict.fromkeys(w for word in words for w in (word, word[:1].lower() + word[1:])))


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(normalize(w)) for w in sorted(words, key=len, reverse=True))


def _qualified(kinds: list[str]) -> re.Pattern[str]:
    kind = "|".join(re.escape(normalize(k)) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:({kind}) và )?({kind}) $")


def _credit_before(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(lower(normalize(w))) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})\s*:?\s*$")


def _named_bodies(kinds: list[str], stops: list[str]) -> re.Pattern[str]:
    """A kind of body ("Công ty", "Tổng Công ty") before a capitalized word: where a body's name starts."""
    kind = "|".join(re.escape(normalize(k)) for k in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{kind}) (?=[^\W\d_]|\d+[^\W\d_])")  # "Công ty 3S Development"


def _local_bodies(local: list[str], with_field: list[str], place_words: list[str]) -> re.Pattern[str]:
    alt = lambda words: "|".join(re.escape(normalize(w)) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    field = r"(?:[A-ZĐÀ-Ỹ][^\s,.;:()]*(?: (?!tại|ở|của|với|và)[a-zđà-ỹ][^\s,.;:()]*){0,3}){1,2}"
    body = rf"(?:{alt(local)}|(?:{alt(with_field)}) {field})"
    return re.compile(rf"(?<!\w)(?:{body})\s+(?:(?:{alt(place_words)})\s+)?$")


def _phrases() -> dict[str, str]:
    name = "phrases.toml"
    data = datafiles.load(name, "phrases")
    return {normalize(p): section for section in ("awards", "currencies", "other")
            for p in datafiles.strings(name, data, section, "names")}


def _patterns(kb: KnowledgeBase, vocab: Vocabulary) -> dict[str, list[tuple[str, str, str, bool]]]:
    """lower-cased pattern → [(kind, value, form as written, whether the case must match exactly)]."""
    table: dict[str, list[tuple[str, str, str, bool]]] = {}

    def add(text: str, kind: str, value: str, exact: str = "") -> None:
        for form in dash_spellings(normalize(text)):
            table.setdefault(lower(form), []).append((kind, value, form, bool(exact)))

    for e in kb.entities.values():
        for alias in e.aliases:
            add(alias, "ENTITY", e.id, alias if alias in e.case_sensitive else "")
        for form in e.compound:
            add(form, "COMPOUND", e.country or e.id, form)
        if e.facts.get("generic"):
            add(e.facts["generic"], "GENERIC", lower(normalize(e.facts["generic"])))
    for word in vocab.home:
        add(word, "ENTITY", "country:VN")
    for t in vocab.titles:
        add(t, "TITLE", t)
    for phrase, section in vocab.phrases.items():
        add(phrase, "PHRASE", section)
    for h in vocab.honorifics:
        add(h, "HONORIFIC", h, h if h[:1].isupper() and len(h) <= 3 else "")
    return table


_DASH = re.compile(r" [-–—] ")


def dash_spellings(form: str) -> list[str]:
    """A name with a spaced dash in every dash spelling: "Ủy ban liên Chính phủ Việt Nam - Lào" is written with a
    hyphen, an en dash or an em dash ("Việt Nam – Lào"); the KB lists one."""
    if not form or not _DASH.search(form):
        return [form] if form else []
    return [_DASH.sub(f" {dash} ", form) for dash in "-–—"]


def known(form: str) -> bool:
    """Whether ``form`` (any case) is written exactly as a known name, title or phrase ("Việt Nam", "Thanh Hóa")."""
    return _automaton().exists(lower(normalize(form)))


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for pattern, payload in _patterns(knowledge_base(), vocabulary()).items():
        auto.add_word(pattern, (len(pattern), tuple(payload)))
    auto.make_automaton()
    return auto


def _case_fits(written: str, form: str, strict: bool) -> bool:
    """Proper names keep their capitals: "Nhân Dân" (the paper) is not "nhân dân" (the people)."""
    if strict or len(form) > 1 and form.isupper():  # acronyms too: "NAM" is not "Nam"
        return written == form
    if form[:1].isupper() and not written[:1].isupper():  # "cảng Vũng Áng": the name after the kind
        head = _lower_head(form)
        if head:
            return _case_fits(written[head:], form[head:], strict)
    words, forms = written.split(), form.split()
    if len(forms) <= 3:
        return all(not f[:1].isupper() or w[:1].isupper() for w, f in zip(words, forms))
    return not form[:1].isupper() or written[:1].isupper()


@functools.lru_cache(maxsize=16384)
def _lower_head(form: str) -> int:
    """The length of the kind that opens ``form`` and may be written in lower case ("Cảng "), else 0."""
    return next((len(h) for h in vocabulary().lower_heads if form.startswith(h)), 0)


def _best(payload: tuple[tuple[str, str, str, bool], ...], kb: KnowledgeBase) -> tuple[str, str] | None:
    """The one reading of a pattern: a named entity over a title, an ORG over a venue PLACE."""
    order = {"ENTITY": 0, "TITLE": 1, "HONORIFIC": 2, "GENERIC": 3, "PHRASE": 4, "COMPOUND": 5}
    ranked = sorted(payload, key=lambda p: (order[p[0]], _TYPE_RANK.get(kb.entities[p[1]].type, 9) if p[0] == "ENTITY" else 0))
    return (ranked[0][0], ranked[0][1]) if ranked else None


@functools.lru_cache(maxsize=65536)
def _reading(written: str, payload: tuple) -> tuple[str, str] | None:
    """The reading of a pattern as written (its case decides which of its payload fit), remembered: the same names
    come back in every article."""
    kb = knowledge_base()
    usable = tuple(("PHRASE", "meeting", p[2], p[3]) if p[0] == "ENTITY" and kb.entities[p[1]].facts.get("kind") == "meeting"
                   else p for p in payload if _case_fits(written, p[2], p[3])
                   or p[0] == "TITLE" and (_lower_first_word(written, p[2]) or _lower_inner_words(written, p[2])))
    return _best(usable, kb)


def _lower_inner_words(written: str, form: str) -> bool:
    """A title opened with its capital, a later word written in lower case ("Phó chủ tịch Viện Đại biểu …"): the
    title, as the press often writes it."""
    return " " in form and written[:1].isupper() and written[:1] == form[:1] and written.lower() == form.lower()


def _lower_first_word(written: str, form: str) -> bool:
    """A title whose first word alone is written in lower case, the capital of its second kept ("hội kiến phó Thủ
    tướng Nguyễn Xuân Phúc" in a headline): the title, not the shorter one inside it ("Thủ tướng")."""
    words, forms = written.split(" ", 2), form.split(" ", 2)
    return words[0] in vocabulary().lower_title_heads and len(forms) > 1 and len(words) == len(forms) \
        and forms[0][:1].isupper() and written[:1].islower() and forms[1][:1].isupper() and words[1][:1].isupper() \
        and _case_fits(written[len(words[0]):], form[len(forms[0]):], False)


def _candidates(text: str) -> tuple[Match, ...]:
    """Every pattern found in ``text`` (overlapping); a short text's remembered: a name's text is looked at again
    by later steps (a title's window, a name's parts) and the same short texts come back."""
    return _short_candidates(text) if len(text) <= 200 else _scan(text)


@functools.lru_cache(maxsize=8192)
def _short_candidates(text: str) -> tuple[Match, ...]:
    return _scan(text)


def _scan(text: str) -> tuple[Match, ...]:
    lowered = lower(text)
    found = []
    for end, (length, payload) in _automaton().iter(lowered):
        start, stop = end - length + 1, end + 1
        if start > 0 and _WORD.match(text[start - 1]) or stop < len(text) and _WORD.match(text[stop]):
            continue
        best = _reading(text[start:stop], payload)
        if best:
            found.append(Match(start, stop, *best))
    return tuple(found)


@functools.lru_cache(maxsize=8192)
def find_in_title(segment: str, kinds: frozenset[str]) -> tuple[Match, ...]:
    """``find`` on a title's text, remembered: the same titles come back in every article."""
    return tuple(find(segment, kinds))


@functools.cache
def _runs_on() -> frozenset[str]:
    """Every known name's beginnings that another word follows ("trung ương", "trung ương đảng" of "trung ương
    đảng cộng sản việt nam"): what a name that starts inside a title and runs past it must begin with."""
    heads = set()
    for pattern in _patterns(knowledge_base(), vocabulary()):
        words = pattern.split(" ")
        heads.update(" ".join(words[:n]) for n in range(1, len(words)))
    return frozenset(heads)


_WORD_AFTER = re.compile(r" [ \t]*(?:[-–][ \t]*)?([^\W\d_]+)")


def opens_common_word(text: str, start: int, end: int) -> bool:
    """Whether the one word ``text[start:end]`` (a country's name) opens a common word with the word after it ("Anh
    hùng,", "Ý kiến", "Pháp ngữ" in "Cộng đồng Pháp ngữ"): names.toml [compounds]."""
    written, after = text[start:end], _WORD_AFTER.match(text, end)
    return " " not in written and after is not None and lower(f"{written} {after.group(1)}") in vocabulary().compounds


def may_run_on(segment: str) -> bool:
    """Could a known name start at a word of ``segment`` and run on past its end?"""
    low, heads = lower(segment), _runs_on()
    return low in heads or any(low[k + 1:] in heads for k, c in enumerate(low) if c == " ")


def find(text: str, kinds: frozenset[str] | None = None, whole: bool = True) -> list[Match]:
    """Every known name, title and honorific in ``text`` (of ``kinds``, if given), non-overlapping, leftmost-longest;
    ``whole=False``: the names inside a name, not the one that is the whole text."""
    chosen, last = [], 0
    found = _candidates(text)
    if kinds is not None:
        found = [m for m in found if m.kind in kinds]
    if not whole:
        found = [m for m in found if m.end - m.start < len(text)]
    by_length = sorted(found, key=lambda m: m.start - m.end)  # longest first, then (stable) by start: no key tuple
    for m in sorted(by_length, key=lambda m: m.start):  # made for each of a long text's millions of candidates
        if m.start >= last:
            chosen.append(m)
            last = m.end
        elif m.end > last and _party_runs_on(chosen[-1], m):
            chosen[-1] = Match(chosen[-1].start, m.end, m.kind, m.value)
            last = m.end
        elif m.end > last and _common_word_before(text, chosen[-1], m):
            chosen[-1] = m  # "nước [Mỹ Latinh]": the longer name wins over "nước Mỹ"
            last = m.end
    return chosen


def _common_word_before(text: str, first: Match, longer: Match) -> bool:
    """``first`` is a common lower-case word and the start of ``longer`` ("nước Mỹ" / "Mỹ Latinh")."""
    head = text[first.start:longer.start]
    return head[:1].islower() and head.endswith(" ") and " " not in head[:-1]


def _party_runs_on(organ: Match, party: Match) -> bool:
    """"Ban Chấp hành Trung ương Đảng| Cộng sản Cuba": a party organ's name (Việt Nam's when bare) that runs on
    into another country's party is that party's."""
    if organ.kind != "ENTITY" or party.kind != "ENTITY":
        return False
    kb = knowledge_base()
    a, b = kb.entities[organ.value], kb.entities[party.value]
    return a.facts.get("kind") == b.facts.get("kind") == "party" and a.country != b.country
