"""Search that finds what was meant (serve/finding.py over the store's search), on both backends."""
from __future__ import annotations

import pytest

from bangiao.extract import pipeline
from bangiao.serve import finding

TO_LAM = ("Chủ tịch nước Tô Lâm tiếp Đại sứ Lào\nNgày 2-4, tại Hà Nội, Chủ tịch nước Tô Lâm tiếp Đại sứ Lào. Hai bên "
          "bàn về hợp tác giáo dục.")
TO_CHUC = ("Hội thảo về công tác lãnh sự\nNgày 3-4, Bộ Ngoại giao tổ chức hội thảo về cách làm mới trong công tác bảo hộ "
           "công dân ở nước ngoài.")
THONGLOUN = ("Tổng Bí thư Lào Thongloun Sisoulith thăm Hà Nội\nNgày 5-4, Tổng Bí thư, Chủ tịch nước Lào Thongloun "
             "Sisoulith đến Hà Nội. Hợp tác kinh tế được hai bên đề cao.")
APART = ("Kinh tế hai nước\nNgày 6-4, hai bên bàn nhiều lĩnh vực: hợp tác về giáo dục, về y tế và về kinh tế là trọng "
         "tâm của năm.")


@pytest.fixture
def filled(make_store):
    store = make_store()
    for i, text in enumerate((TO_LAM, TO_CHUC, THONGLOUN, APART)):
        store.add(pipeline.extract(text, published="2024-04-06", path=f"{i}.txt"))
    return store


def _titles(found) -> list[str]:
    return [h.title for h in found.hits]


@pytest.mark.parametrize("query, expected", [
    ("Tô Lâm", ["Chủ tịch nước Tô Lâm tiếp Đại sứ Lào"]),                       # typed diacritics must be there
    ("tổ chức", ["Hội thảo về công tác lãnh sự"]),
    ("thong loun", ["Tổng Bí thư Lào Thongloun Sisoulith thăm Hà Nội"]),        # a name written split
    ("Thongloun Sisoulith", ["Tổng Bí thư Lào Thongloun Sisoulith thăm Hà Nội"]),
])
def test_finding_finds_what_was_meant(filled, query, expected):
    assert _titles(finding.find(filled, query)) == expected


def test_finding_without_diacritics_any_match(filled):
    assert set(_titles(finding.find(filled, "to lam"))) >= {"Chủ tịch nước Tô Lâm tiếp Đại sứ Lào",
                                                             "Hội thảo về công tác lãnh sự"}


def test_finding_words_together_first(filled):
    found = finding.find(filled, "hợp tác kinh tế")
    assert _titles(found)[0] == "Tổng Bí thư Lào Thongloun Sisoulith thăm Hà Nội" and found.total == 2


def test_finding_a_known_entity_first(filled):
    assert [e["id"] for e in finding.find(filled, "thong loun").entities] == ["person:thongloun-sisoulith"]
    assert [e["id"] for e in finding.find(filled, "to lam").entities] == ["person:to-lam"]
    assert finding.find(filled, "hội thảo").entities == []


def test_finding_counts_and_pages(filled):
    first = finding.find(filled, "ngay", page=1, per_page=3)
    second = finding.find(filled, "ngay", page=2, per_page=3)
    assert first.total == second.total == 4 and first.pages == 2 and len(second.hits) == 1
    assert not {h.doc_id for h in first.hits} & {h.doc_id for h in second.hits}
