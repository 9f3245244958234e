"""Session 12, the classes batch 51 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events


def test_events_a_delegation_come_to_attend_is_its_leaders_visit():
    text = ("Chiều 22/7/2023, tại Xiêng Khoảng, Phó Thủ tướng Lào Kikeo Khaykhamphithoune tiếp Thiếu tướng Phạm Văn "
            "Lợi, Trưởng ban liên lạc quân tình nguyện, cùng đoàn cựu quân tình nguyện Việt Nam, nhân dịp đoàn sang "
            "tham dự Lễ khánh thành Đài tưởng niệm liệt sĩ.")
    assert [p for t, p, _ in events(text) if t == "VISIT"] == [["Phạm Văn Lợi"]]


@pytest.mark.parametrize("sentence, givers", [
    # an order "of" a head of state handed over by others: its issuer gives nothing
    ("Chiều 5/9/2024, tỉnh Xiêng Khoảng cùng tỉnh Nghệ An long trọng tổ chức Lễ trao tặng Huân chương Itsala của Chủ "
     "tịch nước CHDCND Lào cho Công ty Xây dựng số 4.", []),
    # near-miss: the head of state hands it over himself
    ("Chiều 5/9/2024, tại Viêng Chăn, Chủ tịch nước Lào Thongloun Sisoulith đã trao Huân chương Itsala cho ông "
     "Trần Văn Nam.", ["Thongloun Sisoulith", "Trần Văn Nam"]),
])
def test_events_an_orders_issuer_is_no_giver(sentence, givers):
    assert [p for t, p, _ in events(sentence) if t == "AWARD" and "Thongloun Sisoulith" in p] == ([givers] if givers else [])
