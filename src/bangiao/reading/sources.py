"""The outlets to follow and how politely to fetch them: ``data/sources.toml``, overridden by a user's file.

The packaged file is read first; then ``sources.toml`` in the user config folder, then ``--sources FILE``.
A later file adds outlets, replaces one with the same id, and overrides single ``[crawl]`` and ``[language]``
keys. Every file is validated whole at load: a bad entry names the file, the outlet and the key.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import platformdirs

from bangiao import datafiles
from bangiao.errors import DataFileError, SourcesError

PACKAGED = "sources.toml"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_HOST = re.compile(r"^[a-z0-9.-]+(?::\d+)?$")


@dataclass(frozen=True, slots=True)
class Settings:
    """How politely to fetch (the ``[crawl]`` table)."""

    user_agent: str = "bangiao/0.1"
    delay: float = 2.0
    timeout: float = 20.0
    max_mb: float = 5.0
    retries: int = 3
    backoff: float = 2.0
    max_wait: float = 300.0
    redirects: int = 5
    sitemap_children: int = 3

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * 2**20)


@dataclass(frozen=True, slots=True)
class Language:
    """The cheap language check (the ``[language]`` table)."""

    min_share: float = 0.15
    min_letters: int = 200


@dataclass(frozen=True, slots=True)
class Outlet:
    """One outlet: where its articles are listed and which hosts belong to it."""

    id: str
    name: str
    homepage: str
    hosts: tuple[str, ...]
    language: str = "vi"
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    robots_sitemaps: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    enabled: bool = True
    note: str | None = None

    def owns(self, url: str) -> bool:
        """Whether the URL is on one of the outlet's hosts (``host`` or ``host:port``)."""
        parts = urlsplit(url)
        return parts.netloc.lower() in self.hosts or (parts.hostname or "") in self.hosts

    def wants(self, url: str) -> bool:
        """Whether an article URL of the outlet passes its include / exclude patterns."""
        path = urlsplit(url).path
        if self.include and not any(re.search(p, path) for p in self.include):
            return False
        return not any(re.search(p, path) for p in self.exclude)


@dataclass(frozen=True, slots=True)
class Sources:
    outlets: dict[str, Outlet]
    settings: Settings
    language: Language
    files: tuple[str, ...]

    def pick(self, ids: list[str] | None) -> list[Outlet]:
        """The named outlets (any, enabled or not), or every enabled one; SourcesError for an unknown id."""
        if not ids:
            return [o for o in self.outlets.values() if o.enabled]
        unknown = [i for i in ids if i not in self.outlets]
        if unknown:
            raise SourcesError(", ".join(self.files), f"no outlet {', '.join(unknown)}; `bangiao sources` lists them")
        return [self.outlets[i] for i in ids]

    def outlet_of(self, url: str) -> Outlet | None:
        return next((o for o in self.outlets.values() if o.owns(url)), None)


def user_file() -> Path:
    """``sources.toml`` in the user's config folder (read when it exists)."""
    return platformdirs.user_config_path("bangiao") / "sources.toml"


def load(path: str | Path | None = None, *, user: bool = True) -> Sources:
    """The packaged sources, then the user config folder's file (if ``user``), then ``path``."""
    data = datafiles.load(PACKAGED, "sources")
    sources = _merge(Sources({}, Settings(), Language(), ()), data, PACKAGED)
    extra = [user_file()] if user and user_file().is_file() else []
    if path is not None:
        if not Path(path).is_file():
            raise SourcesError(str(path), "no such file")
        extra.append(Path(path))
    for file in extra:
        sources = _merge(sources, _read_user(file), str(file))
    return sources


