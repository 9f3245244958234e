"""A sentence's opening frame (for extract/events.py): the occasion told again with the person met ("Tại cuộc gặp Bộ
trưởng X, A cảm ơn …"), where the subjects after its comma end, and a speech's occasion named as a banquet."""
from __future__ import annotations

import re

from bangiao.extract.drafted import Drafted
from bangiao.extract.event_vocab import Vocab
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
