"""Where the name of a project the knowledge base does not hold ends, and the id it gets.

A head ("tuyến đường sắt", "chương trình") opens the name; what follows it is one of:

- a proper name: capitalised words (``bodies.name_end``) with the place words inside them ("Bệnh viện huyện Văng
  Viêng", "… tỉnh Hủa Phăn"), a number ("Vĩnh Tân 4"), a place in brackets between two names of a pair ("cặp cửa
  khẩu Tân Nam (tỉnh Tây Ninh) – Meun Chey (tỉnh Prey Veng)");
- a quoted name, right after the head or a few lower-case words after a programme's ("chương trình ủng hộ toàn
  quốc “…”");
- a description of the places it joins ("tuyến đường sắt nối Viêng Chăn với cảng Vũng Áng", "đoạn cao tốc dài 80
  km từ tỉnh Hủa Phăn đến cửa khẩu Nậm Xôi") or of whom it is for ("tòa nhà hành chính của Quốc hội Campuchia");
- for a programme written with a capital inside a sentence, its lower-case words to the clause's end ("theo
  Chương trình đầu tư công của Phần Lan;").

The id is a slug of the head the knowledge base writes ids with (``[ids]`` of projects.toml: "tuyến đường sắt" and
"đường sắt" give "đường sắt") and the name's tail, so one project gets one id across documents; a description gives
the tail "X – Y" of the places it joins, and a name whose head and tail the knowledge base knows is its project.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bangiao.extract.bodies import name_end
from bangiao.extract.found import CAP, slug
from bangiao.extract.gazetteer import lower
from bangiao.extract.project_data import KBProject, Words, kb_forms, kb_projects

_QUOTED = re.compile(r' ["“](?=[A-ZĐÀ-Ỹ0-9])([^"“”\n]{2,80})["”]')  # a name in quotes opens with a capital or a number
_QUOTED_AFTER = re.compile(r'(?: [a-zđà-ỹ]+){1,4}(?= ["“][A-ZĐÀ-Ỹ0-9])')  # a programme's words before its quoted name
_NUMBER_AFTER = re.compile(r" (?:\d+[A-Z]?|[IVX]{1,4})(?![\w%]|[.,]\d)")
_NUMBER_FIRST = re.compile(r"\d{1,3}[A-Z]?(?![\w%]|[.,]\d)")
_BRACKET = re.compile(r" \([^()\n]{1,40}\)(?= [–-] )")  # "Tân Nam (tỉnh Tây Ninh) – Meun Chey"
_PAIR = re.compile(r" [–-] (?=[A-ZĐÀ-Ỹ])")
_BRACKETS = re.compile(r" \([^()\n]*\)")
_JOINS = re.compile(r" (?:khác )?(?:dài (?:khoảng |gần |hơn )?[\d.,]+ ?km,? )?(nối liền|kết nối|nối|từ) ")
_FOR = re.compile(r"(?: [a-zđà-ỹ]+){1,3} của ")  # "tòa nhà [hành chính] của Quốc hội Campuchia"
_LOWER_WORD = re.compile(r"[a-zđà-ỹ]+ ")
_CAPITALISED = re.compile(rf"{CAP.pattern}[\w'-]*(?: (?:[–-] )?{CAP.pattern}[\w'-]*){{0,7}}")  # "Nậm Xôi – Na Mèo"
_CLAUSE = re.compile(r"[,;:.()\n]| và ")
_PROGRAMME_WORDS = 10


@dataclass(frozen=True, slots=True)
class Name:
    """A name read after a head: [head start, stop), written ``name``; ``tail`` names it without its head (the
    id's tail: "Viêng Chăn – Vũng Áng" for a description of the two places)."""

    stop: int
    name: str
    tail: str
    described: bool = False  # a description: a project only with a cue ("Đoàn đi trên tuyến đường từ X đến Y")


def read_name(text: str, low: str, start: int, end: int, kind: str, words: Words) -> Name | None:
    """The name after the head [start, end) of ``kind``, or None; a description only after a single head ("các
    tuyến đường sắt kết nối Quảng Tây với Việt Nam" are many)."""
    head = text[start:end]
    if quoted := _QUOTED.match(text, end):
        return Name(quoted.end(), text[start:quoted.end()], quoted.group(1))
    if kind == "programme" and (lead := _QUOTED_AFTER.match(text, end)) and (quoted := _QUOTED.match(text, lead.end())):
        return Name(quoted.end(), text[start:quoted.end()], quoted.group(1))
    if lower(head) in words.quoted_only:
        return None
    stop = end if lower(head) in words.described_only else name_stop(text, end, words)
    if stop > end:
        return Name(stop, text[start:stop], _BRACKETS.sub("", text[end + 1:stop]))
    if kind == "programme" and head[0].isupper() and text[start - 2:start] not in (". ", "") and start > 0:
        return _capitalised_programme(text, start, end)
    return None if words.many.search(low, max(0, start - 12), start) else _described(text, start, end, words)


def name_stop(text: str, end: int, words: Words) -> int:
    """Where the proper name after a head ending at ``end`` ends (``end`` when there is none)."""
    if text[end:end + 1] != " ":
        return end
    if number := _NUMBER_FIRST.match(text, end + 1):  # "Quốc lộ 13 Nam", "Đường 9"
        return name_end(text, number.end() + 1) if CAP.match(text, number.end() + 1) else number.end()
    opening = next((w for w in words.inner if text.startswith(f"{w} ", end + 1)), "")
    if not CAP.match(text, end + 1 + (len(opening) + 1 if opening else 0)):
        return end
    stop = name_end(text, end + 1 + (len(opening) + 1 if opening else 0))
    while stop > end + 1:
        further = _further(text, stop, words)
        if further <= stop:
            break
        stop = further
    if stop > end + 1 and (number := _NUMBER_AFTER.match(text, stop)):
        stop = number.end()
    return stop if stop > end + 1 else end


def _further(text: str, stop: int, words: Words) -> int:
    """Where a name ending at ``stop`` ends when a place word ("… tỉnh Hủa Phăn"), a place in brackets before the
    other name of a pair ("Tân Nam (tỉnh Tây Ninh) – Meun Chey") or another place after a dash continues it; ``stop``
    when nothing does."""
    if bracket := _BRACKET.match(text, stop):
        pair = _PAIR.match(text, bracket.end())
        return max(stop, name_end(text, pair.end())) if pair else stop
    if pair := _PAIR.match(text, stop):  # a third place of a corridor: "Quảng Trị - Salavan - Ubon Ratchathani"
        return max(stop, name_end(text, pair.end()))
    inner = next((w for w in words.inner if text.startswith(f" {w} ", stop) and CAP.match(text, stop + len(w) + 2)), None)
    return name_end(text, stop + len(inner) + 2) if inner else stop


def _capitalised_programme(text: str, start: int, end: int) -> Name | None:
    """"Chương trình đầu tư công của Phần Lan": a programme's head written with a capital inside a sentence names
    one; its name runs to the clause's end (at most ``_PROGRAMME_WORDS`` words)."""
    clause = _CLAUSE.search(text, end, end + 120)
    stop = clause.start() if clause else end
    if stop <= end + 1 or text[end + 1:stop].count(" ") >= _PROGRAMME_WORDS:
        return None
    return Name(stop, text[start:stop], text[end + 1:stop])


def _described(text: str, start: int, end: int, words: Words) -> Name | None:
    """A project described by the places it joins ("nối X với Y", "từ X đến Y"), the length between ("dài 80 km")
    left out of its name, or by whom it is for ("tòa nhà hành chính của Quốc hội Campuchia")."""
    if of := _FOR.match(text, end):
        stop = name_stop(text, of.end() - 1, words)
        return Name(stop, text[start:stop], text[end + 1:stop], True) if stop > of.end() else None
    joins = _JOINS.match(text, end)
    if not joins:
        return None
    first = _place(text, joins.end(), words)
    if first is None:
        return None
    between = (" với ",) if joins.group(1) != "từ" else (" đến ", " tới ")
    link = next((b for b in between if text.startswith(b, first[1])), None)
    second = _place(text, first[1] + len(link), words) if link else None
    if second is None:
        return None
    stop = second[1]
    name = f"{text[start:end]} {text[joins.start(1):stop]}"
    return Name(stop, name, f"{text[first[0]:first[1]]} – {text[second[0]:second[1]]}", True)


def _place(text: str, pos: int, words: Words) -> tuple[int, int] | None:
    """A place named at ``pos``, after at most four lower-case words of its kind ("cảng Vũng Áng", "cửa khẩu quốc
    tế Nậm Xôi", "tỉnh Luang Prabang"): the [start, end) of its capitalised words, or None."""
    for _ in range(5):
        inner = next((w for w in words.inner if lower(text[pos:pos + len(w) + 1]) == f"{w} "), None)
        if inner and CAP.match(text, pos + len(inner) + 1):  # "Thủ đô Viêng Chăn"
            pos += len(inner) + 1
        if name := _CAPITALISED.match(text, pos):
            return pos, name.end()
        word = _LOWER_WORD.match(text, pos)
        if word is None:
            return None
        pos = word.end()
    return None


def known(head: str, tail: str, words: Words) -> KBProject | None:
    """The knowledge base's project of a head and a name's tail ("bến cảng" + "Vũng Áng", "tuyến đường sắt" +
    "Viêng Chăn – Vũng Áng"), written either way round for a pair."""
    forms, low = kb_forms(), lower(head)
    tails = {lower(tail)} | ({" – ".join(reversed(lower(tail).split(" – ")))} if " – " in tail else set())
    for h in dict.fromkeys((low, words.id_heads.get(low, low))):
        for t in tails:
            if pid := forms.get(f"{h} {t}".strip()):
                return kb_projects()[pid]
    return None


def project_id(head: str, tail: str, words: Words) -> str:
    """The id of a project the knowledge base does not hold: its head as the knowledge base writes ids, its tail."""
    low = lower(head)
    return f"project:{slug(words.id_heads.get(low, low) + ' ' + tail)}"
