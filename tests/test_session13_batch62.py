"""Session 13, the classes batch 62 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events, published


@pytest.mark.parametrize("second, year", [
    # relations established N years ago: the partner's relations + N
    ("Việt Nam và Cuba thiết lập quan hệ ngoại giao cách đây 49 năm.", "2009-09-26"),
    # near-miss: years counted from nothing the knowledge base dates
    ("Hai nước hợp tác y tế cách đây 49 năm.", None),
])
def test_anniversaries_relations_established_years_ago(second, year):
    text = "Chiều 26-9, Chủ tịch nước Nguyễn Minh Triết đến La Habana, bắt đầu chuyến thăm chính thức Cuba. " + second
    assert published(text) == year


@pytest.mark.parametrize("text, kinds", [
    # remarks to the reporters met on arrival are a speech
    ("Ngày 26/9/2009, gặp gỡ các phóng viên Việt Nam và quốc tế tại sân bay, Chủ tịch nước Nguyễn Minh Triết bày tỏ "
     "vui mừng trước tình cảm của nhân dân Cuba.", ["SPEECH"]),
    # near-miss: receiving the reporters is a meeting
    ("Ngày 26/9/2009, Chủ tịch nước Nguyễn Minh Triết tiếp các phóng viên thường trú tại Cuba.", ["MEET"]),
])
def test_events_remarks_to_reporters(text, kinds):
    assert [kind for kind, _, _ in events(text)] == kinds
