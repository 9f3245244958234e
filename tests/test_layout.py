"""The package has the shape of the data's path: reading → extract → store → serve.

A module may import its own stage and the stages below it, never one above. ``model``, ``errors`` and
``datafiles`` are the core every stage shares; ``cli``, ``evaluate`` and the package's ``__init__`` sit on top.
The web side (``serve/``) and the CLI reach the database only through ``bangiao.store.store.Store``.
"""
from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "bangiao"
RANK = {"core": 0, "reading": 1, "extract": 2, "store": 3, "serve": 4, "top": 5}
CORE = {"model", "errors", "datafiles"}
TOP = ("__init__", "__main__", "cli", "evaluate", "evaluate_undertakings", "follow", "scale",  # follow: crawl → extract → store; scale: Spark
       "config", "demo", "cli_followups")  # the CLI's settings (bangiao.toml, environment, flags) and the demo's tables


def stage_of(module: str) -> str:
    """'bangiao.extract.events' → 'extract'; 'bangiao.model' → 'core'; 'bangiao.cli' → 'top'."""
    parts = module.split(".")
    if len(parts) < 2 or parts[1] in TOP:
        return "top"
    return parts[1] if parts[1] in RANK else "core" if parts[1] in CORE else "top"


def imports_of(path: Path, package: Path) -> list[tuple[int, str]]:
    """Every bangiao module a file imports (absolute or relative), with its line."""
    parts = ("bangiao",) + path.relative_to(package).with_suffix("").parts
    home = ".".join(parts[:-1] if path.name == "__init__.py" or len(parts) > 1 else parts)
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("bangiao")]
        elif isinstance(node, ast.ImportFrom):
            base = importlib.util.resolve_name("." * node.level + (node.module or ""), home) if node.level \
                else node.module or ""
            if base.startswith("bangiao"):
                found += [(node.lineno, f"{base}.{a.name}" if base == "bangiao" else base) for a in node.names]
    return found


def upward_imports(package: Path) -> list[str]:
    """'file:line imports X (stage) from stage' for every import of a higher stage."""
    bad = []
    for path in sorted(package.rglob("*.py")):
        module = ".".join(("bangiao",) + path.relative_to(package).with_suffix("").parts)
        mine = stage_of(module)
        for line, target in imports_of(path, package):
            theirs = stage_of(target)
            if RANK[theirs] > RANK[mine]:
                bad.append(f"{path.relative_to(package)}:{line} imports {target} ({theirs}) from {mine}")
    return bad


def test_layout_no_stage_imports_a_higher_one():
    assert upward_imports(PACKAGE) == []


def test_layout_check_fails_on_an_upward_import(tmp_path):
    """A fake package where the reader imports the store: the check must name it."""
    fake = tmp_path / "bangiao"
    for folder in ("reading", "store"):
        (fake / folder).mkdir(parents=True)
        (fake / folder / "__init__.py").write_text("")
    (fake / "__init__.py").write_text("")
    (fake / "store" / "store.py").write_text("import sqlite3\n")
    (fake / "reading" / "read.py").write_text("import os\nfrom bangiao.store.store import Store\n")
    (fake / "reading" / "clean.py").write_text("from ..store import store\n")
    assert upward_imports(fake) == [
        "reading/clean.py:1 imports bangiao.store (store) from reading",
        "reading/read.py:2 imports bangiao.store.store (store) from reading",
    ]


@pytest.mark.parametrize("module,stage", [
    ("bangiao.reading.read", "reading"), ("bangiao.extract.events", "extract"), ("bangiao.store.queries", "store"),
    ("bangiao.serve.api", "serve"), ("bangiao.model", "core"), ("bangiao.cli", "top"), ("bangiao", "top"),
    ("bangiao.scale.spark", "top"),
])
def test_layout_stage_of(module, stage):
    assert stage_of(module) == stage


def test_layout_serve_and_cli_reach_the_database_only_through_the_store():
    """No database driver and no store internals (queries, relations) above the store."""
    files = sorted((PACKAGE / "serve").rglob("*.py")) + [PACKAGE / "cli.py"]
    bad = []
    for path in files:
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            names += [f"{node.module}.{a.name}" for a in node.names] if isinstance(node, ast.ImportFrom) else []
            bad += [f"{path.name}: {n}" for n in names
                    if n.split(".")[0] in ("sqlite3", "psycopg") or n.startswith(("bangiao.store.queries",
                                                                                   "bangiao.store.relations"))]
    assert bad == []


def test_layout_every_stage_is_a_package():
    for stage in ("reading", "extract", "store", "serve"):
        assert (PACKAGE / stage / "__init__.py").is_file()
    assert not [p.name for p in PACKAGE.glob("*.py")
                if p.stem not in CORE | set(TOP)]


def test_layout_extract_is_the_stage_and_the_function():
    import bangiao
    import bangiao.extract.events as events

    assert events.__name__ == "bangiao.extract.events"
    doc = bangiao.extract("Ngày 9-1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào.", published="2024-01-10")
    assert isinstance(doc, bangiao.Document)
