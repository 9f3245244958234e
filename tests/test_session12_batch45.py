"""Session 12, the classes batch 45 showed (issue 12; our own sentences, with near-misses)."""
import pytest

from tests.extracted import named, published


@pytest.mark.parametrize("text, day", [
    # a themed year told as the time things happen in: that year
    ("Sáng 12/3, tại Viêng Chăn, Đại sứ quán Việt Nam trao tặng bằng khen cho các học sinh Lào. Trong “Năm Đoàn kết "
     "Hữu nghị Việt Nam - Lào, Lào - Việt Nam 2017”, hai bên tổ chức nhiều hoạt động giao lưu.", "2017-03-12"),
    ("Ngày 8/11, Phó Thủ tướng Nguyễn Xuân Phúc tiếp đoàn cựu chiến binh Lào. Hai bên tiếp tục các hoạt động trong "
     "Năm Đoàn kết Hữu nghị Việt - Lào 2012.", "2012-11-08"),
    # near-miss: a themed year reviewed ("tổng kết"), which may be told the year after: the tenure leaves five years
    ("Ngày 8/11, Phó Thủ tướng Nguyễn Xuân Phúc tiếp đoàn cựu chiến binh Lào. Hai bên tổng kết Năm Đoàn kết Hữu nghị "
     "Việt - Lào 2012.", None),
    # the treaty of friendship between Việt Nam and Lào (18/7/1977) counted: its anniversary's year
    ("Ngày 20/9, hai đoàn thanh niên gặp nhau tại Vinh nhân dịp kỷ niệm 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác "
     "Việt Nam - Lào.", "2022-09-20"),
    # near-miss: a treaty of that name with no pair named is not known to be Lào's
    ("Ngày 20/9, hai đoàn thanh niên gặp nhau tại Vinh nhân dịp kỷ niệm 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác.",
     None),
])
def test_dates_themed_years_and_the_treaty_of_friendship(text, day):
    assert published(text) == day


@pytest.mark.parametrize("headline, titles", [
    ("Phó Thủ tướng Lào hội kiến phó Thủ tướng Nguyễn Xuân Phúc", ["phó Thủ tướng", "Phó Thủ tướng"]),
    # near-misses: "thừa ủy quyền Chủ tịch nước" is no acting president; "quyền Bộ trưởng" keeps its ministry
    ("Thừa ủy quyền Chủ tịch nước, Phó Thủ tướng Nguyễn Xuân Phúc trao Huân chương", ["Phó Thủ tướng"]),
    ("Thủ tướng Lào hội kiến Phó Thủ tướng Nguyễn Xuân Phúc", ["Phó Thủ tướng"]),
])
def test_entities_a_deputy_title_written_in_lower_case(headline, titles):
    doc, _ = named(headline + "\n\nNgày 13/10/2012, Phó Thủ tướng Nguyễn Xuân Phúc tiếp đoàn đại biểu Lào.")
    phuc = next(e for e in doc.entities if e.name == "Nguyễn Xuân Phúc")
    assert sorted(set(phuc.titles)) == sorted(set(titles))


def test_entities_an_acting_minister_keeps_the_ministry():
    doc, _ = named("Ngày 5/6/2025, quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ Lào.")
    assert "Bộ Ngoại giao Việt Nam" in [e.name for e in doc.entities if e.type == "ORG"]
