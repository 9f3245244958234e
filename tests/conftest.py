from __future__ import annotations

from pathlib import Path

import pytest

from bangiao.store.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLES = ROOT / "src" / "bangiao" / "data" / "samples"
DATA = Path(__file__).resolve().parent / "data"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def store():
    s = Store(":memory:")
    yield s
    s.close()


def spans_of(record: dict) -> list[dict]:
    """Every Span in an extraction record (as JSON)."""
    spans = [m for e in record.get("entities", []) for m in e.get("mentions", [])]
    for key in ("events", "agreements", "figures"):
        spans += [x["evidence"] for x in record.get(key, []) if x.get("evidence")]
    return spans
