"""model.from_dict: a record in the spec's JSON shape back into a Document (what `bangiao load` needs)."""
import json

from hypothesis import given, settings, strategies as st

from bangiao.extract import pipeline
from bangiao.errors import InputError
from bangiao.model import About, Agreement, Amount, Commitment, Date, Document, Entity, Event, Figure, Period, \
    Project, Removed, Source, Span, from_dict, to_dict, COMMITMENT_KINDS, PROJECT_KINDS, STAGES, TOPICS
from conftest import SAMPLES

texts = st.text(max_size=12)
maybe = st.none() | texts
spans = st.builds(Span, st.integers(0, 10**6), st.integers(0, 10**6), texts)
dates = st.builds(Date, texts, st.sampled_from(["day", "month", "year"]), st.sampled_from(["stated", "inferred"]),
                  maybe, maybe, maybe)
ids = st.lists(texts, max_size=3).map(tuple)
numbers = st.floats(allow_nan=False) | st.integers(-10**9, 10**9).map(float)
entities = st.builds(Entity, texts, st.sampled_from(["PERSON", "COUNTRY", "ORG", "PLACE"]), texts, maybe, ids,
                     st.lists(spans, max_size=2).map(tuple))
events = st.builds(Event, texts, texts, texts, spans, st.none() | dates, ids, maybe, ids,
                   st.sampled_from(["happened", "planned"]))
agreements = st.builds(Agreement, texts, texts, texts, spans, ids,
                       st.none() | st.builds(Period, st.integers(1900, 2100), st.integers(1900, 2100)),
                       st.sampled_from(["signed", "referenced", "drafting"]))
figures = st.builds(Figure, st.sampled_from(["trade_turnover", "investment", "aid", "other"]), numbers, texts, spans,
                    st.booleans(), st.none() | numbers, st.none() | dates, ids)
projects = st.builds(Project, texts, texts, st.sampled_from(PROJECT_KINDS), spans, ids, ids,
                     st.none() | st.builds(Amount, numbers, texts), st.none() | st.sampled_from(STAGES),
                     st.none() | dates)
abouts = st.builds(About, ids, ids, st.lists(st.integers(0, 20), max_size=2).map(tuple))
commitments = st.builds(Commitment, texts, st.sampled_from(COMMITMENT_KINDS), spans, spans, texts,
                        st.sampled_from(TOPICS), ids, ids, abouts, st.none() | dates, st.none() | dates)
documents = st.builds(
    Document, texts, texts, maybe, maybe, st.builds(Source, maybe, maybe), st.none() | dates,
    st.lists(st.builds(Removed, st.sampled_from(["related", "caption", "other"]), texts), max_size=2).map(tuple),
    st.lists(entities, max_size=2).map(tuple), st.lists(events, max_size=2).map(tuple),
    st.lists(agreements, max_size=2).map(tuple), st.lists(figures, max_size=2).map(tuple), ids,
    st.lists(projects, max_size=2).map(tuple), st.lists(commitments, max_size=2).map(tuple))


@settings(max_examples=150, deadline=None)
@given(documents)
def test_model_from_dict_round_trips_any_document(doc):
    assert from_dict(to_dict(doc)) == doc


@settings(max_examples=50, deadline=None)
@given(documents)
def test_model_from_dict_round_trips_through_json(doc):
    """What a JSONL line or a Parquet row gives back (whole floats written as integers) is the same document."""
    record = json.loads(json.dumps(to_dict(doc)))
    assert to_dict(from_dict(record)) == to_dict(doc)


def test_model_from_dict_of_every_sample_record():
    docs = [doc for _, doc in pipeline.extract_paths([str(SAMPLES)]) if not isinstance(doc, InputError)]
    assert docs and all(from_dict(to_dict(doc)) == doc for doc in docs)


def test_model_from_dict_ignores_unknown_keys_and_fills_defaults():
    doc = from_dict({"id": "x", "text": "t", "inputs": [{"path": "a"}]})
    assert doc == Document(id="x", text="t")
