"""What each page of the web UI shows, as plain data: the HTML pages render it, the API returns it as JSON.

Every view takes the store and the page's parameters and returns a dict (or None when the thing does not exist),
so a page and its JSON twin can never disagree.
"""
from __future__ import annotations

import re

from bangiao.extract.kb import knowledge_base
from bangiao.serve import finding
from bangiao.serve.filters import Filters, parse_pair  # noqa: F401  (parse_pair: the API's too)
from bangiao.store.store import EventFilter, Store

HOME = "VN"  # the country whose relations the store is about
PER_PAGE = 50
NETWORK_EVENTS = 2000  # the network is drawn from the newest events of the filter, at most this many


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
    if found is None:
        return None
    leads = store.leads([s["doc_id"] for s in found["sources"] if not s["title"] or BREADCRUMB.search(s["title"])])
    for source in found["sources"]:
        source["heading"] = heading(source["title"], leads.get(source["doc_id"], ""))
    return found | {"names": _named(store, [found])}


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
    counts = store.pair_leaders(pair)
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
    figures = store.pair_figures(pair)
    timeline = store.timeline(pair)  # its months add up to the pair's events: no count of the events themselves
    return {"pair": list(pair), "countries": {c: country_name(c) for c in pair},
            "timeline": timeline, "leaders": _leaders(store, pair),
            "agreements": store.pair_agreements(pair), "figures": figures, "trade": _trade(figures),
            "events": latest, "event_count": sum(row["total"] for row in timeline), "names": _named(store, latest)}


BREADCRUMB = re.compile(r"\S\s*[»›>|]\s*\S")  # "Kinh tế » Thị trường": a site's path, not a heading


def first_line(text: str, most: int = 120) -> str:
    """What to call an article without a title: its first line (a breadcrumb skipped), cut at a word."""
    line = next((x.strip() for x in text.splitlines() if x.strip() and not BREADCRUMB.search(x)), "")
    return line if len(line) <= most else line[:most].rsplit(" ", 1)[0] + "…"


def heading(title: str | None, text: str) -> str:
    """An article's title, or its first line when it has none (or the title is a breadcrumb)."""
    return title if title and not BREADCRUMB.search(title) else first_line(text)


def document(store: Store, doc_id: str) -> dict | None:
    """The stored record of an article (the spec's shape) with the inputs it was read from, the fused event each of
    its events belongs to (``reported_as``) and what to call it (``heading``: its title or first line)."""
    record = store.get(doc_id)
    if record is None:
        return None
    return record | {"reported_as": store.reported_as(record["id"]),
                     "heading": heading(record.get("title"), record["text"])}


def home(store: Store) -> dict:
    """What the store holds and every partner of Việt Nam, most events first, with its events a year."""
    partners = store.partners(HOME)
    years = sorted({int(y) for p in partners for y in p["years"]})
    return {"overview": store.overview(), "country": HOME, "partners": partners,
            "years": [years[0], years[-1]] if years else []}


def event_list(store: Store, filters: Filters, per_page: int = PER_PAGE) -> dict:
    """One page of the filtered events in the chosen order, with the total and the names of who took part."""
    chosen = filters.event_filter()
    total = store.count_events(chosen)
    pages = max(1, -(-total // per_page))
    page = min(filters.page, pages)
    events = store.event_page(chosen, filters.sort, per_page, (page - 1) * per_page)
    return {"events": events, "total": total, "page": page, "pages": pages, "per_page": per_page,
            "first": (page - 1) * per_page + 1 if events else 0, "last": (page - 1) * per_page + len(events),
            "names": _named(store, events)}


def network(store: Store, chosen: EventFilter, most: int = NETWORK_EVENTS) -> dict:
    """Who met whom among the newest ``most`` filtered events: (a, b, events together), with names and countries."""
    edges, read = store.together(chosen, most)
    ids = {x for a, b, _ in edges for x in (a, b)}
    countries = store.person_countries()
    return {"edges": [{"a": a, "b": b, "events": n} for a, b, n in edges], "events_read": read, "most": most,
            "names": names(store, ids), "countries": {i: countries.get(i) for i in ids if i.startswith("person:")}}


def find(store: Store, query: str, page: int = 1, per_page: int = 20) -> dict:
    """The search page: the entities the query names, then a page of articles (exact diacritics, words together
    first, names split or joined: ``serve/finding.py``), the count and the number of pages."""
    found = finding.find(store, query, page, per_page)
    leads = store.leads([h.doc_id for h in found.hits if not h.title or BREADCRUMB.search(h.title)])
    hits = [{"doc_id": h.doc_id, "title": h.title, "heading": heading(h.title, leads.get(h.doc_id, "")),
             "published": h.published, "source": h.source, "snippet": h.snippet.text,
             "marks": [list(m) for m in h.snippet.marks]} for h in found.hits]
    return {"hits": hits, "total": found.total, "capped": found.capped, "entities": found.entities,
            "page": found.page, "pages": found.pages, "per_page": per_page}


def search(store: Store, query: str, limit: int = 20) -> list[dict]:
    """Articles matching every word, best first; ``marks`` index ``snippet``."""
    hits = store.search(query, limit)
    leads = store.leads([h.doc_id for h in hits if not h.title or BREADCRUMB.search(h.title)])
    return [{"doc_id": h.doc_id, "title": h.title, "heading": heading(h.title, leads.get(h.doc_id, "")),
             "published": h.published, "source": h.source, "score": round(h.score, 3), "snippet": h.snippet.text,
             "marks": [list(m) for m in h.snippet.marks]} for h in hits]
