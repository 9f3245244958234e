"""The event vocabulary of ``data/events.toml``, compiled once: the trigger words with their types and CAMEO codes,
and the rules' word lists as patterns (moods, statements, frames, attendance, invitations, delegations)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.word_patterns import whole_words

_FILE = "events.toml"


@dataclass(frozen=True, slots=True)
class Vocab:
    triggers: re.Pattern[str]
    types: dict[str, tuple[str, str]]  # trigger → (type, cameo)
    not_after: re.Pattern[str]
    other_words: re.Pattern[str]
    words_ending: re.Pattern[str]
    banquet: frozenset[str]
    anchor: re.Pattern[str]
    recalled: re.Pattern[str]
    planned_after: re.Pattern[str]
    reporting: re.Pattern[str]
    reporter_lead: re.Pattern[str]
    on_behalf: re.Pattern[str]
    departure: re.Pattern[str]
    not_location_kinds: frozenset[str]
    said_of: re.Pattern[str]
    called_off: re.Pattern[str]
    officials: re.Pattern[str]
    then_talks: re.Pattern[str]
    planned: re.Pattern[str]
    restating: re.Pattern[str]
    plural: re.Pattern[str]
    statement: re.Pattern[str]
    not_statement: re.Pattern[str]
    hold: re.Pattern[str]
    generic: frozenset[str]
    generic_ceremony: re.Pattern[str]
    glad_visit: re.Pattern[str]
    hold_as_thing: re.Pattern[str]
    restate_before: re.Pattern[str]
    invited_before: re.Pattern[str]
    welcome: re.Pattern[str]
    envoy: re.Pattern[str]
    attended_before: re.Pattern[str]
    frame_before: re.Pattern[str]
    speech_within: re.Pattern[str]
    same_people: re.Pattern[str]
    titled_collectives: frozenset[str]
    award_objects: re.Pattern[str]
    award_triggers: frozenset[str]
    credentials: frozenset[str]
    opening_frames: re.Pattern[str]
    since_clause: re.Pattern[str]
    credentials_to: re.Pattern[str]
    needs_place: frozenset[str]
    needs_country: frozenset[str]
    needs_held: frozenset[str]
    invitation: re.Pattern[str]
    delegation: re.Pattern[str]
    leads: re.Pattern[str]


def alt(words) -> str:
    return "|".join(escaped(words))


def escaped(words) -> list[str]:
    return [re.escape(lower(w)) for w in sorted(set(words), key=len, reverse=True)]


@functools.cache
def vocab() -> Vocab:
    data = datafiles.load(_FILE, "events")
    types = {}
    for entry in data.get("type", []):
        for t in datafiles.strings(_FILE, entry, "triggers"):
            types.setdefault(lower(t), (entry["name"], entry["cameo"]))
    rules = functools.partial(datafiles.strings, _FILE, data, "rules")
    return Vocab(
        triggers=re.compile(rf"{whole_words(escaped(types))}(?!\w)"),  # (scanned for in C: word_patterns)
        types=types,
        not_after=re.compile(rf"(?:^|\s)(?:{alt(rules('not_after'))})\s*$"),
        other_words=re.compile(rf"(?:{alt(rules('other_words'))})(?!\w)"),
        words_ending=re.compile(rf"(?<!\w)(?:{alt(rules('words_ending'))})$"),
        banquet=frozenset(lower(w) for w in rules("banquet")),
        recalled=re.compile(rf"(?:^|\s)(?:{alt(rules('recalled'))})\s+$"),
        planned_after=re.compile(rf"(?<!\w)(?:{alt(rules('planned_after'))})(?!\w)"),
        anchor=re.compile(rf"\s*(?:{alt(rules('anchors'))})\s+(?:khi\s+)?(?:cùng\s+)?(?:cuộc\s+|buổi\s+)?(?=\w)"),
        reporting=re.compile(rf"(?<!\w)(?:{alt(rules('reporting'))})(?!\w)"),
        reporter_lead=re.compile(rf"\s*(?:{alt(rules('reporter_lead'))})\s+(?!lời mời|đề nghị|chương trình|kế hoạch)[^,;.]*,"),
        on_behalf=re.compile(rf"(?<!\w)(?:{alt(rules('on_behalf'))})(?!\w)"),
        departure=re.compile(rf"(?<!\w)(?:{alt(rules('departure'))})\s+$"),
        not_location_kinds=frozenset(rules("not_location_kinds")),
        said_of=re.compile(rf"^\s+(?:{alt(rules('said_of'))})(?!\w)"),
        called_off=re.compile(rf"(?<!\w)(?:{alt(rules('called_off'))})(?!\w)"),
        then_talks=re.compile(rf"\s+(?:{alt(rules('then_talks'))})(?!\w)"),
        officials=re.compile(rf"(?<!\w)(?:{alt(rules('officials'))})(?:\s+[^\W\d]+){{0,2}}\s+$"),
        planned=re.compile(rf"(?<!\w)(?:{alt(rules('planned'))})(?!\w)"),
        restating=re.compile(rf"^\s*(?:{alt(rules('restating'))})(?!\w)"),
        plural=re.compile(rf"(?:^|\s)(?:{alt(rules('plural'))})\s*$"),
        statement=re.compile(rf"(?<!\w)(?:{alt(rules('statement'))})(?!\w)"),
        not_statement=re.compile(rf"(?<!\w)(?:{alt(rules('not_statement'))})(?!\w)"),
        hold=re.compile(rf"(?<!\w)(?:{alt(rules('hold'))})\s*$"),
        hold_as_thing=re.compile(rf"(?<!\w)(?:{alt(rules('hold_thanked'))})(?!\w)[^.;]*?(?<!\w)"
                                 rf"(?:{alt(rules('hold_as_thing'))})(?:\s+\S+){{0,6}}\s+(?:{alt(rules('hold'))})\s*$"),
        generic=frozenset(lower(w) for w in rules("generic")),
        generic_ceremony=re.compile(rf"\s+(?:{alt(rules('generic_ceremony'))})\s"),
        glad_visit=re.compile(rf"(?<!\w)(?:{alt(rules('glad_visit'))})\s+(?:lại\s+)?$"),
        restate_before=re.compile(rf"(?:^|\s)(?:{alt(rules('restate_before'))})\s*$"),
        envoy=re.compile(rf",\s*(?:{alt(rules('envoy'))})\s[^,;.]*(?:,[^,;.]*)?"),
        welcome=re.compile(rf"(?<!\w)(?:{alt(rules('welcome'))})\s"),
        attended_before=re.compile(rf"(?:^|\s)(?:{alt(rules('attended_before'))})\s+(?:buổi\s+|cuộc\s+)?$"),
        frame_before=re.compile(rf"(?:^|\s)(?:{alt(rules('frame_before'))})\s+$"),
        speech_within=re.compile(rf"\s+(?:{alt(rules('speech_within'))}|{alt(rules('speech_within_again'))})(?!\w)"),
        invited_before=re.compile(rf"(?:^|\s)(?:{alt(rules('invited_before'))})\s*$"),
        same_people=re.compile(rf"(?<!\w)(?:{alt(rules('same_people'))})(?!\w)"),
        titled_collectives=frozenset(lower(w) for w in rules("titled_collectives")),
        award_objects=re.compile(rf"(?<!\w)(?:{alt(rules('award_objects'))})(?!\w)"),
        award_triggers=frozenset(lower(w) for w in rules("award_triggers")),
        credentials=frozenset(lower(w) for w in rules("credentials")),
        since_clause=re.compile(rf"(?<!\w)(?:{alt(rules('since_clause'))})(?!\w)"),
        opening_frames=re.compile(rf"(?:[^,.;:\n]{{0,48}},\s*)?(?:{alt(rules('opening_frames'))})(?!\w)"),
        credentials_to=re.compile(rf"(?<!\w)(?:{alt(rules('credentials_to'))})(?!\w)"),
        needs_place=frozenset(lower(w) for w in rules("needs_place")),
        needs_country=frozenset(lower(w) for w in rules("needs_country")),
        needs_held=frozenset(lower(w) for w in rules("needs_held")),
        invitation=re.compile(rf"(?<!\w)(?:{alt(rules('invitation'))})[^,;.]*"),
        delegation=re.compile(rf"(?<!\w)(?:{alt(rules('delegation'))})(?!\w)"),
        leads=re.compile(rf"(?<!\w)(?:{alt(rules('leads'))})(?!\w)"),
    )


def cameo_of(kind: str) -> str:
    return next(cameo for k, cameo in vocab().types.values() if k == kind)


@functools.cache
def words_of(kind: str) -> str:
    """The event words of one kind as an alternation, longest first (for extract/captions.py)."""
    return alt(w for w, (k, _) in vocab().types.items() if k == kind)


def inside_word(v: Vocab, low: str, m: re.Match[str]) -> bool:
    """Whether the trigger is the last syllable of another word ("vinh dự", "thư ký", "trực tiếp")."""
    return v.words_ending.search(low[max(0, m.start() - 24):m.end()]) is not None


def first_event_word(v: Vocab, low: str, start: int, end: int) -> re.Match[str] | None:
    """The first trigger of a sentence that is no other word ("Ủy viên dự khuyết …": not "dự"); a welcome's word
    counts ("Chào mừng B … sang thăm": B is no subject)."""
    for m in v.triggers.finditer(low, start, end):
        if not inside_word(v, low, m) and (not v.other_words.match(low, m.start()) or v.welcome.match(low, m.start())):
            return m
    return None


def trigger_ok(v: Vocab, low: str, m: re.Match[str]) -> bool:
    """Whether the trigger is one event of its own: no word right before it that makes it generic ("các cuộc gặp"),
    not the start of another word ("tiếp tục", "dự án"), no word after it that makes it said of something else."""
    another_word = v.other_words.match(low, m.start())  # "tiếp tục", "dự án", "gặp gỡ báo chí"
    return not v.not_after.search(low[max(0, m.start() - 20):m.start()]) and not another_word \
        and not v.said_of.match(low[m.end():m.end() + 14])
