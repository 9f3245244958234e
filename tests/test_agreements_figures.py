"""Agreements and figures from sentences the team wrote."""
import pytest

import bangiao
from bangiao.extract.figures import parse_number


def _doc(text, published="2024-12-18"):
    return bangiao.extract(text, published=published)


def test_agreements_list_after_signing_each_signed_and_linked():
    doc = _doc("Ngay sau hội đàm, hai Thủ tướng Phạm Minh Chính và Sonexay Siphandone chứng kiến lễ ký kết các văn kiện "
               "gồm: Nghị định thư hợp tác Biên phòng giữa hai Bộ Quốc phòng Việt Nam – Lào; Bản ghi nhớ về hợp tác giáo "
               "dục giai đoạn 2024 - 2025 và Kế hoạch hợp tác năm 2025 giữa hai Bộ Ngoại giao.")
    names = {a.name: a for a in doc.agreements}
    assert set(names) == {"Nghị định thư hợp tác Biên phòng giữa hai Bộ Quốc phòng Việt Nam – Lào",
                          "Bản ghi nhớ về hợp tác giáo dục giai đoạn 2024 - 2025",
                          "Kế hoạch hợp tác năm 2025 giữa hai Bộ Ngoại giao"}
    assert all(a.status == "signed" for a in doc.agreements)
    assert names["Bản ghi nhớ về hợp tác giáo dục giai đoạn 2024 - 2025"].period.start == 2024
    assert names["Nghị định thư hợp tác Biên phòng giữa hai Bộ Quốc phòng Việt Nam – Lào"].kind == "Nghị định thư"
    [sign] = [e for e in doc.events if e.type == "SIGN"]
    assert set(sign.agreements) == {a.id for a in doc.agreements}


@pytest.mark.parametrize("text, status", [
    ("Hai bên nhất trí thực hiện tốt Thỏa thuận Chiến lược hợp tác Việt Nam – Lào giai đoạn 2021-2030.", "referenced"),
    ("Hai Bộ trưởng giao các đơn vị sớm xây dựng dự thảo Thỏa thuận hợp tác giữa hai Bộ Ngoại giao giai đoạn 2026-2031.",
     "drafting"),
    ("Năm 1977, Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào được ký kết tại Viêng Chăn.", "referenced"),
    ("Hai nhà lãnh đạo đã ra Tuyên bố chung về việc nâng cấp quan hệ Việt Nam - Hoa Kỳ.", "signed"),
    # an anniversary of a signing recalls it
    ("Hai nước kỷ niệm 45 năm ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào.", "referenced"),
    ("Năm nay đánh dấu 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào.", "referenced"),
    ("Hai Bộ trưởng đã ký Hiệp ước Hữu nghị và Hợp tác giữa hai nước.", "signed"),
    # a signing word elsewhere in the sentence does not sign a document being ratified
    ("Thủ tướng đề nghị sớm ký kết kế hoạch mới, mong nghị viện các nước thành viên phê chuẩn Hiệp định Bảo hộ đầu tư "
     "Việt Nam - EU.",
     "referenced"),
    # the signing still ahead, however far before the name, or right after it (real batches 3-4)
    ("Hai bên nhất trí thúc đẩy đàm phán ký kết thêm các văn kiện tạo thuận lợi cho doanh nghiệp hai nước, trong đó có "
     "Hiệp định khuyến khích và bảo hộ đầu tư.", "drafting"),
    ("Hai Bộ trưởng trao đổi các bước chuẩn bị cho việc ký Hiệp định thương mại tự do giữa hai nước.", "drafting"),
    ("Theo Đại sứ, Hiệp định về hợp tác lao động sẽ được ký trong chuyến thăm tới của Thủ tướng.", "drafting"),
    # near-misses: a drafting phrase after the name, a name signed here, a capital "Ghi nhớ"
    ("Hai Bộ trưởng đã ký Hiệp định tránh đánh thuế hai lần; hai bên cũng nhất trí thúc đẩy đàm phán các văn kiện khác.",
     "signed"),
    ("Sau hội đàm, hai Chủ tịch Quốc hội đã ký Bản Ghi nhớ hợp tác giữa hai Quốc hội.", "signed"),
    ("Hai bên thực hiện Bản Ghi nhớ giữa hai Quốc hội được hai Chủ tịch ký kết vào tháng 9/2023.", "referenced"),
])
def test_agreements_status(text, status):
    [a] = _doc(text).agreements
    assert a.status == status



def test_agreements_a_listed_document_is_judged_by_its_own_words():
    doc = _doc("Hai Thủ tướng chứng kiến lễ ký 2 văn kiện, gồm: Hiệp định về việc xây dựng Nhà Quốc hội Lào; Bản ghi nhớ "
               "về việc cho vay vốn làm đường nối Luang Prabang với Điện Biên.")
    assert [a.status for a in doc.agreements] == ["signed", "signed"]
    [a] = _doc("Lãnh đạo hai tỉnh sẽ trao Thỏa thuận hợp tác trước sự chứng kiến của Tổng Bí thư Tô Lâm.").agreements
    assert a.name == "Thỏa thuận hợp tác"


