"""A person's name in Vietnamese syllables followed by the name in Latin letters in brackets ("Xéc-gây La-vờ-rốp
(Sergey Lavrov)", "Hoan An-tô-ni-ô Da-nhét Ba-nu-ê-vô (Juan Antonio Yaíez Barnuevo)"): one person, not two. The one
the knowledge base knows is kept; else the name in Latin letters.
"""
from __future__ import annotations

import re

from bangiao.extract.found import Reader
from bangiao.extract.people import merge_into

_BRACKETS = re.compile(r" \(([^()\n]{3,60})\)")
# A name in Latin letters (Latin-1's accented ones too: "Yaíez", "Gonçalves"), two to five words, filling the brackets.
_LATIN = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'-]+){1,4}")


def bracketed_spellings(reader: Reader) -> None:
    """For each person spelt by syllables ("Víc-to Khờ-ri-xten-cô") right before brackets: the person found inside
    them is the same (the one the knowledge base knows kept); a Latin name no one found there is a mention of it and,
    the knowledge base not knowing it, the name it goes by."""
    for eid, f in list(reader.found.items()):
        if eid not in reader.found or f.type != "PERSON" or "-" not in f.name:
            continue
        for _, end in list(f.spans):
            if (m := _BRACKETS.match(reader.text, end)) is not None:
                _one_person(reader, eid, m.start(1), m.end(1))
                break


def _one_person(reader: Reader, eid: str, start: int, end: int) -> None:
    inside = next((other for other, g in reader.found.items() if other != eid and g.type == "PERSON"
                   and any(start <= s < end for s, _ in g.spans)), None)
    if inside is not None:
        keep, gone = (eid, inside) if eid in reader.kb.entities and inside not in reader.kb.entities else (inside, eid)
        merge_into(reader, gone, keep)
    elif _LATIN.fullmatch(reader.text, start, end) and eid not in reader.kb.entities \
            and not any(s < end and start < e for g in reader.found.values() for s, e in g.spans):
        reader.add(eid, start, end)
        reader.found[eid].name = reader.text[start:end]
