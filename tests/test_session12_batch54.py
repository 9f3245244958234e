"""Session 12, the classes batch 54 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events


@pytest.mark.parametrize("second, told", [
    # attendees listed side by side ("…, về phía Việt Nam có …"): no event of their own
    ("Đến dự buổi lễ, về phía Việt Nam có Thứ trưởng Ngoại giao Đỗ Hùng Việt và Đại sứ Phạm Quang Hiệu.", False),
    # near-miss: a guest who attends as the sentence's subject
    ("Thứ trưởng Ngoại giao Đỗ Hùng Việt đã dự buổi lễ.", True),
])
def test_events_attendees_listed_by_side(second, told):
    text = "Tối 5/10/2023, tại Osaka, lễ khai mạc Lễ hội Việt Nam đã được tổ chức. " + second
    assert any("Đỗ Hùng Việt" in p for _, p, _ in events(text)) is told
