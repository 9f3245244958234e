"""Stages that join what one sentence tells with what the text's other sentences tell stay linear: the CPU time for
4× the sentences stays under 5× the time for 1× (each sentence looks up its own by bisection or an index, not by a
scan of everything after it). Our own generated sentences, all different people."""
from __future__ import annotations

from bangiao.extract.commitment_text import document
from bangiao.extract.commitments import _figures
from bangiao.extract.dating import date_document
from bangiao.extract.figures import find_figures
from bangiao.extract.gazetteer import lower
from bangiao.extract.sidelines import with_sideline_conferences
from bangiao.extract.tours import with_tours
from bangiao.model import Date, Entity, Event, Span
from test_growth import FLOOR, _cpu


def _linear(work, small, large) -> tuple[float, float]:
    first, second = _cpu(lambda: work(*small)), _cpu(lambda: work(*large))
    if second >= 5 * max(first, FLOOR):  # a busy machine slows one run: measured again, the best counts
        first, second = min(first, _cpu(lambda: work(*small))), min(second, _cpu(lambda: work(*large)))
    return first, second


_COUNTRIES = ("Lào", "Campuchia", "Thái Lan")


def _tours(sentences: int) -> tuple[tuple[Event, ...], str, tuple[Entity, ...]]:
    """Sentences of a minister's tour of three countries, each also told as the minister's VISIT (the finder's own)."""
    parts, people, countries, events, at = [], [], {c: [] for c in _COUNTRIES}, [], 0
    for n in range(sentences):
        name = f"Bộ trưởng Sơn {n}"
        piece = f"{name} sẽ bắt đầu chuyến công du 3 nước, gồm {', '.join(_COUNTRIES)}.\n"
        people.append(Entity(f"person:{n}", "PERSON", name, None, (), (Span(at + 0, at + len(name), name),)))
        countries = {c: spans + [Span(at + piece.index(c), at + piece.index(c) + len(c), c)] for c, spans in countries.items()}
        events.append(Event(f"e{n + 1}", "VISIT", "042", Span(at, at + len(piece) - 1, piece[:-1]), None, (f"person:{n}",)))
        parts.append(piece)
        at += len(piece)
    nations = tuple(Entity(f"country:{c}", "COUNTRY", c, c, (), tuple(spans)) for c, spans in countries.items())
    return tuple(events), "".join(parts), tuple(people) + nations


def test_growth_tours_linear() -> None:
    """A tour's countries and its subject's visits found by bisection and an index (each tour read every country
    named after it and every event)."""
    small, large = _tours(400), _tours(1600)
    assert len(with_tours(*small)) == 3 * 400  # the finder's visit is the first stop's; one more a country
    first, second = _linear(with_tours, small, large)
    assert second < 5 * max(first, FLOOR), f"{first * 1000:.0f} ms → {second * 1000:.0f} ms"


def _sidelines(sentences: int) -> tuple[tuple[Event, ...], str]:
    """Sentences of a meeting held on the sidelines of a conference, each of its own minister, dated."""
    parts, events, at = [], [], 0
    for n in range(sentences):
        piece = f"Bên lề Hội nghị Hợp tác {n}, Bộ trưởng Sơn {n} đã gặp Bộ trưởng An {n}.\n"
        events.append(Event(f"e{n + 1}", "MEET", "040", Span(at, at + len(piece) - 1, piece[:-1]),
                            Date("2024-06-05", "day"), (f"person:s{n}", f"person:a{n}")))
        parts.append(piece)
        at += len(piece)
    return tuple(events), "".join(parts)


def test_growth_sideline_conferences_linear() -> None:
    """A meeting on the sidelines: the sentence's meetings found by bisection (each 'bên lề' read every meeting after
    its sentence's start)."""
    dating = date_document("Ngày 5/6/2024, hai bên gặp nhau.", (), None)
    small, large = _sidelines(600), _sidelines(2400)
    assert len(with_sideline_conferences(*small, dating)) == 2 * 600  # one CONFERENCE a minister
    first, second = _linear(lambda events, text: with_sideline_conferences(events, text, dating), small, large)
    assert second < 5 * max(first, FLOOR), f"{first * 1000:.0f} ms → {second * 1000:.0f} ms"


def _sums(sentences: int):
    """Sentences of a trade goal, each of its own sum: as many figures as sums."""
    text = "".join(f"Hai bên phấn đấu đưa kim ngạch thương mại lên {n + 1} tỷ USD.\n" for n in range(sentences))
    dating = date_document("Ngày 5/6/2024, hai bên gặp nhau.", (), None)
    figures = find_figures(text, (), dating)
    return document(text, (), dating, (), (), figures, lower(text)), len(text)


def test_growth_commitment_figures_linear() -> None:
    """The figures an undertaking names: found by their sums in an index (each sum read every figure of the text)."""
    small, large = _sums(500), _sums(2000)
    assert len(_figures(small[0], 0, small[1], True)) == 500 and len(small[0].figures) == 500
    first, second = _linear(lambda d, end: _figures(d, 0, end, True), small, large)
    assert second < 5 * max(first, FLOOR), f"{first * 1000:.0f} ms → {second * 1000:.0f} ms"
