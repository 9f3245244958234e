"""The values a question to the store may take, checked before it is asked: dates, event types, countries, pairs,
statuses, names. Each check returns the value in the form the store takes, or raises a QueryError whose message
names the parameter as the caller spells it (``--since`` on the command line, ``since`` in the API) and says what
is allowed. A typo is an error, never an empty answer.
"""
from __future__ import annotations

import functools
import re
from datetime import date

from bangiao import datafiles
from bangiao.errors import QueryError
from bangiao.extract.kb import knowledge_base
from bangiao.store.queries import EventFilter

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
STATUSES = ("signed", "referenced", "drafting")
MAX_NAME = 200  # characters of a name asked for (an actor)


@functools.cache
def event_types() -> tuple[str, ...]:
    """The event types of data/events.toml, in its order."""
    return tuple(entry["name"] for entry in datafiles.load("events.toml", "events").get("type", []))


def day(name: str, value: str | None) -> str | None:
    """A date bound: YYYY, YYYY-MM or YYYY-MM-DD, a real date ("2024-02-30" is not one)."""
    if value is None:
        return None
    m = _DATE.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError
        year, month, dom = m.groups()
        date(int(year), int(month or 1), int(dom or 1))
    except ValueError:
        raise QueryError(f"{name} {value!r}: give a real date as YYYY, YYYY-MM or YYYY-MM-DD (2024, 2024-02, "
                         "2024-02-29)") from None
    return value.strip()


def event_type(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if value.strip().upper() not in event_types():
        raise QueryError(f"{name} {value!r}: give one of the event types {', '.join(event_types())}")
    return value.strip().upper()


def country_code(name: str, value: str | None) -> str | None:
    """An ISO 3166 code the knowledge base knows ("la" → "LA")."""
    if value is None:
        return None
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code) or knowledge_base().country(code) is None:
        raise QueryError(f"{name} {value!r}: give a country's two-letter ISO code that bangiao knows, such as VN, "
                         "LA, KH, CN, US")
    return code


def country_pair(name: str, value: str | None) -> tuple[str, str] | None:
    """Two known country codes: "VN-LA" → ("VN", "LA")."""
    if value is None:
        return None
    parts = value.strip().replace("–", "-").split("-")
    try:
        if len(parts) != 2:
            raise QueryError(value)
        a, b = (country_code(name, p) for p in parts)
    except QueryError:
        raise QueryError(f"{name} {value!r}: give two two-letter ISO codes of countries bangiao knows, joined by a "
                         "dash, such as VN-LA") from None
    return a, b  # type: ignore[return-value]


def agreement_status(name: str, value: str | None) -> str | None:
    """An agreement's status."""
    if value is None:
        return None
    if value.strip().lower() not in STATUSES:
        raise QueryError(f"{name} {value!r}: give one of {', '.join(STATUSES)}")
    return value.strip().lower()


def person_name(name: str, value: str | None) -> str | None:
    """A name to look for: words, at most ``MAX_NAME`` characters."""
    if value is None:
        return None
    if not value.strip() or len(value) > MAX_NAME:
        raise QueryError(f"{name}: give a person's name (1 to {MAX_NAME} characters), any spelling")
    return value.strip()


def event_filter(prefix: str = "", *, actor: str | None = None, country: str | None = None, pair: str | None = None,
                 type: str | None = None, since: str | None = None, until: str | None = None) -> EventFilter:
    """The events asked for, every value checked; ``prefix`` is how the caller spells a parameter ("--" on the
    command line, "" in the API)."""
    f = EventFilter(person_name(f"{prefix}actor", actor), country_code(f"{prefix}country", country),
                    country_pair(f"{prefix}pair", pair), event_type(f"{prefix}type", type),
                    day(f"{prefix}since", since), day(f"{prefix}until", until))
    if f.since and f.until and f.since[:len(f.until)] > f.until:
        raise QueryError(f"{prefix}since {f.since} is after {prefix}until {f.until}: nothing can be in between")
    return f


def one_of(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """A code out of a fixed list (a project's stage or kind, a commitment's kind or topic), any case."""
    if value is None:
        return None
    if value.strip().lower() not in allowed:
        raise QueryError(f"{name} {value!r}: give one of {', '.join(allowed)}")
    return value.strip().lower()


def period(prefix: str, since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` as dates, the first not after the second."""
    first, last = day(f"{prefix}since", since), day(f"{prefix}until", until)
    if first and last and first[:len(last)] > last:
        raise QueryError(f"{prefix}since {first} is after {prefix}until {last}: nothing can be in between")
    return first, last
