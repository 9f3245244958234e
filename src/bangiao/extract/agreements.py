"""Agreements: the named documents a text reports signed, refers to, or says are being drafted.

A name opens with a capitalized document kind from ``data/agreements.toml``
("Nghị định thư", "Bản ghi nhớ", ...) and runs to the end of its list item; a
lower-case kind ("các thỏa thuận cấp cao") is a generic mention and is left
out. Status: ``signed`` when the sentence reports the signing, ``drafting``
when it says the document is being prepared, else ``referenced``.
"""
from __future__ import annotations

import functools
import heapq
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bangiao import datafiles
from bangiao.errors import DataFileError
from bangiao.extract import positions
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import MAX_SENTENCE
from bangiao.extract.word_patterns import whole_words
from bangiao.model import Agreement, Entity, Event, Period, Span

_FILE = "agreements.toml"
_PERIOD = re.compile(r"(?:giai đoạn\s+)?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)")


@dataclass(frozen=True, slots=True)
class _Vocab:
    start: re.Pattern[str]
    not_names: re.Pattern[str]
    signed: re.Pattern[str]
    drafting: re.Pattern[str]
    drafting_in_clause: re.Pattern[str]  # "thúc đẩy đàm phán ký kết …": ahead, however far before the name
    drafting_after: re.Pattern[str]  # "… sẽ được ký" right after the name
    end: re.Pattern[str]
    max_words: int
    domestic: frozenset[str]
    shared: re.Pattern[str]
    right_before: re.Pattern[str]
    anniversary: re.Pattern[str]  # "45 năm (Ngày) ký Hiệp ước": the signing is recalled, not reported
    not_signed: re.Pattern[str]  # "phê chuẩn Hiệp định …" right before the name: in force or pending, not signed here
    signed_ahead: re.Pattern[str]  # "sớm ký kết và phê chuẩn Hiệp định …": a signing ahead, then ratified
    not_after: re.Pattern[str]  # "Đối tác Chiến lược …": the kind is a word of another phrase
    recalled: re.Pattern[str]  # "Việc ký Hiệp định X đã …" right before the name: a past signing recalled
    recalled_at: re.Pattern[str]  # the same, ending at a signing word
    purpose: re.Pattern[str]  # "… để " right before a signing word: a purpose, no signing
    unset: re.Pattern[str]  # "trong thời gian tới" after it: no time set
    thanked: re.Pattern[str]  # "cảm ơn X đã tham dự Lễ ký …": a past signing thanked for
    implemented: re.Pattern[str]  # "Thực hiện … biên bản hội đàm đã ký, …": carried out, signed before
    acronyms: dict[str, tuple[str, str]]  # "DOC" → (the name recorded, its kind)
    acronym: re.Pattern[str]  # any of them, as written, a whole word
    spellings: dict[str, str]  # "Bản Ghi nhớ" → "Bản ghi nhớ": another spelling of a kind, as written → the kind
    lower_start: re.Pattern[str]  # "đã ký [thỏa thuận] nhượng quyền": a lower-case kind after a verb that acts on it
    lower_not_first: re.Pattern[str]  # "ký bản ghi nhớ với …": nothing of its own after the kind
    lower_end: re.Pattern[str]
    lower_max_words: int
    plural_list: re.Pattern[str]  # "các Nghị định thư, " right before a kind: an item of a plural, generic list


def _unwitnessed(s) -> str:
    """Look-behinds for none of the witnessing words before a signing told as a thing ("chứng kiến việc ký kết")."""
    return "".join(f"(?<!{re.escape(lower(w))} )" for w in s("signing_witnessed")) + r"(?<!\w)"


def signing_recalled(low: str, start: int, end: int) -> bool:
    """Whether the signing word at ``low[start:end]`` is a signing told as a thing ("Việc ký Hiệp định X đã mở
    ra …") or as what is carried out ("Thực hiện … biên bản đã ký, …"): a past signing recalled, no SIGN event (see
    data/agreements.toml signing_recalled, signing_implemented)."""
    v = _vocab()
    if v.implemented.search(low, max(0, start - 120), start):
        return True  # "Thực hiện thỏa thuận … và biên bản hội đàm đã ký, …": what is carried out was signed before
    return v.recalled_at.search(low, max(0, start - 40), end) is not None \
        and not v.drafting_in_clause.search(low, max(0, start - 60), end)  # "chuẩn bị cho việc ký": ahead


