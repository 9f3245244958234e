"""The path of one article: raw input → clean text → Document (→ the extraction stages)."""
from __future__ import annotations

import functools
import gc
import hashlib
import re
from contextlib import contextmanager
from dataclasses import replace
from collections.abc import Iterable, Iterator

from bangiao import datafiles
from bangiao.extract.agreements import find_agreements, link_signed
from bangiao.extract.captions import with_captions
from bangiao.extract.commitments import find_commitments
from bangiao.reading.clean import Cleaned, clean_text
from bangiao.extract.dates import find as find_dates
from bangiao.extract.dating import Dating, date_document, tenures_hold
from bangiao.reading.encoding import repair_text
from bangiao.extract.entities import read_entities
from bangiao.extract.events import find_events
from bangiao.extract.sidelines import with_sideline_conferences
from bangiao.extract.sentences import clock_line
from bangiao.extract.tours import with_tours
from bangiao.extract.gifted_works import with_gifted_works
from bangiao.extract.held_sessions import with_held_sessions
from bangiao.extract.narrow_meetings import without_narrow_meetings
from bangiao.extract.provinces import with_provincial_sides
from bangiao.extract.visit_lists import with_listed_conferences, with_listed_visits, with_meetings_in_turn
from bangiao.extract.figures import find_figures
from bangiao.extract.projects import find_projects
from bangiao.errors import InputError
from bangiao.extract.kb import day_range
from bangiao.model import Date, Document, Entity, Removed, Source
from bangiao.reading.normalize import normalize
from bangiao.reading.read import MAX_BYTES, RawArticle, read
from bangiao.reading.webpage import read_page

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")
_SENTENCE_WORDS = 4  # an article has at least one line of this many words in a row
_A_SENTENCE = re.compile(rf"(?:\w+[^\w\n]+){{{_SENTENCE_WORDS - 1}}}\w")
_NO_SENTENCE = f"no sentence in the text (no line with {_SENTENCE_WORDS} words or more in a row): not a news article"
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$")


