"""Events: who met whom, when and where, each with the sentence that states it.

A trigger word of ``data/events.toml`` opens an event in its sentence. Its
participants are the people the sentence names (the visitor first for a
VISIT; the article's protagonist added when a meeting names only the other
side), else its organisations or countries; its location is the place the
sentence names, a venue standing for its city; its date is the governing
date of the clause; it is ``planned`` when announced. The same occurrence
reported again (headline, lead, body) is one event.
"""
from __future__ import annotations

import functools
import re
from datetime import date as _calendar_day

from bangiao import datafiles
from bangiao.extract import agreements, anchors, attendance, awards, briefings, envoys, event_kinds, frames, met_bodies, passing_visits, \
    positions, mechanisms, recalled_terms, speeches, visitors
from bangiao.extract.cast import Cast, cast as find_cast
from bangiao.extract.event_vocab import Vocab as _Vocab, cameo_of as _vocab_cameo, first_event_word, inside_word, \
    trigger_ok, vocab as _vocab
from bangiao.extract.drafted import Drafted
from bangiao.extract.frames import OPENING_FRAME
from bangiao.extract.participants import countries_in as _countries_in, country_pair as _country_pair, dyads as _dyads, \
    bodies as _bodies, first_people as _first_people, named_with as _named_with, owned as _owned, people as _people
from bangiao.extract.event_drafts import SPANS_DAYS, Draft, family as _family, merge as _merge, without_restated_ahead
from bangiao.extract.dating import Dating
from bangiao.extract.ahead import ahead_of
from bangiao.extract.governing import governing_date
from bangiao.extract.occasion_dates import occasion_named
from bangiao.extract.sentences import pieces
from bangiao.extract.gazetteer import lower
from bangiao.extract.kb import knowledge_base
from bangiao.model import Date, Entity, Event, Span

_FILE = "events.toml"
_VISIBLE = re.compile(r"\S")


@functools.cache
def _sentence_pattern() -> re.Pattern[str]:
    """Sentences: "Sáng 11.7" (day.month) ends none, nor a stop inside a short form ("T.Ư Đảng", "TP.HCM"), nor a
    name's initial ("Bộ trưởng S. Jaishankar"), though the letter of a numbered label does ("Đại hội X. Sau đó":
    data/events.toml sentence_labels), nor a short form of address
    ("Dato Dr. Hj …": name_abbreviations); possessive: a long run keeps no
    backtracking state for every character."""
    labels = datafiles.strings(_FILE, datafiles.load(_FILE, "events"), "rules", "sentence_labels")
    after = "".join(rf"(?<!{re.escape(f)} [A-ZĐ])" for w in labels for f in (w, w[:1].upper() + w[1:]))
    short = "|".join(rf"(?<=(?<!\w){re.escape(w)})" for w in
                     datafiles.strings(_FILE, datafiles.load(_FILE, "events"), "rules", "name_abbreviations"))
    return re.compile(rf"(?:[^.!?…\n]++|(?<=\d)\.(?=\d)|(?<=[A-ZĐ])\.(?=[^\W\d])|(?:(?<=(?<!\w)[A-ZĐ]){after}|{short})\.(?= [A-ZĐ]))++[.!?…]*+")


_NEEDS_PERSON = {"TALKS", "MEET", "CALL", "VISIT", "AWARD", "SPEECH"}




def _sentences(text: str) -> list[tuple[int, int]]:
    """The sentences, a run too long without a sentence end cut into pieces (``sentences.pieces``)."""
    return [piece for m in _sentence_pattern().finditer(text) if _VISIBLE.search(text, *m.span()) for piece in pieces(text, *m.span())]


def _mentions_in(entities: tuple[Entity, ...], start: int, end: int) -> list[tuple[int, Entity]]:
    return [(s, e) for s, _, e in positions.mentions_in(entities, start, end)]


_ONE_EACH = {"MEET", "TALKS", "CALL"}
_ATTENDED = _ONE_EACH | {"CONFERENCE"}  # kinds whose word, only attended ("cũng tham dự kỳ họp."), is the one told
_THE_CEREMONY = re.compile(r"\s+(?:(?:buổi\s+)?lễ|sự\s+kiện(?:\s+ý\s+nghĩa)?)(?:\s+(?:này|trên|hôm nay))?\s*(?:[.,;]|$)"
                           r"|\s*(?:và\s|[.,;]|$)")  # "dự buổi lễ.", "tham dự sự kiện ý nghĩa này": the one told


