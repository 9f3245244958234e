"""Batch 7: occasions in general ("chỉ đón du khách vào những dịp lễ kỷ niệm") and the site of an event visited
("đến thăm nơi diễn ra hội nghị …") are no CEREMONY or CONFERENCE of the article (our own sentences)."""
import pytest

import bangiao


def _kinds(text: str) -> list[str]:
    return [e.type for e in bangiao.extract(text, published="2023-04-06").events]


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 3/4, Thủ tướng Campuchia Hun Manet đã đến thăm Hà Nội. Phủ Chủ tịch chỉ đón du khách vào những dịp lễ kỷ "
     "niệm quan trọng.", ["VISIT"]),
    ("Ngày 3/4, Thủ tướng Campuchia Hun Manet đã đến thăm Hà Nội. Bảo tàng chỉ đón khách trong các dịp lễ kỷ niệm "
     "quốc khánh.", ["VISIT"]),
    # the site visited is no session; with its place it is a visit (tests/test_visitors_batch7_sites.py)
    ("Chiều 3/4, Chủ tịch nước Lào Thongloun Sisoulith đã tới thăm nơi tổ chức hội nghị thành lập Mặt trận tại tỉnh "
     "Cao Bằng.", ["VISIT"]),
    ("Chiều 3/4, Chủ tịch nước Lào Thongloun Sisoulith đã tới thăm nơi tổ chức hội nghị thành lập Mặt trận.", []),
    # near-misses: a ceremony and a session attended
    ("Ngày 3/4, Thủ tướng Campuchia Hun Manet dự lễ kỷ niệm 45 năm Ngày chiến thắng chế độ diệt chủng.", ["CEREMONY"]),
    ("Chiều 3/4, Chủ tịch nước Lào Thongloun Sisoulith đã dự hội nghị thành lập Hội hữu nghị tại tỉnh Cao Bằng.",
     ["CONFERENCE"]),
])
def test_events_occasions_and_sites_are_no_events(text, wanted):
    assert _kinds(text) == wanted