def signing_unscheduled(low: str, start: int, end: int, clause_end: int) -> bool:
    """Whether the signing word at ``low[start:end]`` is only a purpose ("… để ký kết") or set for no time ("ký kết trong
    thời gian tới"): no SIGN event (data/agreements.toml signing_purpose, signing_unset)."""
    v = _vocab()
    return v.purpose.search(low, max(0, start - 20), start) is not None or v.unset.search(low, end, clause_end) is not None


def _spellings(data: dict, kinds: list[str]) -> dict[str, str]:
    """[vocabulary] spellings: pairs of (as written, one of the kinds)."""
    pairs = data.get("vocabulary", {}).get("spellings", [])
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 and p[1] in kinds for p in pairs):
        raise DataFileError(_FILE, "spellings must be pairs [as written, one of the kinds]")
    return {written: kind for written, kind in pairs}


def _alt(words: list[str]) -> str:
    return "|".join(_escaped(words))


def _escaped(words: list[str]) -> list[str]:
    return [re.escape(w) for w in sorted(set(words), key=len, reverse=True)]


@functools.cache
def _vocab() -> _Vocab:
    data = datafiles.load(_FILE, "agreements")
    s = functools.partial(datafiles.strings, _FILE, data, "vocabulary")
    max_words = data.get("vocabulary", {}).get("max_words")
    if not isinstance(max_words, int) or max_words < 3:
        raise DataFileError(_FILE, "max_words must be an integer of at least 3")
    kinds = s("kinds")
    spellings = _spellings(data, kinds)
    lowered = [lower(w) for w in s("not_names")]
    return _Vocab(
        start=re.compile(rf"({whole_words(_escaped(kinds + list(spellings)))})(?= )"),  # (scanned for in C)
        spellings=spellings,
        not_names=re.compile(rf"^ (?:{_alt(lowered)})(?!\w)"),
        signed=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('signed')])})(?!\w)"),
        drafting=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('drafting')])})(?!\w)"),
        drafting_in_clause=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('drafting_in_clause')])})(?!\w)"),
        drafting_after=re.compile(rf"\s*(?:{_alt([lower(w) for w in s('drafting_after')])})(?!\w)"),
        end=re.compile(rf"[,;:.!?()\n]| và (?=(?:{_alt([lower(k) for k in kinds])}) )| (?:{_alt([lower(w) for w in s('ends')])})(?!\w)"),
        max_words=max_words,
        domestic=frozenset(s("domestic_kinds")),
        shared=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('shared')])})(?!\w)"),
        right_before=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('signed_right_before')])})\s+(?:các\s+|bản\s+)?$"),
        anniversary=re.compile(rf"\d\s+(?:{_alt([lower(w) for w in s('anniversary_of')])})\s+$"),
        not_signed=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('not_signed_right_before')])})\s+(?:các\s+)?$"),
        signed_ahead=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('signing_ahead')])})(?:\s+\w+){{0,2}}\s+và\s+"
                                rf"(?:{_alt([lower(w) for w in s('not_signed_right_before')])})\s+(?:các\s+)?$"),
        not_after=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('not_after')])})\s+$"),
        recalled=re.compile(rf"{_unwitnessed(s)}(?:{_alt([lower(w) for w in s('signing_recalled')])})\s+(?:các\s+)?$"),
        purpose=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('signing_purpose')])})\s+$"),
        unset=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('signing_unset')])})(?!\w)"),
        recalled_at=re.compile(rf"{_unwitnessed(s)}(?:{_alt([lower(w) for w in s('signing_recalled')])})$"),
        thanked=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('signing_thanked')])})(?!\w).*(?<!\w)đã(?!\w)"),
        implemented=re.compile(rf"(?<!\w)(?:{_alt([lower(w) for w in s('signing_implemented')])})\s[^,;.:]{{0,100}}"
                               rf"\sđã\s+$"),
        plural_list=re.compile(rf"(?<!\w)các (?:{_alt([lower(k) for k in kinds])})(?:, (?:{_alt([lower(k) for k in kinds])}))*,? (?:và )?$"),
        **_acronyms(data),
        **_lower_case(data),
    )


