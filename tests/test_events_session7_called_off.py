"""An event called off in its own clause ("Hội nghị … đã bị hoãn do dịch", "Chuyến thăm … bị hoãn lại") is no event;
one held after a postponement told in another clause ("…, sau khi bị hoãn vì dịch") still is. A speech told by its
address ("Trong diễn văn khai mạc, Thủ tướng X nhấn mạnh …") is a SPEECH of the one named. Session 7, batch 9; our
own sentences."""
import pytest

import bangiao

_LEAD = "Chiều 3/4, Thủ tướng Nguyễn Xuân Phúc đã điện đàm cùng Tổng thống Hoa Kỳ Donald Trump.\n\n"


def _kinds(text: str, published: str = "2020-04-03") -> list[str]:
    return sorted(e.type for e in bangiao.extract(_LEAD + text, published=published).events)


@pytest.mark.parametrize("text, kinds", [
    ("Tổng thống Trump bày tỏ tiếc nuối khi Hội nghị Cấp cao đặc biệt Hoa Kỳ - ASEAN phải tạm hoãn vì đại dịch.",
     ["CALL"]),
    ("Chuyến thăm Việt Nam của Thủ tướng Nhật Bản Abe Shinzo bị hoãn lại.", ["CALL"]),
    # near-miss: held, the postponement told in a clause of its own
    ("Hội nghị Cấp cao đặc biệt Hoa Kỳ - ASEAN khai mạc tại Washington, sau khi bị hoãn vì dịch Covid-19.",
     ["CALL", "CONFERENCE"]),
])
def test_events_called_off_is_no_event(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, speaker", [
    ("Trong diễn văn khai mạc, Thủ tướng Lào Thongloun Sisoulith nhấn mạnh vai trò trung tâm của ASEAN.",
     "person:thongloun-sisoulith"),
    ("Trong bài phát biểu bế mạc, Thủ tướng Lào Thongloun Sisoulith cảm ơn các đoàn.", "person:thongloun-sisoulith"),
    # near-miss: an address praised is no speech of the one who praises it
    ("Thủ tướng Nguyễn Xuân Phúc đánh giá cao diễn văn của Thủ tướng Lào Thongloun Sisoulith.", None),
])
def test_events_speech_told_by_its_address(text, speaker):
    lead = "Sáng 6/9, tại Viêng Chăn, Thủ tướng Nguyễn Xuân Phúc dự lễ khai mạc Hội nghị Cấp cao ASEAN lần thứ 28.\n\n"
    doc = bangiao.extract(lead + text, published="2016-09-06")
    speakers = [p for e in doc.events if e.type == "SPEECH" for p in e.participants]
    assert speakers == ([speaker] if speaker else [])
