"""Loading the packaged data files: once, with the header checked.

Each stage validates the body of the files it owns; this module checks what
every file shares (a ``[meta]`` table with ``version``, ``kind`` and ``sources``).
"""
from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

from bangiao.errors import DataFileError


@functools.cache
def load(name: str, kind: str) -> dict[str, Any]:
    """The parsed TOML file ``data/<name>``; raises DataFileError if it is missing or malformed."""
    try:
        raw = resources.files("bangiao").joinpath("data").joinpath(name).read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(name, f"cannot be read: {exc}") from exc
    return check_header(name, data, kind)


def check_header(name: str, data: dict[str, Any], kind: str, *, sources: bool = True) -> dict[str, Any]:
    """``data`` if its [meta] table has this kind, an integer version and (when asked) its sources."""
    meta = data.get("meta")
    if not isinstance(meta, dict):
        raise DataFileError(name, "has no [meta] table")
    if meta.get("kind") != kind:
        raise DataFileError(name, f"[meta] kind is {meta.get('kind')!r}, expected {kind!r}")
    if not isinstance(meta.get("version"), int):
        raise DataFileError(name, "[meta] version must be an integer")
    listed = meta.get("sources")
    if sources and (not listed or not all(isinstance(s, str) and s for s in listed)):
        raise DataFileError(name, "[meta] sources must list where the facts come from")
    return data


def strings(name: str, data: dict[str, Any], *keys: str) -> list[str]:
    """The list of non-empty strings at ``data[k1][k2]...``; raises DataFileError otherwise."""
    node: Any = data
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            raise DataFileError(name, f"missing {'.'.join(keys)}")
        node = node[key]
    if not isinstance(node, list) or not all(isinstance(x, str) and x.strip() for x in node):
        raise DataFileError(name, f"{'.'.join(keys)} must be a list of non-empty strings")
    return node
