"""An upgrade of relations the article reports as made dates it to the year of the upgrade (data/partnerships.toml)."""
import pytest

from bangiao import datafiles
from bangiao.extract import partnerships
from bangiao.extract.dating import date_document
from bangiao.extract.entities import find_entities
from bangiao.extract.gazetteer import lower
from bangiao.extract.kb import knowledge_base


def _date(text):
    return date_document(text, find_entities(text))


# (text, the article's date or None, a word its reason must contain)
CASES = [
    # the tenures leave 2025 and 2026; the upgrade was made on 10 March 2025
    ("Chiều 10/3, tại Jakarta, Tổng Bí thư Tô Lâm và Tổng thống Indonesia Prabowo Subianto nhất trí nâng cấp quan hệ "
     "Việt Nam - Indonesia lên Đối tác Chiến lược Toàn diện.", "2025-03-10", "2025-03-10"),
    # from one level to the next: the level after "lên" fits the day, the first one (2007) does not
    ("Sáng 3/9, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Ấn Độ Narendra Modi tuyên bố nâng cấp quan hệ hai "
     "nước từ Đối tác chiến lược lên Đối tác chiến lược toàn diện.", "2016-09-03", "2016-09-03"),
    # set up ("thiết lập khuôn khổ"), reported the day after the statement
    ("Ngày 30/10, tại London, Tổng Bí thư Tô Lâm nói hai nước vừa thiết lập khuôn khổ Đối tác Chiến lược Toàn diện, "
     "mở ra giai đoạn mới của quan hệ Việt Nam - Anh.", "2025-10-30", "GB"),
    # the partner is the country the text names most when the sentence names none
    ("Sáng 21/11, tại Johannesburg, Thủ tướng Chính phủ Phạm Minh Chính hội kiến Tổng thống Nam Phi Cyril Ramaphosa. "
     "Hai bên tuyên bố nâng cấp quan hệ hai nước lên Đối tác Chiến lược.", "2025-11-21", "ZA"),
]

# near-misses: the level is named, but no upgrade is reported now, or the day does not fit it
UNDATED = [
    # an upgrade recalled: counted from
    "Chiều 12/3, Tổng Bí thư Tô Lâm tiếp Đại sứ Indonesia; hai bên đánh giá cao kết quả hợp tác kể từ khi nâng cấp "
    "quan hệ lên Đối tác Chiến lược Toàn diện.",
    # an upgrade recalled with its year written after the level
    "Chiều 10/3, Tổng Bí thư Tô Lâm tiếp Đại sứ Indonesia; hai bên nhắc lại việc nâng cấp quan hệ lên Đối tác Chiến "
    "lược Toàn diện năm 2025.",
    # one hoped for
    "Sáng 8/3, Tổng Bí thư Tô Lâm tiếp Bộ trưởng Ngoại giao Indonesia; hai bên nhất trí hướng tới nâng cấp quan hệ lên "
    "Đối tác Chiến lược Toàn diện.",
    # counted from
    "Ngày 10/3, Tổng Bí thư Tô Lâm dự lễ kỷ niệm 1 năm nâng cấp quan hệ Việt Nam - Indonesia lên Đối tác Chiến lược "
    "Toàn diện.",
    # the level named as it stands, months after its day
    "Chiều 20/6, Tổng Bí thư Tô Lâm và Tổng thống Indonesia Prabowo Subianto nhất trí làm sâu sắc quan hệ Đối tác "
    "Chiến lược Toàn diện.",
]


@pytest.mark.parametrize("text, value, why", CASES, ids=[c[1] for c in CASES])
def test_partnerships_date_an_upgrade_reported_as_made(text, value, why):
    dating = _date(text)
    assert dating.published is not None, dating.warnings
    assert dating.published.value == value and dating.published.basis == "inferred"
    assert why in dating.published.reason


@pytest.mark.parametrize("text", UNDATED)
def test_partnerships_leave_a_recalled_or_hoped_for_upgrade_alone(text):
    day, month = (int(x) for x in text.split(",")[0].split()[-1].split("/"))
    assert partnerships.upgrade_clue(text, lower(text), find_entities(text), month, day) is None
    if "năm 20" not in text:  # (a year written in the lead's sentence dates it by itself)
        assert _date(text).published is None


def test_partnerships_data_names_known_countries_and_levels():
    data = datafiles.load("partnerships.toml", "partnerships")
    kb = knowledge_base()
    seen = set()
    for entry in data["upgrade"]:
        assert kb.country(entry["country"]) is not None, entry
        assert entry["level"] in data["levels"], entry
        assert (entry["country"], entry["level"]) not in seen, entry
        seen.add((entry["country"], entry["level"]))
