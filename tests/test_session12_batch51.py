"""Session 12, the classes batch 51 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events


def test_events_a_delegation_come_to_attend_is_its_leaders_visit():
    text = ("Chiều 19/1/2019, tại Viêng Chăn, Bộ trưởng Quốc phòng Lào Chansamone Chanyalath tiếp Thiếu tướng Nguyễn Văn "
            "Tân, Trưởng ban liên lạc cựu chiến binh, cùng đoàn cựu chiến binh Việt Nam, nhân dịp đoàn sang tham dự Lễ kỷ "
            "niệm 70 năm Ngày thành lập Quân đội nhân dân Lào.")
    assert [p for t, p, _ in events(text) if t == "VISIT"] == [["Nguyễn Văn Tân"]]


@pytest.mark.parametrize("sentence, givers", [
    # an order "of" a head of state handed over by others: its issuer gives nothing
    ("Sáng 22/8/2024, tỉnh Hủa Phăn phối hợp với tỉnh Thanh Hóa tổ chức Lễ trao tặng Huân chương Lao động của Chủ tịch "
     "nước CHDCND Lào cho Ban C, Bộ Thủy lợi.", []),
    # near-miss: the head of state hands it over himself
    ("Sáng 22/8/2024, Chủ tịch nước Lào Thongloun Sisoulith trao tặng Huân chương Lao động cho ông Lê Văn Hùng.",
     ["Thongloun Sisoulith", "Lê Văn Hùng"]),
])
def test_events_an_orders_issuer_is_no_giver(sentence, givers):
    assert [p for t, p, _ in events(sentence) if t == "AWARD" and "Thongloun Sisoulith" in p] == ([givers] if givers else [])