def _participant_groups(low: str, kind: str, trigger: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int],
                        mentions: list[tuple[int, Entity]], cast: Cast, first: int, framed: list[str] = ()) -> list[list[str]]:
    """Who took part: the sentence's subject, its first person before the sentence's first event word (else the
    article's protagonist), and the people after the trigger in its clause, up to the next event word ("hội đàm
    với A, hội kiến B": A is the talks'); a meeting with several people after the trigger is one meeting with
    each ("hội kiến A và B")."""
    v = _vocab()
    mentions = [(p, e) for p, e in mentions if not event_kinds.named_after_thing(low, p)]  # ("mang tên … A")
    to = v.credentials_to.search(low, trigger[1], clause[1]) if low[trigger[0]:trigger[1]] in v.credentials else None
    objects = _people(mentions, to.end() if to else trigger[1], clause[1])  # "trình Quốc thư của A lên B": B
    if kind == "CEREMONY" and not _people(mentions, sentence[0], clause[1]) and (event_kinds.ceremony_held(low, sentence) or
                                                                                event_kinds.occasion(low[trigger[0]:trigger[1]]) == "anniversary") \
            and len(countries := _countries_in(mentions, trigger[1], clause[1])) == 2:
        return [countries]  # "Lễ kỷ niệm 50 năm … Việt Nam - Campuchia đã diễn ra …", "lễ khởi công trường … hữu nghị
        # Lào - Việt Nam": no one named hosts it, the sides
    if pair := _country_pair(low, mentions, clause[0], trigger[0]):
        return [pair]  # "Việt Nam - Australia ký …": the two countries are the sides
    if kind == "SIGN" and not _people(mentions, sentence[0], clause[1]) and (signers := _bodies(
            low, mentions, sentence[0], trigger[0])) and len(signers := list(dict.fromkeys(
            signers + _bodies(low, mentions, trigger[1], clause[1])))) > 1:
        return [signers]  # "Bộ X tổ chức lễ ký … với Bộ Y", no one named: the two bodies
    if re.match(r"\s+giữa\s", low[trigger[1]:trigger[1] + 8]) and (objects or not event_kinds.chaired(low, trigger[0])):
        return [objects] if objects else []  # "cuộc điện đàm giữa A và B": A and B (not "A chủ trì hội đàm giữa hai đoàn")
    if kind in _ONE_EACH and (owned := _owned(low, mentions, trigger[1], clause[1])):
        return owned  # "hai cuộc điện đàm của A và của B với C": A with C, B with C
    before = _people(mentions, clause[0], min(trigger[0], max(first, clause[0])))  # "A và B đã hội đàm": all before it
    led = [cast.leader] if cast.leader and v.delegation.search(low, clause[0], trigger[0]) else []  # "đoàn sẽ hội đàm"
    subject = _first_people(mentions, before) or _people(mentions, sentence[0], min(trigger[0], first))[:1] or \
        _acting(low, mentions, trigger[0]) or led or list(framed) or ([cast.protagonist] if cast.protagonist else [])
    if clause[0] > sentence[0] and _WITH_ITEM.match(low, clause[0]):  # "A hội đàm với B; cùng B gặp gỡ báo chí": A too
        subject = list(dict.fromkeys(_people(mentions, sentence[0], clause[0])[:1] + before)) or subject
    body = met_bodies.body_met(low, mentions, trigger[1], clause[1]) if kind == "MEET" and not objects else None
    if body and body not in cast.led:  # "gặp gỡ Đoàn đại biểu Hội hữu nghị X", "làm việc với lãnh đạo tỉnh Y": the
        # body, the province (the delegation the article follows stands for its leader)
        objects = [body]
    elif not objects and cast.leader and re.match(rf"\s+(?:với\s+)?(?:{v.delegation.pattern})", low[trigger[1]:trigger[1] + 30]):
        objects = [cast.leader]  # "tiếp và làm việc với đoàn": the delegation's leader
    guest = visitors.welcomed(v.welcome, low, mentions, clause[0], trigger[0]) if kind == "VISIT" else None
    if kind == "VISIT" and (visitor := visitors.visitor(low, mentions, trigger[0], v.envoy) or guest):
        host = [p for p in subject if p != visitor] if guest else []  # "A chào mừng B, phu quân … thăm": A hosts
        subject = _named_with(mentions, visitor, trigger[0]) + host  # "lễ đón B … thăm cấp Nhà nước", "Putin, người
        # đang thăm": the one named before (with whoever the same words name: "Nhà vua và Hoàng hậu … có chuyến thăm")
    objects = [p for p in objects if p not in subject]
    if kind == "CEREMONY" and (embassies := envoys.hosting_embassies(low, mentions, clause[0], trigger[0], cast.envoys)):
        subject = embassies + [p for p in subject if p not in embassies]  # "Đại sứ quán Cuba tổ chức chiêu đãi"
        if re.match(r"\s+(?:cùng|với)\s", low[trigger[1]:trigger[1] + 6]):  # "… mở buổi giao lưu cùng Đại sứ quán Lào"
            objects += envoys.hosting_embassies(low, mentions, trigger[1], clause[1], cast.envoys)
    if kind == "MEET" and not objects and (sides := envoys.received(low, mentions, trigger[1], clause[1], cast.envoys)):
        return [subject + [side] for side in sides]  # "tiếp Đại sứ các nước A, B và C": each ambassador, or country
    if kind == "MEET":
        objects += [b for b in met_bodies.headed_bodies(low, mentions, trigger[1], clause[1]) if b not in objects]
    if kind in _ONE_EACH and len(objects) > 1:
        return [subject + [o] for o in objects]
    if objects or kind == "VISIT":
        people = list(dict.fromkeys(subject + objects))
    elif kind in _ONE_EACH:
        return _dyads(mentions, list(dict.fromkeys(subject + before)))  # "A, B và C đã hội đàm": C with A, C with B
    else:
        later = v.triggers.search(low, trigger[1], sentence[1])  # "dự Phiên họp …; yết kiến Nhật Hoàng": the meeting's
        stop = later.start() if kind == "CONFERENCE" and later and trigger_ok(v, low, later) else sentence[1]
        own = clause[0] if clause[0] > sentence[0] and not before else sentence[0]  # '…; dự và phát biểu …': a list item
        people = list(dict.fromkeys(subject + _people(mentions, own, stop)))
    if people:
        return [people]
    others = list(dict.fromkeys(e.id for pos, e in mentions if e.type in ("ORG", "COUNTRY") and sentence[0] <= pos < sentence[1]))
    return [others] if others else []


def _collective(v: _Vocab, phrase: str, pos: int, entities: tuple[Entity, ...], drafts: list[Draft]) -> list[str]:
    """The two people a collective subject stands for ("hai nhà lãnh đạo", "hai Thủ tướng", "lãnh đạo hai nước"):
    the last two named before it from two countries (holding its title, when it names one); a generic one takes the
    last event's pair when there is one."""
    title = _title_of(v, phrase)
    pair = drafts.last_pair if title is None else None
    if pair:
        return [p for p in pair.participants if p.startswith("person:")]
    named = ((start, e) for start, _, e in positions.mentions_before(entities, pos) if e.type == "PERSON")
    chosen: list[Entity] = []
    for _, e in named:
        if title and not any(title in lower(t) for t in e.titles):
            continue
        if e not in chosen and all(e.country != c.country for c in chosen):
            chosen.append(e)
        if len(chosen) == 2:
            return [c.id for c in reversed(chosen)]
    return []


