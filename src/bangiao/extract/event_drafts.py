"""Event drafts — one event word's reading of a sentence — and their merging: the same occurrence reported again
(headline, lead, body, a restatement) is one event (for extract/events.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bangiao.model import Date


@dataclass
class Draft:
    type: str
    cameo: str
    start: int
    sentence: tuple[int, int]
    participants: list[str]
    location: str | None
    date: Date | None
    status: str
    dated_here: bool = True  # False: before any date in the text (a headline, a lead without a date)
    destination: str | None = None  # for a visit: the country named right after it ("thăm cấp Nhà nước Campuchia")
    banquet: bool = False  # a ceremony that is a banquet ("Quốc yến"): never the welcome ceremony of the same day
    word: str = ""  # the event word, lower-cased ("lễ đón")
    occasion: str = ""  # for a ceremony, its kind of occasion when known ("welcome", "works", "anniversary")
    restates: bool = False  # a meeting told first in a frame that restates one ("Tại hội đàm, …", "Tại buổi tiếp …")


SPANS_DAYS = frozenset({"VISIT", "CONFERENCE"})  # event types that last several days: their dates follow them ("từ ngày 15 - 17.5")


def family(kind: str) -> str:
    """Talks held by video or phone are restated as "cuộc hội đàm": one family for restating."""
    return "TALKS" if kind == "CALL" else kind


def _same(a: Draft, b: Draft) -> bool:
    """One occurrence: same type, one side's participants among the other's, the same destination (or one
    unknown), dates that agree (or one unknown)."""
    pa, pb = set(a.participants), set(b.participants)
    if a.type != b.type or a.banquet != b.banquet or not (pa <= pb or pb <= pa or _one_visitor(a, b) or _sides_only(a, b)):
        return False
    if a.type == "CEREMONY" and a.occasion and b.occasion and a.occasion != b.occasion:
        return False  # the welcome ("lễ đón"), an inauguration ("lễ khánh thành"), the celebrations attended: three
    if a.destination and b.destination and a.destination != b.destination:
        return False  # the visit to Laos and the one to Cambodia after it
    if a.status != b.status and a.date and b.date and not _dates_agree(a.date, b.date):
        return False  # one announced for the 24th, the other told as of the 20th
    if not (a.dated_here and b.dated_here):
        return True  # a headline, before any date, restates the dated report below it
    if a.type == "VISIT" and a.destination and a.destination == b.destination and a.date and b.date:
        return _days_apart(a.date, b.date) <= _VISIT_DAYS  # "tới Lima chiều 12/11" and "sáng 13/11 … thăm Peru"
    return a.date is None or b.date is None or _dates_agree(a.date, b.date)


def _countries(d: Draft) -> bool:
    return bool(d.participants) and all(p.startswith("country:") for p in d.participants)


def _sides_only(a: Draft, b: Draft) -> bool:
    """A signing told by its two countries ("Việt Nam - Campuchia ký hai văn kiện", a headline) and the same signing
    told by the people who signed it."""
    return a.type == "SIGN" and _countries(a) != _countries(b)


def _one_visitor(a: Draft, b: Draft) -> bool:
    """One visit told with two hosts (the host of the invitation, the one who welcomed at the airport): the same
    visitor to the same country in the same mood, both told with days that agree."""
    return a.type == "VISIT" and bool(a.participants and b.participants) and a.participants[0] == b.participants[0] \
        and a.destination is not None and a.destination == b.destination and a.status == b.status \
        and a.date is not None and b.date is not None and _dates_agree(a.date, b.date)


def same_occurrence(a: Draft, b: Draft) -> bool:
    """Whether two drafts tell one occurrence (as merging joins them)."""
    return _same(a, b)


_VISIT_DAYS = 3  # one visit to one country by the same people, told on days this close


def _days_apart(a: Date, b: Date) -> int:
    if len(a.value) < 10 or len(b.value) < 10:
        return 0 if _dates_agree(a, b) else _VISIT_DAYS + 1
    return abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days)


def _dates_agree(a: Date, b: Date) -> bool:
    """At their known precision, or one inside the other's range ("từ ngày 16-18/12" and "Ngày 18/12")."""
    n = min(len(a.value), len(b.value))
    if a.value[:n] == b.value[:n]:
        return True
    for x, y in ((a, b), (b, a)):
        if x.end and x.value <= y.value[:len(x.value)] and y.value[:len(x.end)] <= x.end:
            return True
    return False


def without_restated_ahead(drafts: list[Draft], meetings: frozenset[str]) -> list[Draft]:
    """Without the meetings a sentence restates before the text tells them ("Tại hội đàm, hai Bộ trưởng …" in a
    lead, the online talks told in the body; "Tại buổi tiếp …" before the talks): one of ``meetings`` told later
    with one of its participants is that meeting."""
    told = [d for d in drafts if d.type in meetings and not d.restates]
    return [d for d in drafts if not (d.restates and d.type in meetings and any(
        t.start > d.start and _restated_as(d.type, t.type) and set(t.participants) & set(d.participants) for t in told))]


