"""What projects, commitments and targets cost the store: `python bench/followups_store.py [N] [--pg URL]`.

Generates N documents (default 10,000) with 1-2 projects (of a pool of 300, stages and dates at random), 3
commitments (a pair of five, a topic, an undertaking of 6-10 syllables from a vocabulary of 400) and one trade figure
(a target in one document of five), and stores them twice in batches of 100 in new SQLite stores (or PostgreSQL
databases): once with their projects, commitments and figures, once without (events are none in both). Prints the
stored documents a second each way, then the time of each question (median of 20) on the full store.
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bangiao.model import About, Commitment, Date, Document, Figure, Project, Span, STAGES, TOPICS
from bangiao.store.backends import open_store

PARTNERS = ("LA", "KH", "CN", "JP", "US")
SYLLABLES = [f"{c}{v}{e}" for c in "bcdghklmnpt" for v in "aeiouy" for e in ("", "n", "ng", "t", "m", "c")][:400]


def _document(i: int, rng: random.Random) -> Document:
    partner = rng.choice(PARTNERS)
    year = rng.randint(2010, 2026)
    clauses = [" ".join(rng.choices(SYLLABLES, k=rng.randint(6, 10))) for _ in range(3)]
    text = f"Văn bản {i}. " + " ".join(f"Hai bên nhất trí {c}." for c in clauses) + " Kim ngạch đạt 5 tỷ USD."
    parties = ("country:VN", f"country:{partner}")
    span = lambda part: Span(text.index(part), text.index(part) + len(part), part)  # noqa: E731
    projects = tuple(Project(f"project:p{rng.randrange(300)}", f"dự án {n}", "road", span(clauses[n]), parties, (),
                             None, rng.choice(STAGES), Date(f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "day"))
                     for n in range(rng.randint(1, 2)))
    commitments = tuple(Commitment(f"c{n + 1}", "agree", span(c), span(c), "030", rng.choice(TOPICS[:4]), parties, (),
                                   About((projects[0].id,) if n == 0 and rng.random() < 0.3 else ()))
                        for n, c in enumerate(clauses))
    target = rng.random() < 0.2
    figure = Figure("trade_turnover", rng.choice((5e9, 6e9, 7e9)) if target else rng.uniform(3e9, 8e9), "USD",
                    span("Kim ngạch đạt 5 tỷ USD."), target, None, Date(str(rng.randint(2015, 2030)), "year"), parties)
    return Document(id=f"d{i:08d}", text=text, published=Date(f"{year}-06-01", "day"), projects=projects,
                    commitments=commitments, figures=(figure,))


def _store(where: str, docs: list[Document]) -> tuple[object, float]:
    store = open_store(where)
    start = time.perf_counter()
    for i in range(0, len(docs), 100):
        store.add_many([(d, None) for d in docs[i:i + 100]])
    return store, time.perf_counter() - start


def _timed(ask) -> float:
    times = []
    for _ in range(20):
        start = time.perf_counter()
        ask()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--pg", nargs=2, metavar=("WITH_URL", "WITHOUT_URL"), help="two empty PostgreSQL databases")
    args = parser.parse_args()
    rng = random.Random(15)
    docs = [_document(i, rng) for i in range(args.n)]
    bare = [dataclasses.replace(d, projects=(), commitments=(), figures=()) for d in docs]
    folder = Path(tempfile.mkdtemp())
    full, seconds = _store(args.pg[0] if args.pg else str(folder / "with.db"), docs)
    _, bare_seconds = _store(args.pg[1] if args.pg else str(folder / "without.db"), bare)
    print(f"{args.n} documents: {args.n / seconds:,.0f} docs/s with projects, commitments and figures "
          f"({seconds:.1f} s), {args.n / bare_seconds:,.0f} docs/s without ({bare_seconds:.1f} s)", file=sys.stderr)
    key = full.commitments(("VN", "LA"), limit=1)[0]["key"]
    for name, ask in [("projects()", lambda: full.projects()), ("project(p1)", lambda: full.project("project:p1")),
                      ("commitments(VN-LA)", lambda: full.commitments(("VN", "LA"))),
                      ("follow_up(commitment)", lambda: full.follow_up(key)),
                      ("follow_up(project)", lambda: full.follow_up("project:p1")),
                      ("targets(VN-LA)", lambda: full.targets(("VN", "LA")))]:
        print(f"{name}: {_timed(ask):.1f} ms", file=sys.stderr)
    counts = {t: full.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("projects", "commitments", "commitment_links", "target_links")}
    print(counts, file=sys.stderr)


if __name__ == "__main__":
    main()
