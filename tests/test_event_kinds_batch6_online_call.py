"""Batch 6, class 3: an online session held with one named counterpart ("hội nghị trực tuyến với Thứ trưởng X") is a
CALL between the two, as "hội đàm trực tuyến" is; a session with a group or several people, or only attended, stays a
CONFERENCE (our own sentences)."""
import pytest

import bangiao


def _events(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, e.participants) for e in bangiao.extract(text, published="2024-03-09").events]


@pytest.mark.parametrize("text, wanted", [
    ("Từ trụ sở Bộ Ngoại giao, sáng 9/3 Thứ trưởng Đỗ Hùng Việt có hội nghị trực tuyến với Thứ trưởng Ngoại giao "
     "Nhật Bản Mori Takeo, bàn về lịch trao đổi đoàn năm nay.",
     [("CALL", ("person:do-hung-viet", "person:mori-takeo"))]),
    # the counterpart's titles hold "Tổng thư ký": "ký" there is no signing that ends the call's clause
    ("Sáng 9/3, Thứ trưởng Ngoại giao Đỗ Hùng Việt đã họp trực tuyến với Thứ trưởng Ngoại giao Nhật Bản, Tổng thư ký "
     "Ủy ban hợp tác Mori Takeo.",
     [("CALL", ("person:do-hung-viet", "person:mori-takeo"))]),
    # near-misses: a group after "với", several people, a session only attended
    ("Sáng 9/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã chủ trì hội nghị trực tuyến với các Bộ trưởng Ngoại giao ASEAN.",
     [("CONFERENCE", ("person:bui-thanh-son",))]),
    ("Sáng 9/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã họp trực tuyến với Bộ trưởng Ngoại giao Lào Saleumxay Kommasith "
     "và Bộ trưởng Ngoại giao Campuchia Prak Sokhonn.",
     [("CONFERENCE", ("person:bui-thanh-son", "person:saleumxay-kommasith", "person:prak-sokhonn"))]),
    ("Sáng 9/3, Thủ tướng Phạm Minh Chính dự hội nghị trực tuyến của Diễn đàn Kinh tế Thế giới.",
     [("CONFERENCE", ("person:pham-minh-chinh",))]),
])
def test_event_kinds_online_session_with_one_counterpart(text, wanted):
    assert _events(text) == wanted
