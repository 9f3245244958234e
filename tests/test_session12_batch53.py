"""Session 12, the classes batch 53 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import events, published


@pytest.mark.parametrize("text, day", [
    # the Lao Front counts its years from 13 August 1950 (KB)
    ("Chiều 10-8, đoàn Mặt trận Tổ quốc tỉnh Nghệ An tới Viêng Chăn dự lễ kỷ niệm 65 năm ngày thành lập Mặt trận Lào "
     "xây dựng đất nước.", "2015-08-10"),
    # near-miss: a front the KB does not date
    ("Chiều 10-8, đoàn Mặt trận Tổ quốc tỉnh Nghệ An tới Viêng Chăn dự lễ kỷ niệm 65 năm ngày thành lập Hội Cựu chiến "
     "binh tỉnh.", None),
])
def test_dates_the_lao_fronts_anniversary(text, day):
    assert published(text) == day


def test_events_people_a_thing_is_named_after_take_no_part():
    text = ("Chiều 18/9/2021, Chủ tịch nước Nguyễn Xuân Phúc gặp đại diện các trường học mang tên Nguyễn Văn Trỗi, Võ Thị Sáu "
            "tại La Habana.")
    assert not any("Nguyễn Văn Trỗi" in p or "Võ Thị Sáu" in p for _, p, _ in events(text))


@pytest.mark.parametrize("text, day", [
    # an ASEAN Foreign Ministers' Meeting of 2008-2015 in the KB
    ("Ngày 9/8, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN (AMM) lần thứ 47, Bộ trưởng Phạm Bình Minh gặp Ngoại trưởng "
     "Nhật Bản Fumio Kishida.", "2014-08-09"),
    # near-miss: one the KB does not hold
    ("Ngày 9/8, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN (AMM) lần thứ 39, Bộ trưởng Phạm Gia Khiêm gặp Ngoại trưởng "
     "Nhật Bản.", None),
])
def test_dates_earlier_asean_foreign_ministers_meetings(text, day):
    assert published(text) == day
