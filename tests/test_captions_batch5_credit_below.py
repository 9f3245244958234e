"""Issue 12, batch 5: a caption under an image line with its photo credit alone on the next line ("Ảnh: TTXVN") is
cut as a caption even when it is long and has commas (it names people who are then no entities of the article).
Our own sentences; near-misses stay in the main text."""
import pytest

from bangiao.reading.clean import clean_text

_HEAD = "Thủ tướng tiếp Đại sứ Nhật Bản\nSáng 3/4, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.\n"
_CAPTION = ("Phó Chủ nhiệm Ủy ban Đối ngoại, Quốc phòng và An ninh của Quốc hội Lê Văn Hùng đón Đại sứ tại "
            "sân bay quốc tế Nội Bài.")
_TAIL = "Hai bên trao đổi về hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.\n"


@pytest.mark.parametrize("text, cut", [
    (_HEAD + "\nanh-dai-su-2024.jpg\n" + _CAPTION + "\nẢnh: TTXVN\n\n" + _TAIL, True),
    (_HEAD + "\nanh-dai-su-2024.jpg\n" + _CAPTION + "\nẢnh: VGP/Nhật Bắc\n\n" + _TAIL, True),
    # near-misses: no credit under the line (a photo's number is none); a credit with no image line above
    (_HEAD + "\nanh-dai-su-2024.jpg\n" + _CAPTION + "\nẢnh 3\n\n" + _TAIL, False),
    (_HEAD + "\nanh-dai-su-2024.jpg\n" + _CAPTION + "\n\n" + _TAIL, False),
    (_HEAD + "\n" + _CAPTION + "\n\n" + _TAIL, False),
])
def test_captions_batch5_line_between_image_and_credit(text, cut):
    cleaned = clean_text(text)
    assert (_CAPTION not in cleaned.text) is cut
    assert "Hai bên trao đổi" in cleaned.text
    if cut:
        assert any(r.kind == "caption" and r.text == _CAPTION for r in cleaned.removed)
