"""Sentences and the temporal vocabulary shared by the document's date (``dating``), the governing date
(``governing``) and the year hints (``meetings``, ``yearhints``): where a sentence starts, whether it announces,
and the words of ``data/dates.toml``."""
from __future__ import annotations

import bisect
import functools
import re

from bangiao import datafiles
from bangiao.extract.gazetteer import lower

_FILE = "dates.toml"


@functools.cache
def words(section: str, key: str) -> tuple[str, ...]:
    return tuple(datafiles.strings(_FILE, datafiles.load(_FILE, "dates"), section, key))


def alternation(phrases: tuple[str, ...]) -> str:
    """One regex alternative per phrase, longest first, any run of spaces between words."""
    return "|".join(alternatives(phrases))


def word_alternation(section: str, key: str) -> str:
    """``alternation`` of a word list of data/dates.toml, lower-cased as the texts are read."""
    return alternation(tuple(lower(w) for w in words(section, key)))


@functools.cache
def words_pattern(section: str, key: str) -> re.Pattern[str]:
    r"""The words of ``data/dates.toml`` [section] ``key`` as whole words: ``(?<!\w)(?:…)(?!\w)``."""
    return re.compile(rf"(?<!\w)(?:{word_alternation(section, key)})(?!\w)")


def alternatives(phrases: tuple[str, ...]) -> list[str]:
    """``alternation``'s alternatives, as a list (for ``word_patterns.whole_words``)."""
    return [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True)]


@functools.cache
def announced() -> re.Pattern[str]:
    """Words that make a sentence announce rather than report (data/dates.toml [document] announced)."""
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'announced')})(?!\w)")