def _acronyms(data: dict) -> dict:
    """``[acronyms]``: each an upper-case acronym → [the name recorded, its kind]."""
    table = data.get("acronyms", {})
    if not table or not all(re.fullmatch(r"[A-Z][A-Z0-9]{1,11}", k) and isinstance(v, list) and len(v) == 2
                            and all(isinstance(x, str) and x for x in v) for k, v in table.items()):
        raise DataFileError(_FILE, "[acronyms] must map upper-case acronyms to [name, kind]")
    return {"acronyms": {k: (v[0], v[1]) for k, v in table.items()},
            "acronym": re.compile(rf"(?<![\w-])({_alt(list(table))})(?![\w-])")}


def _lower_case(data: dict) -> dict:
    """The patterns of ``[lower_case]``: documents named in lower case."""
    s = functools.partial(datafiles.strings, _FILE, data, "lower_case")
    max_words = data.get("lower_case", {}).get("max_words")
    if not isinstance(max_words, int) or max_words < 2:
        raise DataFileError(_FILE, "lower_case.max_words must be an integer of at least 2")
    ends = s("ends") + datafiles.strings(_FILE, data, "vocabulary", "ends")
    return {"lower_start": re.compile(rf"(?<!\w)(?:{_alt(s('after'))}) ({_alt(s('kinds'))})(?= )"),
            "lower_not_first": re.compile(rf" (?:{_alt(s('not_first'))})(?!\w)"),
            "lower_end": re.compile(rf"[,;:.!?()\n\"“”]| (?:{_alt(ends)})(?!\w)"),
            "lower_max_words": max_words}


_LIST_ITEM = re.compile(r",\s+((?:[^\W\d_A-ZÀ-ỸĐ][\w-]*\s*){1,4}?)(?=,|\s+và\s)")


def _name_end(v: _Vocab, text: str, low: str, start: int) -> int:
    """Where a name ends: at an end word or mark, but not at a comma inside a list of its own ("Bản ghi nhớ về hợp
    tác nông nghiệp, thủy sản và …", "Hiệp định về hợp tác quốc phòng, an ninh và Hiệp định dẫn độ")."""
    m = v.end.search(low, start)
    while m and m.group() == "," and (item := _LIST_ITEM.match(text, m.start())) and not v.end.search(low, item.start(1), item.end(1)):
        m = v.end.search(low, item.end(1))
    end = m.start() if m else len(text)
    words = text[start:end].split()
    if len(words) > v.max_words:
        end = start + len(" ".join(words[:v.max_words]))
    return end


def _sentence(text: str, pos: int) -> tuple[int, int]:
    floor, ceiling = max(0, pos - MAX_SENTENCE), min(len(text), pos + MAX_SENTENCE)  # the work stays bounded
    dot = text.rfind(". ", floor, pos)  # (none: the sentence opens the text, its first letter kept)
    start = max(dot + 2 if dot >= 0 else floor, text.rfind("\n", floor, pos) + 1, floor)
    end_dot, end_nl = text.find(". ", pos, ceiling), text.find("\n", pos, ceiling)
    ends = [e for e in (end_dot, end_nl) if e >= 0]
    return start, min(ends) if ends else ceiling


