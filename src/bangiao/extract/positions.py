"""A text's mentions and time expressions looked up by position, by bisection.

Every sentence and every event word asks for the mentions or the dates in its span; a scan of all of them for each
grows with the square of the text (a 1 MB text names thousands of people and days). Both are looked up here in
logarithmic time instead, the same answers in the same order.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TypeVar

from bangiao.model import Entity

T = TypeVar("T")
_LAST: list = [None]  # (entities, starts, mentions) of the last text asked about: its sentences ask one after another


def _index(entities: tuple[Entity, ...]) -> tuple[list[int], list[tuple[int, int, Entity]]]:
    last = _LAST[0]
    if last is not None and last[0] is entities:
        return last[1], last[2]
    items = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0])
    starts = [x[0] for x in items]
    _LAST[0] = (entities, starts, items)
    return starts, items


def mentions_in(entities: tuple[Entity, ...], start: int, end: int) -> list[tuple[int, int, Entity]]:
    """(start, end, entity) of every mention starting in [start, end), by start (ties in the entities' order)."""
    starts, items = _index(entities)
    return items[bisect_left(starts, start):bisect_left(starts, end)]


def mentions_before(entities: tuple[Entity, ...], pos: int) -> Iterator[tuple[int, int, Entity]]:
    """Every mention starting before ``pos``, the latest first (those at one position in the entities' order), read
    lazily: who is named last before an event word costs no walk through the whole text."""
    starts, items = _index(entities)
    k = bisect_left(starts, pos)
    while k > 0:
        first = bisect_left(starts, starts[k - 1], 0, k)
        yield from items[first:k]
        k = first


def _start(item) -> int:
    return item.start


def starting_in(ordered: Sequence[T], start: int, end: int) -> Sequence[T]:
    """The items (with a ``start``, in order of it: a text's time expressions) that start in [start, end)."""
    lo = bisect_left(ordered, start, key=_start)
    return ordered[lo:bisect_left(ordered, end, lo=lo, key=_start)]


def starting_before(ordered: Sequence[T], pos: int) -> Sequence[T]:
    """The items (in order of their ``start``) that start before ``pos``."""
    return ordered[:bisect_left(ordered, pos, key=_start)]
