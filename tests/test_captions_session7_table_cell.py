"""Issue 12, session 7 (batch 9): one sentence left alone in a cell of a photo's table ("A đón chào B |") is a
caption, cut with its cell mark; a line of several sentences that ends in a cell mark, and a line without one, stay.
Our own sentences."""
import pytest

from bangiao.reading.clean import clean_text

_HEAD = "Bộ trưởng Ngoại giao Chile thăm Việt Nam\nSáng 30/7, tại Hà Nội, Bộ trưởng Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Chile.\n\n"
_TAIL = "\n\nHai bên trao đổi về hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.\n"
_CELL = "Bộ trưởng Bùi Thanh Sơn đón chào Bộ trưởng Ngoại giao Chile Alberto van Klaveren"


@pytest.mark.parametrize("line, cut", [
    (_CELL + " |", True),
    (_CELL + ". |", True),
    # near-misses: no cell mark; two sentences of the body before a stray mark
    (_CELL + ".", False),
    ("Hai bên nhất trí tăng cường hợp tác quốc phòng. Hai bên cũng trao đổi về tình hình khu vực và thế giới. |", False),
])
def test_captions_one_sentence_in_a_table_cell(line, cut):
    cleaned = clean_text(_HEAD + line + _TAIL)
    assert (line.rstrip(" |.") not in cleaned.text) is cut
    assert "Hai bên trao đổi" in cleaned.text


def test_captions_a_text_of_one_cell_line_is_its_own_body():
    # a text that is only such a line keeps it: nothing else would be left
    cleaned = clean_text(_CELL + " |")
    assert _CELL in cleaned.text
