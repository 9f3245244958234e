"""`bangiao reprocess --from-source` against a crawl of the local site, on both backends: the archived pages read
again with a cleaner that learnt to cut a promo block (a sources.toml `drop` hint); documents keep their id, move
to a new one or merge into the one they now duplicate, with every input; a missing archive falls back."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from bangiao import follow
from bangiao.cli import app
from bangiao.extract import pipeline
from bangiao.store.store import Store
from crawlsite import load_sources, page, sample_article, sample_date, sources_file
from test_follow import run, site  # noqa: F401 - the local site and its fixture

DROP = "drop = [\"//div[@class='promo']\"]"


def promo_page(n: int) -> str:
    """The n-th sample's page with a promo block (another sample's paragraphs) at the end of the article."""
    title, paragraphs = sample_article(n)
    promo = "".join(f"<p>{p}</p>" for p in sample_article(n + 1)[1][:3])
    return page(title, paragraphs, sample_date(n)).replace("</article>", f'<div class="promo">{promo}</div></article>')


def crawl_four(site):
    """a: sample 1; b: sample 1 with a promo; c: sample 3 with a promo; d: sample 4. Their URLs and sources."""
    urls = {k: site.url(f"/tin/{k}.html") for k in "abcd"}
    site.article("/tin/a.html", 1)
    site.article("/tin/d.html", 4)
    for k, n in (("b", 1), ("c", 3)):
        site.server.expect_request(f"/tin/{k}.html").respond_with_data(promo_page(n), content_type="text/html")
    site.feed("/feed.rss", list(urls.values()))
    return urls


def ids_by_url(store: Store) -> dict[str, str]:
    return {i["source_url"]: r["id"] for r in store.records() for i in store.get(r["id"])["inputs"]}


def test_follow_reprocess_from_source_moves_merges_and_keeps(site, store):  # noqa: F811
    urls = crawl_four(site)
    assert run(site, store).counts["new"] == 4
    before = ids_by_url(store)
    store.add(pipeline.extract(sample_article(5)[1][0] + " " + " ".join(sample_article(5)[1][1:]), path="tay.txt"))
    later = site.sources(feeds=[site.url("/feed.rss")], extra=DROP)
    done = follow.reprocess_from_source(store, later)
    assert done.counts == Counter({"kept": 2, "moved": 1, "merged": 1, "stored text": 1}) and not done.warnings
    after = ids_by_url(store)
    assert after[urls["a"]] == after[urls["b"]] == before[urls["a"]]            # b now duplicates a
    assert after[urls["d"]] == before[urls["d"]] and after[urls["c"]] != before[urls["c"]]  # c moved
    assert store.stats()["documents"] == 4 and store.stats()["inputs"] == 5    # every input kept
    assert store.get(before[urls["b"]]) is None and store.get(before[urls["c"]]) is None
    merged = {i["source_url"]: i["relation"] for i in store.get(before[urls["a"]])["inputs"]}
    assert merged == {urls["a"]: "original", urls["b"]: "duplicate"}
    moved = store.get(after[urls["c"]])
    assert [i["relation"] for i in moved["inputs"]] == ["original"] and sample_article(4)[1][0] not in moved["text"]
    reporting = {s["doc_id"] for e in store.events() for s in e["sources"]}
    assert reporting <= {r["id"] for r in store.records()} and after[urls["c"]] in reporting
    assert store.frontier.counts() == {"done": 4} and _frontier_docs(store) == {after[u] for u in urls.values()}


def _frontier_docs(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT doc_id FROM crawl_urls WHERE kind = 'page'").fetchall()}


def test_follow_reprocess_from_source_falls_back_when_the_archive_is_gone(site, store):  # noqa: F811
    crawl_four(site)
    summary = run(site, store)
    before = {r["id"]: r for r in store.records()}
    open(summary.archive, "wb").close()                                         # the records are no longer there
    done = follow.reprocess_from_source(store, site.sources(feeds=[site.url("/feed.rss")], extra=DROP))
    assert done.counts == Counter({"fallback": 4}) and len(done.warnings) == 4
    assert all("holds no record" in w for w in done.warnings)
    Path(summary.archive).unlink()
    done = follow.reprocess_from_source(store, site.sources(feeds=[site.url("/feed.rss")], extra=DROP))
    assert done.counts == Counter({"fallback": 4}) and all("is gone" in w for w in done.warnings)
    assert {r["id"]: r["text"] for r in store.records()} == {k: r["text"] for k, r in before.items()}


def test_follow_reprocess_cli_from_source_summary(site, tmp_path):  # noqa: F811
    crawl_four(site)
    with Store(tmp_path / "s.db") as store:
        run(site, store)
    hints = sources_file(tmp_path, [site.host], site.base + "/", feeds=[site.url("/feed.rss")], extra=DROP,
                         outlet_id="local")
    result = CliRunner().invoke(app, ["reprocess", "--from-source", "--sources", str(hints), "--db",
                                      str(tmp_path / "s.db"), "-q"])
    assert result.exit_code == 0, result.output
    assert "reprocessed 4 documents" in result.stdout and "2 kept their id, 1 moved to a new id, 1 merged" in result.stdout
    with Store(tmp_path / "s.db") as store:
        assert store.stats()["documents"] == 3 and store.stats()["inputs"] == 4
    plain = CliRunner().invoke(app, ["reprocess", "--db", str(tmp_path / "s.db")])
    assert plain.exit_code == 0 and "reprocessed 3 documents" in plain.stdout


def test_follow_reprocess_archived_input_is_the_original_else_a_duplicate():
    row = lambda path, line, relation: {"path": path, "line": line, "relation": relation}  # noqa: E731
    assert follow.archived_input([row("a.txt", None, "original"), row("x.warc.gz", 7, "near-duplicate"),
                                  row("y.warc", 3, "duplicate")]) == ("y.warc", 3)
    assert follow.archived_input([row("y.warc", 3, "duplicate"), row("x.warc.gz", 0, "original")]) == ("x.warc.gz", 0)
    assert follow.archived_input([row("x.warc.gz", None, "original"), row("d.jsonl", 4, "original")]) is None
