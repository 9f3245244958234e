"""Events told in photo captions: a caption is cut from the main text as boilerplate, but "Thủ tướng Phạm Minh
Chính gặp Tổng thống Putin" under a photo is still a fact.

Each caption kept in ``removed`` is read on its own (entities, then events, dated by the article's date); an event
that one of the body's events already tells gains the caption as a second evidence; one the body does not tell is
added with an empty main-text evidence and the caption as its evidence. Only events whose people are entities of
the record are kept (every participant of a record is one of its entities).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from bangiao import datafiles
from bangiao.extract.dating import Dating, date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.event_drafts import family as _family
from bangiao.extract.event_vocab import words_of
from bangiao.extract.events import find_events
from bangiao.extract.frames import OPENING_FRAME
from bangiao.extract.gazetteer import lower
from bangiao.extract.kb import day_range
from bangiao.model import CaptionSpan, Date, Entity, Event, Removed, Span

_NO_EVIDENCE = Span(0, 0, "")


def with_captions(events: tuple[Event, ...], removed: tuple[Removed, ...], entities: tuple[Entity, ...],
                  dating: Dating) -> tuple[Event, ...]:
    """The body's events, each with the captions that also tell it, then the events told only in captions."""
    known = {e.id for e in entities}
    merged, extra = list(events), []
    for index, item in enumerate(removed):
        if item.kind != "caption" or not item.text.strip():
            continue
        for found in _caption_events(item.text, dating):
            if not set(found.participants) <= known:
                continue
            span = CaptionSpan(index, found.evidence.start, found.evidence.end, found.evidence.text)
            restated = next((i for i, e in enumerate(merged) if _restates(e, found)), None)  # (even with one of its people)
            twin = next((i for i, e in enumerate(merged) if e.type == found.type and _same(e, found)),
                        next((i for i, e in enumerate(merged) if _same(e, found)), None)) if restated is None else None
            if restated is not None:  # "Tại cuộc hội đàm, hai bên …" in the body, the talks told only under the photo
                merged[restated] = replace(merged[restated], type=found.type, cameo=found.cameo, captions=(span,),
                                           participants=found.participants, date=merged[restated].date or found.date)
            elif twin is not None:  # (a caption's day within the body's span of days dates it: "hội đàm …, ngày 14/12")
                day = found.date if _within_span(merged[twin].date, found.date) else merged[twin].date
                merged[twin] = replace(merged[twin], captions=merged[twin].captions + (span,), date=day)
            elif _news(found, dating) and not any(_same(e, found) for e in extra):
                extra.append(replace(found, evidence=_NO_EVIDENCE, captions=(span,), location=None))
    numbered = [replace(e, id=f"e{n}") for n, e in enumerate(extra, start=len(merged) + 1)]
    return tuple(merged) + tuple(numbered)


@functools.cache
def _caption_rules() -> tuple[frozenset[str], str, re.Pattern[str]]:
    data = datafiles.load("events.toml", "events")
    kinds = frozenset(datafiles.strings("events.toml", data, "rules", "caption_kinds"))
    press = "|".join(re.escape(lower(w)) for w in datafiles.strings("events.toml", data, "rules", "caption_press"))
    return kinds, "|".join(re.escape(w) for w in datafiles.strings("events.toml", data, "rules", "caption_moments")), \
        re.compile(rf"(?<!\w)(?:{press})(?!\w)")


@functools.cache
def _moment(kind: str) -> re.Pattern[str]:
    """"trước buổi hội đàm", "sau cuộc gặp": an event of the kind named as the time of a photo."""
    return re.compile(rf"(?<!\w)(?:{_caption_rules()[1]})\s+(?:buổi\s+|cuộc\s+|lễ\s+)?(?:{words_of(kind)})(?!\w)")


@functools.cache
def _occasion_kinds() -> frozenset[str]:
    return frozenset(datafiles.strings("events.toml", datafiles.load("events.toml", "events"), "rules",
                                       "caption_one_occasion"))


def _one_occasion(body: Event, caption: Event) -> bool:
    """Talks in the body and a meeting in the caption (or the reverse) of the same two people: one occasion."""
    kinds = _occasion_kinds()
    if body.type not in kinds or caption.type not in kinds:
        return False
    pair = {p for p in caption.participants if p.startswith("person:")}
    return len(pair) == 2 and pair == {p for p in body.participants if p.startswith("person:")}