def _status(v: _Vocab, low: str, sentence: tuple[int, int], start: int, end: int, year: int | None) -> str:
    """drafting, signed (here and now, not a treaty "signed in 1977"), else referenced."""
    before = low[sentence[0]:start]
    item = before[max(before.rfind(";"), before.rfind(":")) + 1:]  # in a list, the words of this item only
    if v.not_signed.search(before[-30:]):
        return "drafting" if v.signed_ahead.search(item[-60:]) else "referenced"
    if v.drafting.search(item[-60:]) or v.drafting_in_clause.search(item) or v.drafting_after.match(low[end:end + 40]):
        return "drafting"
    if v.recalled.search(before[-40:]) or v.thanked.search(item, item.rfind(",") + 1):  # "cảm ơn X đã dự Lễ ký Y"
        return "referenced"
    old = year is not None and any(int(y) < year - 1 for y in re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", low[sentence[0]:sentence[1]]))
    signing = v.signed.search(before) or v.right_before.search(before) or \
        re.match(r"\s*(?:đã\s+)?(?:được\s+)?(?:ký|ký kết)(?!\w)", low[end:end + 20])
    recalled = v.anniversary.search(before[-30:])
    return "signed" if signing and not old and not recalled else "referenced"


def _parties(entities: tuple[Entity, ...], start: int, end: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.id for _, _, e in positions.mentions_in(entities, start, end)
                               if e.type in ("COUNTRY", "ORG")))


def find_agreements(text: str, entities: tuple[Entity, ...], year: int | None = None) -> tuple[Agreement, ...]:
    """Every named document, once per name, with its kind, parties, period, status and sentence."""
    v, low = _vocab(), lower(text)
    found: dict[str, Agreement] = {}
    last = 0
    introduced: set[str] = set()  # acronyms given in brackets after a name ("… (RCEP)"): that name's
    before: tuple[int, str] = (-1, "")  # where the last name ended, and its status
    for start, written, kind, end in _names(v, text, low):
        if start < last:
            continue  # inside a name already read ("Thỏa thuận [Chiến lược] hợp tác ...")
        name = text[start:end].strip()
        if kind in v.domestic and not v.shared.search(lower(name)) and len(_parties(entities, start, end)) < 2:
            continue  # a country's own plan, not an agreement
        last = end
        if bracket := re.match(r"\s*\(([A-Z][A-Z0-9]{1,11})\)", text[end:end + 16]):
            introduced.add(bracket.group(1))
            name = v.acronyms.get(bracket.group(1), (name,))[0]  # "… Việt Nam – EU (EVFTA)": the name the data file records
        sentence = _sentence(text, start)
        period = _PERIOD.search(name)
        status = _status(v, low, sentence, start, end, year)
        if status != "drafting" and _COORDINATED.fullmatch(text, before[0], start):  # "xây dựng dự thảo A và B": B as A
            status = before[1]
        before = (end, status)
        key = lower(name)
        same = _named_before(found, key, kind)
        if same is not None:  # the headline's short name and the body's full one are one document
            kept = found.pop(same)
            longer = kept if len(same) >= len(key) else Agreement(kept.id, name, kept.kind, kept.evidence, kept.parties
                                                                  or _parties(entities, start, end), kept.period, kept.status)
            signed = "signed" if "signed" in (status, kept.status) else longer.status
            found[max(same, key, key=len)] = _with_status(longer, signed)  # type: ignore[arg-type]
            continue
        found[key] = Agreement(f"a{len(found) + 1}", name, kind, Span.of(text, *sentence),
                               _parties(entities, start, end),
                               Period(int(period.group(1)), int(period.group(2))) if period else None, status)  # type: ignore[arg-type]
    _by_acronym(v, text, low, found, introduced, entities, year)
    return tuple(found.values())


_COORDINATED = re.compile(r"\s*(?:,|và|,\s*và)\s*")  # nothing between two names but "và" or a comma


