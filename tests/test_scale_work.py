"""What a Spark worker does, without Spark: items → raw articles → output rows; the record's columns."""
import json

import pytest

from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.model import to_dict
from bangiao.reading.read import RawArticle
from bangiao.scale import columns, work
from conftest import SAMPLES

SAMPLE = SAMPLES / "03_vn-la_2021_chu-tich-nuoc-tham-lao.txt"
ROOTS = (("file:/data/crawl/2024", "crawl/2024/"), ("hdfs://nn:8020/news", "hdfs://nn:8020/news"),
         ("file:/data/one.txt", "one.txt"))


@pytest.mark.parametrize("uri,path", [
    ("file:/data/crawl/2024/a/b.html", "crawl/2024/a/b.html"),
    ("file:/data/crawl/2024", "crawl/2024/"),
    ("file:/data/crawl/20245/x.txt", "file:/data/crawl/20245/x.txt"),
    ("hdfs://nn:8020/news/x.jsonl", "hdfs://nn:8020/news/x.jsonl"),
    ("file:/data/one.txt", "one.txt"),
    ("file:///data/crawl/2024/b%C3%A0i%20vi%E1%BA%BFt.txt", "crawl/2024/bài viết.txt"),
])
def test_work_display_path_is_the_path_as_given(uri, path):
    assert work.display_path(uri, ROOTS) == path


def test_work_open_stream_reads_local_paths_and_file_uris(tmp_path):
    (tmp_path / "a b.warc").write_bytes(b"WARC")
    for uri in (str(tmp_path / "a b.warc"), f"file://{tmp_path}/a%20b.warc"):
        with work.open_stream(uri) as stream:
            assert stream.read() == b"WARC"


@pytest.mark.parametrize("item,expected", [
    (("file", "x.txt", SAMPLE.read_bytes(), ".txt"), ["article"]),
    (("file", "d.jsonl", b'{"text": "Ng\\u00e0y 9-1, h\\u1ed9i \\u0111\\u00e0m."}\n[1]\n', ".jsonl"), ["article", "error"]),
    (("file", "b.txt", bytes(range(256)) * 4, ".txt"), ["error"]),
    (("row", "t.parquet", {"text": "Hội đàm.", "url": "https://x.vn/1", "published": "2024-01-02"}), ["article"]),
    (("row", "t.parquet", {"text": None, "html": None}), ["error"]),
    (("error", "gone/", "no such file or folder"), ["error"]),
])
def test_work_items_give_articles_or_errors(item, expected):
    assert [kind for kind, _ in work.raw_items(item)] == expected


def test_work_row_fields_are_a_jsonl_lines():
    (kind, raw), = work.raw_items(("row", "t.parquet", {"text": "Hội đàm.", "source": {"name": "Báo"},
                                                       "published": "2024-01-02", "other": 5}))
    assert kind == "article" and (raw.source_name, raw.published, raw.line, raw.path) == ("Báo", "2024-01-02",
                                                                                           None, "t.parquet")


def _raw_rows(items):
    return [work.raw_row(kind, value) for kind, value in items]


def test_work_partition_gives_the_record_bangiao_extract_gives():
    (raw, doc), = list(pipeline.extract_paths([str(SAMPLE)]))
    *rows, worker = work.output_rows(_raw_rows([("article", raw)]), jsonl=True)
    (row,) = rows
    assert (row["kind"], row["record"]) == ("record", to_dict(doc))
    assert row["json"] == json.dumps(to_dict(doc), ensure_ascii=False)
    assert worker["kind"] == "worker" and worker["worker"]["peak_mb"] > 0


