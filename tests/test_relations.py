"""Across documents: the relational store, fusion of one event reported by several articles, queries, reprocess."""
import csv
import io
import json

from typer.testing import CliRunner

from bangiao.extract import pipeline
from bangiao.store import queries, relations
from bangiao.cli import app
from bangiao.store.store import Store

NHANDAN = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã hội đàm "
           "với Thủ tướng Lào Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện.\nnhandan.vn")
VGP = ("Hai Thủ tướng Việt Nam - Lào hội đàm tại Hà Nội\nChiều 6/1, Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay "
       "Siphandone đã hội đàm tại Phủ Chủ tịch, sau lễ đón chính thức. Hai Thủ tướng đánh giá cao kết quả hợp tác "
       "năm 2023 và thống nhất nhiều biện pháp thúc đẩy quan hệ kinh tế.\nbaochinhphu.vn")
OTHER = ("Bộ trưởng Ngoại giao tiếp Đại sứ Nhật Bản\nNgày 20-3, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản "
         "Ito Naoki tại Hà Nội, hai bên trao đổi về hợp tác đầu tư và lao động.")


def _store(make_store, *texts, published="2024-01-06"):
    """A store of the texts; ``published`` is one date for all, or one per text."""
    s = make_store()
    dates = [published] * len(texts) if isinstance(published, str) else published
    for i, (t, day) in enumerate(zip(texts, dates)):
        s.add(pipeline.extract(t, published=day, path=f"{i}.txt"))
    return s


def test_relations_same_talks_from_two_outlets_is_one_event_with_two_sources(make_store):
    s = _store(make_store, NHANDAN, VGP)
    talks = queries.events(s.db, queries.EventFilter(type="TALKS"))
    assert len(talks) == 1
    assert {src["source"] for src in talks[0]["sources"]} == {"nhandan.vn", "baochinhphu.vn"}
    assert talks[0]["participants"][:2] == ["person:pham-minh-chinh", "person:sonexay-siphandone"]
    assert all(src["evidence"]["text"] for src in talks[0]["sources"])


def test_relations_filters_by_actor_any_spelling_pair_country_type_and_time(make_store):
    s = _store(make_store, NHANDAN, OTHER, published=["2024-01-06", "2024-03-21"])
    assert [e["type"] for e in queries.events(s.db, queries.EventFilter(actor="siphandon"))] == ["TALKS"]
    assert [e["type"] for e in queries.events(s.db, queries.EventFilter(actor="Phạm Minh Chính"))] == ["TALKS"]
    assert len(queries.events(s.db, queries.EventFilter(pair=("VN", "LA")))) == 1
    assert len(queries.events(s.db, queries.EventFilter(pair=("VN", "JP")))) == 1   # the Japanese ambassador
    assert queries.events(s.db, queries.EventFilter(pair=("VN", "KH"))) == []
    assert len(queries.events(s.db, queries.EventFilter(since="2024-02"))) == 1
    assert len(queries.events(s.db, queries.EventFilter(until="2024-01"))) == 1


def test_relations_actors_and_timeline(make_store):
    s = _store(make_store, NHANDAN, VGP)
    names = [a["name"] for a in queries.actors(s.db, "LA")]
    assert names == ["Sonexay Siphandone"]
    [month] = queries.timeline(s.db, ("VN", "LA"))
    assert month["month"] == "2024-01" and month["types"].get("TALKS") == 1


def test_relations_reprocess_keeps_documents_and_rebuilds_rows(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as s:
        s.add(pipeline.extract(NHANDAN, published="2024-01-06", path="a.txt"))
        s.add(pipeline.extract(VGP, published="2024-01-06", path="b.txt"))
        for table in ("event_reports", "event_participants", "event_countries", "pair_months"):
            s.db.execute(f"DELETE FROM {table}")
        s.db.execute("DELETE FROM fused_events")
    result = CliRunner().invoke(app, ["reprocess", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db) as s:
        assert s.stats()["documents"] == 2
        assert len(queries.events(s.db, queries.EventFilter(type="TALKS"))) == 1
        assert s.db.execute("SELECT count(*) FROM event_reports").fetchone()[0] >= 2


def test_relations_cli_formats(tmp_path):
    db = str(tmp_path / "s.db")
    for name, text in (("a.txt", NHANDAN), ("b.txt", VGP)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--quiet", "--db", db, "--published", "2024-01-06", str(tmp_path / "a.txt"),
                               str(tmp_path / "b.txt")]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["events", "--db", db, "--pair", "VN-LA", "--type", "TALKS", "--format", "json"]).stdout)
    assert [r["type"] for r in rows] == ["TALKS"] and rows[0]["reports"] == 2
    table = list(csv.reader(io.StringIO(runner.invoke(app, ["events", "--db", db, "--type", "talks", "--format", "csv"]).stdout)))
    assert table[0] == ["date", "type", "who", "where", "status", "reports"] and table[1][1] == "TALKS"
    assert runner.invoke(app, ["events", "--db", db, "--pair", "VNLA"]).exit_code == 2
    assert runner.invoke(app, ["timeline", "--db", db, "--pair", "VN-LA", "--format", "jsonl"]).exit_code == 0