@pytest.mark.parametrize("text", [
    "Hai bên triển khai hiệu quả các thỏa thuận cấp cao và các văn kiện hợp tác đã ký.",
    "Lào đang thực hiện Kế hoạch phát triển kinh tế - xã hội của mỗi nước.",
])
def test_agreements_generic_mentions_are_not_agreements(text):
    assert _doc(text).agreements == ()


@pytest.mark.parametrize("text, value", [("1,7", 1.7), ("9.559", 9559), ("615,4", 615.4), ("1.234,5", 1234.5), ("20", 20)])
def test_figures_vietnamese_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, value, unit, target, change, kind", [
    ("Kim ngạch thương mại song phương đạt trên 1,7 tỷ USD trong 10 tháng đầu năm 2024, tăng 28,26% so với cùng kỳ.",
     1_700_000_000, "USD", False, 28.26, "trade_turnover"),
    ("Hai bên phấn đấu nâng kim ngạch thương mại lên 20 tỉ USD.", 20_000_000_000, "USD", True, None, "trade_turnover"),
    ("Vốn đầu tư của Việt Nam vào Lào đạt khoảng 5,6 tỷ đô la Mỹ.", 5_600_000_000, "USD", False, None, "investment"),
    ("Việt Nam viện trợ không hoàn lại 100 tỷ đồng cho Lào.", 100_000_000_000, "VND", False, None, "aid"),
    ("Xuất khẩu sang Lào giảm 3,5% còn 615,4 triệu USD.", 615_400_000, "USD", False, None, "trade_turnover"),
])
def test_figures_table(text, value, unit, target, change, kind):
    [f] = _doc(text).figures
    assert (f.value, f.unit, f.is_target, f.change_pct, f.kind) == (value, unit, target, change, kind)


def test_figures_fall_is_negative_and_two_targets_are_two():
    doc = _doc("Thương mại song phương đạt 900 triệu USD, giảm 3,5%; hai bên phấn đấu nâng kim ngạch lên 5 tỷ USD trong "
               "tương lai gần và hướng tới 10 tỷ USD trong thời gian tới.")
    figures = {f.value: f for f in doc.figures}
    assert figures[900_000_000].change_pct == -3.5 and not figures[900_000_000].is_target
    assert figures[5_000_000_000].is_target and figures[10_000_000_000].is_target


def test_figures_restated_is_one_and_comrades_are_not_money():
    doc = _doc("Hai nước đặt mục tiêu 20 tỷ USD. Trong bài phát biểu, hai Thủ tướng nhắc lại mục tiêu 20 tỷ USD. "
               "Lào trao huân chương cho 11 đồng chí.")
    assert [f.value for f in doc.figures] == [20_000_000_000]


def test_figures_period_from_the_clause():
    [f] = _doc("Kim ngạch thương mại song phương đạt trên 1,7 tỷ USD trong 10 tháng đầu năm 2024.").figures
    assert (f.period.value, f.period.end) == ("2024-01", "2024-10")


@pytest.mark.parametrize("text, value, unit, kind", [
    ("Hàn Quốc có 9.800 dự án đầu tư tại Việt Nam với tổng vốn đăng ký hơn 86 tỷ USD.", 9800, "dự án", "investment"),
    ("Nhật Bản thông báo viện trợ cho Việt Nam thêm 1 triệu liều vắc-xin phòng COVID-19.", 1_000_000, "liều vắc-xin", "aid"),
    ("Tổng số vắc-xin Nhật Bản trao tặng đã lên 7,4 triệu liều.", 7_400_000, "liều vắc-xin", "aid"),
    ("Phía Việt Nam trao tặng Campuchia 30 chiếc xe cứu thương.", 30, "chiếc xe", "aid"),
    ("Mỗi năm Việt Nam dành cho Lào 1.100 suất học bổng.", 1100, "suất học bổng", "other"),  # the unit as written (gold 041)
    ("Trường cấp thêm 50 học bổng cho sinh viên Lào.", 50, "học bổng", "other"),
    ("Khoảng 12.000 lưu học sinh Lào đang học tập tại Việt Nam.", 12_000, "lưu học sinh", "other"),
    ("Việt Nam xuất khẩu sang Philippines khoảng 3 triệu tấn gạo mỗi năm.", 3_000_000, "tấn", "trade_turnover"),
])
def test_figures_counted_quantities(text, value, unit, kind):
    [f] = [x for x in _doc(text).figures if x.unit == unit]
    assert (f.value, f.unit, f.kind, f.is_target) == (value, unit, kind, False)
    assert f.evidence.text in text


