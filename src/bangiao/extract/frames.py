"""A sentence's frames (for extract/events.py): the reporters and senders whose people take no part in its events
("Đại sứ X cho biết, …", "Thay mặt A, …"), the occasion told again with the person met ("Tại cuộc gặp Bộ trưởng X,
A cảm ơn …"), where the subjects after its comma end, where an occasion framing it ends, and a speech's occasion
named as a banquet."""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract import visitors
from bangiao.extract.drafted import Drafted
from bangiao.extract.event_vocab import Vocab
from bangiao.extract.gazetteer import lower
from bangiao.model import Entity

OPENING_FRAME = re.compile(r"\W*tại\s+(?:cuộc\s+|buổi\s+)?")  # "Tại cuộc hội đàm …" opening its sentence


def met_again(low: str, start: int, m: re.Match[str], mentions: list[tuple[int, Entity]], drafts: Drafted,
              kind: str) -> bool:
    """Whether a sentence opens with the occasion of a meeting and the person met, up to its comma ("Tại cuộc gặp Bộ
    trưởng X, …"), and a meeting of the kind with that person was told before."""
    comma = low.find(",", m.end())
    if not OPENING_FRAME.fullmatch(low, start, m.start()) or comma < 0:
        return False
    met = [e.id for pos, e in mentions if m.end() <= pos < comma and e.type == "PERSON"]
    return bool(met) and all(drafts.reported(kind, [p], None) for p in met)


def opening_end(v: Vocab, low: str, start: int, end: int) -> int:
    """Where an occasion framing the sentence ends ("Nhân dịp tháp tùng A thăm Lào, chiều 5/2, B gặp C": its comma,
    when an event word stands inside it), else -1."""
    m = v.opening_frames.match(low, start, end)
    comma = low.find(",", m.end(), end) if m else -1
    return comma if comma > 0 and v.triggers.search(low, m.end(), comma) else -1


def counted_from(v: Vocab, low: str, start: int, pos: int) -> bool:
    """Whether the event word at ``pos`` stands in a clause of what something is counted from ("… kể từ khi Chủ tịch
    Hồ Chí Minh đọc Tuyên ngôn …"): history, no event of the article."""
    return any(low.find(w, max(start, pos - 100), pos) >= 0 for w in _since_hints()) and any(
        not _CLAUSE_OR_STOP.search(low, m.end(), pos) for m in v.since_clause.finditer(low, max(start, pos - 100), pos))


def counted_people(v: Vocab, low: str, start: int, end: int, people: list[tuple[int, Entity]]) -> set[str]:
    """The people named only in what something is counted from ("kể từ khi Tổng Bí thư A thăm Lào năm 1977"): the
    visit told there is theirs, no other event of the sentence."""
    spans = _since_spans(v, low, start, end)
    inside = {e.id for pos, e in people if any(a <= pos < b for a, b in spans)}
    return inside - {e.id for pos, e in people if not any(a <= pos < b for a, b in spans)}


def _counted_from_spans(v: Vocab, low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of what something is counted from, to their comma ("kể từ khi Bác Hồ đọc …"); not
    one telling a visit ("kể từ khi Tổng thống X thăm Việt Nam năm 2016": a VISIT of its own, with its visitor)."""
    return [(a, b) for a, b in _since_spans(v, low, start, end)
            if not any(v.types[w.group()][0] == "VISIT" for w in v.triggers.finditer(low, a, b))]


@functools.cache
def _since_hints() -> frozenset[str]:
    """The last word of each of since_clause's phrases ("khi"): a sentence without one holds none of them."""
    data = datafiles.load("events.toml", "events")
    return frozenset(lower(w).split()[-1] for w in datafiles.strings("events.toml", data, "rules", "since_clause"))


_CLAUSE_MARK = re.compile(r"[,;:]")
_SENT_TO = re.compile(r",|;|\s(?:đến|tới|lên|cho)\s")  # where what is sent on someone's behalf reaches its addressee
_CLAUSE_OR_STOP = re.compile(r"[,;:.]")


def _since_spans(v: Vocab, low: str, start: int, end: int) -> list[tuple[int, int]]:
    if not any(low.find(w, start, end) >= 0 for w in _since_hints()):  # (most sentences have none)
        return []
    return [(m.start(), stop.start() if (stop := _CLAUSE_MARK.search(low, m.end(), end)) else end)
            for m in v.since_clause.finditer(low, start, end)]


def subjects_end(v: Vocab, low: str, pos: int, end: int) -> int:
    """Where the subjects after an opening frame's comma end ("Tại cuộc gặp X, A cảm ơn …": at "cảm ơn")."""
    comma = low.find(",", pos, end)
    if comma < 0:
        return end
    stops = [m.start() for m in (v.statement.search(low, comma, end), v.triggers.search(low, comma, end)) if m]
    return min(stops, default=end)


def at_banquet(v: Vocab, low: str, start: int, end: int) -> bool:
    """Whether a speech's opening clause names a banquet as its occasion ("Phát biểu tại tiệc chiêu đãi, …")."""
    stop = low.find(",", start, end)
    return any(w.group() in v.banquet for w in v.triggers.finditer(low, start, stop if stop > 0 else end))


def aside(v: Vocab, low: str, start: int, end: int, people: list[tuple[int, Entity]]) -> list[tuple[int, int]]:
    """Spans of a sentence whose people take no part in its events: the reporters before a reporting word that an
    event word follows ("Đại sứ X cho biết, …"), and the sender of a greeting or the one represented, to the next
    comma ("Thay mặt Tổng Bí thư A, …", "lời chào của A đến B")."""
    spans = _counted_from_spans(v, low, start, end)  # "… kể từ khi Bác Hồ đọc …": history's people
    if (lead := v.reporter_lead.match(low, start, end)) and lead.end() <= end:  # (in the sentence: bounded work)
        spans.append((start, lead.end()))  # "Theo Đại sứ A, …"
    for m in v.reporting.finditer(low, start, end):
        nxt = v.triggers.search(low, m.end(), end)
        told = low.startswith(",", m.end()) or any(m.end() <= pos < nxt.start() for pos, e in people if e.type == "PERSON") \
            if nxt else False
        if told:
            spans.append((start, m.start()))  # "A cho biết, …", or an event with a subject of its own after the word
    for m in v.on_behalf.finditer(low, start, end):  # (an envoy's sender to the one named first after it)
        comma = low.rfind(",", start, m.start())
        sender = comma >= 0 and v.envoy.match(low, comma) and next(
            (visitors.mention_end(p) for p in people if p[1].type == "PERSON" and m.end() <= p[0] < m.end() + 80), 0)
        stop = _SENT_TO.search(low, max(m.end(), sender or 0), end)
        spans.append((m.start(), stop.start() if stop else end))
    return spans
