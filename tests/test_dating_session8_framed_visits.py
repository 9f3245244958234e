"""Session 8 (issue 12): "Tiếp tục chương trình trong khuôn khổ chuyến thăm …, chiều 10/1, …" frames the sentence's
news by the visit (README Event dates: the visit takes the day of its sentence), while "Tiếp tục (chương trình)
chuyến thăm …, chiều 10/1, …" goes on with a visit begun before (undated). Our own sentences."""
import pytest

import bangiao


@pytest.mark.parametrize("opening, visit_date", [
    ("Tiếp tục chương trình trong khuôn khổ chuyến thăm chính thức Lào", "2024-01-10"),
    ("Tiếp tục các hoạt động trong khuôn khổ chuyến thăm chính thức Lào", "2024-01-10"),
    ("Trong khuôn khổ chuyến thăm chính thức Lào", "2024-01-10"),
    # near-misses: going on with the visit itself
    ("Tiếp tục chương trình chuyến thăm chính thức Lào", None),
    ("Tiếp tục chuyến thăm chính thức Lào", None),
])
def test_dating_visit_framing_a_continued_programme(opening, visit_date):
    text = f"{opening}, chiều 10/1, Thủ tướng Phạm Minh Chính đã hội kiến Chủ tịch Quốc hội Lào Saysomphone Phomvihane."
    visits = [e for e in bangiao.extract(text, published="2024-01-10").events if e.type == "VISIT"]
    assert [v.date.value if v.date else None for v in visits] == [visit_date]