def _read_user(file: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(file.read_text("utf-8"))
        return datafiles.check_header(str(file), data, "sources", sources=False)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourcesError(str(file), f"cannot be read: {exc}") from exc
    except DataFileError as exc:
        raise SourcesError(str(file), exc.problem) from exc


def _merge(base: Sources, data: dict[str, Any], name: str) -> Sources:
    unknown = set(data) - {"meta", "crawl", "language", "outlet"}
    _fail(name, bool(unknown), f"unknown table(s) {sorted(unknown)}")
    settings = _table(name, "crawl", data.get("crawl", {}), base.settings)
    language = _table(name, "language", data.get("language", {}), base.language)
    outlets = dict(base.outlets)
    entries = data.get("outlet", [])
    _fail(name, not isinstance(entries, list), "[[outlet]] must be an array of tables")
    seen: set[str] = set()
    for entry in entries:
        outlet = _outlet(name, entry)
        _fail(name, outlet.id in seen, f"outlet {outlet.id!r} is listed twice")
        seen.add(outlet.id)
        outlets[outlet.id] = outlet
    return Sources(outlets, settings, language, base.files + (name,))


def _fail(name: str, bad: bool, problem: str) -> None:
    if bad:
        raise SourcesError(name, problem) if name != PACKAGED else DataFileError(name, problem)


def _table(name: str, key: str, table: Any, base: Any) -> Any:
    """``base`` with the keys of a [crawl] / [language] table, each checked against the field's type."""
    _fail(name, not isinstance(table, dict), f"[{key}] must be a table")
    types = {f.name: type(getattr(base, f.name)) for f in fields(base)}
    for k, v in table.items():
        _fail(name, k not in types, f"[{key}] has an unknown key {k!r} (known: {', '.join(types)})")
        want = types[k]
        ok = isinstance(v, want) or (want is float and isinstance(v, int) and not isinstance(v, bool))
        _fail(name, not ok or (want is not str and v < 0), f"[{key}] {k} must be a non-negative {want.__name__}")
    cast = {k: types[k](v) for k, v in table.items()}
    return replace(base, **cast)


_LISTS = ("hosts", "feeds", "sitemaps", "sections", "include", "exclude", "drop")
_STRINGS = ("id", "name", "homepage", "language", "note")
_FLAGS = ("robots_sitemaps", "enabled")


def _outlet(name: str, entry: Any) -> Outlet:
    _fail(name, not isinstance(entry, dict), "each [[outlet]] must be a table")
    where = f"outlet {entry.get('id', '?')!r}"
    unknown = set(entry) - set(_LISTS + _STRINGS + _FLAGS)
    _fail(name, bool(unknown), f"{where} has unknown key(s) {sorted(unknown)}")
    for key in ("id", "name", "homepage", "hosts"):
        _fail(name, key not in entry, f"{where} has no {key!r}")
    for key in _STRINGS:
        _fail(name, key in entry and not (isinstance(entry[key], str) and entry[key].strip()),
              f"{where}: {key} must be a non-empty string")
    for key in _LISTS:
        value = entry.get(key, [])
        _fail(name, not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value),
              f"{where}: {key} must be a list of non-empty strings")
    for key in _FLAGS:
        _fail(name, key in entry and not isinstance(entry[key], bool), f"{where}: {key} must be true or false")
    outlet = Outlet(**{k: tuple(v) if k in _LISTS else v for k, v in entry.items()})
    _check_outlet(name, where, outlet)
    return outlet


def _check_outlet(name: str, where: str, outlet: Outlet) -> None:
    _fail(name, not _ID.match(outlet.id), f"{where}: id must be a lower-case slug (a-z, 0-9, -)")
    _fail(name, not outlet.hosts or not all(_HOST.match(h) for h in outlet.hosts),
          f"{where}: hosts must be lower-case host names (host or host:port)")
    _fail(name, not re.fullmatch(r"[a-z]{2,3}", outlet.language), f"{where}: language must be an ISO 639 code like 'vi'")
    for url in (outlet.homepage, *outlet.feeds, *outlet.sitemaps, *outlet.sections):
        parts = urlsplit(url)
        _fail(name, parts.scheme not in ("http", "https") or not parts.netloc, f"{where}: {url!r} is not an http(s) URL")
        _fail(name, not outlet.owns(url), f"{where}: {url!r} is not on one of its hosts {list(outlet.hosts)}")
    _fail(name, not (outlet.feeds or outlet.sitemaps or outlet.sections or outlet.robots_sitemaps),
          f"{where}: give feeds, sitemaps, sections or robots_sitemaps = true, or there is nothing to crawl")
    for pattern in outlet.include + outlet.exclude:
        try:
            re.compile(pattern)
        except re.error as exc:
            _fail(name, True, f"{where}: {pattern!r} is not a regular expression ({exc})")
    for path in outlet.drop:
        try:
            lxml.etree.XPath(path)
        except lxml.etree.XPathSyntaxError as exc:
            _fail(name, True, f"{where}: drop {path!r} is not an XPath ({exc})")