def test_relations_exports(make_store):
    import xml.etree.ElementTree as ET

    from bangiao.serve import export

    s = _store(make_store, NHANDAN, VGP)
    assert [json.loads(line)["id"] for line in export.jsonl(s).splitlines()] == [
        r["id"] for r in s.records()]
    rows = list(csv.DictReader(io.StringIO(export.events_csv(s))))
    assert any(r["type"] == "TALKS" and r["sources"] == "2" for r in rows)
    plover = [json.loads(line) for line in export.plover(s).splitlines()]
    talks = next(p for p in plover if p["bangiao_type"] == "TALKS")
    assert talks["event_type"] == "CONSULT" and talks["actor"] == "Phạm Minh Chính" and len(talks["sources"]) == 2
    tsv = [line.split("\t") for line in export.cameo_tsv(s).splitlines()]
    assert tsv[0][:3] == ["actor", "recipient", "cameo"] and sum(r[2] == "046" for r in tsv) == 2
    graph = ET.fromstring(export.graphml(s))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert {n.get("id") for n in graph.iterfind(".//g:node", ns)} == {"person:pham-minh-chinh", "person:sonexay-siphandone"}


def test_relations_agreements_and_figures_across_articles(make_store):
    a = ("Hai nước ký Bản ghi nhớ hợp tác giáo dục\nNgày 6-1, hai Thủ tướng Phạm Minh Chính và Sonexay Siphandone chứng "
         "kiến lễ ký Bản ghi nhớ về hợp tác giáo dục giữa hai Chính phủ Việt Nam - Lào. Kim ngạch thương mại song phương "
         "năm 2023 đạt 1,7 tỷ USD; hai bên phấn đấu đạt 5 tỷ USD.")
    b = ("Việt Nam - Lào thúc đẩy hợp tác giáo dục\nNgày 8-1, Bộ Giáo dục hai nước triển khai Bản ghi nhớ về hợp tác giáo "
         "dục giữa hai Chính phủ Việt Nam - Lào vừa ký; mục tiêu thương mại vẫn là 5 tỷ USD.")
    s = _store(make_store, a, b)
    [memo] = [x for x in queries.agreements(s.db) if x["kind"] == "Bản ghi nhớ"]
    assert memo["status"] == "signed" and len(memo["documents"]) == 2
    targets = [f for f in queries.figures(s.db) if f["is_target"]]
    assert len(targets) == 1 and targets[0]["value"] == 5_000_000_000 and len(targets[0]["documents"]) == 2


def test_relations_pair_timeline_follows_documents_added_and_removed(make_store):
    s = _store(make_store, NHANDAN, VGP, OTHER)
    assert queries.timeline(s.db, ("LA", "VN")) == queries.timeline(s.db, ("VN", "LA"))
    [month] = queries.timeline(s.db, ("VN", "LA"))
    assert month["types"].get("TALKS") == 1              # two reports, one event
    doc_ids = [r[0] for r in s.db.execute("SELECT id FROM documents ORDER BY rowid")]
    for doc_id in doc_ids[:2]:
        with s._transaction():
            relations.clear(s.db, doc_id)
    assert queries.timeline(s.db, ("VN", "LA")) == []
    assert len(queries.timeline(s.db, ("VN", "JP"))) == 1


def test_relations_migration_3_backfills_countries_and_pair_timeline(tmp_path):
    db = tmp_path / "old.db"
    with Store(db) as s:
        s.add(pipeline.extract(NHANDAN, published="2024-01-06", path="a.txt"))
        s.add(pipeline.extract(OTHER, published="2024-03-21", path="b.txt"))
        before = (queries.timeline(s.db, ("VN", "LA")), queries.events(s.db, queries.EventFilter(country="JP")),
                  queries.events(s.db, queries.EventFilter(actor="Bùi Thanh Sơn")))
        for name in ("event_countries", "pair_months"):
            s.db.execute(f"DROP TABLE {name}")
        for index in ("fused_events_lookup", "fused_events_ranges", "fused_events_order", "event_participants_order"):
            s.db.execute(f"DROP INDEX {index}")
        for column in ("date_value", "type"):
            s.db.execute(f"ALTER TABLE event_participants DROP COLUMN {column}")
        s.db.execute("PRAGMA user_version = 2")
    with Store(db) as s:
        assert s.version >= 3
        assert (queries.timeline(s.db, ("VN", "LA")), queries.events(s.db, queries.EventFilter(country="JP")),
                queries.events(s.db, queries.EventFilter(actor="Bùi Thanh Sơn"))) == before
        assert all(before)


def test_relations_event_pages_join_up_to_the_whole_list(make_store):
    from conftest import SAMPLES

    s = make_store()
    for _, doc in pipeline.extract_paths([str(SAMPLES)]):
        s.add(doc)
    people = sorted(queries.actor_ids(s.db, "nguyen"))
    assert len(people) > 1                                   # a name fitting several people: walks merged
    union = {e["id"] for p in people for e in queries.events(s.db, queries.EventFilter(participant=p))}
    assert {e["id"] for e in queries.events(s.db, queries.EventFilter(actor="nguyen"))} == union
    for f in (queries.EventFilter(), queries.EventFilter(pair=("VN", "LA")), queries.EventFilter(actor="thongloun"),
              queries.EventFilter(actor="nguyen"), queries.EventFilter(actor="nguyen", type="MEET")):
        whole = [e["id"] for e in queries.events(s.db, f)]
        assert len(whole) == queries.count_events(s.db, f) > 2
        dates = [e["date"]["value"] for e in queries.events(s.db, f) if e["date"]]
        assert dates == sorted(dates)
        for size in (1, 3, 7):
            pages = [queries.events(s.db, f, limit=size, offset=o) for o in range(0, len(whole) + size, size)]
            assert [e["id"] for page in pages for e in page] == whole
        newest = [e["id"] for e in queries.events(s.db, f, newest_first=True)]
        assert sorted(newest) == sorted(whole)
