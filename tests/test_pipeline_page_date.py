"""The page's own date is the record's `published`; the date its text gives is the check (issue 14, item 5)."""
from __future__ import annotations

import pytest

import bangiao
from crawlsite import page, sample_article

TITLE, PARAGRAPHS = sample_article(0)  # "Ngày 8-2, tại Hà Nội, …" (the text dates it 2017-02-08)


@pytest.mark.parametrize("meta,warned", [("2017-02-09", False), ("2018-02-08", True)])  # a day off; a year off
def test_pipeline_page_date_checked_against_the_text(meta, warned):
    doc = bangiao.extract(page(TITLE, PARAGRAPHS, meta), html=True)
    assert doc.published.value == meta and doc.published.basis == "stated"  # the page's date is kept
    notes = [w for w in doc.warnings if "its text gives 2017-02-08" in w]
    assert bool(notes) is warned


def test_pipeline_a_date_given_by_the_user_is_not_checked():
    doc = bangiao.extract(page(TITLE, PARAGRAPHS, None), html=True, published="2017-02-20")
    assert doc.published.value == "2017-02-20" and not [w for w in doc.warnings if "its text gives" in w]


def test_pipeline_page_without_a_date_is_dated_by_its_text():
    doc = bangiao.extract(page(TITLE, PARAGRAPHS, None), html=True)
    assert doc.published.value == "2017-02-08"