def document_id(text: str) -> str:
    """A stable id: the same main text always gives the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def metadata_date(value: str | None) -> Date | None:
    """A Date from a metadata field ("2024-01-06", "2024-01-06T09:00:00+07:00", "06/01/2024", "2024-01")."""
    if not value:
        return None
    value = value.strip()
    if m := _DMY.match(value):
        day, month, year = m.groups()
        parts = (year, month.zfill(2), day.zfill(2))
    elif m := _ISO.match(value):
        parts = tuple(p for p in m.groups() if p)
    else:
        return None
    if len(parts) > 1 and not 1 <= int(parts[1]) <= 12 or len(parts) > 2 and not 1 <= int(parts[2]) <= 31:
        return None
    precision = ("year", "month", "day")[len(parts) - 1]
    return Date("-".join(parts), precision, "stated", text=value)  # type: ignore[arg-type]


def _dateline(removed: tuple[Removed, ...]) -> Date | None:
    """A full date on a line cut as page furniture ("Thứ Năm, 05/12/2024 - 10:15") dates the article (a line of a
    run of furniture too: "Trang chủ Thế giới\n09:40 | 12/06/2023 GMT+7"); of several, the first with a time of day
    (the article's own stamp: "Thứ hai, 6/3/2017, 09:12", not the site's clock "Thứ tư, 8/5/2024" above it)."""
    found = [(line, expr) for item in removed if item.kind == "other" for line in item.text.splitlines()
             if len(line) <= 60 and (expr := next((e for e in find_dates(line) if e.kind == "day" and e.year), None))]
    line, expr = next((f for f in found if _CLOCK.search(f[0])), found[0] if found else (None, None))
    if expr is None:
        return None
    bar = None if _CLOCK.search(line) else _DATE_BAR  # (no time of day: a site's date bar, not the article's stamp)
    return Date(f"{expr.year:04d}-{expr.month:02d}-{expr.day:02d}", "day", "stated", text=line, reason=bar)


_DATE_BAR = "a date bar without a time of day: the text's own full date outranks it"


_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")  # a time of day on a dateline ("16:27", "10h15")


def _clean(raw: RawArticle) -> tuple[Cleaned, str | None, str | None, Source]:
    if raw.is_html:
        page = read_page(raw.content, raw.path)
        return page.cleaned, page.title, page.published, page.source
    cleaned = clean_text(raw.content)
    return cleaned, cleaned.title, None, cleaned.source


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while one article is built. The stages make one small object per mention,
    expression and draft (hundreds of thousands on a long text) and free them by reference counting; each full
    collection due meanwhile walks every object alive, so on long texts the collector's share grew faster than the
    text (issue 16: 4 -> 16 MB, 6.0x). What the stages leave in cycles is collected as usual once it is resumed."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def build_document(raw: RawArticle, published: str | None = None) -> Document:
    """The cleaned Document of one raw article; InputError if nothing of an article is left."""
    with _collector_paused():
        return _built(raw, published)


def _built(raw: RawArticle, published: str | None) -> Document:
    if not raw.is_html and not _A_SENTENCE.search(raw.content):  # (before the cleaning, which adds no word)
        raise InputError(raw.path, _NO_SENTENCE, raw.line)
    cleaned, title, page_date, found = _clean(raw)
    if not cleaned.text.strip():
        raise InputError(raw.path, "no article text left after cleaning", raw.line)
    if not _A_SENTENCE.search(cleaned.text):
        raise InputError(raw.path, _NO_SENTENCE, raw.line)
    warnings = list(raw.warnings)
    given = published or raw.published or page_date
    date = metadata_date(given)
    if given and date is None:
        warnings.append(f"published date {given!r} is not a date; ignored")
    date = date or _dateline(cleaned.removed)
    source = Source(raw.source_name or found.name, raw.url or found.url)
    shell = Document(id=document_id(cleaned.text), text=cleaned.text, path=raw.path, title=raw.title or title,
                     source=source, removed=cleaned.removed, warnings=tuple(warnings))
    return _extracted(shell, date, check=published is None)


def _extracted(doc: Document, metadata: Date | None, check: bool = False) -> Document:
    """A cleaned document with every extraction stage run on its text (``check``: the page's own date is
    checked against the one the text gives)."""
    entities, dating = _entities_and_date(doc.text, metadata, check)
    agreements = find_agreements(doc.text, entities, int(dating.published.value[:4]) if dating.published else None)
    events = link_signed(find_events(doc.text, entities, dating), agreements)
    events = with_held_sessions(with_gifted_works(events, doc.text, entities), doc.text, entities)  # the finder's own
    events = with_listed_visits(events, doc.text, entities, dating.published.value if dating.published else None)
    events = with_meetings_in_turn(events, doc.text, entities, dating)
    events = with_listed_conferences(events, doc.text)
    events = with_sideline_conferences(events, doc.text, dating)
    events = with_tours(events, doc.text, entities)
    events = with_provincial_sides(events, doc.text, entities)
    events = without_narrow_meetings(events)
    events = with_captions(events, doc.removed, entities, dating)
    figures = find_figures(doc.text, entities, dating)
    projects = find_projects(doc.text, entities, dating)
    commitments = find_commitments(doc.text, entities, dating, projects, agreements, figures)
    return replace(doc, published=dating.published, warnings=doc.warnings + dating.warnings, entities=entities,
                   events=events, agreements=agreements, figures=figures, projects=projects,
                   commitments=commitments)


def reextract(record: dict) -> Document:
    """A stored record extracted again from its stored text (same id; cleaning is not redone): for
    ``bangiao reprocess`` after a code or knowledge-base upgrade. A stated publication date is kept."""
    published = record.get("published") or {}
    metadata = Date(published["value"], published["precision"], "stated", text=published.get("text")) \
        if published.get("basis") == "stated" else None
    removed = tuple(Removed(r["kind"], r["text"]) for r in record.get("removed", []))
    warnings = tuple(w for w in record.get("warnings", []) if "cannot be pinned" not in w and "no date of the article" not in w)
    shell = Document(id=record["id"], text=record["text"], path=record.get("path"), title=record.get("title"),
                     source=Source(**record.get("source", {})), removed=removed, warnings=warnings)
    return _extracted(shell, metadata)


def _entities_and_date(text: str, metadata: Date | None, check: bool = False) -> tuple[tuple[Entity, ...], Dating]:
    """Entities need the date (a title alone resolves to whoever held the office then) and the date may need
    the entities (tenures date a year-less article): read entities, date the document from the titled names,
    then resolve the titles alone against the date found."""
    reading = read_entities(text)
    if metadata is not None:
        entities = reading.resolve(day_range(metadata.value))
        dating = date_document(text, entities, metadata)
        if check and metadata.precision == "day":
            own = date_document(text, titled := reading.resolve(pending=False), None)
            text_date = own.published
            if _text_date_fits(text, titled, metadata, text_date):  # the page's clock, not the report's day
                return reading.resolve(day_range(text_date.value)), replace(own, warnings=_disagreement(metadata, text_date, True))
            if _stale_bar(text, titled, metadata, text_date):
                return reading.resolve(day_range(text_date.value) if text_date else None), \
                    replace(own, warnings=own.warnings + (_STALE_BAR.format(metadata.value),))
            dating = replace(dating, warnings=dating.warnings + _disagreement(metadata, text_date))
        return entities, dating
    dating = date_document(text, reading.resolve(pending=False), None)  # dating reads titled names only
    return reading.resolve(day_range(dating.published.value) if dating.published else None), dating


def _text_date_fits(text: str, entities: tuple[Entity, ...], metadata: Date, text_date: Date | None) -> bool:
    """Whether the text writes its own full date, days from the page's, at which the people it names held their
    titles, and not at the page's (a page re-published years later shows its own clock above the headline)."""
    if text_date is None or text_date.precision != "day" or text_date.basis != "stated" or not _disagreement(metadata, text_date):
        return False
    if metadata.reason == _DATE_BAR:  # "Thứ sáu, 6-2-2026" above "Chiều ngày 04/02/2026, …": the lead's, but not a
        return not (_posted(metadata) and _on_clock_line(text, text_date))  # site's running clock kept above the
        # headline ("…, 12:07:22") over the page's "Ngày đăng: 03/11/2022"
    return tenures_hold(text, entities, day_range(text_date.value)[0]) \
        and not tenures_hold(text, entities, day_range(metadata.value)[0])


