"""An upgrade of relations the article reports as made ("hai bên nhất trí nâng cấp quan hệ lên Đối tác Chiến lược
Toàn diện"), with the day the partner and Việt Nam made it (``data/partnerships.toml``): the article's year is the one
whose day lies within days of the upgrade's. ``dating`` weighs it with its other clues.

Not an upgrade recalled ("kể từ khi thiết lập Đối tác Chiến lược năm 2013", "kỷ niệm 1 năm nâng cấp …"), nor one
hoped for ("hướng tới nâng cấp …"): their words between the upgrade word and the level, or a year right after the
level, say so.
"""
from __future__ import annotations

import functools
import re
from datetime import date

from bangiao import datafiles
from bangiao.errors import DataFileError
from bangiao.extract import dates, positions
from bangiao.extract.entities import HOME
from bangiao.extract.gazetteer import lower
from bangiao.extract.sentences import alternation, sentence_end, sentence_start
from bangiao.extract.yearhints import YEARS, Clue
from bangiao.model import Entity

_FILE = "partnerships.toml"
_REACH = 90  # characters from the upgrade word to the level's name


@functools.cache
def _data() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str], dict[tuple[str, str], date], int]:
    """(the levels' names, the upgrade words, the recalling words, level name → level, (country, level) → its day,
    the window in days), validated."""
    data = datafiles.load(_FILE, "partnerships")
    names = {lower(w): level for level in data.get("levels", {}) for w in datafiles.strings(_FILE, data, "levels", level)}
    days: dict[tuple[str, str], date] = {}
    for entry in data.get("upgrade", []):
        if entry.get("level") not in data.get("levels", {}) or not isinstance(entry.get("country"), str):
            raise DataFileError(_FILE, f"upgrade {entry!r}: level must be a key of [levels], country an ISO code")
        try:
            days[(entry["country"], entry["level"])] = date.fromisoformat(entry["date"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(_FILE, f"upgrade {entry!r}: date must be YYYY-MM-DD") from exc
    window = data.get("match", {}).get("window_days")
    if not isinstance(window, int) or window < 0:
        raise DataFileError(_FILE, "[match] window_days must be a whole number of days")
    pattern = lambda key: re.compile(  # noqa: E731
        rf"(?<!\w)(?:{alternation(tuple(lower(w) for w in datafiles.strings(_FILE, data, 'match', key)))})(?!\w)")
    levels = re.compile(rf"(?<!\w)(?:{alternation(tuple(names))})(?!\w)")
    return levels, pattern("upgrade"), pattern("recalled"), names, days, window


_YEAR_AFTER = re.compile(r"[\s\"”'’)]*(?:\(?\s*(?:năm|tháng\s+\d{1,2}\s*/)\s*)(?:19|20)\d\d")


def reported_upgrades(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, level) of each level's name the text reports set up: an upgrade word before it in its sentence,
    no recalling word between, no year written right after it."""
    levels, upgrade, recalled, names, _, _ = _data()
    found = []
    for m in levels.finditer(low):
        start = max(sentence_start(text, m.start()), m.start() - _REACH)
        verb = None
        for verb in upgrade.finditer(low, start, m.start()):
            break
        if verb is None or recalled.search(low, max(start, verb.start() - 30), m.start()) \
                or _YEAR_AFTER.match(low, m.end()):
            continue
        found.append((m.start(), m.end(), names[re.sub(r"\s+", " ", m.group())]))
    return found


def upgrade_clue(text: str, low: str, entities: tuple[Entity, ...], month: int | None, day: int | None) -> Clue | None:
    """The year whose (month, day) lies within the window of the day a partner named in the sentence (else the
    article's main partner) and Việt Nam set up the level the text reports set up; None if no such year, or several."""
    if not month or not day or "đối tác" not in low:
        return None
    _, _, _, _, days, window = _data()
    fits: dict[int, str] = {}
    for start, end, level in reported_upgrades(text, low):
        for country in partners(text, entities, start):
            made = days.get((country, level))
            for year in (made.year - 1, made.year, made.year + 1) if made else ():
                if dates._valid(year, month, day) and abs((date(year, month, day) - made).days) <= window:
                    fits[year] = f"'{text[start:end]}' set up now: with {country} on {made.isoformat()} → {year}"
    if len(fits) != 1 or next(iter(fits)) not in YEARS:
        return None
    (year, why), = fits.items()
    return Clue(frozenset({year}), why)


_TOP = "comprehensive_strategic"  # the highest level: nothing is hoped for beyond it


@functools.cache
def _wished() -> re.Pattern[str]:
    words = datafiles.strings(_FILE, datafiles.load(_FILE, "partnerships"), "match", "wished")
    return re.compile(rf"(?<!\w)(?<!đã )(?:{alternation(tuple(lower(w) for w in words))})\s+quan\s+hệ(?!\w)")


def wished_upgrade_clue(text: str, low: str, entities: tuple[Entity, ...], month: int | None, day: int | None) -> Clue | None:
    """An upgrade hoped for with a partner, no level named ("mong muốn sớm nâng cấp quan hệ"), that has
    since reached the highest level: the years in which the article's day comes before that upgrade."""
    if not month or not day or "nâng cấp" not in low:
        return None
    levels, _, _, _, days, _ = _data()
    for m in _wished().finditer(low):
        if levels.search(low, m.end(), min(len(low), m.end() + 40)):
            continue  # a level named: an upgrade to it, weighed by ``upgrade_clue``
        near = partners(text, entities, m.start())
        top = [d for (c, level), d in days.items() if c in near and level == _TOP]
        last = max(top, default=None)  # (a partner not at the top level may still hope to reach it: no clue)
        if last is not None:
            return Clue(frozenset(y for y in YEARS if dates._valid(y, month, day) and date(y, month, day) < last),
                        f"'{text[m.start():m.end()]}' hoped for: before the last upgrade ({last.isoformat()})")
    return None


def partners(text: str, entities: tuple[Entity, ...], pos: int) -> list[str]:
    """The countries other than Việt Nam named in the sentence at ``pos``; else the one the text names most."""
    start, stop = sentence_start(text, pos), sentence_end(text, pos)
    near = [e.country for _, _, e in positions.mentions_in(entities, start, stop) if e.type == "COUNTRY" and e.country and e.country != HOME]
    if near:
        return list(dict.fromkeys(near))
    counts = {e.country: len(e.mentions) for e in entities if e.type == "COUNTRY" and e.country and e.country != HOME}
    return [max(counts, key=counts.get)] if counts else []
