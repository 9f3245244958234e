"""Who an article is about (for extract/events.py): its protagonist — the first titled person it names, not one named
only as who sent an envoy, as a guest listed as attending, or as one of what something is counted from — the leader
of the delegation it follows, what that leader's sentence names before "dẫn đầu", and each country's ambassador."""
from __future__ import annotations

from dataclasses import dataclass, field

from bangiao.extract import attendance, envoys, frames
from bangiao.extract.event_vocab import Vocab
from bangiao.extract.sentences import sentence_end, sentence_start
from bangiao.model import Entity


@dataclass(frozen=True, slots=True)
class Cast:
    """Who an article is about: its protagonist (the first titled person), and who leads the delegation it follows."""

    protagonist: str | None
    leader: str | None
    led: frozenset[str] = frozenset()  # what the leader's sentence names before "dẫn đầu" ("Đoàn … tỉnh X do A dẫn đầu")
    envoys: dict[str, str] = field(default_factory=dict)  # each country's ambassador the article names


def cast(v: Vocab, low: str, entities: tuple[Entity, ...]) -> Cast:
    leads = v.leads.search(low)
    named = sorted((m.start, e.id, e.type) for e in entities for m in e.mentions)
    around = [(pid, kind) for pos, pid, kind in named if leads and low.rfind(".", 0, leads.start()) < pos < leads.start()]
    before = [pid for pid, kind in around if kind == "PERSON"]
    return Cast(_protagonist(entities, low, v), before[-1] if before else None, frozenset(pid for pid, _ in around),
                 envoys.ambassadors(entities))


def _protagonist(entities: tuple[Entity, ...], low: str, v: Vocab) -> str | None:
    """The person the article is about: the first titled person it names (not one named first as who sent someone:
    "Đặc phái viên của Tổng Bí thư A hội đàm với …" is about the envoy, named later; nor a guest in a list of who
    attended, "Đến tham dự buổi lễ là …, trong đó có Thứ trưởng A"; nor one of the past, "kể từ khi Chủ tịch A …")."""
    people = sorted((e.mentions[0].start, e.id) for e in entities if e.type == "PERSON" and e.titles and e.mentions)
    return next((pid for at, pid in people if not _aside_of_article(v, low, at)), people[0][1] if people else None)


def _aside_of_article(v: Vocab, low: str, at: int) -> bool:
    """Whether the person named first at ``at`` is named as who sent someone, as a guest listed as attending, or as
    one of what something is counted from: not who the article is about."""
    opens = sentence_start(low, at)
    return v.on_behalf.search(low, max(0, at - 40), at) is not None \
        or attendance.lists_attendees(low, opens, sentence_end(low, at)) or frames.counted_from(v, low, opens, at)