def collective_pair(phrase: str, pos: int, entities: tuple[Entity, ...]) -> list[str]:
    """The two people a collective subject at ``pos`` stands for ("hai Thủ tướng", "lãnh đạo hai nước"), read as
    an event's subject is (``_collective``), without the events before it: for the commitments' sides."""
    return _collective(_vocab(), lower(phrase), pos, entities, Drafted())


def _between(v: _Vocab, low: str, end: int) -> re.Match[str] | None:
    """A collective right after the event word: "cuộc hội đàm giữa hai nhà lãnh đạo"."""
    gap = re.compile(r"\s+(?:cấp cao\s+)?giữa\s+").match(low, end)
    return v.same_people.match(low, gap.end()) if gap else None


_JOINED = re.compile(r"[^,;.]{0,40}?\svà\s+")  # "trong chuyến thăm chính thức và dự Hội nghị X": one frame
_NOTHING_AFTER = re.compile(r"[^\S\n]*(?:[.;!?]|\n|$)")  # "… cùng tham dự." : the sentence ends at the word
_BARE = re.compile(r"\s*(?:này\s*)?,")  # "Nhân chuyến thăm, …", "Trong chuyến thăm này, …": the one told before
_PURPOSE = re.compile(r"(?<!\w)(?:để|nhằm)\s+(?:(?:tham\s+)?dự\s+)?$")  # "đến Tokyo để tham dự Hội nghị X": the trip's day
_WITH_ITEM = re.compile(r"\s*cùng\s")  # a list item with no subject of its own: "…; cùng Thủ tướng X gặp gỡ báo chí"
_QUOTED = re.compile(r'"[^"]{1,400}"|“[^”]{1,400}”')  # a quotation: the speaker's words, not the clause's
_CLAUSE_FRAME = re.compile(r",\s*tại\s+(?:cuộc\s+|buổi\s+)?$")  # "Trong khuôn khổ chuyến thăm …, tại cuộc hội đàm …, A …"
_CLAUSE_END = re.compile(r"[,;:]|$")
_PASSIVE = re.compile(r"(?<!\w)được\s[^,;.]{0,60}$")  # "được Chủ tịch Quốc hội hai bên " (no clause break)


def _signed_earlier(dating: Dating, low: str, m: re.Match[str]) -> bool:
    """A signing told in the passive with a month or year before the article's ("Thỏa thuận này đã được Bộ trưởng hai
    nước ký kết vào tháng 5/2021"): the agreement's history, not a signing the article reports."""
    if dating.published is None or not _PASSIVE.search(low, max(0, m.start() - 70), m.start()):
        return False
    when = next((e for e in positions.starting_in(dating.expressions, m.end(), m.end() + 25) if e.year
                 and e.kind in ("month", "year")), None)
    return when is not None and (when.year, when.month or 12) < tuple(map(int, dating.published.value[:7].split("-")))


_BEFORE_THAT = re.compile(r"\W*trước đó\b")
_WEEK = 7


def _weeks_before(low: str, start: int, when: Date | None, dating: Dating) -> bool:
    """A sentence opening "Trước đó," whose own day lies more than a week before the article's: an earlier occasion."""
    if when is None or when.precision != "day" or dating.reference is None or not _BEFORE_THAT.match(low, start):
        return False
    return (dating.reference - _calendar_day.fromisoformat(when.value)).days > _WEEK


def _opens_with(low: str, start: int, trigger: int) -> bool:
    """Whether the sentence opens with its event word as a noun ("Chuyến thăm là …", "Cuộc hội đàm diễn ra …"): it
    tells of an event already reported, if one of its kind was."""
    return re.fullmatch(r"\s*(?:cuộc|chuyến|buổi|các|những)?\s*", low[start:trigger]) is not None


def _spoken_at(v: _Vocab, low: str, sentence: tuple[int, int], named: list[tuple[int, Entity]], drafts: Drafted,
               dating: Dating, text: str, here: bool) -> None:
    """"Phát biểu tại hội đàm, A … đón đoàn … do B dẫn đầu" with no such meeting told before: the talks of A and B."""
    met = speeches.meeting_spoken_at(low, *sentence, named)
    word = v.triggers.search(low, met[0], met[1]) if met else None
    if word is None or drafts.has(kind := v.types[word.group()][0]) or len(met[2]) < 2:
        return
    drafts.append(Draft(kind, _vocab_cameo(kind), word.start(), sentence, met[2], _location(v, low, named),
                        governing_date(dating, text, word.start()), "happened", here))


def _countries_of(people: list[str], entities: tuple[Entity, ...]) -> list[str]:
    """The countries of these people that are entities of the record."""
    known, country = {e.id for e in entities}, {e.id: e.country for e in entities}
    return list(dict.fromkeys(c for p in people if (c := f"country:{country.get(p)}") in known))


def _title_of(v: _Vocab, phrase: str) -> str | None:
    """The title a collective names ("hai Thủ tướng" → "thủ tướng"), or None ("hai nhà lãnh đạo")."""
    return next((w for w in sorted(v.titled_collectives, key=len, reverse=True) if w in phrase), None)


def _acting(low: str, mentions: list[tuple[int, Entity]], trigger: int) -> list[str]:
    """The person named right before the event word, as its subject ("Tổng thống Putin hội đàm với …")."""
    people = visitors.people_before(mentions, trigger)
    if people and re.fullmatch(r"\s*(?:(?:đã|sẽ|cũng|có|đã có|sẽ có)\s+)*(?:cuộc\s+)?", low[visitors.mention_end(people[-1]):trigger]):
        return [people[-1][1].id]
    return []


