"""Session 10 (issue 12, batch 35 after its fixes): a title alone right after "Trợ lý" or "Cố vấn" names the
assistant's office, not its holder on the article's day (names.toml titles.not_the_holder); our own sentences."""
from datetime import date

import pytest

from bangiao.extract.entities import find_entities

DAY = (date(2022, 11, 8), date(2022, 11, 8))


@pytest.mark.parametrize("text, people", [
    ("Buổi gặp có Trợ lý Bộ trưởng Ngoại giao, bà Lê Thị Thu Hằng, cùng dự.", {"Lê Thị Thu Hằng"}),
    ("Buổi gặp có Cố vấn Bộ trưởng Ngoại giao cùng dự.", set()),
    # near-miss: the title alone names its holder on that day
    ("Buổi gặp có Bộ trưởng Ngoại giao cùng dự.", {"Bùi Thanh Sơn"}),
])
def test_entities_a_title_after_tro_ly_names_no_holder(text, people):
    assert {e.name for e in find_entities(text, DAY) if e.type == "PERSON"} == people
