"""The filters of an event list as they travel in a page's URL: read and checked from the query string, and written
back into links (paging, sorting, exports, charts) so any view can be bookmarked and shared.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from urllib.parse import urlencode

from bangiao.serve.language import colours
from bangiao.store.store import EventFilter

SORTS = ("-date", "date", "sources")
STATUSES = ("happened", "planned")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"[A-Za-z]{2}$")
_PLACE = re.compile(r"place:[a-z0-9]+(?:-[a-z0-9]+)*$")


def parse_pair(value: str) -> tuple[str, str]:
    """"VN-LA" → ("VN", "LA"); raises ValueError with the expected shape otherwise."""
    parts = [p.strip() for p in value.upper().replace("–", "-").split("-")]
    if len(parts) != 2 or not all(len(p) == 2 and p.isalpha() for p in parts):
        raise ValueError(f"pair {value!r}: expected two ISO country codes such as VN-LA")
    return parts[0], parts[1]


@dataclass(frozen=True, slots=True)
class Filters:
    """What an event list shows: every field optional; ``sort`` and ``page`` order and cut it."""

    since: str = ""
    until: str = ""
    type: str = ""
    actor: str = ""
    participant: str = ""
    country: str = ""
    pair: str = ""
    location: str = ""
    status: str = ""
    min_sources: int = 0
    undated: bool = False
    sort: str = "-date"
    page: int = 1

    @classmethod
    def read(cls, params: Mapping[str, str]) -> "Filters":
        """The filters of a query string; raises ValueError saying which value is wrong and what is expected."""
        given = {f.name: (params.get(f.name) or "").strip() for f in fields(cls)}
        for key in ("since", "until"):
            if given[key] and not _DATE.match(given[key]):
                raise ValueError(f"{key}={given[key]!r}: expected a date YYYY, YYYY-MM or YYYY-MM-DD")
        checks = {"type": tuple(colours()), "status": STATUSES, "sort": SORTS}
        for key, allowed in checks.items():
            value = given[key].upper() if key == "type" else given[key]
            if value and value not in allowed:
                raise ValueError(f"{key}={given[key]!r}: expected one of {', '.join(allowed)}")
            given[key] = value
        if given["country"] and not _COUNTRY.match(given["country"]):
            raise ValueError(f"country={given['country']!r}: expected an ISO country code such as LA")
        given["country"] = given["country"].upper()
        if given["location"] and not _PLACE.match(given["location"]):
            raise ValueError(f"location={given['location']!r}: expected a place id such as place:vientiane")
        given["pair"] = "-".join(parse_pair(given["pair"])) if given["pair"] else ""
        return cls(**{**given, "min_sources": _number(given, "min_sources", 0), "page": _number(given, "page", 1) or 1,
                      "undated": given["undated"] in ("1", "true", "on"), "sort": given["sort"] or "-date"})

    def event_filter(self) -> EventFilter:
        return EventFilter(actor=self.actor or None, country=self.country or None,
                           pair=parse_pair(self.pair) if self.pair else None, type=self.type or None,
                           since=self.since or None, until=self.until or None, participant=self.participant or None,
                           status=self.status or None, min_sources=self.min_sources, undated=self.undated,
                           location=self.location or None)

    def active(self) -> bool:
        """Whether anything narrows the list (sorting and paging do not)."""
        return any(getattr(self, k) for k in ("since", "until", "type", "actor", "participant", "country", "pair",
                                               "location", "status", "min_sources", "undated"))

    def query(self, lang: str = "vi", **changes: object) -> str:
        """The query string of these filters with ``changes`` (defaults left out), e.g. for the next page."""
        chosen = replace(self, **changes)
        default = Filters()
        items = [(k, v) for k, v in asdict(chosen).items() if v != getattr(default, k)]
        items = [(k, "1" if v is True else v) for k, v in items]
        if lang != "vi":
            items.append(("lang", lang))
        return urlencode(items)


def _number(given: dict, key: str, default: int) -> int:
    if not given[key]:
        return default
    if not given[key].isdigit():
        raise ValueError(f"{key}={given[key]!r}: expected a whole number")
    return int(given[key])