def _location(v: _Vocab, low: str, mentions: list[tuple[int, Entity]]) -> str | None:
    """The place the sentence names; a venue stands for the city it lies in ("tại Phủ Chủ tịch" → Hà Nội). Not a
    place left from ("rời Hà Nội") nor a sea or region named as a topic ("hợp tác trên Biển Đông")."""
    kb = knowledge_base()
    for pos, e in mentions:
        if e.type != "PLACE" or v.departure.search(low[max(0, pos - 12):pos]):
            continue
        known = kb.entities.get(e.id)
        kind = known.facts.get("kind") if known else None
        if kind in v.not_location_kinds:
            continue
        if kind == "venue" and known.facts.get("parent"):
            return known.facts["parent"]
        return e.id
    return None


def _kind(v: _Vocab, low: str, m: re.Match[str], end: int, names: list[tuple[int, int]] = ()) -> tuple[str, str]:
    """"đồng chủ trì Tham vấn chính trị": a generic trigger takes the type of the specific one right after it (unless
    that one is inside a name: "dự Diễn đàn Xúc tiến đầu tư" is attending the forum the name is of)."""
    if m.group() in v.award_triggers and not v.award_objects.search(low, m.end(), min(end, m.end() + 80)):
        return ("", "")  # "trao tặng 20 chiếc xe điện" is a gift, not an award
    if m.group() in v.credentials and not v.credentials_to.search(low, m.end(), min(end, m.end() + 80)):
        return ("", "")  # "tiếp Đại sứ … trình Quốc thư": the reception is the event, not a ceremony
    if m.group() in v.generic:
        nxt = v.triggers.search(low, m.end(), min(end, m.end() + 40))
        if nxt and nxt.group() not in v.generic and v.types[nxt.group()][0] != "MEET" \
                and not any(a <= nxt.start() < b for a, b in names):
            return ("", "")  # the specific trigger makes the event
        if v.generic_ceremony.match(low, m.end()):
            return "CEREMONY", _vocab_cameo("CEREMONY")  # "dự Lễ nhậm chức": a ceremony the triggers do not name
    return v.types[m.group()]


def _glad(v: _Vocab, low: str, start: int, m: re.Match[str], kind: str) -> bool:
    return kind == "VISIT" and v.glad_visit.search(low, max(start, m.start() - 30), m.start()) is not None


def _mood(v: _Vocab, low: str, start: int, m: re.Match[str], kind: str, end: int,
          names: list[tuple[int, int]] = ()) -> str | None:  # type: ignore[assignment]
    """happened, planned, or None for a statement about an event ("đánh giá cao chuyến thăm", "mời … thăm"); in a
    statement, a session with its time scheduled after it is announced ("mời A thăm … và đồng chủ trì Kỳ họp X dự kiến
    vào cuối năm": the session, not the visit). A statement's word inside a name ("Tổ chức … Thống nhất") or a noun
    ("khách mời") states nothing."""
    if _glad(v, low, start, m, kind):
        return "happened"  # "bày tỏ vui mừng được đến thăm Việt Nam": the speaker's own visit
    clause = v.invitation.sub(" ", low[start:m.start()])  # "Theo lời mời của A, B thăm": an invitation accepted
    clause = v.not_statement.sub(lambda w: " " * len(w.group()), clause)
    clause = _QUOTED.sub(lambda w: " " * len(w.group()), clause)  # '"Hai bên nhất trí …", X phát biểu': his words
    said = [w for w in v.statement.finditer(clause) if not any(a <= start + w.start() < b for a, b in names)]
    if said and not (v.hold.search(clause) and not v.hold_as_thing.search(clause)):
        return "planned" if kind != "VISIT" and event_kinds.scheduled(low, m.end(), end) else None
    after = v.planned_after.search(low, m.end(), min(len(low), m.end() + 80))
    ahead = after is not None and not re.search(r"[.;]", low[m.end():after.start()])
    return "planned" if said or v.planned.search(clause) or ahead else "happened"


def _sides(mentions: list[tuple[int, Entity]], start: int, end: int, entities: tuple[Entity, ...]) -> list[str]:
    """The bodies or countries named after the trigger (with both countries for a joint body: "kỳ họp lần thứ 48
    Ủy ban liên Chính phủ Việt Nam - Lào"); else Việt Nam and the partner the article is most about."""
    named = [e for pos, e in mentions if e.type in ("ORG", "COUNTRY") and start <= pos < end]
    known = {e.id for e in entities}  # participants are entities of the record: a side never named is left out
    others = sorted(((len(e.mentions), e.id) for e in entities if e.type == "COUNTRY" and e.id != "country:VN"), reverse=True)
    sides = [c for c in ["country:VN", others[0][1]] if c in known] if others else []
    kb = knowledge_base()
    parties = [f"country:{c}" for e in named if e.id in kb.entities for c in kb.entities[e.id].facts.get("parties", [])
               if f"country:{c}" in known]
    if parties:
        return list(dict.fromkeys([e.id for e in named] + parties))  # a joint body's meeting: both countries take part
    return list(dict.fromkeys(e.id for e in named)) or sides


def _word_or_clause_end(v: _Vocab, low: str, m: re.Match[str], sentence: tuple[int, int]) -> int:
    """Where the event word at ``m`` stops owning what follows: the next event word in its clause, or the clause's end."""
    end = _clause(low, m.start(), sentence)[1]
    return next((w.start() for w in v.triggers.finditer(low, m.end(), end) if not inside_word(v, low, w)), end)  # not "thư ký"


def _clause(low: str, pos: int, sentence: tuple[int, int], listing: bool = False) -> tuple[int, int]:
    """The ';' item around ``pos`` (the whole list after a colon when no event word comes before its item); for a
    meeting's word (``listing``), it runs on over the items after it that hold no event word (a list of the people
    met: "gặp song phương A, Bộ trưởng X; B, Bộ trưởng Y; C …")."""
    start = max(low.rfind(";", sentence[0], pos) + 1, sentence[0])
    colon = low.find(":", sentence[0], start)
    if colon >= 0 and ((w := first_event_word(_vocab(), low, colon, pos)) is None or w.start() >= start):
        start = colon + 1  # "Các đồng chí: A, …; B, …; C, …, đồng chủ trì hội đàm": the people listed are its subjects
    end = low.find(";", pos, sentence[1])
    if end >= 0 and listing and not _vocab().triggers.search(low, end, sentence[1]):
        return start, sentence[1]
    return start, end if end >= 0 else sentence[1]


