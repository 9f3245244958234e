"""Search that finds what was meant, on top of the store's full-text search (the same on both backends).

The store finds candidates, insensitive to diacritics; this module then
- keeps only the articles that have the diacritics the reader typed ("Tô Lâm" does not find "tổ chức … làm"; "to lam"
  finds both);
- ranks the articles where the words stand together first (a phrase, then the smallest window holding every word),
  the store's score breaking ties;
- finds romanized names written split or joined ("thong loun" finds Thongloun, "viet nam" finds Vietnam) and, when
  the query names a person, country or organisation the knowledge base knows, that entity first, with its other
  names searched too;
- counts the results and cuts them into pages.
Candidates are the store's best ``WINDOW`` for each form of the query: the count says when there may be more.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bangiao.extract.kb import knowledge_base
from bangiao.reading.normalize import fold, normalize
from bangiao.store.store import Store

WINDOW = 200  # candidates asked of the store for each form of the query
FORMS = 4     # forms of a query searched at most (itself, joined or split, an entity's names)
_WORD = re.compile(r"\w+")


def _key(text: str) -> str:
    """A name's folded letters only: "Thong-loun", "thong loun" and "Thongloun" have the same key."""
    return "".join(_WORD.findall(fold(normalize(text))))


@functools.cache
def _names() -> dict[str, list[str]]:
    """Every knowledge-base name (person, country, organisation) by its key: {key: [entity ids]}."""
    found: dict[str, list[str]] = {}
    for entity in knowledge_base().entities.values():
        if entity.type in ("PERSON", "COUNTRY", "ORG"):
            for alias in {entity.name, *entity.aliases}:
                if len(_key(alias)) >= 4:
                    found.setdefault(_key(alias), []).append(entity.id)
    single: dict[str, list[str]] = {}  # a foreign leader by one of their names ("Thongloun"), when only one has it
    for entity in knowledge_base().entities.values():
        if entity.type == "PERSON" and entity.country != "VN":
            for word in {w for alias in {entity.name, *entity.aliases} for w in _WORD.findall(alias)}:
                if len(_key(word)) >= 5 and _key(word) not in found:
                    single.setdefault(_key(word), []).append(entity.id)
    return found | {k: ids for k, ids in single.items() if len(set(ids)) == 1}


_FIRST = {"PERSON": 0, "COUNTRY": 1, "ORG": 2}


def known(query: str) -> list[dict]:
    """The entities the query names, as a whole or by a name split or joined ("thong loun" → Thongloun Sisoulith)."""
    entities = knowledge_base().entities
    ids = sorted(dict.fromkeys(_names().get(_key(query), [])), key=lambda i: _FIRST[entities[i].type])
    if ids and entities[ids[0]].type != "ORG":
        ids = [i for i in ids if entities[i].type != "ORG"]  # "viet nam" is the country, not VietnamPlus
    return [{"id": i, "type": entities[i].type, "name": entities[i].name, "country": entities[i].country}
            for i in ids[:3]]


def _alias_forms(entity_id: str) -> list[str]:
    entity = knowledge_base().entities[entity_id]
    names = [entity.name] + sorted(set(entity.aliases) - {entity.name}, key=lambda a: (-len(a.split()), a))
    return [f'"{fold(normalize(a))}"' for a in names if len(_key(a)) >= 4][:2]


def forms(query: str, entities: list[dict]) -> list[str]:
    """The query, its words joined or split when a name is written so, and the names of the entity it names."""
    words = _WORD.findall(fold(normalize(query)))
    found = [query]
    if 2 <= len(words) <= 3:
        found.append(f'"{"".join(words)}"')  # "thong loun" → "thongloun"
    for entity in entities[:1]:
        found += _alias_forms(entity["id"])
    if len(words) == 1 and len(words[0]) >= 5 and not entities:
        word = words[0]  # "hanoi" → "ha noi", "vietnam" → "viet nam": both halves of two letters or more
        found += [f'"{word[:i]} {word[i:]}"' for i in range(2, len(word) - 1)]
    return list(dict.fromkeys(found))[:FORMS]


def _accented(query: str) -> list[re.Pattern]:
    """Each word typed with its diacritics, as a pattern that finds it whole, in any case, in a lower-cased text."""
    words = _WORD.findall(normalize(query).lower())
    return [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in words if fold(w) != w]


def _closeness(words: list[str], folded: str) -> tuple[int, int]:
    """(0 for the words as a phrase, 1 otherwise; the smallest span of words holding them all): smaller is closer."""
    if len(words) < 2:
        return 0, 0
    if re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", folded):
        return 0, len(words)
    tokens = _WORD.findall(folded)
    wanted, last, best = set(words), {}, len(tokens) + 1
    for i, token in enumerate(tokens):
        if token in wanted:
            last[token] = i
            if len(last) == len(wanted):
                best = min(best, i - min(last.values()) + 1)
    return 1, best


@dataclass
class Found:
    hits: list[dict]
    total: int
    capped: bool  # the store had more candidates than were looked at: there may be more results
    entities: list[dict]
    page: int
    pages: int


def find(store: Store, query: str, page: int = 1, per_page: int = 20) -> Found:
    """A page of the articles the query means, best first, with the entities it names."""
    entities = known(query)
    candidates: dict[str, tuple] = {}
    capped = False
    for n, form in enumerate(forms(query, entities)):
        hits = store.search(form, WINDOW)
        capped |= len(hits) == WINDOW
        for hit in hits:
            candidates.setdefault(hit.doc_id, (n, form, hit))
    texts = store.texts(list(candidates))
    accents = _accented(query)
    kept = []
    for doc_id, (n, form, hit) in candidates.items():
        title, text = texts.get(doc_id, ("", ""))
        whole = f"{title or ''}\n{text}"
        if all(p.search(whole.lower()) for p in accents):
            words = _WORD.findall(fold(normalize(form.strip('"'))))
            kept.append((n > 0 and not entities, _closeness(words, fold(whole)), -hit.score, doc_id, hit))
    kept.sort(key=lambda k: k[:4])
    pages = max(1, -(-len(kept) // per_page))
    page = min(max(page, 1), pages)
    chosen = [k[4] for k in kept[(page - 1) * per_page:page * per_page]]
    return Found(chosen, len(kept), capped, entities, page, pages)