_NEAR_DAYS = 7


def _news(found: Event, dating: Dating) -> bool:
    """Whether an event told only in a caption is news to add: of a meeting's kind, its word not the photo's moment
    ("trước buổi hội đàm"), and not dated away from the article's days (a file photo: "gặp …, ngày 9/10/2024")."""
    kinds, _, press = _caption_rules()
    said = lower(found.evidence.text)
    if found.type not in kinds or _moment(found.type).search(said) or found.type == "SPEECH" and not press.search(said):
        return False  # (a speech under a photo is news only when made to the press)
    if len(found.participants) < 2 and (found.type in _one_side()[0] or _one_side()[1].search(said)):
        return False  # "Chủ tịch nước chào đoàn Mozambique": one side named, the photo's moment, no meeting of its own
    if found.date is None or dating.published is None or len(found.date.value) < 10:
        return True
    return abs((date.fromisoformat(found.date.value) - date.fromisoformat(dating.published.value[:10])).days) <= _NEAR_DAYS


@functools.cache
def _one_side() -> tuple[frozenset[str], re.Pattern[str]]:
    data = datafiles.load("events.toml", "events")
    words = datafiles.strings("events.toml", data, "rules", "caption_greetings")
    greetings = "|".join(re.escape(lower(w)) for w in words)
    return frozenset(datafiles.strings("events.toml", data, "rules", "caption_one_side")), \
        re.compile(rf"(?<!\w)(?:{greetings})(?!\w)")


_ALT_TITLE = re.compile(r"^[^\n|]{5,200}?\s[-–]\s*ảnh\s*\d{1,2}(?!\d)")  # "Tiêu đề bài - ảnh 1Phó Thủ tướng …"


def _caption_events(text: str, dating: Dating) -> tuple[Event, ...]:
    """The events a caption tells (an image's title glued before it, "Headline - ảnh 1", blanked: the headline's
    event is the body's, not the photo's people's)."""
    if alt := _ALT_TITLE.match(text):
        text = " " * alt.end() + text[alt.end():]  # (offsets kept: the caption's spans index its text)
    published = dating.published
    entities = find_entities(text, day_range(published.value) if published else None)
    own = date_document(text, entities, published) if published else Dating(None, None, ())
    found = find_events(text, entities, own)
    if any(e.day_level for e in own.expressions):
        return found
    return tuple(replace(e, date=None) for e in found)  # a caption without a day of its own dates nothing


def _restates(body: Event, caption: Event) -> bool:
    """A body's meeting told only in a frame that restates one ("Tại cuộc hội đàm, hai bên …") with no pair of its
    own, and the caption's meeting of that family naming its people: one occasion."""
    frame = OPENING_FRAME.match(lower(body.evidence.text))
    people = [p for p in body.participants if p.startswith("person:")]
    return frame is not None and frame.end() > 0 and len(people) < 2 and _family(body.type) == _family(caption.type) \
        and any(p.startswith("person:") for p in caption.participants) and _near(body.date, caption.date)


def _near(a: Date | None, b: Date | None) -> bool:
    """Dates that do not disagree (either unknown, one within the other's precision, or the caption's day within the
    body's span of days)."""
    return a is None or b is None or a.value[:len(b.value)] == b.value[:len(a.value)] or _within_span(a, b)


def _within_span(body: Date | None, caption: Date | None) -> bool:
    """A caption's single day inside the span of days a body's event is dated with (a visit's "từ ngày 12 đến 15/12")."""
    return body is not None and caption is not None and body.end is not None and caption.end is None \
        and caption.precision == "day" and body.precision == "day" and body.value <= caption.value <= body.end[:10]


def _same(body: Event, caption: Event) -> bool:
    """The same occurrence: one type, a participant in common (or no person named in the caption: "Quang cảnh Phiên
    họp …"), dates that do not disagree; or a meeting of one occasion's kinds (talks, a meeting) between the same two
    people told with the other kind ("A tiếp B" under a photo of their talks)."""
    people = any(p.startswith("person:") for p in caption.participants)
    if body.type != caption.type and not _one_occasion(body, caption):
        return False
    if people and not set(body.participants) & set(caption.participants):
        return False
    return _near(body.date, caption.date)
