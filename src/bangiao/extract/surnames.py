"""The shapes of names' words (a Vietnamese syllable, a romanized word, a name of one word, a run all in capitals)
and the knowledge base's people by the words of their names (for extract/people.py): each person's name as words, and
the first and last words of foreign people's names that name one person alone ("Tổng thống Moon"); of a name in
Sino-Vietnamese reading only the family name ("Lưu" of "Lưu Quốc Trung")."""
from __future__ import annotations

import re
from collections.abc import Callable

from bangiao.reading.normalize import fold

_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?"
                       r"(?:uye|uya|oai|oay|oeo|uay|uoi|uou|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo"
                       r"|uu|uy|ye|[aeiouy])(?:ch|ng|nh|[cmnpt])?")


def vietnamese_syllable(word: str) -> bool:
    """Could ``word`` be one Vietnamese syllable ("Kinh", "Hoàng", "quốc")? Not "Putin", "Biden", "Yoon"."""
    return bool(_SYLLABLE.fullmatch(fold(word)))


def all_capitals(written: str) -> bool:
    """A run of words all in capitals ("TỔNG BÍ THƯ TRAO TẶNG …", a headline): no one's name."""
    return all(len(w) > 1 and w.isupper() for w in written.split())


def one_word_name(written: str) -> bool:
    """A name of one word: a romanized one ("Putin", "Silvia", "Sofía"), or a foreign name written in Vietnamese
    syllables joined by hyphens, three or more ("Phút-Sim-ma-la-vông"); not one Vietnamese syllable ("Lào")."""
    return bool(re.search(r"[A-Z][a-z]{3,}", written)) or len(written) >= 4 and written.isalpha() \
        and not written.isupper() and not vietnamese_syllable(written) \
        or bool(_SYLLABLES_JOINED.fullmatch(written))  # (isupper: not an acronym, "HĐND")


_SYLLABLES_JOINED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+){2,}")


def foreign_word(word: str) -> bool:
    """A romanized word of four letters or more that is no Vietnamese syllable ("vongvichit", "Eksavang")."""
    return len(word) >= 4 and word.isascii() and word.isalpha() and not vietnamese_syllable(word)


_NAMES: dict[int, dict[str, list[str]]] = {}
_SURNAMES: dict[int, dict[str, str]] = {}


def kb_names(kb) -> dict[str, list[str]]:
    if id(kb) not in _NAMES:
        _NAMES[id(kb)] = {e.id: e.name.split() for e in kb.entities.values() if e.type == "PERSON"}
    return _NAMES[id(kb)]


_ARTICLE = re.compile(r"(?:[AaEe]l)-[A-Z]")  # an Arabic family name with its article: "El-Sisi", "Al-Sabah"


def surnames(kb) -> dict[str, str]:
    """First and last words of foreign people's names and Latin variants → the person, when only one has it; of a
    name in Sino-Vietnamese reading only the family name ("Lưu" of "Lưu Quốc Trung": "Bí thư Trung ương" names no
    one)."""
    if id(kb) not in _SURNAMES:
        owners: dict[str, set[str]] = {}
        for e in kb.entities.values():
            if e.type != "PERSON" or e.country == "VN":
                continue
            for alias in e.aliases:
                words = alias.split()
                if len(words) >= 2 and "-" not in alias:
                    for w in (words[0],) if sino_vietnamese(words) else (words[0], words[-1]):
                        owners.setdefault(w, set()).add(e.id)
                elif len(words) >= 2 and _ARTICLE.match(words[-1]):  # "Abdel Fattah El-Sisi": "El-Sisi"
                    owners.setdefault(words[-1], set()).add(e.id)
        _SURNAMES[id(kb)] = {w: ids.pop() for w, ids in owners.items() if len(ids) == 1 and len(w) > 2}
    return _SURNAMES[id(kb)]


def sino_vietnamese(words: list[str]) -> bool:
    """A name written in Vietnamese syllables with tone marks ("Lưu Quốc Trung"), not a romanization ("Moon Jae In")."""
    return all(vietnamese_syllable(w) for w in words) and any(not w.isascii() for w in words)


def surname_and_given(written: list[str], surnames: frozenset[str], institutions: frozenset[str],
                      known: Callable[[str], bool]) -> bool:
    """A surname that is also a body's word ("Đoàn") before two capitalized Vietnamese syllables that end the name and
    name nothing ``known`` ("Đoàn Xuân Hưng"; not "Đoàn Việt Nam", nor "Đoàn Thanh niên", nor "Đoàn Bộ Lễ nghi …")."""
    given = [w.rstrip(",.;:") for w in written[1:3]]
    after = "" if given[1] != written[2] or len(written) < 4 else written[3]  # (a comma ends the name)
    return written[0] in surnames and all(w[:1].isupper() and vietnamese_syllable(w) for w in given) \
        and not after[:1].isupper() and not known(" ".join(given)) and not any(w.lower() in institutions for w in given)
