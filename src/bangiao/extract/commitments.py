"""Commitments: what the sides agreed, committed to, set as a target or asked of each other, one undertaking
each, linked to the projects, agreements and target figures of the same record (EXTRACTION.md, Commitment).

A verb of ``data/commitments.toml`` ("nhất trí", "cam kết", "phấn đấu", "đề nghị") opens a group of undertakings
in its sentence. The sentence is cut at ";", ":", "," and "và" (never inside a name: an entity's mention, an
agreement's or a project's name); after the first, an undertaking opens at ";" or ":" or before a word that opens
one ("tăng cường", "phối hợp", "đẩy mạnh"), and any other piece goes on with the undertaking before it ("hợp tác
quốc phòng, an ninh"). Who undertakes is the subject before the verb: a collective ("hai bên") stands for the
two countries of the meeting (the two people ``events.collective_pair`` finds), one person for that person; the
one asked is named right after a request's verb ("đề nghị phía Lào …"). A recalled commitment ("như hai bên đã
nhất trí năm 2023") takes the date the text gives it; the others the governing date of their verb.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace

import ahocorasick

from bangiao import datafiles
from bangiao.errors import DataFileError
from bangiao.extract import dates, positions
from bangiao.extract.dating import Dating
from bangiao.extract.events import collective_pair
from bangiao.extract.figures import amounts
from bangiao.extract.gazetteer import lower
from bangiao.extract.governing import governing_date
from bangiao.extract.sentences import alternation, sentence_end, sentence_start
from bangiao.model import COMMITMENT_KINDS, PROJECT_KINDS, TOPICS, About, Agreement, Commitment, Date, Entity, \
    Figure, Project, Span

_FILE = "commitments.toml"
_CODE = re.compile(r"0\d{1,3}")
_DASHES = str.maketrans("‐‑‒–—―", "------")  # one dash for every dash: "Viêng Chăn – Hà Nội" as "Viêng Chăn - Hà Nội"
_MAX_PAIRS = 32
_PROVINCE_MENTIONS = 3
_THREE_NAMED = 60  # characters after "ba nước" where its three countries are named  # collective subjects resolved anew per document; after that the last sides found are kept


@dataclass(frozen=True, slots=True)
class _Vocab:
    verbs: re.Pattern[str]
    kinds: dict[str, str]  # verb, lower case, single spaces → kind
    addressed: frozenset[str]
    bodies: frozenset[str]  # collectives that stand for the two sides' ministries ("hai bộ")
    three: frozenset[str]  # collectives of three countries ("ba nước")
    opening: frozenset[str]  # verbs that open a sentence's undertakings only, never one inside another's ("quyết tâm")
    will: frozenset[str]  # verbs that commit only to what follows "sẽ" in their clause
    will_word: re.Pattern[str]
    will_not: re.Pattern[str]  # right after "sẽ": a stop of a programme, no undertaking ("sẽ tham dự", "sẽ có")
    reported: frozenset[str]  # [will] verbs that commit only what a side named after them will do  # matched right after such a verb: group 1 the words before "sẽ"
    not_before: re.Pattern[str]
    goal_noun: re.Pattern[str]  # before a target word: the goal named as a thing ("tới mục tiêu 20 tỷ USD")
    goal_words: re.Pattern[str]  # a target word anywhere in a clause ("giảm rào cản để đạt mục tiêu 15 tỷ USD")
    goal_kept: re.Pattern[str]  # a target word that stays in its clause ("hướng tới mục tiêu …")
    not_after: re.Pattern[str]
    collective: re.Pattern[str]
    addressee_lead: re.Pattern[str]
    no_subject: re.Pattern[str]  # right before a name: it is a place or an object, not who undertakes
    along: re.Pattern[str]  # between two addressees asked together ("Bộ A cùng Bộ B")
    government: re.Pattern[str]  # the bodies that stand for their country when asked ("Chính phủ Lào")
    other_side: re.Pattern[str]  # on the text as written: "Bạn" is the partner, "bạn bè" is not
    recalled: re.Pattern[str]
    tail: re.Pattern[str]
    as_agreed: re.Pattern[str]
    deadline: re.Pattern[str]
    boundary: re.Pattern[str]
    openers: re.Pattern[str]
    name_runs_on: re.Pattern[str]  # inside a name: the start of the next undertaking ("… và đẩy nhanh …")
    views: re.Pattern[str]
    asides: re.Pattern[str]  # a piece opening with these is no undertaking ("…; ghi nhận kim ngạch …")
    purpose: re.Pattern[str]
    aims: re.Pattern[str]
    fields: re.Pattern[str]
    continuation: re.Pattern[str]
    joiners: re.Pattern[str]
    lead_ins: re.Pattern[str]
    topic_words: re.Pattern[str]
    topics: dict[str, str]  # keyword → topic
    weak_words: re.Pattern[str]
    weak_topics: dict[str, str]  # keyword used only when no keyword of [topics] stands in the clause → topic
    project_topics: dict[str, str]
    cameo_topics: dict[str, str]
    cameo_words: re.Pattern[str]
    cameo_codes: dict[str, str]  # word → code
    request_cameo: str


def _alt(words) -> str:
    return alternation(tuple(lower(w) for w in words))


def _words(data: dict, *keys: str) -> list[str]:
    return datafiles.strings(_FILE, data, *keys)


def _keyed(data: dict, section: str, allowed: tuple[str, ...]) -> dict[str, str]:
    """word → key of a table of word lists whose keys must be among ``allowed``, each word under one key only."""
    table, found = data.get(section), {}
    if not isinstance(table, dict) or not set(table) <= set(allowed):
        raise DataFileError(_FILE, f"[{section}] must be a table with keys among {', '.join(allowed)}")
    for key in table:
        for w in _words(data, section, key):
            if found.setdefault(" ".join(lower(w).split()), key) != key:
                raise DataFileError(_FILE, f"[{section}] lists {w!r} under two keys")
    return found


def _checked_cameo(data: dict) -> tuple[dict[str, str], dict[str, str], str]:
    cameo = data.get("cameo", {})
    topics, request = cameo.get("topics"), cameo.get("request")
    if not isinstance(topics, dict) or set(topics) != set(TOPICS) or not isinstance(request, str):
        raise DataFileError(_FILE, "[cameo] needs request and a [cameo.topics] code for every topic")
    codes = _keyed(cameo, "words", tuple(cameo.get("words", {})))
    if not all(_CODE.fullmatch(c) for c in [request, *topics.values(), *codes.values()]):
        raise DataFileError(_FILE, "[cameo] codes must be CAMEO codes of 2 to 4 digits starting with 0")
    return topics, codes, request


@functools.cache
def _vocab() -> _Vocab:
    return compiled(datafiles.load(_FILE, "commitments"))


def compiled(data: dict) -> _Vocab:
    """The vocabulary of a parsed ``commitments.toml``, checked: DataFileError naming what is wrong."""
    kinds = _keyed(data, "verbs", COMMITMENT_KINDS)
    will = {_key(lower(w)): "commit" for w in _words(data, "will", "verbs")}
    if set(will) & set(kinds):
        raise DataFileError(_FILE, "[will] verbs must not be [verbs] too")
    if set(kinds.values()) != set(COMMITMENT_KINDS):
        raise DataFileError(_FILE, f"[verbs] must list the words of every kind: {', '.join(COMMITMENT_KINDS)}")
    addressed = frozenset(lower(w) for w in _words(data, "subjects", "addressed"))
    if any(kinds.get(w) != "request" for w in addressed):
        raise DataFileError(_FILE, "[verbs] addressed must be request words")
    project_topics = data.get("project_topics", {})
    if not set(project_topics) <= set(PROJECT_KINDS) or not set(project_topics.values()) <= set(TOPICS):
        raise DataFileError(_FILE, "[project_topics] maps project kinds to topics")
    topics = _keyed(data, "topics", TOPICS)
    weak_topics = _keyed(data, "weak_topics", TOPICS)
    cameo_topics, cameo_codes, request = _checked_cameo(data)
    joiners = _alt(_words(data, "split", "joiners"))
    return _Vocab(
        verbs=re.compile(rf"(?<!\w)(?:{_alt([*kinds, *will])})(?!\w)"), kinds=kinds | will, addressed=addressed,
        bodies=frozenset(lower(w) for w in _words(data, "subjects", "ministries")),
        three=frozenset(lower(w) for w in _words(data, "subjects", "three")),
        will=frozenset(will), opening=frozenset(_key(lower(w)) for w in _words(data, "opening", "verbs")),
        will_not=re.compile(rf"\s+(?:{_alt(_words(data, 'will', 'not_after'))})(?!\w)"),
        reported=frozenset(_key(lower(w)) for w in _words(data, "will", "reported")),
        will_word=re.compile(rf"([^,;.:]{{0,60}}?)(?<!\w)(?:{_alt(_words(data, 'will', 'word'))})(?!\w)"),
        not_before=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'not_commitment', 'before'))})\s*$"),
        goal_noun=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'goal', 'noun_before'))})\s*$"),
        goal_words=re.compile(rf"(?<!\w)(?:{_alt(w for w, k in kinds.items() if k == 'target')})(?!\w)"),
        goal_kept=re.compile(rf"(?:{_alt(_words(data, 'goal', 'kept'))})(?!\w)"),
        not_after=re.compile(rf"\s+(?:{_alt(_words(data, 'not_commitment', 'after'))})(?!\w)"),
        collective=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'subjects', 'collective'))})(?!\w)"),
        no_subject=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'subjects', 'not_after'))})\s+$"),
        along=re.compile(rf"\s+(?:{_alt(_words(data, 'subjects', 'along'))})\s+"),
        government=re.compile(rf"(?:{alternation(tuple(_words(data, 'subjects', 'government')))})(?!\w)"),
        addressee_lead=re.compile(rf"\s+(?:{_alt(_words(data, 'subjects', 'addressee_lead'))})(?!\w)"),
        other_side=re.compile(rf"\s+(?:{alternation(tuple(_words(data, 'subjects', 'other_side')))})(?!\w)"),
        recalled=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'recall', 'before'))})\s+$"),
        tail=re.compile(rf",?\s+(?:{_alt(_words(data, 'recall', 'tail_lead'))})\s+(?=[^,;:.]{{0,50}}?(?<!\w)"
                        rf"(?:{_alt(_words(data, 'recall', 'tail_verb'))})(?!\w))"),
        as_agreed=re.compile(rf"(?<!\w)(?<!cũng )(?:{_alt(_words(data, 'recall', 'as_agreed'))})\s+(?:[^,;.:]{{0,40}}\s)?$"),
        deadline=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'deadline', 'before'))})\s+$"),
        boundary=re.compile(rf"[;:,]|\s(?=(?:{joiners})\s)"),
        purpose=re.compile(rf",?\s+(?:{_alt(_words(data, 'goal', 'purpose'))})\s+(?:sớm\s+)?(?:đạt\s+)?"
                           rf"(?:{_alt(w for w, k in kinds.items() if k == 'target')})\s+"),
        aims=re.compile(rf"(?:{_alt(_words(data, 'goal', 'aims'))})(?!\w)"),
        asides=re.compile(rf"(?:{_alt(_words(data, 'split', 'asides'))})(?!\w)"),
        views=re.compile(rf"(?:{_alt(_words(data, 'split', 'views'))})\s[^;:.]{{0,80}}?\slà(?!\w)"),
        continuation=re.compile(rf"(?:{_alt(_words(data, 'split', 'continuation'))}),?\s+"),
        fields=re.compile(rf"(?:{_alt(_words(data, 'split', 'fields'))})(?!\w)"),
        name_runs_on=re.compile(rf"(?:,|\s(?:{joiners}))\s+(?=(?:{_alt(_words(data, 'split', 'openers'))})\s)"),
        openers=re.compile(rf"(?:{_alt(_words(data, 'split', 'openers'))})(?!\w)"),
        joiners=re.compile(rf"(?:\s|(?:{joiners})(?!\w))*"),
        lead_ins=re.compile(rf"(?:\s|(?:{_alt(_words(data, 'split', 'lead_ins'))})(?!\w))*"),
        topic_words=re.compile(rf"(?<!\w)(?:{_alt(topics)})(?!\w)"), topics=topics,
        weak_words=re.compile(rf"(?<!\w)(?:{_alt(weak_topics)})(?!\w)"), weak_topics=weak_topics, project_topics=project_topics,
        cameo_topics=cameo_topics, cameo_words=re.compile(rf"(?<!\w)(?:{_alt(cameo_codes)})(?!\w)"),
        cameo_codes=cameo_codes, request_cameo=request)


def _key(phrase: str) -> str:
    return " ".join(phrase.split())


# ---------------------------------------------------------------- the document


@dataclass(slots=True)
class _Named:
    """Where an agreement or project is named in the text (``located``: its name found, not only its evidence)."""

    start: int
    end: int
    id: str
    located: bool


@dataclass
class _Doc:
    text: str
    low: str
    entities: tuple[Entity, ...]
    dating: Dating
    figures: tuple[Figure, ...]
    agreements: list[_Named]
    projects: dict[str, Project]
    names: ahocorasick.Automaton | None  # project names (folded) → (length, project id)
    folded: str  # the text as ``_fold`` gives it, for the project names
    evidence: list[_Named]  # the projects' evidence, in order
    known: dict[str, Entity]
    people: list[int]  # where a person is named, in order: the collective subjects' cache key
    pairs: dict = field(default_factory=dict)
    last_by: tuple[str, ...] = ()
    last_group: _Group | None = None

    def sides(self, phrase: str, pos: int) -> tuple[str, ...]:
        """The two countries a collective subject at ``pos`` stands for: its two people's, else Việt Nam and the
        partner the article names most; in a report on two provinces the two provinces, unless it says "nước"."""
        if self.provinces and "nước" not in phrase:
            return self.provinces
        if lower(phrase) in _vocab().bodies and len(self.ministries) == 2:
            return self.ministries
        if lower(phrase) in _vocab().three:
            return self.three(pos)
        key = (bisect.bisect_left(self.people, pos), lower(phrase))
        if key not in self.pairs and len(self.pairs) < _MAX_PAIRS:
            people = collective_pair(phrase, pos, self.entities)
            countries = tuple(dict.fromkeys(f"country:{self.known[p].country}" for p in people if p in self.known))
            self.pairs[key] = tuple(c for c in countries if c in self.known)
        found = self.pairs.get(key) or next(reversed(self.pairs.values()), ())
        return found if len(found) >= 2 else self.main_pair

    @functools.cached_property
    def main_pair(self) -> tuple[str, ...]:
        """Việt Nam and the partner the article names most (those the record knows)."""
        others = sorted(((len(e.mentions), e.id) for e in self.entities if e.type == "COUNTRY" and e.id != "country:VN"),
                        reverse=True)
        return tuple(c for c in ["country:VN", *[o[1] for o in others[:1]]] if c in self.known)

    @functools.cached_property
    def provinces(self) -> tuple[str, ...]:
        """The two provinces a report is on, one of Việt Nam and one of the partner, each named at least
        ``_PROVINCE_MENTIONS`` times and as often as the partner country; () when it is no such report."""
        if len(self.main_pair) < 2:
            return ()
        partner = self.known[self.main_pair[1]]
        found = []
        for country in ("VN", partner.country):
            places = [e for e in self.entities if e.type == "PLACE" and e.country == country]
            top = max(places, key=lambda e: len(e.mentions), default=None)
            if top is None or len(top.mentions) < max(_PROVINCE_MENTIONS, len(partner.mentions)):
                return ()
            found.append(top.id)
        return tuple(found)

    def three(self, pos: int) -> tuple[str, ...]:
        """The three countries of "ba nước": those named right after it ("ba nước Việt Nam - Campuchia - Lào"),
        else Việt Nam and the two partners the article names most."""
        named = positions.mentions_in(self.entities, pos, pos + _THREE_NAMED)
        after = tuple(dict.fromkeys(e.id for _, _, e in named if e.type == "COUNTRY"))
        if len(after) >= 3:
            return after[:3]
        others = sorted(((len(e.mentions), e.id) for e in self.entities if e.type == "COUNTRY" and e.id != "country:VN"),
                        reverse=True)
        return tuple(c for c in ["country:VN", *[o[1] for o in others[:2]]] if c in self.known)

    @functools.cached_property
    def ministries(self) -> tuple[str, ...]:
        """The ministry of each side the article names most ("hai bộ nhất trí …": the two ministries)."""
        found = []
        for code in self.main_pair:
            country = self.known[code].country
            bodies = [e for e in self.entities if e.type == "ORG" and e.country == country and e.name.startswith("Bộ ")]
            if bodies:
                found.append(max(bodies, key=lambda e: len(e.mentions)).id)
        return tuple(found)

    def country_of(self, entity_id: str) -> str | None:
        e = self.known.get(entity_id)
        code = f"country:{e.country}" if e and e.country else None
        return code if code in self.known else None


def _named_agreements(low: str, agreements: tuple[Agreement, ...]) -> list[_Named]:
    """Where each agreement is named; a name that runs on into the next undertaking ("Hiệp định Thương mại biên giới
    và đẩy nhanh tiến độ …") is cut before it."""
    found, v = [], _vocab()
    for a in agreements:
        at = low.find(lower(a.name), a.evidence.start, a.evidence.end + 1) if a.name else -1
        start, end = (at, at + len(a.name)) if at >= 0 else (a.evidence.start, a.evidence.end)
        if at >= 0 and (next_one := v.name_runs_on.search(low, start, end)):
            end = next_one.start()
        found.append(_Named(start, end, a.id, at >= 0))
    return sorted(found, key=lambda n: n.start)


def _fold(name: str) -> str:
    """Lower case, one dash for every dash; the same length (positions in it are the text's)."""
    return lower(name).translate(_DASHES)


def _project_names(projects: tuple[Project, ...], heads: re.Pattern[str]) -> ahocorasick.Automaton | None:
    """Each project's name, and its name without a leading generic word ("Đường cao tốc X – Y" as "cao tốc X - Y")."""
    if not projects:
        return None
    names = ahocorasick.Automaton()
    for p in projects:
        for form in {_fold(" ".join(p.name.split())), _fold(" ".join(heads.sub("", p.name, count=1).split()))}:
            if len(form.split()) >= 2:
                names.add_word(form, (len(form), p.id))
    names.make_automaton()
    return names if len(names) else None


_HEADS = re.compile(r"(?i)^\s*(?:đường|tuyến|tuyến đường|dự án|công trình)\s+")


def _document(text: str, entities: tuple[Entity, ...], dating: Dating, projects: tuple[Project, ...],
              agreements: tuple[Agreement, ...], figures: tuple[Figure, ...], low: str) -> _Doc:
    people = sorted(m.start for e in entities if e.type == "PERSON" for m in e.mentions)
    evidence = sorted((_Named(p.evidence.start, p.evidence.end, p.id, False) for p in projects), key=lambda n: n.start)
    return _Doc(text, low, entities, dating, figures, _named_agreements(low, agreements), {p.id: p for p in projects},
                _project_names(projects, _HEADS), _fold(text) if projects else "", evidence,
                {e.id: e for e in entities}, people)


# ---------------------------------------------------------------- one sentence


@dataclass
class _Group:
    """What one verb says of the undertakings that follow it."""

    kind: str
    by: tuple[str, ...]
    of: tuple[str, ...]
    date: Date | None
    verb: tuple[int, int]
    recalled: bool = False
    before: str | None = None  # a target word inside another verb's list: that verb's kind, for its clauses with no figure


@dataclass
class _Item:
    group: _Group
    start: int
    end: int
    kind: str
    fallback: tuple[str, int] | None = None  # a target without a number: (the kind it falls back to, where it starts)
    after_goal: bool = False  # right after a target of its group ("phấn đấu đưa … lên 20 tỷ USD và tăng gấp đôi …")
    header: bool = False  # the words between the verb and a ":" list
    view: bool = False  # a view, no undertaking ("coi hợp tác quốc phòng là trụ cột")


def _zones(d: _Doc, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The names of the sentence: entity mentions (no cut, no verb inside) and agreement and project names (no cut
    at "," or ":", no verb inside: "Hiệp định về hợp tác kinh tế, văn hóa …")."""
    mentions = [(a, b) for a, b, _ in positions.mentions_in(d.entities, start, end)]
    names = [(n.start, n.end) for n in positions.starting_in(d.agreements, start, end) if n.located]
    return mentions, names + [(a, b) for a, b, _ in _project_spans(d, start, end)]


def _project_spans(d: _Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Where the projects are named in ``[start, end)``: (start, end, project id)."""
    if d.names is None or end <= start:
        return []
    return [(last + 1 - size, last + 1, pid) for last, (size, pid) in d.names.iter(d.folded, start, end)]


def _inside(zones: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in zones)


def _segments(d: _Doc, v: _Vocab, start: int, end: int, zones) -> list[tuple[str, int, int]]:
    """The pieces of a sentence, each with the mark that opened it ("" for the first, ";", ":", "," or " ")."""
    mentions, names = zones
    pieces, mark, at = [], "", start
    for m in v.boundary.finditer(d.low, start, end):
        p, c = m.start(), m.group()
        if _inside(mentions, p) or c in ",:" and _inside(names, p) or c in ",:" and \
                d.low[p - 1:p].isdigit() and d.low[p + 1:p + 2].isdigit():
            continue  # "Việt Nam, Lào", "1,7 tỷ", "9:30"
        pieces.append((mark, at, p))
        mark, at = c, m.end()
    return pieces + [(mark, at, end)]


def _accepted(d: _Doc, v: _Vocab, m: re.Match[str], start: int, mentions: list[tuple[int, int]]) -> bool:
    """Whether a verb makes an undertaking: not inside a name ("Dinh Thống Nhất"), not a noun ("sự thống nhất",
    "theo đề nghị của"), not agreement with a view ("nhất trí cao về kết quả"), not a reference ("như đã nhất trí")."""
    pos, low = m.start(), d.low
    if _inside(mentions, pos) or d.text[pos].isupper() and low[start:pos].strip(" \"“'(-") \
            and not low[max(0, pos - 3):pos].rstrip().endswith(":"):
        return False
    if v.kinds[_key(m.group())] != "target" and v.not_before.search(low, max(start, pos - 30), pos) or \
            v.kinds[_key(m.group())] == "target" and v.goal_noun.search(low, max(start, pos - 20), pos):
        return False
    if _key(m.group()) in v.will and not _will(d, v, m):
        return False  # "khẳng định quan hệ … là tài sản vô giá": a view; "cho biết sẽ sang dự lễ": a programme
    return not v.not_after.match(low, m.end()) and not v.as_agreed.search(low, max(start, pos - 60), pos)


_OPENING = re.compile(r"[\s\"“'(-]*")


def _will(d: _Doc, v: _Vocab, m: re.Match[str]) -> bool:
    """Whether a verb of [will] commits: "sẽ" in its clause, not before a stop of a programme ("sẽ tham dự"), and for
    a verb that only reports ("cho biết", "thông báo") "sẽ" right after it or a side named before "sẽ" ("cho biết
    Cuba sẽ …", not "bày tỏ tin tưởng chuyến thăm sẽ …")."""
    will = v.will_word.match(d.low, m.end())
    if not will or v.will_not.match(d.low, will.end()):
        return False
    if _key(m.group()) not in v.reported or not will.group(1).strip():
        return True  # ("Thủ tướng bày tỏ sẽ quan tâm …": the subject before the verb)
    return bool(_candidates(d, v, will.start(1), will.end(1)))


def _opening_recall(d: _Doc, v: _Vocab, start: int, end: int) -> re.Match[str] | None:
    """The verb of a sentence that opens recalling it ("Như hai bên đã nhất trí năm 2023, …")."""
    lead = _OPENING.match(d.low, start).end()
    m = v.verbs.search(d.low, lead, min(end, lead + 60))
    if m and v.as_agreed.search(d.low, lead, m.start()) and re.match(r"(?:theo )?như\s", d.low[lead:m.start()]):
        return m
    return None


def _subject(d: _Doc, v: _Vocab, lo: int, hi: int) -> tuple[str, ...]:
    """Who the words before a verb name as its subject: the last collective or name of the verb's own clause (after
    the last "," or ";"), else the sentence's first ("Hai nhà lãnh đạo đánh giá … của Tổng Bí thư A; nhất trí …");
    people or countries joined by "và" stand for their countries; () when none."""
    cut = max(d.low.rfind(",", lo, hi), d.low.rfind(";", lo, hi)) + 1
    own = _candidates(d, v, max(lo, cut), hi)
    if own:
        return _who(d, own, len(own) - 1)
    every = _candidates(d, v, lo, hi)
    return _who(d, every, 0) if every else ()


def _candidates(d: _Doc, v: _Vocab, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """The collectives and names (not places) in ``[lo, hi)`` as (start, end, type, id or phrase), in order; not a
    name inside another, nor a country right before a person ("Thủ tướng Lào Sonexay Siphandone")."""
    found = [(m.start(), m.end(), "COLL", m.group()) for m in v.collective.finditer(d.low, lo, hi)]
    found += [(a, b, e.type, e.id) for a, b, e in positions.mentions_in(d.entities, lo, hi)
              if e.type != "PLACE" or e.id in d.provinces]
    found.sort(key=lambda c: (c[0], -c[1]))
    kept: list[tuple[int, int, str, str]] = []
    outer = -1
    for c in found:
        if c[0] < outer:
            continue  # inside the one before
        outer = c[1]
        if kept and kept[-1][2] == "COUNTRY" and c[2] == "PERSON" and c[0] - kept[-1][1] <= 2:
            kept.pop()
        if not v.no_subject.search(d.low, max(lo, c[0] - 16), c[0]):
            kept.append(c)  # (not "tại trụ sở Quốc hội Peru", "hội kiến Chủ tịch Quốc hội …": a place, an object)
    return kept


def _who(d: _Doc, found: list[tuple[int, int, str, str]], i: int) -> tuple[str, ...]:
    """The subject ``found[i]`` names, with the names of its type joined to it by "và" (their countries when they
    are of two countries)."""
    start, _, kind, ref = found[i]
    if kind == "COLL":
        return d.sides(ref, start)
    same = [c for c in found if c[2] == kind]
    lo = hi = same.index(found[i])
    while lo > 0 and _joined(d, same[lo - 1], same[lo]):
        lo -= 1
    while hi + 1 < len(same) and _joined(d, same[hi], same[hi + 1]):
        hi += 1
    ids = tuple(dict.fromkeys(c[3] for c in same[lo:hi + 1]))
    countries = tuple(dict.fromkeys(c for i in ids if (c := d.country_of(i))))
    return countries if len(ids) > 1 and len(countries) > 1 else ids


def _joined(d: _Doc, a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    """Whether two names are joined by "và" (or a dash: "Việt Nam - Lào") with no "," or ";" between."""
    gap = d.low[a[1]:b[0]]
    return len(gap) <= 80 and not re.search(r"[,;]", gap) and (" và " in f" {gap} " or gap.strip() in ("-", "–"))


def _addressee(d: _Doc, v: _Vocab, pos: int, by: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """The one a request asks ("đề nghị phía Lào", "đề nghị Chính phủ Lào" → Lào; "phía Bạn" → the other side;
    "hai bên" → both) and where the undertaking asked starts; ((), pos) when none is named."""
    lead = v.addressee_lead.match(d.low, pos)
    for at in dict.fromkeys((pos, lead.end() if lead else pos)):
        if other := v.other_side.match(d.text, at):
            asking = {d.country_of(b) or b for b in by}
            return tuple(c for c in d.sides("hai bên", pos) if c not in asking), other.end()
        gap = len(d.low[at:at + 3]) - len(d.low[at:at + 3].lstrip())
        if coll := v.collective.match(d.low, at + gap):
            return d.sides(coll.group(), coll.start()), coll.end()
        if asked := _named_at(d, v, at + gap):
            (first, b), along = asked, v.along.match(d.low, asked[1])  # "Bộ A cùng Bộ B phối hợp …": both asked
            second = _named_at(d, v, along.end()) if along else None
            return (first, second[0]) if second else (first,), second[1] if second else b
    return (), lead.end() if lead else pos  # "đề nghị các bộ, ngành rà soát …": asked, no one named


def _named_at(d: _Doc, v: _Vocab, pos: int) -> tuple[str, int] | None:
    """The one named at ``pos`` (a government stands for its country; a ministry or a parliament for itself) and
    where its name ends."""
    here = positions.mentions_in(d.entities, pos, pos + 1)
    if not here:
        return None
    _, b, e = max(here, key=lambda x: x[1])
    whole = e.type == "ORG" and v.government.match(e.name)
    return (d.country_of(e.id) or e.id if whole else e.id), b


def _made(d: _Doc, m: re.Match[str], lo: int, hi: int, recalled: bool) -> Date | None:
    """When it was made: the time the text gives a recalled one (the first not a deadline), else the governing
    date of its verb."""
    if not recalled:
        return governing_date(d.dating, d.text, m.start(), False, m.end())
    for e in positions.starting_in(d.dating.expressions, lo, hi):
        if e.year and not _vocab().deadline.search(d.low, max(lo, e.start - 20), e.start):
            return dates.resolve(e, d.dating.reference)
    return None


def _group(d: _Doc, v: _Vocab, m: re.Match[str], lo: int, hi: int, previous: _Group | None,
           recalled: bool = False) -> tuple[_Group, int] | None:
    """The group a verb opens (with who undertakes it: the subject in ``low[lo:verb]``, else the one before) and
    where its first undertaking starts; None for a wish with no one asked ("mong muốn quan hệ … phát triển")."""
    kind = v.kinds[_key(m.group())]
    by = _subject(d, v, lo, m.start()) or (previous.by if previous else ()) or \
        (d.main_pair if kind == "agree" else d.last_by or d.main_pair)  # an agreement takes two
    recalled = recalled or bool(v.recalled.search(d.low, max(lo, m.start() - 12), m.start()))
    of, pos = _addressee(d, v, m.end(), by) if kind == "request" else \
        ((), m.start() if kind == "target" and _DIGIT_NEXT.match(d.low, m.end()) else m.end())
    if _key(m.group()) in v.will and (will := v.will_word.match(d.low, m.end())):
        by, pos = _subject(d, v, will.start(1), will.end(1)) or by, will.end()  # "khẳng định Việt Nam sẽ …"
    if kind == "request" and not of and not v.addressee_lead.match(d.low, m.end()):
        return None  # "đề nghị cần …", "nêu ba đề xuất: …": no one asked, no request
    before = previous.kind if previous and kind == "target" and previous.kind != "target" else None
    if before:  # "nhất trí …, phấn đấu đưa kim ngạch tăng trưởng …": without a figure it stays an agreement
        pos, of = m.start(), previous.of if before == "request" else of
    return _Group(kind, by, of, _made(d, m, lo, hi, recalled), m.span(), recalled, before), pos


def _item(d: _Doc, v: _Vocab, group: _Group, pos: int, end: int, mentions) -> _Item:
    """The undertaking from ``pos``: lead-ins skipped ("sẽ", "về việc"); a verb right there takes it over
    ("thống nhất phấn đấu đưa kim ngạch lên …" is a target)."""
    item = _Item(group, v.lead_ins.match(d.low, pos, end).end(), end, group.kind)
    if group.before:
        item.fallback = (group.before, item.start)
    while (m := v.verbs.match(d.low, item.start, end)) and v.kinds[_key(m.group())] != "request" \
            and not (group.kind == "request" and v.kinds[_key(m.group())] == "commit") \
            and not v.goal_kept.match(d.low, item.start, end) and not _DIGIT_NEXT.match(d.low, m.end(), end) \
            and _accepted(d, v, m, item.start, mentions):  # "thống nhất mục tiêu phấn đấu nâng …": one target
        item.fallback = item.fallback or (group.kind, item.start)
        item.kind, item.start = v.kinds[_key(m.group())], v.lead_ins.match(d.low, m.end(), end).end()
    item.view = bool(v.views.match(d.low, item.start, len(d.low)) or v.asides.match(d.low, item.start, end)) \
        or _new_subject(d, item.start)
    return item


def _new_subject(d: _Doc, pos: int) -> bool:
    """Whether a piece opens with a person of its own ("…; Chủ tịch nước mời Tổng thống … sớm thăm Việt Nam"): the
    list is over."""
    return d.text[pos:pos + 1].isupper() and any(  # (a capital mid-sentence: a title or a name)
        e.type == "PERSON" for _, _, e in positions.mentions_in(d.entities, pos, pos + _TITLE))


_TITLE = 40


def _items(d: _Doc, v: _Vocab, start: int, end: int, carried: _Group | None = None) -> list[_Item]:
    """The undertakings of one sentence, in order (``carried``: the group of the sentence before, which a sentence
    without a verb of its own continues)."""
    zones = _zones(d, start, end)
    items: list[_Item] = []
    group: _Group | None = carried
    asking = False
    if recall := _opening_recall(d, v, start, end):
        opened = _group(d, v, recall, start, end, None, recalled=True)
        group = opened[0] if opened else None
    for n, (mark, a, b) in enumerate(_segments(d, v, start, end, zones)):
        s = v.joiners.match(d.low, a, b).end()
        verbs = [m for m in v.verbs.finditer(d.low, s, b) if _accepted(d, v, m, start, zones[0] + zones[1])
                 and (group is None and not asking or _key(m.group()) not in v.opening)]
        opens = bool(v.openers.match(d.low, s) and not v.fields.match(d.low, s) or v.views.match(d.low, s, end)
                     or v.asides.match(d.low, s, b)) \
            and group is not None
        if verbs and not (opens and verbs[0].start() > s):
            opened = _group(d, v, verbs[0], start if group is None else s, b, group)
            if opened:
                group = opened[0]
                items.append(_item(d, v, group, opened[1], b, zones[0]))
                continue
            asking = True  # a request asking no one: its list opens nothing ("đề nghị cần duy trì …, quyết tâm …")
            if verbs[0].start() == s:
                group = None  # "… phục hồi kinh tế và mong muốn thương mại …": its list is no part of the one before
                continue
        if group is None:
            continue
        if recall and n == 1 and not items:  # "Như hai bên đã nhất trí năm 2023, hai nước sẽ …": the main clause
            items.append(_recalled_clause(d, v, group, s, b))
        elif opens or mark and mark in ";:":
            if mark == ":" and items and items[-1].end == a - 1 and items[-1].end - items[-1].start < 60:
                items[-1].header = True  # "nhất trí các nội dung sau: …": the list's heading
            items.append(_item(d, v, group, s, b, zones[0]))
        elif items:
            items[-1].end = b  # "hợp tác quốc phòng, an ninh": the same undertaking goes on
    kept = _aims_joined(d, v, _shared_objects(d, [i for i in items if not i.header and not i.view]))
    for before, item in zip(kept, kept[1:]):
        item.after_goal = before.group is item.group and before.kind == "target"
    return [piece for i in kept for piece in _per_figure(d, v, i)]


def _aims_joined(d: _Doc, v: _Vocab, items: list[_Item]) -> list[_Item]:
    """An aim without a figure after an undertaking is part of it ("làm sâu sắc quan hệ Đối tác toàn diện, hướng
    tới xây dựng quan hệ Đối tác chiến lược")."""
    kept: list[_Item] = []
    for item in items:
        start = item.fallback[1] if item.fallback else item.start  # (where its target word stands)
        if kept and v.aims.match(d.low, start, item.end) and not _has_number(d, start, item.end) \
                and re.fullmatch(r"[\s,]*", d.low[kept[-1].end:start]):
            kept[-1].end = item.end
            continue
        kept.append(item)
    return kept


def _shared_objects(d: _Doc, items: list[_Item]) -> list[_Item]:
    """Two verbs sharing one object are one undertaking: a verb alone ("tiếp tục phối hợp", "cụ thể hóa") goes
    with the undertaking right after it ("… phối hợp, hỗ trợ trong việc tìm kiếm hài cốt")."""
    kept: list[_Item] = []
    for item in reversed(items):
        nxt = kept[-1] if kept else None
        words = _BARE_WORDS.sub("", d.low[item.start:item.end]).split()
        if nxt and nxt.group is item.group and len(words) <= _BARE \
                and re.fullmatch(r"[\s,]*(?:và)?\s*", d.low[item.end:nxt.start]):
            nxt.start = item.start
            continue
        kept.append(item)
    return kept[::-1]


_BARE = 3
_BARE_WORDS = re.compile(r"^\s*tiếp tục\s|\schặt chẽ\s*$")  # "tiếp tục phối hợp chặt chẽ" is a verb alone


def _per_figure(d: _Doc, v: _Vocab, item: _Item) -> list[_Item]:
    """A target cut before each further sum it joins with "và" or "," ("lên 2 tỷ USD trong năm 2024 và 3 tỷ USD vào
    năm 2026": two targets, one a figure), and every undertaking cut before a tail that only recalls who set it
    ("…, như lãnh đạo hai nước đã đề ra", "… được lãnh đạo hai nước đặt ra")."""
    if tail := v.tail.search(d.low, item.start, item.end):
        item.end = tail.start()
    first = []
    if (goal := v.purpose.search(d.low, item.start, item.end)) and v.openers.match(d.low, goal.end()) \
            and _has_number(d, goal.end(), item.end):  # "…, nhằm sớm đạt mục tiêu nâng kim ngạch lên 100 tỉ USD"
        first = [replace(item, end=goal.start())]
        item = replace(item, start=goal.end(), kind="target", fallback=None)
    if item.kind != "target":
        return [*first, item]
    pieces, last, end = [item], None, item.end
    for m, _, _ in amounts(d.low, item.start, end):
        if last is not None and (join := _FIGURE_JOIN.search(d.low, last, m.start())):
            pieces[-1].end = join.start()
            pieces.append(replace(item, start=join.start(1), end=end, fallback=None))  # "và hướng tới 10 tỷ USD"
        last = m.end()
    return [*first, *pieces]


_FIGURE_JOIN = re.compile(r"(?:\s*,|\s+và)\s*((?:[^\d,;]{0,12}\s)?)$")


def _recalled_clause(d: _Doc, v: _Vocab, group: _Group, s: int, b: int) -> _Item:
    """The main clause after an opening recall, its own subject ("hai nước") taking the undertaking over."""
    coll = v.collective.match(d.low, s)
    if coll:
        group.by, s = d.sides(coll.group(), coll.start()), coll.end()
    return _item(d, v, group, s, b, [])


# ---------------------------------------------------------------- one undertaking


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.…"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    return start, end


def _has_number(d: _Doc, a: int, b: int) -> bool:
    """Whether a figure stands in ``[a, b)``: a number other than in a time expression or a count of years ("5 tỷ
    USD", "tăng 20%", not "kỷ niệm 50 năm"), or a multiple ("tăng gấp đôi")."""
    times = [(e.start, e.end) for e in positions.starting_in(d.dating.expressions, max(0, a - 20), b)]
    return any(not _inside(times, m.start()) for m in _DIGIT.finditer(d.low, a, b)) or \
        bool(_MULTIPLE.search(d.low, a, b))


def _goal(d: _Doc, v: _Vocab, item: _Item, a: int) -> bool:
    """Whether an undertaking sets a figure as a goal whatever its verb: a target word before a figure in its clause
    ("… để đạt mục tiêu 15 tỷ USD"), or a sum or a multiple right after a target ("… và tăng gấp đôi đầu tư")."""
    if word := v.goal_words.search(d.low, a, item.end):
        return _has_number(d, word.end(), item.end)
    return item.after_goal and (bool(_MULTIPLE.search(d.low, a, item.end)) or any(amounts(d.low, a, item.end)))


_DIGIT_NEXT = re.compile(r"\s+\d")  # "hướng tới 10 tỷ USD": the target word stays before a bare figure
_DIGIT = re.compile(r"\d(?![\d.,/]*\s*năm(?!\s*\d))")
_MULTIPLE = re.compile(r"(?<!\w)gấp (?:đôi|ba|\d+ lần)(?!\w)")


def _figures(d: _Doc, a: int, b: int, target: bool) -> tuple[int, ...]:
    """The indexes of the record's figures whose sums stand in ``[a, b)`` (a target one first where both are)."""
    found = []
    for _, value, unit in amounts(d.low, a, b):
        same = [i for i, f in enumerate(d.figures) if f.unit == unit and round(f.value) == round(value)]
        same.sort(key=lambda i: d.figures[i].is_target != target)
        found += same[:1]
    return tuple(dict.fromkeys(found))


def _projects(d: _Doc, a: int, b: int) -> tuple[str, ...]:
    """The projects named in ``[a, b)``, or whose evidence lies in it."""
    inside = (n.id for n in positions.starting_in(d.evidence, a, b) if n.end <= b)
    return tuple(dict.fromkeys([*(pid for _, _, pid in _project_spans(d, a, b)), *inside]))


def _agreements(d: _Doc, a: int, b: int) -> tuple[str, ...]:
    """The agreements named in ``[a, b)`` (where only an agreement's evidence is known: it inside ``[a, b)``)."""
    near = positions.starting_in(d.agreements, a - 2000, b)
    return tuple(n.id for n in near if (n.start < b and a < n.end) if n.located or a <= n.start and n.end <= b)


def _deadline(d: _Doc, a: int, b: int) -> Date | None:
    """The time written with an undertaking after a deadline word: a year ("đến năm 2025") or this year and the
    next ("trong năm nay", resolved against the article's date)."""
    for e in positions.starting_in(d.dating.expressions, a, b):
        if (e.year or e.kind == "relative-year") and _vocab().deadline.search(d.low, max(a, e.start - 20), e.start):
            return dates.resolve(e, d.dating.reference)
    return None


def _topic(d: _Doc, v: _Vocab, kind: str, a: int, b: int, projects: tuple[str, ...]) -> str:
    """The topic of the first keyword in the clause ("other" when it names fields of ``_MANY_TOPICS`` topics or
    more: "hợp tác năng lượng, giáo dục, y tế"); else of its first weak keyword ("quan hệ", "kỷ niệm"), of its
    project, and a target of a sum is trade."""
    found = list(dict.fromkeys(v.topics[_key(m.group())] for m in v.topic_words.finditer(d.low, a, b)))
    if found:
        return found[0] if len(found) < _MANY_TOPICS else "other"
    if m := v.weak_words.search(d.low, a, b):
        return v.weak_topics[_key(m.group())]
    by_project = (v.project_topics[d.projects[p].kind] for p in projects if d.projects[p].kind in v.project_topics)
    return next(by_project, "economy_trade" if kind == "target" and any(amounts(d.low, a, b)) else "other")


_MANY_TOPICS = 3


def _cameo(d: _Doc, v: _Vocab, kind: str, topic: str, a: int, b: int) -> str:
    if kind == "request":
        return v.request_cameo
    m = v.cameo_words.search(d.low, a, min(b, a + 30))
    return v.cameo_codes[_key(m.group())] if m else v.cameo_topics[topic]


def _commitment(d: _Doc, v: _Vocab, item: _Item, evidence: Span) -> Commitment | None:
    kind, a = item.kind, item.start
    kind = "target" if kind != "target" and _goal(d, v, item, a) else kind
    if kind == "target" and not _has_number(d, a, item.end):
        if item.fallback is None:
            return None
        kind, a = item.fallback  # "nhất trí phấn đấu hoàn thành …": agreed, the goal without a figure
    a = v.lead_ins.match(d.low, v.joiners.match(d.low, a, max(a, item.end)).end(), max(a, item.end)).end()
    a, b = _trimmed(d.text, a, item.end)  # "; và đặc biệt là …"
    if (when := next(iter(positions.starting_in(d.dating.expressions, a, a + 1)), None)) and item.group.recalled:
        a, b = _trimmed(d.text, when.end, b)  # "đã cam kết năm 2022 viện trợ …": the date it was made, not the what
    if b <= a:
        return None
    projects = _projects(d, a, b)
    topic = _topic(d, v, kind, a, b, projects)
    about = About(projects, _agreements(d, a, b), _figures(d, a, b, kind == "target"))
    of = item.group.of  # (a target a request carries keeps the one asked)
    return Commitment("", kind, Span.of(d.text, a, b), evidence, _cameo(d, v, kind, topic, a, b), topic,  # type: ignore[arg-type]
                      item.group.by, of, about, _deadline(d, a, b), item.group.date)


def _sentence(d: _Doc, v: _Vocab, start: int, end: int, carried: _Group | None = None) -> list[Commitment]:
    a, b = _trimmed(d.text, start, end)
    evidence = Span.of(d.text, a, b)
    items = _items(d, v, a, b, carried)
    d.last_group = items[-1].group if items else None
    if items:
        d.last_by = items[-1].group.by
    return [c for i in items if (c := _commitment(d, v, i, evidence))]


def _continued(d: _Doc, v: _Vocab, done: int) -> tuple[int, int] | None:
    """The sentence after ``done`` when it goes on with the list of the one before: no verb of its own nor a person
    (who would be its subject), and it opens with the words of an undertaking ("Tiếp tục thúc đẩy …", "Bên cạnh
    đó, tăng cường …")."""
    start = _NEXT.match(d.low, done).end()
    if d.last_group is None or start >= len(d.low):
        return None
    end = sentence_end(d.text, start)
    lead = v.continuation.match(d.low, start, end)
    at = lead.end() if lead else start
    if not v.openers.match(d.low, at) or v.fields.match(d.low, at) or v.verbs.search(d.low, start, end) \
            or any(e.type == "PERSON" for _, _, e in positions.mentions_in(d.entities, start, end)) \
            or d.text[start - 1:start] == "\n" and d.text[end:end + 1] in ("\n", "") \
            and d.text[start:end].rstrip()[-1:] not in ".!?…":
        return None  # (a line of its own without a final mark is a crosshead: it restates, goes on with nothing)
    return start, end


def find_commitments(text: str, entities: tuple[Entity, ...], dating: Dating, projects: tuple[Project, ...],
                     agreements: tuple[Agreement, ...], figures: tuple[Figure, ...]) -> tuple[Commitment, ...]:
    """The undertakings ``text`` reports, each apart, with who undertakes them and what they concern; the same
    undertaking told again (headline, lead, body) once."""
    v, low = _vocab(), lower(text)
    if not v.verbs.search(low):
        return ()
    d = _document(text, entities, dating, projects, agreements, figures, low)
    found: dict[tuple, Commitment] = {}
    done = head = _headline_end(text)
    for m in v.verbs.finditer(low, head):
        if m.start() < done:
            continue
        start, done = sentence_start(text, m.start()), max(sentence_end(text, m.start()), m.end())
        found_in = _sentence(d, v, start, done)
        while (after := _continued(d, v, done)) is not None:  # "Tiếp tục thúc đẩy …" after "Hai bên nhất trí …"
            start, done = after
            found_in += _sentence(d, v, start, done, d.last_group)
        for c in found_in:
            key = (c.kind, c.by, " ".join(_fold(c.what.text).split()))
            if key not in found or _in_crosshead(text, found[key]):
                found[key] = c
    kept = _without_lead_restated(d, list(found.values()), text.find("\n", head) if head else -1)
    kept = _without_crossheads_restated(d, kept)
    return tuple(replace(c, id=f"c{n}") for n, c in enumerate(kept, start=1))


_NEXT = re.compile(r"[\s.!?…\"“”'()-]*")


def _without_crossheads_restated(d: _Doc, found: list[Commitment]) -> list[Commitment]:
    """The commitments without those of a crosshead that the body tells too, in other words ("Việt Nam sẵn sàng hỗ
    trợ Lào …" over "… khẳng định Việt Nam sẵn sàng hỗ trợ Lào … trong năm 2024"); past ``_CROSSHEADS`` crossheads
    the text is no article of a few sections and all are kept."""
    heads = {id(c) for c in found if _in_crosshead(d.text, c)}
    if not heads or len(heads) > _CROSSHEADS:
        return found
    body = [c for c in found if id(c) not in heads]
    return [c for c in found if id(c) not in heads or not any(_restates(d, o, c) for o in body)]


_CROSSHEADS = 8


def _in_crosshead(text: str, c: Commitment) -> bool:
    """Whether a commitment was read in a line of its own without a sentence's final mark (a crosshead: the body
    tells it again)."""
    a, b = c.evidence.start, c.evidence.end
    alone = text[max(0, a - 3):a].strip(" \t")[-1:] in ("\n", "") and text[b:b + 3].strip(" \t")[:1] in ("\n", "")
    return alone and b - a <= _HEADLINE and text[a:b].rstrip()[-1:] not in ".!?…:;"


def _headline_end(text: str) -> int:
    """Where a headline ends (a first line of its own, short and without a sentence's final mark), else 0: a
    headline restates the article's undertakings, which are taken from the body."""
    end = text.find("\n")
    line = text[:end].rstrip()
    return end + 1 if 0 < len(line) <= _HEADLINE and line[-1] not in ".!?…:;" else 0


_HEADLINE, _LEAD = 250, 2000


def _without_lead_restated(d: _Doc, found: list[Commitment], lead_end: int) -> list[Commitment]:
    """The commitments without those of the lead (the paragraph after a headline, before ``lead_end``) that a later
    one restates: a target with the same figure and no other deadline, another undertaking of the same kind in
    mostly the same words. A lead is short: one longer is no lead."""
    if lead_end <= 0 or lead_end > _LEAD:
        return found
    later = [c for c in found if c.evidence.start >= lead_end]
    return [c for c in found if c.evidence.start >= lead_end or not any(_restates(d, o, c) for o in later)]


def _restates(d: _Doc, later: Commitment, lead: Commitment) -> bool:
    if later.kind != lead.kind:
        return False
    if lead.kind == "target":
        same = {d.figures[i].value for i in lead.about.figures} & {d.figures[i].value for i in later.about.figures}
        return bool(same) and (lead.deadline is None or lead.deadline == later.deadline)
    a, b = set(_fold(lead.what.text).split()), set(_fold(later.what.text).split())
    return len(a & b) >= _RESTATED * min(len(a), len(b))


_RESTATED = 0.6