@pytest.mark.parametrize("text", [
    "Trong năm 2024 dự án đường sắt được hai bên thúc đẩy.",       # a year before the noun, not a count
    "Hai nước kỷ niệm 60 năm thiết lập quan hệ ngoại giao.",        # years are not a counted unit
    "Đoàn gồm 25 xe-buýt du lịch.",                               # "xe" inside a longer word
    "Ông đã có 3 nhiệm kỳ công tác tại Lào.",                      # not a counted unit in the vocabulary
])
def test_figures_counted_quantities_not_found(text):
    assert _doc(text).figures == ()


def test_figures_data_counted_units_are_written_forms():
    from bangiao import datafiles
    from bangiao.extract.figures import _vocab

    counts = datafiles.load("figures.toml", "figures")["counts"]
    assert all(unit in forms for unit, forms in counts.items())      # the unit recorded is one way it is written
    assert set(_vocab().units.values()) == set(counts)


# Issue 12, agreements on real reports (each with a near-miss)
AGREEMENT_NAMES = [
    ("Indonesia là Đối tác Chiến lược Toàn diện đầu tiên của Việt Nam trong ASEAN.", []),     # a partnership
    ("Hai bên ký Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp, thủy sản và Bản ghi nhớ về hợp tác văn hóa.",
     [("Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp, thủy sản", "signed"), ("Bản ghi nhớ về hợp tác văn hóa", "signed")]),
    ("Hai bên chứng kiến lễ ký Hiệp định về hợp tác quốc phòng, an ninh và Hiệp định dẫn độ.",
     [("Hiệp định về hợp tác quốc phòng, an ninh", "signed"), ("Hiệp định dẫn độ", "signed")]),
    ("Hai bên ký Hiệp định thương mại tự do, tăng cường hợp tác.", [("Hiệp định thương mại tự do", "signed")]),  # near-miss
    ("Hai bên thông qua Kế hoạch hành động triển khai quan hệ Đối tác chiến lược giai đoạn 2024-2028 và sớm đưa kim "
     "ngạch thương mại lên 10 tỷ USD.",
     [("Kế hoạch hành động triển khai quan hệ Đối tác chiến lược giai đoạn 2024-2028", "signed")]),
    ("Hai bên nhất trí sớm thông qua Tuyên bố chung về tầm nhìn quan hệ Việt Nam - Hàn Quốc.",
     [("Tuyên bố chung về tầm nhìn quan hệ Việt Nam - Hàn Quốc", "drafting")]),
]


@pytest.mark.parametrize("text, wanted", AGREEMENT_NAMES)
def test_agreements_names_on_real_report_shapes(text, wanted):
    doc = bangiao.extract(text, published="2025-03-10")
    assert [(a.name, a.status) for a in doc.agreements] == wanted


@pytest.mark.parametrize("text, parties, period", [
    # a figure told at a meeting with Campuchia is Việt Nam–Campuchia, whoever else the article names
    ("Sáng 20/11, Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Campuchia Hun Manet; kim ngạch thương mại hai nước năm "
     "2023 đạt 10 tỷ USD. Trước đó, Thủ tướng đã gặp Thủ tướng Lào Sonexay Siphandone tại Việt Nam. Lào là bạn.",
     ("country:VN", "country:KH"), "2023"),
    ("Kim ngạch thương mại với Campuchia năm 2023 đạt 10 tỷ USD. Lào và Việt Nam là láng giềng.",
     ("country:VN", "country:KH"), "2023"),
    # "những năm tới" is years to come, not next year
    ("Hai bên phấn đấu đưa kim ngạch thương mại Việt Nam - Lào lên 5 tỷ USD trong những năm tới.",
     ("country:VN", "country:LA"), None),
])
def test_figures_parties_are_the_clause_sides_and_periods_what_is_written(text, parties, period):
    [figure] = bangiao.extract(text, published="2024-11-20").figures
    assert figure.parties == parties
    assert (figure.period.value if figure.period else None) == period