def _drafts(text: str, entities: tuple[Entity, ...], dating: Dating) -> list[Draft]:
    v, low = _vocab(), lower(text)
    cast = find_cast(v, low, entities)
    drafts = Drafted()
    first_day = next((e.start for e in dating.expressions if e.day_level), None)
    for sentence in _sentences(text):
        start, end = sentence
        named = _mentions_in(entities, start, end)
        if (said := briefings.speaker(low, start, end, named)) and not any(  # "tại cuộc họp báo …, Người phát ngôn X
                w.start() <= said[0] < w.end() for w in v.triggers.finditer(low, max(start, said[0] - 25), end)) \
                and not drafts.reported("SPEECH", [said[1]], None):  # biết"; not the joint one, nor one told before
            drafts.append(Draft("SPEECH", _vocab_cameo("SPEECH"), said[0], sentence, [said[1]], _location(v, low, named),
                                 governing_date(dating, text, said[0]), "happened", first_day is not None and first_day < end))
        if v.restating.match(low[start:end]) or attendance.lists_attendees(low, start, end):
            spoke = speeches.opening_speaker(low, start, end, named)
            at = speeches.occasion(drafts, spoke[1], frames.at_banquet(v, low, start, end)) if spoke else None  # "Phát
            # biểu tại Kỳ họp, Thủ tướng X …"
            both = spoke and speeches.both_speak(spoke[1], at, v.same_people.search(
                low, *speeches.speaker_words(low, start, end)) is not None)  # (not "địa phương hai bên" after them)
            for person in (both or []):  # "Phát biểu tại Hội nghị, hai Phó Thủ tướng …": each co-chair speaks
                if not drafts.reported("SPEECH", [person], None):
                    drafts.append(Draft("SPEECH", _vocab_cameo("SPEECH"), spoke[0], sentence, [person],
                                        at.location if at else _location(v, low, named), speeches.occasion_date(at),
                                        at.status if at else "happened", first_day is not None and first_day < end))
            _spoken_at(v, low, sentence, named, drafts, dating, text, first_day is not None and first_day < end)
            continue  # "Tại cuộc hội đàm, …" told before; "Tham dự kỳ họp còn có A và B": who attended it
        invited = [m.span() for m in v.invitation.finditer(low, start, end)]
        aside = invited + frames.aside(v, low, start, end, named)
        mentions = [(pos, e) for pos, e in named if not any(a <= pos < b for a, b in aside)]
        hosts = [(pos, e.id) for pos, e in named if e.type == "PERSON" and any(a <= pos < b for a, b in invited)]
        visits = [w.start() for w in v.triggers.finditer(low, start, end) if v.types[w.group()][0] == "VISIT"]
        names = [(s, e) for s, e, _ in positions.mentions_in(entities, start, end)]
        first = first_event_word(v, low, start, end)  # the sentence's first event word: its subject stands before it
        if first is not None and anchors.is_anchor(v, low, start, first):  # (not the one it opens after: "Ngay sau lễ đón,
            first = v.triggers.search(low, first.end(), end) or first  # A và B hội đàm")
        here = first_day is not None and first_day < end
        framed = -1  # where a visit told only as a statement's frame ends in this sentence
        framing = frames.opening_end(v, low, start, end)  # where an occasion framing the sentence ends
        after_frame = v.triggers.search(low, framing, end) if framing >= 0 else None  # "Nhân dịp …, B gặp C": "gặp"
        framed_subject = _people(mentions, framing, end)[:1] if framing >= 0 else []  # "Trong khuôn khổ chuyến thăm …,
        # A …": A's visit
        heading = len(low[start:end].split()) <= 2  # "Hội nghị": a heading
        history = frames.counted_people(v, low, start, end, named)  # "… kể từ khi A thăm Lào": A's visit only
        told_to = None  # the country of the last visit named in this sentence
        for m in v.triggers.finditer(low, start, end):
            if any(a <= m.start() < b for a, b in names) or inside_word(v, low, m):
                continue  # "Trung tâm Hội nghị Quốc tế" is a place, not a conference; "vinh dự" is not "dự"
            kind, cameo = _kind(v, low, m, end, names)
            if kind == "CONFERENCE" and event_kinds.online_call(low, m.span(), _word_or_clause_end(v, low, m, sentence), mentions):
                kind, cameo = "CALL", _vocab_cameo("CALL")  # "hội nghị trực tuyến với Thứ trưởng X": a call between two
            occasion = event_kinds.occasion(m.group()) if kind == "CEREMONY" else ""
            if m.group() in v.generic and event_kinds.celebrations(low, m.end()):  # "dự các hoạt động kỷ niệm 55 năm"
                kind, cameo, occasion = "CEREMONY", _vocab_cameo("CEREMONY"), "anniversary"
            if m.group() in v.generic and _NOTHING_AFTER.match(low, m.end()) or heading:
                continue  # "Đại diện các sở, ngành cùng tham dự.": attending nothing named; a heading
            if m.group() in v.generic and (_THE_CEREMONY.match(low, m.end()) and drafts.has("CEREMONY")
                                           or (met := attendance.kind_attended(v, low, m.end())) in _ONE_EACH
                                           and drafts.has(met)):
                continue  # "A, B và 500 kiều bào tham dự buổi lễ.", "X đã đến dự và chúc mừng", "… cũng tham dự buổi
                # hội kiến": who attended the one told before
            if kind in _ATTENDED and drafts.has(kind) and attendance.attended_told(low, m.start(), m.end()):
                continue  # "Đại sứ X cũng tham dự kỳ họp.": the session told before
            if kind == "MEET" and v.then_talks.match(low, m.end()):
                continue  # "A tiếp và hội đàm với B": the talks
            clause_end = _CLAUSE_END.search(low, m.end(), end).start()  # the trigger's own clause ends here
            if v.called_off.search(low, m.end(), clause_end):
                continue  # "Hội nghị … đã bị hoãn": called off (not "…, sau khi bị hoãn", told of another time)
            mood = _mood(v, low, start, m, kind, end, names)
            owner = visitors.owner(low, mentions, m.end(), end) if kind == "VISIT" else None
            recalled = kind == "VISIT" and visitors.recalled_with_time(dating, low, m.end(), end)
            before = low[max(0, m.start() - 14):m.start()]
            if v.invited_before.search(before):
                owner = None  # "lời mời thăm Việt Nam của Tổng Bí thư X": X's invitation, not X's visit
            by_owner = mood is None and owner is not None  # told in a statement: the owner alone made it
            guest = visitors.welcomed(v.welcome, low, mentions, start, m.start()) if kind == "VISIT" else None
            if kind == "VISIT" and not owner and not guest and drafts.last_visit and visitors.this_visit(low, m.end()):
                continue  # "Thủ tướng nói chuyến thăm lần này nhằm …": the visit told before
            if guest and any(len(c) > 1 for c in drafts.casts.get((_family(kind), guest), ())):
                continue  # "A nhiệt liệt chào mừng B … thăm": B's visit, told before with its host: no second one
            if mood is None and guest:
                mood = "planned" if v.planned.search(low, start, m.start()) else "happened"  # "A hoan nghênh B … thăm"
            summed = mood is None and not drafts.has(kind) and (kind == "VISIT" and v.restate_before.search(before)
                                                                or framed >= 0 and _JOINED.fullmatch(low, framed, m.start()))
            if summed:  # "cảm ơn sự đón tiếp … trong chuyến thăm (và dự Hội nghị X)": told only as a statement's
                mood, framed = "happened", m.end()  # frame, undated
            if mood is None and (recalled or owner):  # "Nhắc lại kết quả chuyến thăm Việt Nam vào tháng 9/2023", "đánh
                # giá cao chuyến thăm của Tổng thống X": a visit recalled or owned is told, announced when "sắp tới" one
                mood = "planned" if owner and v.planned.search(visitors.to_owner(low, m.end())) else "happened"
            opening = kind in _ONE_EACH and (OPENING_FRAME.fullmatch(low, start, m.start()) is not None
                                             or _CLAUSE_FRAME.search(low, max(start, m.start() - 16), m.start()) is not None) \
                and not drafts.has(kind)  # "Tại cuộc hội đàm sáng 30/7, A và B nhất trí …": the talks, told first so
            plural_only = not trigger_ok(v, low, m) and not recalled and not opening \
                and not _glad(v, low, start, m, kind)  # "các cuộc hội kiến": only with
            if (anchors.is_anchor(v, low, sentence[0], m) or _BARE.match(low, m.end()) and not owner
                    or kind in _ONE_EACH and v.attended_before.search(before)) and drafts.has(kind) \
                    and (kind != "CEREMONY" or drafts.has_word(m.group())):  # (a welcome, not the celebrations told)
                continue  # "Sau lễ đón, …", "Tại cuộc điện đàm, …", "B cùng các Bộ trưởng dự hội đàm": the one told before
            if frames.met_again(low, start, m, mentions, drafts, kind):
                continue  # "Tại cuộc gặp Bộ trưởng X, A cảm ơn …": the meeting with X told before
            if kind != "VISIT" and frames.counted_from(v, low, start, m.start()):
                continue  # "… kể từ khi Bác Hồ đọc Tuyên ngôn": what is counted from
            if event_kinds.prepared_for(low, start, m.start()) or mechanisms.listed(low, start, m.start(), end):
                continue  # "… chuẩn bị cho Phiên họp lần thứ 12", "duy trì các cơ chế Tham khảo chính trị, …": no session
            if kind == "VISIT" and (visitors.many_delegations(low, start, m.start())
                                    or drafts.last_visit and visitors.body_next(low, mentions, m.end())):
                continue  # "cử nhiều đoàn công tác sang thăm nhau": exchanges summed up; "thăm Tập đoàn X": a site
            if kind == "SPEECH" and v.speech_within.match(low, m.end()):
                continue  # "A phát biểu tại cuộc hội đàm với B": the talks
            if kind != "VISIT" and (v.recalled.search(before) or recalled_terms.in_past_term(low, start, m.start())):
                continue  # "từng gặp", "trong nhiệm kỳ Đại sứ X, …": recalled, not the article's (a visit recalled is one)
            if not kind or mood is None or plural_only and not (v.plural.search(before) and _people(mentions, m.end(), end)):
                continue
            if m.group() in v.needs_place and not visitors.place_next(low, mentions, m.end()) \
                    or m.group() in v.needs_country and not visitors.place_next(low, mentions, m.end(), ("COUNTRY",)) \
                    or m.group() in v.needs_held and not event_kinds.ceremony_held(low, sentence):
                continue
            date = governing_date(dating, text, m.start(), mood == "planned", m.end(), kind in SPANS_DAYS)
            date = speeches.told_date(date, dating.published, drafts) if kind == "SPEECH" else date
            purpose = kind == "CONFERENCE" and _PURPOSE.search(before) and not (date and date.end)
            date = None if summed or purpose else date
            if (summed or purpose) and kind == "CONFERENCE":  # "cảm ơn … trong chuyến thăm và dự Hội nghị cấp cao
                date = occasion_named(dating, text, m.start(), end)  # APEC", "tới X để tham dự …": the KB's dates
            times = visitors.times_right_after(dating, low, m.end(), end, mood == "happened") if kind == "VISIT" else []
            if times:
                date = times[0]  # "chuyến thăm năm 2008", "chuyến thăm Việt Nam tháng 9/2023": the visit's own time
            elif owner and (by_owner or v.statement.search(low, start, m.start())) and not drafts.present(owner) \
                    and not visitors.this_visit(low, m.end()) \
                    and not positions.starting_in(dating.expressions, m.end(), clause_end):
                date = None  # "cảm ơn … chuyến thăm của Chủ tịch nước X": recalled in a statement, not of this day
            if ahead_of(date, dating.reference):
                mood = "planned"  # "Hội nghị diễn ra từ ngày 12 đến 13/5" in an article of 21/4: not yet held
            if _historical(date, dating) and kind != "VISIT" and not (  # a visit recalled is a VISIT of its own, and so
                    kind == "CONFERENCE" and visitors.recalled_with_time(dating, low, m.end(), end)  # is a session someone
                    and _people(mentions, start, m.start())):  # attended, with its days ("Trước đó, A dự G7 … 26-28/5/2016")
                continue
            if m.group() in v.generic and v.frame_before.search(before) and _before_month(date, dating):
                continue  # "Hồi tháng 10, khi dự APEC, A đã gặp B": the occasion of a past meeting
            if kind == "SIGN" and (_signed_earlier(dating, low, m) or _weeks_before(low, start, date, dating)  # "… được
                                   # A và B ký kết vào tháng 9/2023", "Trước đó, ngày 11/12, A và B đã ký …" (of 29/12), "Việc
                                   or agreements.signing_recalled(low, m.start(), m.end())  # ký Hiệp định X đã …"
                                   or agreements.signing_unscheduled(low, m.start(), m.end(), clause_end)):
                continue
            clause = _clause(low, m.start(), sentence, kind in _ONE_EACH)
            nxt = next((w for w in v.triggers.finditer(low, m.end(), clause[1]) if not inside_word(v, low, w)), None)
            own = (clause[0], nxt.start() if nxt and trigger_ok(v, low, nxt) else clause[1])  # (not "Tổng thư ký")
            own = (own[0], frames.subjects_end(v, low, m.end(), end)) if opening else own  # (its people are the sentence's
            # subjects, after the comma, up to what they say or do: not "… nhất là chuyến thăm của X")
            after = after_frame if 0 <= framing < m.start() else None  # (an event after the frame: its subjects follow it)
            own = (max(own[0], framing), own[1]) if after else own
            groups = _participant_groups(low, kind, m.span(), own, sentence, mentions, cast,
                                         (after or first).start() if after or first else m.start(),
                                         framed_subject if m.start() < framing else [])
            if history and kind != "VISIT":  # "… kể từ khi A thăm Lào": A's visit, no other event of A's
                groups = [kept for g in groups if (kept := [p for p in g if p not in history])]
            if kind == "VISIT":  # the host who invited the visit comes after the visitor
                by = passing_visits.own_hosts(hosts, visits, m.start())  # ("A, rồi thăm B theo lời mời của Y")
                groups = [g + [h for h in by if h not in g] for g in groups] or ([by] if by else [])
                visit = drafts.last_visit if by else None
                if visit and all(set(g) <= set(by) for g in groups):  # "Chuyến thăm … theo lời mời của
                    groups = [list(dict.fromkeys(visit.participants + by))]  # X": the visit told before
            proposed = mood == "planned" and not guest and v.statement.search(v.invitation.sub(" ", low[start:m.start()])) \
                and not event_kinds.invites(low, start, m.start())  # "mời A … đồng chủ trì": A and the host, not sides
            if proposed:
                groups = [_sides(mentions, m.end(), clause[1], entities)] or groups  # "đề nghị tổ chức tốt kỳ họp ..."
            collective = None if proposed else v.same_people.search(low, own[0], m.start()) or _between(v, low, m.end()) or \
                (v.same_people.search(low, start, end) if not _people(mentions, start, end) else None)
            if collective and collective.end() < m.start() and _people(mentions, collective.end(), m.start()):
                collective = None  # "Hai bên hài lòng trước việc A và B đã có cuộc gặp": A and B meet
            if collective and (pair := _collective(v, collective.group(), m.start(), entities, drafts)):
                groups = [pair + [p for g in groups for p in g if p not in pair and p in _people(mentions, m.end(), own[1])]]
                if kind == "SIGN" and not _title_of(v, collective.group()):  # "hai bên ký …": the two sides sign
                    groups = [groups[0] + _countries_of(pair, entities)]
                if v.officials.search(low, max(own[0], collective.start() - 40), collective.start()):
                    groups = [_countries_of(pair, entities)]  # "các quan chức cấp cao hai bên đã họp": the sides
            elif collective and _title_of(v, collective.group()) and not _people(mentions, own[0], m.start()):
                # "hai Bộ trưởng hội đàm" with no ministers named: not the article's protagonist; a session they
                groups = [] if kind in _NEEDS_PERSON else [_sides(mentions, m.end(), clause[1], entities)]  # chair: sides
            if kind == "AWARD" and (issuer := awards.issuers(low, mentions, m.end(), own[1])):
                groups = [kept for g in groups if (kept := [p for p in g if p not in issuer])] \
                    or [_sides(mentions, m.end(), own[1], entities)]  # "… của Chủ tịch nước X": no giver; else the sides
            watched = kind == "AWARD" and awards.attended(low, m.start())  # "tham dự Lễ trao Huân chương …"
            if watched:
                groups = [awards.receivers(low, mentions, m.end(), own[1]) or _sides(mentions, m.end(), own[1], entities)]
            if kind == "SPEECH" and event_kinds.heard(low, start, m.start()):  # "lắng nghe tham luận từ A, B và C":
                groups = [_people(mentions, m.end(), own[1])]  # the speakers are those named after it, not the listeners
            elif kind == "SPEECH" and (subjects := _people(mentions, start if _WITH_ITEM.match(low, own[0]) else own[0],
                                                            m.start())):  # "X chủ trì họp báo, …
                groups = [[p for p in g if p in subjects] for g in groups]  # về hội đàm của A với B": X speaks, not A, B
            if kind == "SPEECH":  # each who speaks makes a statement of their own ("hai Thủ tướng gặp gỡ báo chí")
                groups = [[p] for p in dict.fromkeys(p for g in groups for p in g if p.startswith("person:"))] or groups
                if not collective and not _people(mentions, start, end):
                    groups = []  # "Phát biểu ý kiến, các đại biểu …": no one named speaks (not the article's protagonist)
            restating = by_owner or v.restate_before.search(before) or _BARE.match(low, m.end()) \
                or _opens_with(low, start, m.start()) and drafts.has(kind, mood)
            anchored = anchors.anchored(v, low, sentence, m.start(), dating, drafts, mood == "planned")  # "Sau Kỳ họp (4-5/2)"
            date = (None if anchored.end else anchored) if anchored else date  # (not its first day)
            if owner:  # "chuyến thăm Pháp của Tổng Bí thư Tô Lâm": the visitor is the one it belongs to
                told = {e.id for _, e in mentions}  # (not the article's protagonist when the sentence names no one else)
                groups = [[owner] + [p for p in g if p != owner and not by_owner and p in told] for g in groups] or [[owner]]
                groups = [[owner]] if visitors.returned(low, m.start()) else groups  # "đáp lại chuyến thăm của X"
            destination = visitors.destination(low, mentions, m.end(), own[1]) if kind in SPANS_DAYS else None
            if kind == "VISIT" and destination is None and times and passing_visits.in_passing(low, m.start()):
                destination = told_to  # "chuyến thăm Campuchia …, sau các chuyến thăm tháng 12/2011": the same country
            if kind == "VISIT" and destination:
                groups = [visitors.visitor_from_abroad(g, destination, entities, m.start()) for g in groups]
                told_to = destination
            if kind == "VISIT" and passing_visits.undated_elsewhere(dating, low, m.span(), end, destination,
                                                                    drafts.destinations):
                date = None  # "sau chuyến thăm Áo": another visit in a clause of time, no time of its own written
            listed = passing_visits.stops(low, mentions, m.end(), own[1], destination) if kind == "VISIT" else [destination]
            for participants, date, destination in [(g, t if i == 0 else None, d) for g in groups
                                                    for t in (times if len(times) > 1 else [date])
                                                    for i, d in enumerate(listed)]:  # "thăm A, B và C": one each
                if restating and drafts.reported(kind, participants, destination, owner) \
                        and not passing_visits.another_time(drafts, date if times else None, destination) \
                        and not passing_visits.elsewhere(low, m.start(), destination, drafts.destinations) \
                        and (kind != "CEREMONY" or drafts.has_word(m.group())):
                    continue  # "Tại cuộc hội đàm, ...", "Trong khuôn khổ chuyến thăm, ...": already reported
                if kind in _NEEDS_PERSON and not any(p.startswith("person:") for p in participants) \
                        and not watched:  # (an award attended: its sides when no one is named)
                    continue
                if kind == "CEREMONY" and not _people(mentions, m.end(), own[1]) \
                        and drafts.hosted(m.group(), occasion, participants, date):
                    continue  # "A và Phu nhân chủ trì Lễ đón.": the host of the welcome told before
                drafts.append(Draft(kind, cameo, m.start(), sentence, participants, _location(v, low, mentions), date, mood, here,
                                     destination, m.group() in v.banquet, m.group(), occasion, opening))
        for pos, to, where, who in passing_visits.movements(low, sentence, named):  # "bà X đã tới Đà Nẵng dự …"
            if any(w.start() <= pos < w.end() and (w.group() not in v.needs_country or visitors.place_next(
                    low, mentions, w.end(), ("COUNTRY",))) for w in v.triggers.finditer(low, max(start, pos - 20), to)):
                continue  # "nhân dịp sang Việt Nam dự …": the visit's own word, read above (not "nhân dịp sang dự …")
            if v.welcome.search(low, start, pos):  # "A chào mừng B … sang dự": B's, when named
                who = visitors.welcomed(v.welcome, low, named, start, pos)
            else:
                who = who or _participant_groups(low, "VISIT", (pos, to), (start, end), sentence, mentions, cast, pos)[0][0]
            if who is None:
                continue
            mood = "planned" if v.planned.search(low, start, pos) else "happened"
            day = passing_visits.day_right_after(dating, low, to)  # "đi Singapore trong ngày 14/11"; else the sentence's
            undated = passing_visits.in_passing(low, pos) or mood == "planned" and day is None  # (announced, no day)
            date = visitors.time_right_after(dating, low, to, end) or (None if undated else governing_date(
                dating, text, day or start, mood == "planned", day or pos))
            drafts.append(Draft("VISIT", _vocab_cameo("VISIT"), pos, sentence, [who], _location(v, low, named), date, mood,
                                here, where))
    return drafts


def _before_month(date: Date | None, dating: Dating) -> bool:
    """Whether an event is dated to a month before the article's."""
    return date is not None and dating.published is not None and date.value[:7] < dating.published.value[:7]


def _historical(date: Date | None, dating: Dating) -> bool:
    """An event dated more than a year before the article is history it recalls, not news it reports."""
    if date is None or dating.published is None:
        return False
    return int(date.value[:4]) < int(dating.published.value[:4]) - 1 or (
        len(date.value) >= 7 and date.value[:7] < f"{int(dating.published.value[:4]) - 1}{dating.published.value[4:7]}")


def find_events(text: str, entities: tuple[Entity, ...], dating: Dating) -> tuple[Event, ...]:
    """Every event the text reports or announces, one per occurrence, with its evidence sentence."""
    events = []
    for n, d in enumerate(_merge(without_restated_ahead(_drafts(text, entities, dating), _ONE_EACH)), start=1):
        start, end = d.sentence
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        events.append(Event(f"e{n}", d.type, d.cameo, Span.of(text, start, end), d.date, tuple(d.participants),
                            d.location, (), d.status))  # type: ignore[arg-type]
    return tuple(events)