def _by_acronym(v: _Vocab, text: str, low: str, found: dict[str, Agreement], introduced: set[str],
                entities: tuple[Entity, ...], year: int | None) -> None:
    """Documents written by their acronym alone ("thực hiện nghiêm túc DOC"), once each, by the name the data file
    records; not one the text named in full with the acronym in brackets, or by a name of the same words. Its status
    is read as a name's is; signed when any mention is. (Whether another name has the same words is asked once per
    acronym until a name is added: each mention of thousands read every name found.)"""
    clash: dict[str, bool] = {}
    for m in v.acronym.finditer(text):
        name, kind = v.acronyms[m.group(1)]
        key = lower(name)
        if key not in clash:
            clash[key] = any(k != key and _same_name(key, k) for k in found)
        if m.group(1) in introduced or clash[key]:
            continue
        sentence = _sentence(text, m.start())
        status = _status(v, low, sentence, m.start(), m.end(), year)
        if key in found:
            if status == "signed":
                found[key] = _with_status(found[key], status)
            continue
        found[key] = Agreement(f"a{len(found) + 1}", name, kind, Span.of(text, *sentence),
                               _parties(entities, m.start(), m.end()), None, status)  # type: ignore[arg-type]
        clash.clear()  # (a name added: asked again)


def _names(v: _Vocab, text: str, low: str) -> Iterator[tuple[int, str, str, int]]:
    """(start, the kind as written, the kind as a record writes it, end) of every document's name, in order: a
    capitalized kind, and a lower-case one after a verb that acts on one document ("đã ký thỏa thuận nhượng
    quyền"). Generic mentions, partnerships and a kind with at most one word after it are left out."""
    capital = ((m.start(), m.group(1), v.spellings.get(m.group(1), m.group(1)), _name_end(v, text, low, m.end()))
               for m in v.start.finditer(text)
               if not v.not_names.match(low[m.end():m.end() + 30]) and not v.not_after.search(low, max(0, m.start() - 20), m.start())
               and not v.plural_list.search(low, max(0, m.start() - 60), m.start()))
    small = ((m.start(1), m.group(1), m.group(1)[:1].upper() + m.group(1)[1:], _lower_name_end(v, low, m.end()))
             for m in v.lower_start.finditer(low) if text[m.start(1)].islower() and not v.lower_not_first.match(low, m.end()))
    for start, written, kind, end in heapq.merge(capital, small):
        if len(text[start:end].split()) >= len(written.split()) + 2:
            yield start, written, kind, end  # ("Kế hoạch" alone, or with one word, is not a document's name)


def _lower_name_end(v: _Vocab, low: str, start: int) -> int:
    m = v.lower_end.search(low, start, start + 120)
    end = m.start() if m else min(len(low), start + 120)
    words = low[start:end].split()
    if len(words) > v.lower_max_words:
        end = start + 1 + len(" ".join(words[:v.lower_max_words]))
    return end


_RECENT = 256  # names a new one is compared with: a real article names a few dozen documents at most


def _named_before(found: dict[str, Agreement], key: str, kind: str) -> str | None:
    """The first of the last ``_RECENT`` names found that names the same document as ``key`` (one name's words all
    in the other's; the same kind), or None. The window bounds the work on a text naming thousands of documents."""
    recent = list(itertools.islice(reversed(found), _RECENT))
    return next((k for k in reversed(recent) if _same_name(key, k) and found[k].kind == kind), None)


def _same_name(a: str, b: str) -> bool:
    """One name's words all in the other's: "Bản ghi nhớ hợp tác giáo dục" and "Bản ghi nhớ về hợp tác giáo dục ..."."""
    x, y = set(a.split()), set(b.split())
    return x <= y or y <= x


def _with_status(a: Agreement, status: str) -> Agreement:
    return Agreement(a.id, a.name, a.kind, a.evidence, a.parties, a.period, status)  # type: ignore[arg-type]


def link_signed(events: tuple[Event, ...], agreements: tuple[Agreement, ...]) -> tuple[Event, ...]:
    """A SIGN event lists the documents signed in its sentence."""
    linked = []
    for e in events:
        if e.type == "SIGN":
            ids = tuple(a.id for a in agreements if a.status == "signed"
                        and e.evidence.start <= a.evidence.start < e.evidence.end)
            e = Event(e.id, e.type, e.cameo, e.evidence, e.date, e.participants, e.location, ids, e.status)
        linked.append(e)
    return tuple(linked)