def test_work_partition_goes_on_after_bad_input_and_a_crash(monkeypatch):
    real = pipeline.build_document

    def fragile(raw, published=None):
        if raw.path == "boom.txt":
            raise RecursionError("deep")
        return real(raw, published)

    monkeypatch.setattr(pipeline, "build_document", fragile)
    items = [("article", RawArticle("boom.txt", "Hội đàm.", False, "h", line=3)),
             ("error", ("bad.jsonl", 2, "not valid JSON")),
             ("article", RawArticle("blank.html", "<html><body></body></html>", True, "h2", line=9)),
             ("article", RawArticle("ok.txt", SAMPLE.read_text("utf-8"), False, "h3"))]
    rows = list(work.output_rows(_raw_rows(items)))
    assert rows[0]["error"] == {"path": "boom.txt", "line": 3,
                                "problem": "extraction failed (RecursionError: deep); please report this input"}
    assert rows[1]["error"] == {"path": "bad.jsonl", "line": 2, "problem": "not valid JSON"}
    assert rows[2]["kind"] == "error" and (rows[2]["error"]["path"], rows[2]["error"]["line"]) == ("blank.html", 9)
    assert [r["kind"] for r in rows[3:]] == ["record", "worker"]
    assert rows[3]["json"] is None


def test_work_stages_as_arrow_batches_give_bangiao_extracts_records():
    pa = pytest.importorskip("pyarrow")
    files = sorted(SAMPLES.glob("0[1-3]*.txt")) + [SAMPLES / "15_batch_mixed.jsonl"]
    items = [{"kind": "file", "uri": f"file:{f}", "content": f.read_bytes(), "fields": None, "problem": None}
             for f in files] + [{"kind": "error", "uri": "file:/gone", "content": None, "fields": None,
                                 "problem": "no such file or folder"}]
    batch = pa.RecordBatch.from_pylist(items, schema=columns.arrow_schema(columns.ITEM))
    raws = list(work.read_batches([batch], ((f"file:{SAMPLES}", str(SAMPLES)),)))
    assert all(b.schema == columns.arrow_schema(columns.RAW) for b in raws)
    out = [r for b in work.extract_batches(raws, jsonl=True) for r in b.to_pylist()]
    wanted = [to_dict(d) for _, d in pipeline.extract_paths([str(f) for f in files])]
    assert [r["json"] for r in out if r["kind"] == "record"] == [json.dumps(w, ensure_ascii=False) for w in wanted]
    assert [r["record"]["id"] for r in out if r["kind"] == "record"] == [w["id"] for w in wanted]
    assert [r["error"]["path"] for r in out if r["kind"] == "error"] == ["file:/gone"]


def test_columns_follow_the_record_schema():
    schema = columns.record_schema()
    node = columns.shape()
    assert [name for name, _ in node[1]] == list(schema["properties"])
    fields = dict(node[1])
    assert fields["published"][0] == "struct" and [n for n, _ in fields["published"][1]] == \
        list(schema["$defs"]["date"]["properties"])
    assert fields["figures"][1][1][1][1] == ("leaf", "double")  # figures[].value
    assert dict(fields["events"][1][1])["evidence"] == ("struct", (("start", ("leaf", "long")),
                                                                   ("end", ("leaf", "long")), ("text", ("leaf", "string"))))


def test_columns_arrow_rows_of_a_record_keep_it():
    pa = pytest.importorskip("pyarrow")
    (_, doc), = [r for r in pipeline.extract_paths([str(SAMPLES / "06_vn-la_2025_kim-ngach-thuong-mai.txt")])]
    record = to_dict(doc)
    (row,) = pa.RecordBatch.from_pylist([{"kind": "record", "record": record}],
                                        schema=columns.arrow_schema(columns.output())).to_pylist()
    assert row["record"] == record and row["error"] is None
    assert row["record"]["figures"] and all(isinstance(f["value"], float) for f in row["record"]["figures"])


def test_columns_spark_types_name_every_column():
    pytest.importorskip("pyspark")
    assert columns.spark_type(columns.shape()).fieldNames() == [name for name, _ in columns.shape()[1]]
    assert columns.spark_type(columns.output()).fieldNames() == ["kind", "record", "json", "error", "worker"]
    assert columns.spark_type(columns.ITEM)["content"].dataType.typeName() == "binary"
