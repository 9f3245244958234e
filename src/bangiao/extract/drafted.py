"""The drafts of an article's events so far, indexed by what each new event word asks of them (for extract/events.py):
a scan of every draft for every word would grow with the square of a text full of event words."""
from __future__ import annotations

from bangiao.extract.event_drafts import Draft, family as _family
from bangiao.model import Date


class Drafted(list):
    """The drafts so far, with what each new event word asks of them indexed (a scan of every draft for every word
    grows with the square of a text full of event words): the moods and destinations drafted per family, the
    different sets of participants per family and person, the last visit and the last event of two or more."""

    def __init__(self) -> None:
        super().__init__()
        self.moods: dict[str, set[str]] = {}
        self.destinations: dict[str, set[str | None]] = {}
        self.casts: dict[tuple[str, str], set[frozenset[str]]] = {}
        self.last_visit: Draft | None = None
        self.last_pair: Draft | None = None
        self.day_words: dict[str, tuple[int, Date]] = {}  # the last draft dated to the day, per event word and family
        self.day_families: dict[str, Date] = {}
        self.words: set[str] = set()

    def append(self, d: Draft) -> None:
        super().append(d)
        if d.date and d.date.precision == "day":
            self.day_words[d.word] = (len(self), d.date)
            self.day_families[_family(d.type)] = d.date
        self.words.add(d.word)
        family, cast = _family(d.type), frozenset(d.participants)
        self.moods.setdefault(family, set()).add(d.status)
        self.destinations.setdefault(family, set()).add(d.destination)
        for p in cast:
            self.casts.setdefault((family, p), set()).add(cast)
        self.last_visit = d if d.type == "VISIT" else self.last_visit
        self.last_pair = d if len(d.participants) > 1 else self.last_pair

    def has_word(self, word: str) -> bool:
        """Whether an event of this word (or one it begins or that begins it: "lễ đón chính thức") was drafted."""
        return any(w.startswith(word) or word.startswith(w) for w in self.words)

    def hosted(self, word: str, occasion: str | None, hosts: list[str], when: Date | None) -> bool:
        """Whether the last ceremony of this word and occasion, none of ``hosts`` in it and not told of another day,
        takes them as its hosts."""
        last = next((d for d in reversed(self) if d.type == "CEREMONY"), None)
        people = [h for h in hosts if h.startswith("person:")]
        if last is None or not people or last.occasion != occasion or not self.has_word(word) \
                or set(hosts) & set(last.participants) or when and last.date and when.value != last.date.value:
            return False
        last.participants[:0] = people
        return True

    def present(self, person: str) -> bool:
        """Whether the person takes part in an event drafted so far."""
        return any((family, person) in self.casts for family in self.moods)

    def has(self, kind: str, mood: str | None = None) -> bool:
        """Whether an event of the kind's family was drafted (told in ``mood``, when given)."""
        return mood in self.moods.get(_family(kind), ()) if mood else _family(kind) in self.moods

    def reported(self, kind: str, participants: list[str], destination: str | None, owner: str | None = None) -> bool:
        """Whether a draft of the kind's family names these participants (and maybe more), or, for a visit, goes
        to the same country (or to one not known) and, when it is someone's ("sau chuyến thăm năm 2012 của X"), was
        made by them."""
        family = _family(kind)
        if family not in self.moods:
            return False
        if kind == "VISIT" and (destination is None or {None, destination} & self.destinations[family]) \
                and (owner is None or (family, owner) in self.casts):
            return True
        wanted = frozenset(participants)
        return not wanted or any(wanted <= cast for cast in self.casts.get((family, participants[0]), ()))