def _stale_bar(text: str, titled: tuple[Entity, ...], metadata: Date, text_date: Date | None) -> bool:
    """A site's date bar above a text that writes no year of its own, naming people who did not hold their titles on
    the bar's day ("Thứ năm, 30/06/2022" over "Ngày 20-6, … Bộ trưởng Ngoại giao Phạm Bình Minh …"): a page shown
    again later, not the article's day (the year the text's clues give, if any, stands)."""
    return metadata.reason == _DATE_BAR and (text_date is None or text_date.basis != "stated") \
        and not tenures_hold(text, titled, day_range(metadata.value)[0])


_STALE_BAR = "the page's date bar {} is set aside: the people the text names did not hold their titles then"


@functools.cache
def _posted_labels() -> tuple[str, ...]:
    return tuple(datafiles.strings("dates.toml", datafiles.load("dates.toml", "dates"), "document", "posted_labels"))


def _posted(metadata: Date) -> bool:
    """Whether the page's date line says it is the day of posting ("Ngày đăng: 03/11/2022")."""
    return (metadata.text or "").lower().startswith(_posted_labels())


def _on_clock_line(text: str, found: Date) -> bool:
    """Whether the date the text gives stands on a line of its own with a time of day: a page's clock."""
    at = text.find(found.text) if found.text else -1
    return at >= 0 and clock_line(text, at, at + len(found.text))


def _disagreement(metadata: Date, text_date: Date | None, text_kept: bool = False) -> tuple[str, ...]:
    """A warning when the date the text gives is more than a day from the page's own date (which is kept, unless
    ``text_kept``: the tenures of the people named fit the text's only)."""
    if text_date is None or text_date.precision != "day":
        return ()
    gap = abs((day_range(text_date.value)[0] - day_range(metadata.value)[0]).days)
    if gap <= 1:
        return ()
    kept = "the text's date is kept: the people named held their titles then, not at the page's" if text_kept \
        else "the page's date is kept"
    return (f"the page dates itself {metadata.value} but its text gives {text_date.value} ('{text_date.text}'),"
            f" {gap} days apart; {kept}",)


def extract(content: str, *, html: bool | None = None, published: str | None = None,
            path: str | None = None, title: str | None = None) -> Document:
    """Extract the record of one article given as a string (plain text or a saved page's HTML)."""
    if not isinstance(content, str):
        raise TypeError(f"bangiao.extract takes an article's text, not {type(content).__name__}: read the file first,"
                        " or use `bangiao extract FILE` / pipeline.extract_paths for files and folders")
    repaired, warnings = repair_text(content)
    head = repaired.lstrip("\ufeff \t\r\n")[:2000]  # a page starts with markup; text may quote "<html"
    is_html = html if html is not None else head.startswith("<") and bool(re.search(r"(?i)<html|<body|<!doctype html", head))
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
    raw = RawArticle(path, repaired, is_html, digest, title=normalize(title) if title else None, warnings=warnings)
    return build_document(raw, published)


def extract_paths(paths: Iterable[str], *, published: str | None = None,
                  max_bytes: int = MAX_BYTES) -> Iterator[tuple[RawArticle | None, Document | InputError]]:
    """Each article in the inputs with its Document, or the error that stopped it."""
    for item in read(paths, max_bytes):
        if isinstance(item, InputError):
            yield None, item
            continue
        try:
            yield item, build_document(item, published)
        except InputError as err:
            yield item, err
