"""What each page of the web UI shows, as plain data: the HTML pages render it, the API returns it as JSON.

Every view takes the store and the page's parameters and returns a dict (or None when the thing does not exist),
so a page and its JSON twin can never disagree.
"""
from __future__ import annotations

from bangiao.extract.kb import knowledge_base
from bangiao.store.store import EventFilter, Store


def parse_pair(value: str) -> tuple[str, str]:
    """"VN-LA" → ("VN", "LA"); raises ValueError with the expected shape otherwise."""
    parts = [p.strip() for p in value.upper().replace("–", "-").split("-")]
    if len(parts) != 2 or not all(len(p) == 2 and p.isalpha() for p in parts):
        raise ValueError(f"pair {value!r}: expected two ISO country codes such as VN-LA")
    return parts[0], parts[1]


def names(store: Store, ids: set[str]) -> dict[str, str]:
    """Display names for entity ids: the knowledge base's first, then the store's."""
    kb = knowledge_base()
    found = {i: kb.entities[i].name for i in ids if i in kb.entities}
    found |= store.entity_names(ids - found.keys())
    return found | {i: i.split(":", 1)[-1] for i in ids - found.keys()}


def _named(store: Store, events: list[dict]) -> dict[str, str]:
    ids = {p for e in events for p in e["participants"]} | {e["location"] for e in events if e["location"]}
    return names(store, ids)


def country_name(code: str) -> str:
    entity = knowledge_base().country(code)
    return entity.name if entity else code


def event(store: Store, fused_id: str) -> dict | None:
    """One fused event with every article that reports it and the sentence each one gives as evidence."""
    found = store.event(fused_id, 500)  # source_count tells how many there are in all
    return None if found is None else found | {"names": _named(store, [found])}


def _offices(person: str) -> list[dict]:
    kb = knowledge_base()
    terms = sorted(kb.terms_by_person.get(person, []), key=lambda t: t.start)
    return [{"office": t.office, "title": t.title or kb.offices[t.office].titles[0], "start": t.start, "end": t.end,
             "acting": t.acting} for t in terms]


def actor(store: Store, person: str, recent: int = 200) -> dict | None:
    """A person: offices held (knowledge base), latest events, and the people met, most often first."""
    row = store.entity(person)
    kb_entry = knowledge_base().entities.get(person)
    if row is None and kb_entry is None:
        return None
    chosen = EventFilter(participant=person)
    events = store.events(chosen, limit=recent, newest_first=True, most_sources=10)
    met = [(p, n) for p, n in store.participants(chosen) if p != person]
    named = _named(store, events) | names(store, {person} | {p for p, _ in met})
    return {"id": person, "name": named[person], "country": row["country"] if row else kb_entry.country,
            "offices": _offices(person), "events": events, "event_count": store.count_events(chosen),
            "names": named, "counterparts": [{"id": p, "name": named[p], "events": n} for p, n in met]}


def _leaders(store: Store, pair: tuple[str, str]) -> list[dict]:
    counts = store.participants(EventFilter(pair=pair))
    named = names(store, {p for p, _ in counts})
    countries = store.person_countries()
    return [{"id": p, "name": named[p], "country": countries.get(p), "events": n} for p, n in counts]


def _trade(figures: list[dict]) -> list[dict]:
    """Trade turnover results and targets, by period, for the chart of figures against targets."""
    rows = [f for f in figures if f["kind"] == "trade_turnover" and f["unit"] == "USD"]
    return sorted(rows, key=lambda f: ((f["period"] or "")[:4], f["is_target"]))


def dashboard(store: Store, pair: tuple[str, str], recent: int = 20) -> dict:
    """The view of one relationship: events by month and type, leaders, agreements, figures against targets."""
    chosen = EventFilter(pair=pair)
    latest = store.events(chosen, limit=recent, newest_first=True, most_sources=10)
    figures = store.figures(pair)
    return {"pair": list(pair), "countries": {c: country_name(c) for c in pair},
            "timeline": store.timeline(pair), "leaders": _leaders(store, pair),
            "agreements": store.agreements(pair), "figures": figures, "trade": _trade(figures),
            "events": latest, "event_count": store.count_events(chosen), "names": _named(store, latest)}


def document(store: Store, doc_id: str) -> dict | None:
    """The stored record of an article (the spec's shape) with the inputs it was read from."""
    return store.get(doc_id)


def search(store: Store, query: str, limit: int = 20) -> list[dict]:
    """Articles matching every word, best first; ``marks`` index ``snippet``."""
    return [{"doc_id": h.doc_id, "title": h.title, "published": h.published, "source": h.source,
             "score": round(h.score, 3), "snippet": h.snippet.text, "marks": [list(m) for m in h.snippet.marks]}
            for h in store.search(query, limit)]