def _restated_as(restating: str, told: str) -> bool:
    """A meeting's restatement names its family ("Tại hội đàm" the online talks), or, as a reception, talks ("Tại buổi
    tiếp" the talks); not talks restated as a reception told later (another meeting)."""
    return family(restating) == family(told) or restating == "MEET" and told == "TALKS"


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per occurrence, until nothing more joins: a mention that names only the host ("… theo lời mời của
    Thủ tướng Modi") joins the visit once another mention has named both sides."""
    kept = _merged_once(drafts)
    while len(again := _merged_once(kept)) < len(kept):
        kept = again
    return kept


def _merged_once(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    visits: dict[tuple[int, int], list[Draft]] = {}  # the visits by their sentence (each meeting read every draft)
    for v in drafts:
        if v.type == "VISIT":
            visits.setdefault(v.sentence, []).append(v)
    for d in drafts:
        twin = next((k for k in kept if _same(k, d)), None)
        if twin is None:
            kept.append(d)
            continue
        if _countries(twin) and not _countries(d):
            twin.participants = list(d.participants) + twin.participants  # the people who signed, then their countries
        else:
            twin.participants += [p for p in d.participants if p not in twin.participants]
        if d.dated_here and not twin.dated_here:
            twin.date, twin.dated_here, twin.sentence = d.date, True, d.sentence
            if twin.type == "VISIT":
                visits.setdefault(d.sentence, []).append(twin)  # (found by its new sentence too)
        elif d.type in SPANS_DAYS and d.date and d.date.end and not (twin.date and twin.date.end):
            twin.date = d.date  # "Chuyến thăm diễn ra từ ngày 30/7 đến 1/8": the visit's own days
        elif _narrower_span(twin, d):
            twin.date = d.date  # "dự Hội nghị … diễn ra trong hai ngày 17 và 18/3" within the trip's "từ ngày 14 đến 18/3"
        elif _own_day_in_trip(twin, d, visits.get(twin.sentence, ())):
            twin.date = d.date  # "thăm … và dự Diễn đàn … từ ngày 25 đến 28/2. … Sáng cùng ngày, … dự phiên toàn thể": its day
        elif _earlier_visit_day(twin, d):
            twin.date = d.date  # "… thăm chính thức Peru. ¶ Chủ tịch nước tới Lima chiều 12/11, …": its first day
        if twin.date is None and d.date is not None and d.status == "planned":
            twin.status = d.status  # dated only by its announced telling ("Ngày 10/11, ông sẽ tới Đà Nẵng dự …"): announced
        twin.date = twin.date or d.date
        twin.location = twin.location or d.location
        twin.destination = twin.destination or d.destination
    return kept


def _earlier_visit_day(twin: Draft, d: Draft) -> bool:
    """Whether ``d`` tells the visit ``twin`` on an earlier single day (a visit's date is its first day), both
    dated in the text, neither with a span of days."""
    a, b = twin.date, d.date
    return twin.type == "VISIT" and d.dated_here and twin.dated_here and a is not None and b is not None \
        and a.precision == b.precision == "day" and not a.end and not b.end and b.value < a.value


def _own_day_in_trip(twin: Draft, d: Draft, drafts: list[Draft] | tuple[()]) -> bool:
    """Whether ``twin``, a meeting dated only by the span of a visit told in its sentence with it ("thăm chính thức
    Việt Nam và đồng chủ trì Kỳ họp … từ ngày 15 đến 16.5": the trip's days), is told again on one day of it: the
    meeting's own day, not the trip's first."""
    a, b = twin.date, d.date
    if twin.type != "CONFERENCE" or not d.dated_here or a is None or b is None or not a.end or b.end:
        return False
    if not (a.precision == b.precision == "day" and a.value <= b.value <= a.end and d.sentence != twin.sentence):
        return False
    return any(v.type == "VISIT" and v.sentence == twin.sentence and v.date is not None
               and (v.date.value, v.date.end) == (a.value, a.end) for v in drafts)


def _narrower_span(twin: Draft, d: Draft) -> bool:
    """Whether ``d`` tells the meeting ``twin`` with a span of days inside (and shorter than) the one ``twin`` has:
    the meeting's own days, the longer span a trip's that includes it."""
    a, b = twin.date, d.date
    return twin.type == "CONFERENCE" and a is not None and b is not None and bool(a.end and b.end) \
        and a.precision == b.precision == "day" and a.value <= b.value and b.end <= a.end and (a.value, a.end) != (b.value, b.end)
