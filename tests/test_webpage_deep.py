"""A page whose article lies under hundreds or thousands of nested elements is read (libxml2 stops at 256 by
default: the article was lost)."""
from __future__ import annotations

import pytest

from bangiao.extract import pipeline

BODY = ("Ngày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay "
        "Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện trong mọi lĩnh vực, từ kinh tế đến giáo dục.")


def _page(depth: int) -> str:
    return ("<html><head><title>Thủ tướng hội đàm</title></head><body>" + '<div class="wrap">' * depth
            + f"<article><h1>Thủ tướng hội đàm với Thủ tướng Lào</h1><p>{BODY}</p><p>{BODY}</p></article>"
            + "</div>" * depth + "</body></html>")


@pytest.mark.parametrize("depth", [10, 260, 1000, 5000])
def test_webpage_deep_page_is_read(depth):
    doc = pipeline.extract(_page(depth), html=True)
    assert doc.text.startswith("Thủ tướng hội đàm với Thủ tướng Lào") and [e.type for e in doc.events] == ["TALKS"]
