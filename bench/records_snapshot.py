"""Every record of the dev set and the bundled samples as JSONL: `python bench/records_snapshot.py OUT.jsonl`.

For speed work that must change no record: write a snapshot before the change and one after, then `diff` them
(or `--compare A B` to say how many records differ). One line per article: its file, then the record (sorted keys; its path is the file's name, so that two copies of
the tree compare).
"""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

from bangiao.extract import pipeline
from bangiao.model import to_dict

DEV = Path(__file__).resolve().parent.parent / "tests" / "dev" / "articles"


def inputs() -> list[str]:
    samples = Path(str(resources.files("bangiao").joinpath("data", "samples")))
    return [str(p) for folder in (DEV, samples) for p in sorted(folder.iterdir()) if p.is_file()]


def lines() -> list[str]:
    """One JSON line for each article of the inputs (an error's problem when it is not one)."""
    found = []
    for path in inputs():
        for raw, doc in pipeline.extract_paths([path]):
            name = f"{Path(path).name}:{raw.line if raw and raw.line else 0}"
            value = to_dict(doc) | {"path": name} if not isinstance(doc, Exception) else {"error": doc.problem}
            found.append(json.dumps({"input": name, "record": value}, ensure_ascii=False, sort_keys=True))
    return found


def compare(a: str, b: str) -> int:
    """How many lines of two snapshots differ (and which inputs)."""
    left, right = (Path(p).read_text("utf-8").splitlines() for p in (a, b))
    differ = [json.loads(x)["input"] for x, y in zip(left, right) if x != y]
    print(f"{len(left)} and {len(right)} records; {len(differ)} differ{': ' + ', '.join(differ) if differ else ''}")
    return int(bool(differ) or len(left) != len(right))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"]:
        raise SystemExit(compare(sys.argv[2], sys.argv[3]))
    Path(sys.argv[1]).write_text("\n".join(lines()) + "\n", "utf-8")
