"""An event word's type read from what follows it, where the word alone says too little.

An online session held with one counterpart ("tiến hành hội nghị trực tuyến với Thứ trưởng X") is a CALL between the
two, as "hội đàm trực tuyến" is; with a group or several people after "với", or only attended, it stays a CONFERENCE.
In a statement ("mời A thăm … và đồng chủ trì Kỳ họp X dự kiến vào cuối năm"), a session whose time is scheduled
after its word is announced; when the statement invites someone, the host and the one invited take part in it.
An event named as what preparations are for, the preparations told as a thing ("rà soát những việc liên quan chuẩn
bị cho Phiên họp X", "công tác chuẩn bị cho Hội nghị"), is their topic: no event of its own (a commitment to prepare
it well, "nhất trí chuẩn bị tốt cho kỳ họp", stays an announced one).
Attending celebrations ("dự các hoạt động chào mừng 70 năm …") is a CEREMONY, not a CONFERENCE.
A speech heard ("lắng nghe tham luận từ các khách mời, bao gồm A, B và C") is one of each speaker named after it,
not of the listeners. Vocabulary: ``data/events.toml`` [rules] online_meeting, online_with, online_group, scheduled,
inviting, heard_before, celebrations, preparations_before; [occasions] (the kind of occasion a ceremony's word names).
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
def _words(key: str) -> str:
    return alternation(tuple(lower(w) for w in datafiles.strings(_FILE, datafiles.load(_FILE, "events"), "rules", key)))


@functools.cache
def _online() -> tuple[re.Pattern[str], re.Pattern[str]]:
    meeting = re.compile(rf"(?:{_words('online_meeting')})$")
    counterpart = re.compile(rf"\s+(?:{_words('online_with')})\s+(?!(?:{_words('online_group')})\s)")
    return meeting, counterpart


def online_call(low: str, word: tuple[int, int], end: int, mentions: list[tuple[int, Entity]]) -> bool:
    """Whether the online session at ``word`` is held with one person named after "với", up to ``end`` (the end of
    its clause or the next event word): a CALL."""
    meeting, counterpart = _online()
    if not meeting.search(low, word[0], word[1]) or not (w := counterpart.match(low, word[1], end)):
        return False
    people = {e.id for pos, e in mentions if e.type == "PERSON" and w.end() <= pos < end}
    return len(people) == 1


@functools.cache
def _scheduled() -> re.Pattern[str]:
    return re.compile(rf"[^.;]*?(?<!\w)(?:{_words('scheduled')})(?!\w)")


def scheduled(low: str, start: int, end: int) -> bool:
    """Whether a time is scheduled after an event word, from ``start`` to ``end`` and before any clause break
    ("… lần thứ 18 dự kiến vào nửa cuối năm")."""
    return _scheduled().match(low, start, end) is not None


@functools.cache
def _inviting() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_words('inviting')})\s[^,;]*$")  # (a name's initial "S." inside)


def invites(low: str, start: int, pos: int) -> bool:
    """Whether the clause before ``pos`` (from ``start``) invites someone to the event ("gửi lời mời A thăm … và")."""
    return _inviting().search(low, start, pos) is not None


@functools.cache
def _heard() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_words('heard_before')})\s+(?:(?:các|những|bài|phần)\s+)?$")


def heard(low: str, start: int, pos: int) -> bool:
    """Whether the speech word at ``pos`` is heard ("lắng nghe tham luận", "nghe các phát biểu"): its speakers are the
    people named after it."""
    return _heard().search(low, max(start, pos - 30), pos) is not None


@functools.cache
def _celebrations() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_words('celebrations')})(?!\w)")


def celebrations(low: str, word_end: int) -> bool:
    """Whether an attendance word ending at ``word_end`` is followed by celebrations ("dự các hoạt động kỷ niệm")."""
    return _celebrations().match(low, word_end) is not None


@functools.cache
def _occasions() -> dict[str, str]:
    table = datafiles.load(_FILE, "events").get("occasions", {})
    return {lower(w): name for name in table for w in datafiles.strings(_FILE, table, name)}


def occasion(word: str) -> str:
    """The kind of occasion a ceremony's word names ("lễ đón" → "welcome"), or "" when it names none."""
    return _occasions().get(word, "")


@functools.cache
def _preparations() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_words('preparations_before')})\s+$")


def prepared_for(low: str, start: int, pos: int) -> bool:
    """Whether the event word at ``pos`` follows preparations told as a thing ("công tác chuẩn bị cho")."""
    return _preparations().search(low, max(start, pos - 40), pos) is not None


_NAMED_AFTER = re.compile(r"(?<!\w)mang\s+tên\s+[^.;:()]{0,80}$")  # "các trường mang tên Bác Hồ, Nguyễn Văn Trỗi"


def named_after_thing(low: str, pos: int) -> bool:
    """Whether the name at ``pos`` is one a thing is named after ("các trường mang tên …, A"), no one taking part."""
    return _NAMED_AFTER.search(low, max(0, pos - 90), pos) is not None


@functools.cache
def _held_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_words('ceremony_held')})(?!\w)")


def ceremony_held(low: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells a ceremony held ("đã diễn ra", "tổ chức", "khai mạc"), not only described."""
    return _held_words().search(low, *sentence) is not None


@functools.cache
def _chaired() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_words('chaired_between')})\s+(?:cuộc\s+|buổi\s+)?$")


def chaired(low: str, at: int) -> bool:
    """Whether who chairs or holds the meeting whose word starts at ``at`` is named before it ("A và B chủ trì cuộc hội
    đàm giữa hai đoàn", "… đã tiến hành tham vấn chính trị giữa Bộ Ngoại giao hai nước"): they are its sides."""
    return _chaired().search(low, max(0, at - 30), at) is not None
