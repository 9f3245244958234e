"""The Spark job in local mode: one run over the sample corpus, a web archive, a Parquet table and bad input.

Its records equal `bangiao extract`'s, record for record; bad input is in errors/, and the job finishes.
One Spark session (local[2]) and one job serve every test here, to keep the suite fast.
"""
import json
import os
from pathlib import Path

import pytest

if not os.environ.get("CI"):
    pytest.importorskip("pyspark", reason="the spark extra is not installed: pip install -e '.[spark]'")
import pyarrow as pa
import pyarrow.parquet as pq

from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.model import from_dict, to_dict
from bangiao.scale import load as loading
from bangiao.scale.columns import shape
from bangiao.scale.spark import run, session, stop
from bangiao.store.store import Store
from conftest import SAMPLES
from test_warc import CRAWL, write_warc

ARTICLE = (SAMPLES / "05_vn-la_2024_chu-tich-nuoc-to-lam-tham-lao.txt").read_text("utf-8")
ROWS = [
    {"text": ARTICLE, "url": "https://tin.example.vn/5", "title": "Chủ tịch nước thăm Lào", "published": "2024-07-11",
     "source": "Báo Mẫu"},
    {"html": None, "text": None, "url": "https://tin.example.vn/trong", "title": None, "published": None, "source": None},
]


def _inputs(folder: Path) -> tuple[list[str], list[str]]:
    """(inputs both read, inputs only the job reads): samples, a crawl, a damaged crawl, bad files; a table."""
    write_warc(folder / "crawl.warc.gz", CRAWL)
    whole = write_warc(folder / "whole.warc.gz", CRAWL[:1]).read_bytes()
    (folder / "whole.warc.gz").unlink()
    (folder / "cut.warc.gz").write_bytes(whole[: len(whole) // 2])
    bad = folder / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "lines.jsonl").write_text('{"text": "' + ARTICLE[:400].replace("\n", "\\n") + '"}\nnot json\n', "utf-8")
    (bad / "notes.bin").write_bytes(b"\x00ignored: not an article file")
    pq.write_table(pa.Table.from_pylist(ROWS), folder / "table.parquet")
    (folder / "tên lạ").mkdir()
    (folder / "tên lạ" / "bài 1.txt").write_text(ARTICLE.replace("Lào", "nước Lào", 1), "utf-8")
    both = [str(SAMPLES), str(folder / "tên lạ"), str(folder / "crawl.warc.gz"), str(folder / "cut.warc.gz"), str(bad),
            str(folder / "missing")]
    return both, [str(folder / "table.parquet")]


@pytest.fixture(scope="module")
def job(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spark")
    both, only_job = _inputs(folder)
    spark = session("local[2]", {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"}, "bangiao tests")
    spark.sparkContext.setLogLevel("ERROR")
    try:
        summary = run(spark, both + only_job, str(folder / "out"), jsonl=True, partitions=3)
    finally:
        stop(spark)
    expected = list(pipeline.extract_paths(both))
    return folder / "out", summary, expected


def _canonical(records) -> list[str]:
    return sorted(json.dumps(to_dict(from_dict(r)), ensure_ascii=False, sort_keys=True) for r in records)


def test_spark_records_equal_bangiao_extracts_record_for_record(job):
    out, _, expected = job
    records = [r for r in pq.read_table(out / "records").to_pylist() if not r["path"].endswith(".parquet")]
    wanted = [to_dict(doc) for _, doc in expected if not isinstance(doc, InputError)]
    assert len(wanted) >= 20
    assert _canonical(records) == _canonical(wanted)


def test_spark_jsonl_lines_are_bangiao_extracts_lines(job):
    out, _, expected = job
    lines = [ln for f in sorted((out / "jsonl").glob("part-*")) for ln in f.read_text("utf-8").splitlines()]
    wanted = [json.dumps(to_dict(doc), ensure_ascii=False) for _, doc in expected if not isinstance(doc, InputError)]
    assert sorted(ln for ln in lines if '.parquet"' not in ln) == sorted(wanted)


def test_spark_parquet_rows_read_as_jsonl_lines_are(job):
    out, _, _ = job
    (record,) = [r for r in pq.read_table(out / "records").to_pylist() if r["path"].endswith("table.parquet")]
    doc = pipeline.extract(ARTICLE, html=False, published="2024-07-11", title=ROWS[0]["title"])
    assert (record["id"], record["text"], record["title"]) == (doc.id, doc.text, doc.title)
    assert record["source"] == {"name": "Báo Mẫu", "url": "https://tin.example.vn/5"}
    assert to_dict(from_dict(record))["events"] == to_dict(doc)["events"]


def test_spark_bad_input_is_counted_and_written_to_errors(job):
    out, summary, expected = job
    errors = [json.loads(ln) for f in (out / "errors").glob("part-*") for ln in f.read_text("utf-8").splitlines()]
    found = {(Path(e["path"]).name, e["line"]) for e in errors}
    wanted = {(Path(err.path).name, err.line) for _, err in expected if isinstance(err, InputError)}
    assert {"crawl.warc.gz", "cut.warc.gz", "binary.txt", "empty.txt", "missing"} <= {name for name, _ in wanted}
    assert ("lines.jsonl", 2) in wanted and ("notes.bin", None) not in wanted
    assert found == wanted | {("table.parquet", None)}
    assert all(e["problem"] for e in errors) and summary.errors == len(errors)
    assert summary.records == len([1 for _, d in expected if not isinstance(d, InputError)]) + 1


def test_spark_records_have_the_specs_nested_columns(job):
    out, _, _ = job
    schema = pq.read_schema(next((out / "records").glob("*.parquet")))
    assert schema.names == [name for name, _ in shape()[1]]
    assert pa.types.is_struct(schema.field("published").type)
    assert schema.field("events").type.value_type.field("evidence").type.field("start").type == pa.int64()


def test_spark_python_worker_memory_is_measured_and_bounded(job):
    _, summary, _ = job
    assert summary.workers >= 1 and 0 < summary.peak_mb <= 500


def test_spark_output_loads_into_a_store_as_ingest_would(job):
    out, _, expected = job
    with Store(":memory:") as loaded, Store(":memory:") as ingested:
        counts = loading.load(loaded, out)
        ingested.add_many([(doc, None) for _, doc in expected if not isinstance(doc, InputError)])
        assert counts["read"] == counts["new"] + counts["duplicate"] and counts["failed"] == 0
        assert loaded.stats()["documents"] == ingested.stats()["documents"]  # the table's article is sample 05
        keys = lambda s: sorted((e["type"], (e["date"] or {}).get("value") or "", tuple(e["participants"]),  # noqa: E731
                                 len(e["sources"])) for e in s.events())
        assert keys(loaded) == keys(ingested)