# Session 4 (issue 12): documents named in lower case — one document set apart by what follows its kind, after a
# verb that acts on it — and the near-misses that stay generic. (text, names found with their status)
LOWER_CASE_AGREEMENTS = [
    ("Chính phủ Lào hôm nay đã ký thỏa thuận nhượng quyền với ba doanh nghiệp để xây dựng đoạn 2.",
     {"thỏa thuận nhượng quyền": "signed"}),
    ("Thủ tướng kêu gọi hai nước kiềm chế, tuân thủ thỏa thuận hòa bình, vì đoàn kết ASEAN.",
     {"thỏa thuận hòa bình": "referenced"}),
    ("Hai nhà lãnh đạo chứng kiến lễ trao đổi 5 văn kiện, trong đó có thỏa thuận về hợp tác thương mại gạo.",
     {"thỏa thuận về hợp tác thương mại gạo": "signed"}),
    ("Dự án được thúc đẩy bằng bản ghi nhớ riêng về tuyến cao tốc ký tháng 11/2016.",
     {"bản ghi nhớ riêng về tuyến cao tốc": "referenced"}),  # (signed in 2016: recalled)
    # near-misses: a verb, a plural, a count, one of a kind, a description, a purchase, nothing of its own
    ("Hai bên thỏa thuận sẽ tăng cường hợp tác quốc phòng.", {}),
    ("Hai bên ký các thỏa thuận tạo khung pháp lý cho hợp tác.", {}),
    ("Hai tỉnh trao bốn thỏa thuận hợp tác giữa các sở.", {}),
    ("Hai bên bàn khả năng đàm phán một hiệp định thương mại tự do.", {}),
    ("Đây là hiệp định thương mại tự do tham vọng nhất mà EU từng ký.", {}),
    ("Hãng ký hợp đồng mua 100 máy bay, đồng thời ký thỏa thuận mua động cơ của hãng GE.", {}),
    ("Chính phủ Lào đã ký bản ghi nhớ với Tập đoàn Phongsavanh.", {}),
    ("Việc ký kết thỏa thuận cho giai đoạn mới thể hiện quyết tâm của hai tỉnh.", {}),
    ("Hai bên ký thỏa thuận hợp tác trong lĩnh vực y tế.", {}),
    # a capitalized name is read as before, once
    ("Hai bên ký kết Thỏa thuận hợp tác giai đoạn 2026-2030 giữa hai tỉnh.",
     {"Thỏa thuận hợp tác giai đoạn 2026-2030 giữa hai tỉnh": "signed"}),
]


@pytest.mark.parametrize("text, expected", LOWER_CASE_AGREEMENTS, ids=[c[0][:50] for c in LOWER_CASE_AGREEMENTS])
def test_agreements_named_in_lower_case(text, expected):
    doc = _doc(text, published="2025-10-13")
    assert {a.name: a.status for a in doc.agreements} == expected
    assert all(a.kind[:1].isupper() for a in doc.agreements)


# Session 4 (issue 12): one result told twice, a forecast, a goal whatever its verb. (text, (value, is_target) of
# every USD figure)
RESULTS_AND_GOALS = [
    # a threshold passed beside the exact result is that result
    ("Năm 2024, thương mại song phương đã vượt mốc 10 tỷ USD, đạt 10,1 tỷ USD, gấp ba lần mức 3,3 tỷ USD của năm 2014.",
     {(10_100_000_000, False), (3_300_000_000, False)}),
    # near-miss: a threshold alone is the result; far from it (10 against 15), two figures
    ("Thương mại hai chiều tăng bình quân hơn 20% mỗi năm và vượt mốc 10 tỷ USD trong năm 2022.", {(10_000_000_000, False)}),
    ("Kim ngạch đã vượt mốc 10 tỷ USD năm 2021 và đạt 15 tỷ USD năm 2024.",
     {(10_000_000_000, False), (15_000_000_000, False)}),
    # a forecast is a result expected, not a goal; "phấn đấu" is a goal
    ("Kim ngạch 11 tháng đạt 10,4 tỷ USD và dự kiến đạt khoảng 12 tỷ USD cho cả năm. Hai bên phấn đấu sớm đạt 20 tỷ USD.",
     {(10_400_000_000, False), (12_000_000_000, False), (20_000_000_000, True)}),
    # bringing trade up to a figure is a goal; having brought it there is a result
    ("Việt Nam - Hàn Quốc quyết tâm đưa kim ngạch thương mại lên 100 tỷ USD.", {(100_000_000_000, True)}),
    ("Hai bên nhất trí sớm đưa kim ngạch thương mại song phương lên 2 tỷ USD.", {(2_000_000_000, True)}),
    ("Hiệp định đã đưa kim ngạch thương mại lên 5 tỷ USD.", {(5_000_000_000, False)}),
]


@pytest.mark.parametrize("text, expected", RESULTS_AND_GOALS, ids=[c[0][:50] for c in RESULTS_AND_GOALS])
def test_figures_results_forecasts_and_goals(text, expected):
    assert {(round(f.value), f.is_target) for f in _doc(text).figures if f.unit == "USD"} == expected


def test_agreements_another_spelling_of_a_kind_is_that_kind():
    """"Bản Ghi nhớ" (a capital G, real batch 4) is a Bản ghi nhớ: one kind for the records and the UI's words."""
    [a] = _doc("Sau hội đàm, hai Chủ tịch Quốc hội đã ký Bản Ghi nhớ hợp tác giữa hai Quốc hội.").agreements
    assert (a.kind, a.status) == ("Bản ghi nhớ", "signed")
