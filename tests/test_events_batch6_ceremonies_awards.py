"""Batch 6, class 5 (605, 601): celebrations attended ("dự các hoạt động kỷ niệm 60 năm …") are a CEREMONY, not a
CONFERENCE; ceremonies of different occasions (a welcome, an inauguration, an anniversary) are never one occurrence;
an award ceremony attended ("đã dự Lễ trao Huân chương của Chủ tịch nước X tặng …") is the receivers', or the
countries' when none is named, not the attendee's nor the order's issuer's (our own sentences)."""
import pytest

import bangiao

_LEAVES = ("Chiều 2/9, Đoàn đại biểu cấp cao Quốc hội Lào do Chủ tịch Quốc hội Saysomphone Phomvihane dẫn đầu lên "
           "đường về nước, kết thúc tốt đẹp chuyến thăm Việt Nam và dự các hoạt động kỷ niệm 60 năm quan hệ ngoại giao "
           "giữa hai nước. ")
_SP, _AMB = "person:saysomphone-phomvihane", "person:khamphao-ernthavanh"


def _events(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(e.type, e.participants, e.status) for e in bangiao.extract(text, published="2022-09-02").events]


@pytest.mark.parametrize("text, wanted", [
    (_LEAVES, [("VISIT", (_SP,), "happened"), ("CEREMONY", (_SP,), "happened")]),
    # the welcome told after the celebrations is a ceremony of its own
    (_LEAVES + "Ngay sau Lễ đón, Chủ tịch Quốc hội Saysomphone Phomvihane đã làm việc với lãnh đạo tỉnh Điện Biên.",
     [("VISIT", (_SP,), "happened"), ("CEREMONY", (_SP,), "happened"), ("CEREMONY", (_SP,), "happened"),
      ("MEET", (_SP, "place:dien-bien"), "happened")]),
    # an inauguration co-chaired is not the welcome told before
    ("Ngay sau Lễ đón chính thức, Bộ trưởng Lương Tam Quang đã hội đàm với Bộ trưởng Bộ An ninh Lào Vilay Lakhamfong. "
     "Trong chương trình làm việc, Bộ trưởng Lương Tam Quang và Bộ trưởng Vilay Lakhamfong sẽ đồng chủ trì Lễ khánh "
     "thành Trường Cảnh sát nhân dân.",
     [("CEREMONY", ("person:luong-tam-quang", "person:vilay-lakhamfong"), "happened"),
      ("TALKS", ("person:luong-tam-quang", "person:vilay-lakhamfong"), "happened"),
      ("CEREMONY", ("person:luong-tam-quang", "person:vilay-lakhamfong"), "planned")]),
    # an award attended, no receiver named: the two countries
    ("Ngày 2/9, tại Viêng Chăn, Chủ tịch Quốc hội Lào Saysomphone Phomvihane đã dự Lễ trao Huân chương của Chủ "
     "tịch nước Việt Nam tặng nhiều cán bộ Lào có công đóng góp cho quan hệ hai nước.",
     [("AWARD", ("country:VN", "country:LA"), "happened")]),
    # an award attended with its receiver named: the receiver
    ("Ngày 2/9, Phó Chủ tịch nước Võ Thị Ánh Xuân tham dự Lễ trao Huân chương Lao động tặng Đại sứ Lào Khamphao "
     "Ernthavanh.",
     [("AWARD", (_AMB,), "happened")]),
    # near-misses: an award given keeps its giver; celebrations only planned in a statement make no event
    ("Ngày 2/9, Chủ tịch nước Lương Cường trao Huân chương Hữu nghị tặng Đại sứ Lào Khamphao Ernthavanh.",
     [("AWARD", ("person:luong-cuong", _AMB), "happened")]),
    ("Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao.", []),
])
def test_events_ceremonies_and_awards_attended(text, wanted):
    assert _events(text) == wanted
