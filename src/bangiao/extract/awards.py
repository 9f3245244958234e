"""An award ceremony someone attends: "dự Lễ trao Huân chương của Chủ tịch nước X tặng cán bộ tám tỉnh của
nước Y".

The one who attends takes no part (tests/dev/README.md: attendance is not participation; the principals are giver
and receivers); whoever the order is "của" (the head of state who confers it, "Huân chương của Chủ tịch nước") is its
issuer, not a giver at the ceremony. Its participants are the people it is given to, else the countries or bodies
named after its word (no principal person named: the sides). Vocabulary: ``data/events.toml`` [rules]
attended_before, award_issuer, award_receiving.
"""
from __future__ import annotations

import functools
import re

from bangiao import datafiles
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation
from bangiao.model import Entity

_FILE = "events.toml"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = lambda key: alternation(tuple(lower(w) for w in datafiles.strings(  # noqa: E731
        _FILE, datafiles.load(_FILE, "events"), "rules", key)))
    return (re.compile(rf"(?:^|\s)(?:{words('attended_before')})\s+$"),
            re.compile(rf"\s(?:{words('award_issuer')})\s"), re.compile(rf"\s(?:{words('award_receiving')})\s"))


def attended(low: str, word_start: int) -> bool:
    """Whether the award word at ``word_start`` is attended ("tham dự Lễ trao Huân chương …")."""
    return _patterns()[0].search(low, max(0, word_start - 14), word_start) is not None


def receivers(low: str, mentions: list[tuple[int, Entity]], word_end: int, end: int) -> list[str]:
    """The people an attended award is given to, named after its word up to ``end``: not those between "của" and
    "tặng"/"cho" (the order's issuer)."""
    _, issuer, receiving = _patterns()
    of = issuer.search(low, word_end, end)
    to = receiving.search(low, of.end() if of else word_end, end)
    skip = (of.start(), to.start() if to else end) if of else (0, 0)
    return list(dict.fromkeys(e.id for pos, e in mentions if e.type == "PERSON" and word_end <= pos < end
                              and not skip[0] <= pos < skip[1]))


_ISSUER_REACH = 40  # characters from the award's word to the "của" of its name ("Huân chương Lao động hạng Ba của")


def issuers(low: str, mentions: list[tuple[int, Entity]], word_end: int, end: int) -> set[str]:
    """The people an order's name says it is of ("trao tặng Huân chương Lao động của Chủ tịch nước Lào cho …"): its
    issuer, named between "của" and "tặng"/"cho", who hands nothing over."""
    _, issuer, receiving = _patterns()
    of = issuer.search(low, word_end, min(end, word_end + _ISSUER_REACH))
    if of is None:
        return set()
    to = receiving.search(low, of.end(), end)
    return {e.id for pos, e in mentions if e.type == "PERSON" and of.end() <= pos < (to.start() if to else of.end())}
