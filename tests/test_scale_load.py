"""`bangiao load`: a Spark job's output (Parquet or JSONL records) into a store, batched, fused, re-runnable."""
import json

import pytest
from typer.testing import CliRunner

from bangiao.cli import app
from bangiao.errors import InputError
from bangiao.extract import pipeline
from bangiao.model import to_dict
from bangiao.scale import load as loading
from bangiao.store.store import Store
from conftest import SAMPLES

DOCS = [doc for _, doc in pipeline.extract_paths([str(SAMPLES)]) if not isinstance(doc, InputError)]
LINES = [json.dumps(to_dict(doc), ensure_ascii=False) for doc in DOCS]


@pytest.fixture
def output(tmp_path):
    """A job's output folder as `bangiao spark extract --jsonl` leaves it (two part files, markers)."""
    (tmp_path / "jsonl").mkdir()
    (tmp_path / "jsonl" / "part-00000.txt").write_text("\n".join(LINES[:7]) + "\n", "utf-8")
    (tmp_path / "jsonl" / "part-00001.txt").write_text("\n".join(LINES[7:]) + "\n", "utf-8")
    (tmp_path / "jsonl" / "_SUCCESS").write_text("")
    return tmp_path


def _ingested() -> Store:
    store = Store(":memory:")
    store.add_many([(doc, None) for doc in DOCS])
    return store


def test_load_adds_what_ingest_adds(output):
    with Store(":memory:") as store, _ingested() as ingested:
        counts = loading.load(store, output)
        assert (counts["read"], counts["failed"]) == (len(DOCS), 0)
        assert counts["new"] == ingested.stats()["documents"] == store.stats()["documents"]
        assert list(store.records()) == list(ingested.records())
        assert store.events() == ingested.events()


def test_load_again_adds_nothing(output):
    with Store(":memory:") as store:
        loading.load(store, output)
        again = loading.load(store, output)
        assert (again["new"], again["duplicate"]) == (0, len(DOCS))


def test_load_reports_a_bad_line_and_goes_on(output):
    (output / "jsonl" / "part-00002.txt").write_text('{"id": "x"\n{"no": "record"}\n', "utf-8")
    seen = []
    with Store(":memory:") as store:
        counts = loading.load(store, output, seen.append)
    assert counts["failed"] == 2 and counts["new"] >= 1
    assert [(e.line, "JSON" in e.problem or "record" in e.problem) for e in seen] == [(1, True), (None, True)]


def test_load_reads_parquet_records(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    (tmp_path / "records").mkdir()
    pq.write_table(pa.Table.from_pylist([to_dict(d) for d in DOCS[:5]]), tmp_path / "records" / "part-0.parquet")
    kind, files = loading.record_files(tmp_path)
    assert kind == "parquet" and len(files) == 1
    with Store(":memory:") as store:
        assert loading.load(store, tmp_path)["read"] == 5
        assert [r["id"] for r in store.records()] == [d.id for d in DOCS[:5]]


@pytest.mark.parametrize("make,kind", [
    (lambda p: (p / "r.jsonl").write_text(LINES[0] + "\n", "utf-8") and p / "r.jsonl", "jsonl"),
    (lambda p: (p / "x.txt").write_text(LINES[0] + "\n", "utf-8") and p, "jsonl"),
])
def test_load_finds_records_in_a_file_or_a_folder(tmp_path, make, kind):
    assert loading.record_files(make(tmp_path))[0] == kind


def test_load_of_a_folder_without_records_says_what_to_give(tmp_path):
    with pytest.raises(loading.OutputError, match="--output folder"):
        loading.record_files(tmp_path)


def test_load_command_fills_a_store_file(output, tmp_path):
    db = tmp_path / "loaded.db"
    result = CliRunner().invoke(app, ["load", str(output), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.stats()["documents"] == len({d.id for d in DOCS})
    empty = CliRunner().invoke(app, ["load", str(tmp_path / "nothing"), "--db", str(db)])
    assert empty.exit_code == 2 and "no records" in empty.output
