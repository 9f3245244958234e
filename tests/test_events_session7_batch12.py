"""Session 7, batch 12 (our own sentences): a signing opening "Trước đó," more than a week before the article's day is
an earlier occasion (README, Signings the article only recalls), one of the same day is the article's; the Party
Congress named with the party before its number ("Đại hội đại biểu toàn quốc Đảng Cộng sản Việt Nam lần thứ XIV")
dates the article as the congress just held."""
import pytest

import bangiao

_LEAD = ("Chiều 29/12/2020, tại London, Bộ trưởng Thương mại Quốc tế Anh Liz Truss cùng Bộ trưởng Bộ Công Thương Trần "
         "Tuấn Anh ký Hiệp định.\n\n")


@pytest.mark.parametrize("text, days", [
    ("Trước đó, ngày 11/12, Bộ trưởng Trần Tuấn Anh và Bộ trưởng Liz Truss đã ký Biên bản kết thúc đàm phán.",
     {"2020-12-29"}),
    # near-misses: the same day, earlier, is the article's own (one signing of that day); a week before with no
    # "Trước đó" is told as news
    ("Trước đó, sáng 29/12, Bộ trưởng Trần Tuấn Anh và Bộ trưởng Liz Truss đã ký Biên bản ghi nhớ về thương mại.",
     {"2020-12-29"}),
    ("Ngày 11/12, Bộ trưởng Trần Tuấn Anh và Bộ trưởng Liz Truss đã ký Biên bản kết thúc đàm phán.",
     {"2020-12-29", "2020-12-11"}),
])
def test_events_signing_weeks_before_is_recalled(text, days):
    doc = bangiao.extract(_LEAD + text)
    assert {e.date.value for e in doc.events if e.type == "SIGN" and e.date} == days


def test_dating_party_congress_named_with_the_party_before_its_number():
    text = ("Sáng 6/2, Chủ tịch nước Lương Cường tiếp Chủ tịch Hạ viện Jordan. Vị khách gửi lời chúc mừng thành công "
            "của Đại hội đại biểu toàn quốc Đảng Cộng sản Việt Nam lần thứ XIV.")
    doc = bangiao.extract(text)
    assert doc.published is not None and doc.published.value == "2026-02-06"