def announced_in(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` announces rather than reports ("sáng 14/10 … sẽ rời Hà Nội")."""
    return _announced_sentence(text, sentence_start(text, pos))


@functools.lru_cache(maxsize=512)  # each sentence of an article is asked about for every day and event after it
def _announced_sentence(text: str, start: int) -> bool:
    return bool(announced().search(lower(text[start:sentence_end(text, start)])))


SENTENCE_END = re.compile(r"[.!?…]\s|\n")


_SENTENCE_MARK = re.compile(r"[.!?…] |\n")
# A run of text longer than this without a sentence end (a text without punctuation) is cut at a space into pieces
# that count as sentences, so that the work on one sentence stays bounded; the longest sentence of the dev set, the
# seeds and the samples has 607 characters.
MAX_SENTENCE = 1200


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) as one sentence, or cut at the last space before every ``MAX_SENTENCE`` characters."""
    found = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE) + 1 or start + MAX_SENTENCE
        found.append((start, cut))
        start = cut
    return found + [(start, end)]


@functools.lru_cache(maxsize=4)  # one article at a time: its sentences are looked up for every expression and event
def sentence_starts(text: str) -> tuple[int, ...]:
    marks = [0, *(m.end() for m in _SENTENCE_MARK.finditer(text)), len(text)]
    return tuple(s for a, b in zip(marks, marks[1:]) for s, _ in pieces(text, a, b))


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence at ``pos`` ends: at its mark (". ", a line break, …), or where a run too long is cut."""
    starts = sentence_starts(text)
    k = bisect.bisect_right(starts, pos)
    stop = starts[k] if k < len(starts) else len(text)
    end = SENTENCE_END.search(text, pos, stop)
    return end.start() if end else stop


def sentence_start(text: str, pos: int) -> int:
    """Just after the last sentence end before ``pos`` (". ", "! ", "? ", "… " or a line break)."""
    starts = sentence_starts(text)
    return starts[bisect.bisect_right(starts, pos) - 1]


@functools.cache
def before_words() -> re.Pattern[str]:
    return re.compile(rf"(?:{word_alternation('governing', 'before')})\b")


@functools.cache
def earlier_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('document', 'earlier')})(?!\w)")


def earlier_sentence(text: str, low: str, pos: int) -> bool:
    """Whether the sentence at ``pos``, up to it, tells of earlier times ("từng", "Trước đó", "Gần đây nhất")."""
    return earlier_words().search(low, sentence_start(text, pos), pos) is not None


@functools.cache
def _founding() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('governing', 'founding')})(?!\w)")


def founding_day(low: str, at: int) -> bool:
    """Whether the day at ``at`` (in the lower-cased ``low``) is the day relations were established or a body began
    ("thiết lập quan hệ ngoại giao ngày 8/2/1993"): history, never the article's nor an event's day; not a day without
    its year after a comma that closes the founding's clause ("…, ngày 12-3, A và B gặp nhau")."""
    near = max(0, at - 60)  # (a mark further back than 60 characters is not the clause's: never searched for)
    clause = max(low.rfind(";", near, at), low.rfind(". ", near, at), low.rfind("\n", near, at), at - 60)
    last = list(_founding().finditer(low, max(0, clause), at))[-1:]
    return bool(last) and not ("," in low[last[0].end():at] and not _YEAR_AFTER.match(low, at))  # "… thiết lập quan
    # hệ ngoại giao, ngày 12-3, A …": a new clause's day, without a year


@functools.cache
def _part_of_day() -> re.Pattern[str]:
    return re.compile(rf"(?:{word_alternation('words', 'part_of_day')})(?!\w)")


_YEAR_AFTER = re.compile(r"[^,;.()]{0,14}?(?<!\d)(?:19|20)\d{2}(?!\d)")


def founding_at(text: str, pos: int) -> bool:
    """``founding_day`` for the day starting at ``pos`` of ``text``; never a day told with its part of the day
    ("Nhân kỷ niệm … năm Ngày ký Hiệp ước …, chiều 18/7, …": the day of the news, after the anniversary's name)."""
    if _part_of_day().match(lower(text[pos:pos + 16])):
        return False
    start = max(0, pos - 80)
    return founding_day(lower(text[start:pos + 16]), pos - start)


@functools.cache
def _took_office() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('governing', 'took_office')})(?!\w)")


def took_office_at(low: str, at: int) -> bool:
    """Whether the day at ``at`` (in the lower-cased ``low``) is when someone took office, in its clause ("nhậm chức
    ngày 30/6", "kể từ khi được bầu làm Chủ tịch nước ngày 23/10/2018"): never the article's nor an event's day."""
    clause = max(low.rfind(",", 0, at), low.rfind(";", 0, at), at - 60)
    return _took_office().search(low, max(0, clause), at) is not None


_LABEL_AND_CLOCK = re.compile(r"[^\d\n]{0,80}?(?:\d{1,2}:\d{2}(?::\d{2})?[\s,|-]*)?")  # "Thứ Sáu, ngày ", "PV - 14:30, "
_CLOCK_AFTER = re.compile(r"[\s,|-]*(?:(?:lúc\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|\(?GMT\s*\+\s*7\)?))?)?[\s,|-]*")


def clock_line(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) stands on a line of its own with a time of day ("Thứ Sáu, ngày 23 tháng 08 năm
    2019, 09:25:27", "PV - 14:30, 08/08/2023"): a page's clock or byline, the day of no event."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end:len(text) if line_end < 0 else line_end]
    return bool(_LABEL_AND_CLOCK.fullmatch(before) and _CLOCK_AFTER.fullmatch(after)
                and re.search(r"\d{1,2}:\d{2}", before + after))


@functools.cache
def _home_time() -> re.Pattern[str]:
    return re.compile(rf"\s*,?\s*(?:{word_alternation('governing', 'home_time')})(?!\w)")


def home_time_after(low: str, end: int) -> bool:
    """Whether the day ending at ``end`` is told in Việt Nam's time ("(rạng sáng 24/4 theo giờ Việt Nam)"): beside the
    local day of the same sentence, not the event's."""
    return _home_time().match(low, end) is not None
