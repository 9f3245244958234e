"""The words of commitments (``data/commitments.toml``), checked at load: the verbs of each kind, who undertakes and
who is asked, how a sentence splits into undertakings, deadlines, topics and CAMEO codes (extract/commitments.py
reads sentences with them)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bangiao import datafiles
from bangiao.errors import DataFileError
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation, alternatives
from bangiao.extract.word_patterns import whole_words
from bangiao.model import COMMITMENT_KINDS, PROJECT_KINDS, TOPICS

_FILE = "commitments.toml"
_CODE = re.compile(r"0\d{1,3}")


@dataclass(frozen=True, slots=True)
class Vocab:
    verbs: re.Pattern[str]
    kinds: dict[str, str]  # verb, lower case, single spaces → kind
    addressed: frozenset[str]
    wishes: frozenset[str]  # addressed words of a wish: they ask nothing ("mong muốn phía Bạn …")
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
    verb_last: re.Pattern[str]  # a piece of openers only: verbs that share what follows ("phối hợp rà soát, giải quyết …")
    in_order_to: re.Pattern[str]  # a purpose with its own subject or a means ("để doanh nghiệp", "thông qua các")
    assigning: re.Pattern[str]  # an undertaking that opens with one asks others to do the acts after it, one undertaking
    nominal: re.Pattern[str]  # a piece ending in a head of nominalised acts ("công tác quản lý, bảo vệ biên giới")
    name_runs_on: re.Pattern[str]  # inside a name: the start of the next undertaking ("… và đẩy nhanh …")
    views: re.Pattern[str]
    asides: re.Pattern[str]  # a piece opening with these is no undertaking ("…; ghi nhận kim ngạch …")
    purpose: re.Pattern[str]
    aims: re.Pattern[str]
    fields: re.Pattern[str]
    continuation: re.Pattern[str]
    joiners: re.Pattern[str]
    strong: re.Pattern[str]  # a joiner after which an act always opens its own undertaking ("đồng thời")
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


def _whole(words) -> re.Pattern[str]:
    """The words as whole words, scanned for in C (``word_patterns``): ``(?<!\\w)(?:…)(?!\\w)``."""
    return re.compile(rf"{whole_words(alternatives(tuple(lower(w) for w in words)))}(?!\w)")


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
def vocab() -> Vocab:
    return compiled(datafiles.load(_FILE, "commitments"))


def compiled(data: dict) -> Vocab:
    """The vocabulary of a parsed ``commitments.toml``, checked: DataFileError naming what is wrong."""
    kinds = _keyed(data, "verbs", COMMITMENT_KINDS)
    will = {key(lower(w)): "commit" for w in _words(data, "will", "verbs")}
    if set(will) & set(kinds):
        raise DataFileError(_FILE, "[will] verbs must not be [verbs] too")
    if set(kinds.values()) != set(COMMITMENT_KINDS):
        raise DataFileError(_FILE, f"[verbs] must list the words of every kind: {', '.join(COMMITMENT_KINDS)}")
    addressed = frozenset(lower(w) for w in _words(data, "subjects", "addressed"))
    if any(kinds.get(w) != "request" for w in addressed):
        raise DataFileError(_FILE, "[verbs] addressed must be request words")
    wishes = frozenset(key(lower(w)) for w in _words(data, "subjects", "wishes"))
    if not wishes <= {key(w) for w in addressed}:
        raise DataFileError(_FILE, "[subjects] wishes must be addressed words too")
    project_topics = data.get("project_topics", {})
    if not set(project_topics) <= set(PROJECT_KINDS) or not set(project_topics.values()) <= set(TOPICS):
        raise DataFileError(_FILE, "[project_topics] maps project kinds to topics")
    topics = _keyed(data, "topics", TOPICS)
    weak_topics = _keyed(data, "weak_topics", TOPICS)
    cameo_topics, cameo_codes, request = _checked_cameo(data)
    joiners = _alt(_words(data, "split", "joiners"))
    return Vocab(
        verbs=_whole([*kinds, *will]), kinds=kinds | will, addressed=addressed, wishes=wishes,
        bodies=frozenset(lower(w) for w in _words(data, "subjects", "ministries")),
        three=frozenset(lower(w) for w in _words(data, "subjects", "three")),
        will=frozenset(will), opening=frozenset(key(lower(w)) for w in _words(data, "opening", "verbs")),
        will_not=re.compile(rf"\s+(?:{_alt(_words(data, 'will', 'not_after'))})(?!\w)"),
        reported=frozenset(key(lower(w)) for w in _words(data, "will", "reported")),
        will_word=re.compile(rf"([^,;.:]{{0,60}}?)(?<!\w)(?:{_alt(_words(data, 'will', 'word'))})(?!\w)"),
        not_before=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'not_commitment', 'before'))})\s*$"),
        goal_noun=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'goal', 'noun_before'))})\s*$"),
        goal_words=_whole(w for w, k in kinds.items() if k == 'target'),
        goal_kept=re.compile(rf"(?:{_alt(_words(data, 'goal', 'kept'))})(?!\w)"),
        not_after=re.compile(rf"\s+(?:{_alt(_words(data, 'not_commitment', 'after'))})(?!\w)"),
        collective=_whole(_words(data, 'subjects', 'collective')),
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
        views=re.compile(rf"(?!(?:{_alt(_words(data, 'split', 'not_views'))})(?!\w))"
                         rf"(?:{_alt(_words(data, 'split', 'views'))})\s[^;:.]{{0,80}}?\slà(?!\w)"),
        continuation=re.compile(rf"(?:{_alt(_words(data, 'split', 'continuation'))}),?\s+"),
        fields=re.compile(rf"(?:{_alt(_words(data, 'split', 'fields'))})(?!\w)"
                          rf"(?!\s+(?:{_alt(_words(data, 'split', 'objects'))})\s)"),
        name_runs_on=re.compile(rf"(?:,|\s(?:{joiners}))\s+(?=(?:{_alt(_words(data, 'split', 'openers'))})\s)"),
        openers=re.compile(rf"(?:{_alt(_words(data, 'split', 'openers'))})(?!\w)"),
        in_order_to=re.compile(rf"(?<!\w)(?:(?<!không )(?:{_alt(_words(data, 'goal', 'purpose'))})\s+"
                               rf"(?:{_alt(_words(data, 'split', 'purpose_subjects'))})|"
                               rf"{_alt(_words(data, 'split', 'means'))})\s"),
        assigning=re.compile(rf"(?:{_alt(_words(data, 'split', 'assigning'))})\s"),
        nominal=re.compile(rf"(?<!\w)(?:{_alt(_words(data, 'split', 'nominal'))})(?:\s+\w+){{1,2}}(?:,\s*\w+(?:\s+\w+)?)*\s*$"),
        verb_last=re.compile(rf"(?:[^,;:]*?(?<!\w)(?:{_alt(_words(data, 'split', 'verb_lead'))})\s+)?"
                             rf"(?:(?:{_alt(_words(data, 'split', 'openers'))})(?:\s+|$))+$"),
        strong=re.compile(rf"[\s,]*(?:{_alt(_words(data, 'split', 'strong_joiners'))})\s+(?!(?:{_alt(_words(data, 'split', 'asides'))})(?!\w))\w"),
        joiners=re.compile(rf"(?:\s|(?:{joiners})(?!\w))*"),
        lead_ins=re.compile(rf"(?:\s|(?:{_alt(_words(data, 'split', 'lead_ins'))})(?!\w))*"),
        topic_words=_whole(topics), topics=topics,
        weak_words=_whole(weak_topics), weak_topics=weak_topics, project_topics=project_topics,
        cameo_topics=cameo_topics, cameo_words=_whole(cameo_codes),
        cameo_codes=cameo_codes, request_cameo=request)


def key(phrase: str) -> str:
    """A phrase with single spaces: the key of the vocabulary's tables."""
    return " ".join(phrase.split())
