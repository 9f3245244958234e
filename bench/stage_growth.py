"""CPU seconds of each stage on the worst shapes: `python bench/stage_growth.py [--shapes a,b] [MB ...]` (default 1 4 16).

Each shape of tests/worstcase.py at each size runs in a process of its own, through ingest's path (read a file,
`pipeline.build_document`, `Store.add` to a new SQLite file), with a timer around each stage as the pipeline calls
it, in its order. A stage's time is its own (a stage called inside another, e.g. `Reading.resolve` in the entities,
the merging of event drafts in the events, is taken out of its caller's), and the garbage collector's time is a row
of its own (young and full collections: a full one walks every object alive, millions on 16 MB, and would land in
whichever stage allocates when it is due). Then the table of CPU seconds per stage
and size and the ratios of each 4× step; a ratio over 5× is marked (the bar of issue 16).
`--one SHAPE MB` runs one case and prints its JSON (what the table is made of); `--one SHAPE MB --profile STAGE`
also prints the profile of that stage on stderr; STAGE_GROWTH_FREEZE=1 calls `gc.freeze()` once the knowledge base is
loaded (an experiment: its objects left out of every collection).
"""
from __future__ import annotations

import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import worstcase  # noqa: E402

# (module, attribute, stage) in the pipeline's order; the module's name is looked up where the caller finds it
STAGES = (
    ("bangiao.extract.pipeline", "_clean", "clean"),
    ("bangiao.extract.pipeline", "read_entities", "entities"),
    ("bangiao.extract.entities", "Reading.resolve", "entities: resolve"),
    ("bangiao.extract.pipeline", "date_document", "dating"),
    ("bangiao.extract.pipeline", "find_agreements", "agreements"),
    ("bangiao.extract.pipeline", "find_events", "events"),
    ("bangiao.extract.event_drafts", "_merged_once", "events: merging"),
    ("bangiao.extract.pipeline", "link_signed", "signed links"),
    ("bangiao.extract.pipeline", "with_listed_visits", "visit lists"),
    ("bangiao.extract.pipeline", "with_meetings_in_turn", "meetings in turn"),
    ("bangiao.extract.pipeline", "with_listed_conferences", "listed conferences"),
    ("bangiao.extract.pipeline", "with_sideline_conferences", "sidelines"),
    ("bangiao.extract.pipeline", "with_tours", "tours"),
    ("bangiao.extract.pipeline", "with_provincial_sides", "provincial sides"),
    ("bangiao.extract.pipeline", "with_captions", "captions"),
    ("bangiao.extract.pipeline", "find_figures", "figures"),
    ("bangiao.extract.pipeline", "find_projects", "projects"),
    ("bangiao.extract.pipeline", "find_commitments", "commitments"),
)
PROFILE = None  # a stage to profile (`--one SHAPE MB --profile STAGE`)
ORDER = ("read",) + tuple(s for _, _, s in STAGES) + ("other extraction", "store", "gc: young collections",
                                                       "gc: full collections", "total")


class _Timer:
    """Own CPU time of each wrapped stage: a stage called inside another is taken out of the caller's."""

    def __init__(self) -> None:
        self.times: dict[str, float] = {}
        self.stack: list[list] = []  # [stage, start, time of the stages inside]
        self.collecting = 0.0
        gc.callbacks.append(self._collector)

    def _collector(self, phase: str, info: dict) -> None:
        """The garbage collector's time, a row of its own: a full collection walks every object alive (millions on
        16 MB), and lands in whichever stage allocates when it is due."""
        if phase == "start":
            self.collecting = time.process_time()
            return
        spent = time.process_time() - self.collecting
        row = "gc: full collections" if info["generation"] == 2 else "gc: young collections"
        self.times[row] = self.times.get(row, 0.0) + spent
        if self.stack:
            self.stack[-1][2] += spent

    def wrap(self, stage: str, work):
        def timed(*args, **kwargs):
            self.stack.append([stage, time.process_time(), 0.0])
            try:
                if stage == PROFILE:  # `--profile STAGE`: where its time goes, on stderr
                    import cProfile
                    import pstats
                    profile = cProfile.Profile()
                    found = profile.runcall(work, *args, **kwargs)
                    pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(14)
                    return found
                return work(*args, **kwargs)
            finally:
                name, start, inner = self.stack.pop()
                spent = time.process_time() - start
                self.times[name] = self.times.get(name, 0.0) + spent - inner
                if self.stack:
                    self.stack[-1][2] += spent
        return timed


def _install(timer: _Timer) -> None:
    import importlib
    for module, attribute, stage in STAGES:
        owner = importlib.import_module(module)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, name, timer.wrap(stage, getattr(owner, name)))


def one(shape: str, megabytes: float) -> dict:
    """In this process: the shape at the size, read, built and stored; CPU seconds of each stage."""
    from bangiao.extract import pipeline
    from bangiao.reading.read import read
    from bangiao.store.store import Store

    pipeline.extract("Chủ tịch nước Tô Lâm hội đàm với Thủ tướng Lào ngày 5/6/2024.")  # the knowledge base, loaded
    if os.environ.get("STAGE_GROWTH_FREEZE"):  # an experiment: what is loaded left out of every collection
        gc.freeze()
    timer = _Timer()
    _install(timer)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{shape}.txt"
        worstcase.write(shape, int(megabytes * 2**20), path)
        start = time.process_time()
        (raw,) = timer.wrap("read", lambda: tuple(read([str(path)], max_bytes=64 * 2**20)))()  # (a generator)
        doc = timer.wrap("other extraction", pipeline.build_document)(raw)  # (its own time: what no stage took)
        with Store(Path(tmp) / "store.db") as store:
            timer.wrap("store", store.add)(doc, raw)
        stored = time.process_time()
    gc.callbacks.remove(timer._collector)
    times = dict(timer.times, total=stored - start)
    return {"shape": shape, "mb": megabytes, "times": times, "events": len(doc.events),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child(shape: str, mb: float) -> dict:
    done = subprocess.run([sys.executable, __file__, "--one", shape, str(mb)], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(shapes: list[str], sizes: list[float]) -> None:
    print(f"stage growth; CPU seconds; sizes {sizes} MB; load average at the start {os.getloadavg()}")
    for shape in shapes:
        runs = [_child(shape, mb) for mb in sizes]
        head = " | ".join(f"{mb:g} MB" for mb in sizes)
        steps = " | ".join(f"{b:g}/{a:g}" for a, b in zip(sizes, sizes[1:]))
        print(f"\n{shape} (load average now {os.getloadavg()[0]:.2f}; peak MB "
              f"{', '.join(format(r['peak_mb'], '.0f') for r in runs)})")
        print(f"| stage | {head} | {steps} |")
        print("|---" * (1 + 2 * len(sizes) - 1) + "|")
        for stage in ORDER:
            values = [r["times"].get(stage, 0.0) for r in runs]
            ratios = []
            for a, b in zip(values, values[1:]):
                ratio = b / a if a >= 0.01 else None
                ratios.append("" if ratio is None else f"{ratio:.1f}×" + (" **over**" if ratio >= 5 else ""))
            print(f"| {stage} | {' | '.join(f'{v:.2f}' for v in values)} | {' | '.join(ratios)} |", flush=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--one"]:
        PROFILE = args[4] if args[3:4] == ["--profile"] else None
        print(json.dumps(one(args[1], float(args[2]))))
        raise SystemExit
    chosen = list(worstcase.SHAPES)
    if args[:1] == ["--shapes"]:
        chosen, args = args[1].split(","), args[2:]
    main(chosen, [float(x) for x in args] or [1, 4, 16])
