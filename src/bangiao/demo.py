"""What `bangiao demo` shows of the samples it stored, readable in an 80-column terminal: one line a document (its
title cut with an ellipsis, never one word a line), then who met whom — the dated events first, by date."""
from __future__ import annotations

from collections import Counter

from rich.markup import escape
from rich.table import Table

EVENTS_SHOWN = 15


def _date(record: dict) -> str:
    return (record.get("published") or {}).get("value") or ""


def _rest(width: int, fixed: list[int]) -> int:
    """The width left for the last column of a table whose other columns are ``fixed`` wide (3 characters of
    border and padding a column, 1 for the last border, no padding at the edges)."""
    return max(12, width - sum(fixed) - 3 * (len(fixed) + 1) - 1 + 2)


def documents(records: list[dict], width: int = 80) -> Table:
    """One row a stored document, oldest first (undated last): date, what was found, title."""
    table = Table(title="documents", title_justify="left", pad_edge=False)
    table.add_column("published", no_wrap=True, width=10)
    for name in ("ev", "ag", "fig", "cut"):
        table.add_column(name, justify="right", no_wrap=True, width=3)
    table.add_column("title", no_wrap=True, overflow="ellipsis", width=_rest(width, [10, 3, 3, 3, 3]))
    for rec in sorted(records, key=lambda r: (not _date(r), _date(r))):
        table.add_row(_date(rec) or "?", str(len(rec["events"])), str(len(rec["agreements"])),
                      str(len(rec["figures"])), str(len(rec["removed"])), escape(rec.get("title") or "(no title)"))
    table.caption = "ev events, ag agreements, fig figures, cut: pieces the cleaner cut (captions, menus, …)"
    return table


def _events(records: list[dict]) -> list[tuple[str, dict, dict[str, str]]]:
    """Every event with its date and the names of its record, the dated ones first by date."""
    found = []
    for rec in records:
        names = {e["id"]: e["name"] for e in rec["entities"]}
        found += [((ev["date"] or {}).get("value", ""), ev, names) for ev in rec["events"]]
    return sorted(found, key=lambda x: (not x[0], x[0]))


def events(records: list[dict], shown: int = EVENTS_SHOWN, width: int = 80) -> Table:
    """Who met whom, when and where: the first ``shown`` events, dated ones first, each with its sentence."""
    found = _events(records)
    table = Table(title=f"who met whom ({min(shown, len(found))} of {len(found)} events, dated first)",
                  title_justify="left", pad_edge=False)
    who = max(18, (width - 26) // 3)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("type", no_wrap=True, width=10)
    table.add_column("who, where", width=who)
    table.add_column("evidence", no_wrap=True, overflow="ellipsis", width=_rest(width, [10, 10, who]))
    counts = Counter(ev["type"] for _, ev, _ in found)
    for date, ev, names in found[:shown]:
        who = ", ".join(names.get(p, p) for p in ev["participants"])
        where = names.get(ev["location"], ev["location"] or "")
        table.add_row(date or "?", ev["type"], escape(who + (f" · {where}" if where else "")),
                      escape(ev["evidence"]["text"]))
    table.caption = "all: " + ", ".join(f"{k} {n}" for k, n in counts.most_common())
    return table
