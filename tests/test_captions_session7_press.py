"""Issue 12, session 7 (batch 8): leaders shown at the press conference after their talks ("A và B chủ trì họp báo,
công bố kết quả hội đàm" under a photo) give a SPEECH each even when the body never tells the press conference; a
caption of a speech the body already tells is its second evidence, not a second SPEECH. Our own sentences."""
import bangiao

_BODY = ("Chiều 14/5, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Ấn Độ Subrahmanyam "
         "Jaishankar.\n\n")
_TAIL = "\n\nHai bên nhất trí tăng cường hợp tác quốc phòng và thương mại."
_SON, _SJ = "person:bui-thanh-son", "person:subrahmanyam-jaishankar"


def _speeches(text: str) -> list[tuple[tuple[str, ...], bool]]:
    doc = bangiao.extract(text, published="2024-05-14")
    assert [r.kind for r in doc.removed].count("caption") == 1
    return sorted((e.participants, bool(e.captions)) for e in doc.events if e.type == "SPEECH")


def test_captions_press_conference_only_in_the_caption_gives_each_a_speech():
    caption = ("Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar chủ trì họp báo, công bố "
               "những điểm hai bên vừa thống nhất. Ảnh: TTXVN")
    assert _speeches(_BODY + caption + _TAIL) == [((_SON,), True), ((_SJ,), True)]


def test_captions_speech_told_in_the_body_is_not_doubled():
    body = _BODY + "Sau hội đàm, hai Bộ trưởng cùng gặp gỡ báo chí.\n\n"
    caption = ("Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar chủ trì họp báo, công bố "
               "những điểm hai bên vừa thống nhất. Ảnh: TTXVN")
    assert _speeches(body + caption + _TAIL) == [((_SON,), True), ((_SJ,), True)]


def test_captions_a_photo_of_the_talks_makes_no_speech():
    # near-miss: the caption shows the talks; no one is at the press
    caption = "Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar tại cuộc hội đàm. Ảnh: TTXVN"
    assert _speeches(_BODY + caption + _TAIL) == []
