"""Every record bangiao prints validates against the packaged JSON Schema of EXTRACTION.md."""
import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings, strategies as st

import bangiao
from bangiao.extract import pipeline
from bangiao.errors import InputError
from conftest import SAMPLES, SEEDS, ROOT, spans_of

SCHEMA = json.loads(resources.files("bangiao").joinpath("schema", "record.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
RECORDS = [bangiao.to_dict(doc) for _, doc in pipeline.extract_paths([str(SEEDS), str(SAMPLES), str(ROOT / "tests/dev/articles")])
           if not isinstance(doc, InputError)]


def test_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: (r["path"] or "").rsplit("/", 1)[-1])
def test_schema_every_record_validates_and_its_spans_hold(record):
    VALIDATOR.validate(record)
    assert all(record["text"][s["start"]:s["end"]] == s["text"] for s in spans_of(record))
    ids = {e["id"] for e in record["entities"]}
    for event in record["events"]:
        assert set(event["participants"]) <= ids
        assert event["evidence"]["text"] or event["captions"]  # told in the text, or only in photo captions
        for c in event["captions"]:
            assert record["removed"][c["removed"]]["kind"] == "caption"
            assert record["removed"][c["removed"]]["text"][c["start"]:c["end"]] == c["text"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Ngày 6-1, ", "Thủ tướng ", "Phạm Minh Chính ", "hội đàm với ", "Thủ tướng Lào ", "Sonexay Siphandone", ". ",
    "ký kết ", "Bản ghi nhớ về hợp tác ", "1,7 tỷ USD", ", tăng 28,26%", "phấn đấu đạt ", "sẽ ", "\n", "Tin liên quan\n",
    "tổ chức tốt kỳ họp lần thứ 46 ", "Ủy ban liên Chính phủ Việt Nam - Lào", "hai bên ", "thăm ", "Theo lời mời của ",
]) | st.text(max_size=8), max_size=30).map("".join))
def test_schema_arbitrary_text_extracts_to_a_valid_record(text):
    try:
        record = bangiao.to_dict(bangiao.extract(text))
    except InputError:
        return
    VALIDATOR.validate(record)
    assert all(record["text"][s["start"]:s["end"]] == s["text"] for s in spans_of(record))
    ids = {e["id"] for e in record["entities"]}
    assert all(set(event["participants"]) <= ids for event in record["events"])
