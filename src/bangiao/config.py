"""The settings of a run: a config file, then environment variables above it, then the command's flags above both.

The file is ``bangiao.toml`` in the working folder, else in the user config folder (``platformdirs``), or the one
``$BANGIAO_CONFIG`` names::

    store = "~/bangiao/news.db"      # or postgresql://user@host/db
    [limits]
    max_mb = 20                      # files larger than this many MiB are skipped
    query_seconds = 10               # a question to the store is stopped after this long
    jobs = 2                         # processes extracting articles
    batch = 64                       # articles written a transaction

Each setting's environment variable: ``BANGIAO_DB``, ``BANGIAO_MAX_MB``, ``BANGIAO_QUERY_SECONDS``,
``BANGIAO_JOBS``, ``BANGIAO_BATCH``. A value that is not what it should be is a ConfigError naming where it came
from. ``-v``/``-q`` set how much is logged to stderr (``logging_to_stderr``).
"""
from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from bangiao.errors import BangiaoError

FILE = "bangiao.toml"
# setting: (table in the file, environment variable, type, smallest value)
SETTINGS = {
    "store": ("", "BANGIAO_DB", str, None),
    "max_mb": ("limits", "BANGIAO_MAX_MB", float, 0.001),
    "query_seconds": ("limits", "BANGIAO_QUERY_SECONDS", float, 0.001),
    "jobs": ("limits", "BANGIAO_JOBS", int, 1),
    "batch": ("limits", "BANGIAO_BATCH", int, 1),
}


class ConfigError(BangiaoError):
    """A setting in the config file or the environment is not usable; the message names where it is."""


@dataclass(frozen=True)
class Setting:
    value: object
    origin: str  # "flag", "environment ($NAME)", "config file PATH" or "default"


def config_file() -> Path | None:
    """``$BANGIAO_CONFIG``, else bangiao.toml in the working folder, else in the user config folder; None if none."""
    named = os.environ.get("BANGIAO_CONFIG")
    if named:
        if not Path(named).is_file():
            raise ConfigError(f"$BANGIAO_CONFIG names {named}, which is not a file")
        return Path(named)
    for folder in (Path.cwd(), platformdirs.user_config_path("bangiao")):
        if (folder / FILE).is_file():
            return folder / FILE
    return None


def _from_file(path: Path) -> dict[str, object]:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {path}: cannot be read ({exc}); fix it or remove it") from None
    found = {}
    known = {"limits"} | {k for k, (table, *_) in SETTINGS.items() if not table}
    if unknown := sorted(set(data) - known) + sorted(set(data.get("limits", {})) - {k for k, (t, *_) in SETTINGS.items() if t}):
        raise ConfigError(f"config file {path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(SETTINGS)}")
    for key, (table, *_) in SETTINGS.items():
        place = data.get(table, {}) if table else data
        if key in place:
            found[key] = place[key]
    return found


def _checked(key: str, value: object, origin: str) -> object:
    _, _, kind, least = SETTINGS[key]
    try:
        typed = kind(value) if not isinstance(value, bool) and (kind is not str or isinstance(value, str)) else None
    except (TypeError, ValueError):
        typed = None
    if typed is None or least is not None and typed < least or kind is int and isinstance(value, float):
        allowed = "a path or a postgresql:// URL" if kind is str else f"a number of at least {least}"
        raise ConfigError(f"{key} = {value!r} from {origin}: give {allowed}")
    return typed


def settings(**flags: object) -> dict[str, Setting]:
    """Every setting with its origin: the flag when given (not None), else the environment, else the config file,
    else None with origin "default" (the command's own default applies)."""
    path = config_file()
    in_file = _from_file(path) if path else {}
    found = {}
    for key, (_, env, _, _) in SETTINGS.items():
        if flags.get(key) is not None:
            found[key] = Setting(_checked(key, flags[key], "the command line"), "flag")
        elif os.environ.get(env):
            found[key] = Setting(_checked(key, os.environ[env], f"${env}"), f"environment (${env})")
        elif key in in_file:
            found[key] = Setting(_checked(key, in_file[key], f"config file {path}"), f"config file {path}")
        else:
            found[key] = Setting(None, "default")
    if isinstance(found["store"].value, str) and found["store"].origin != "flag":
        found["store"] = Setting(str(Path(found["store"].value).expanduser()) if "://" not in found["store"].value
                                 else found["store"].value, found["store"].origin)
    return found


def logging_to_stderr(verbose: int, quiet: bool) -> None:
    """Log to stderr: warnings by default, info with -v, debug with -vv, errors only with -q."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)
    logging.getLogger("bangiao").setLevel(level)
