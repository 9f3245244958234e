"""The bundled sample corpus: every file reads, and the record is well formed."""
import pytest

from bangiao.extract import pipeline
from bangiao.errors import InputError
from bangiao.model import REMOVED_KINDS
from conftest import SAMPLES

RESULTS = list(pipeline.extract_paths([str(SAMPLES)]))
DOCS = [doc for _, doc in RESULTS if not isinstance(doc, InputError)]


def test_samples_all_read_without_error():
    errors = [str(d) for _, d in RESULTS if isinstance(d, InputError)]
    assert errors == []
    assert len(DOCS) >= 12


def test_samples_are_distinct_documents():
    assert len({d.id for d in DOCS}) == len(DOCS)


def test_samples_cover_formats_and_noise():
    paths = [d.path for d in DOCS]
    assert any(p.endswith(".html") for p in paths) and any(p.endswith(".jsonl") for p in paths)
    kinds = {r.kind for d in DOCS for r in d.removed}
    assert {"related", "caption", "share", "comments", "image"} <= kinds


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: f"{d.path.rsplit('/', 1)[-1]}:{d.title[:20] if d.title else ''}")
def test_samples_removed_kinds_are_the_specs(doc):
    assert {r.kind for r in doc.removed} <= set(REMOVED_KINDS)
    for r in doc.removed:
        assert r.text.strip() and r.text not in doc.text


def test_samples_legacy_file_is_repaired_with_a_warning():
    legacy = [d for d in DOCS if "legacy" in d.path]
    assert len(legacy) == 1
    assert any("TCVN3" in w for w in legacy[0].warnings)
    assert "Việt Nam" in legacy[0].text and "Lào" in legacy[0].text


def test_samples_page_metadata():
    page = next(d for d in DOCS if d.path.endswith(".html"))
    assert page.published is not None and page.published.basis == "stated"
    assert page.source.name and page.title
