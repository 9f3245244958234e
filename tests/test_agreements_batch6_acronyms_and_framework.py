"""Issue 12, batch 6, agreements: (1) a document written only by its acronym ("thực hiện DOC", "đàm phán COC",
"phê chuẩn EVIPA") is the document the data file names for it (data/agreements.toml [acronyms]); one whose full name
the text gives with the acronym in brackets is that document, not a second; (2) a signing ceremony someone is
thanked for having attended ("cảm ơn X đã tham dự Lễ ký Y") is a past signing recalled: Y is referenced; (3) a
framework document in lower case one works within ("trong khuôn khổ kế hoạch hành động về đối tác chiến
lược của hai bên") is a document referenced, not a country's own plan; a plan that carries out agreements ("Kế hoạch triển khai
các Thỏa thuận …") is shared. Our own sentences, with near-misses."""
import pytest

import bangiao


def _agreements(text):
    return [(a.name, a.status) for a in bangiao.extract(text, published="2022-08-10").agreements]


@pytest.mark.parametrize("text, wanted", [
    ("Hai Bộ trưởng nhất trí thực hiện đầy đủ DOC và thúc đẩy đàm phán COC thực chất, hiệu quả.",
     [("Tuyên bố về ứng xử của các bên ở Biển Đông", "referenced"), ("Bộ Quy tắc ứng xử ở Biển Đông", "drafting")]),
    ("Phía Việt Nam đề nghị Bỉ sớm phê chuẩn EVIPA.",
     [("Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu", "referenced")]),
    # the full name with the acronym in brackets, then the acronym alone: one document
    ("Hai bên tận dụng Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP). Doanh nghiệp hai nước được hưởng lợi từ RCEP.",
     [("Hiệp định Đối tác kinh tế toàn diện khu vực", "referenced")]),
    # near-misses: not an acronym of the data file; an acronym inside a longer word; lower case
    ("Hai bên trao đổi về tình hình WTO và G20.", []),
    ("Đoàn thăm nhà máy DOCOMO tại Tokyo.", []),
    ("Anh ấy gửi file doc cho đối tác.", []),
])
def test_agreements_batch6_acronyms(text, wanted):
    assert _agreements(text) == wanted


@pytest.mark.parametrize("text, status", [
    ("Chủ tịch Quốc hội cảm ơn Ba Lan đã tham dự Lễ ký Công ước Liên hợp quốc về chống tội phạm mạng tại Hà Nội.",
     "referenced"),
    ("Bộ trưởng cám ơn phía Nhật Bản đã cử đại diện dự Lễ ký Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản.",
     "referenced"),
    # near-misses: a signing reported; thanks for something else before a signing of the day
    ("Hai Bộ trưởng đã tham dự Lễ ký Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản.", "signed"),
    ("Sau khi cảm ơn sự đón tiếp của chủ nhà, hai Bộ trưởng đã ký Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản.",
     "signed"),
])
def test_agreements_batch6_signing_thanked_for_is_recalled(text, status):
    assert [s for _, s in _agreements(text)] == [status]


@pytest.mark.parametrize("text, wanted", [
    ("Trong khuôn khổ kế hoạch hành động về đối tác chiến lược của hai bên, Ấn Độ và Việt Nam mở rộng hợp tác năng "
     "lượng.", [("kế hoạch hành động về đối tác chiến lược", "referenced")]),
    ("Hai bên cam kết phối hợp thực hiện hiệu quả Kế hoạch triển khai các Thỏa thuận cấp cao năm 2023.",
     [("Kế hoạch triển khai các Thỏa thuận cấp cao năm 2023", "referenced")]),
    # near-misses: a country's own plan; a framework that is no document
    ("Trong khuôn khổ kế hoạch phát triển kinh tế - xã hội 5 năm, tỉnh đầu tư nhiều công trình.", []),
    ("Trong khuôn khổ chuyến thăm, hai bên ký nhiều văn kiện.", []),
    ("Chính phủ ban hành Kế hoạch phát triển kinh tế - xã hội năm 2023.", []),
])
def test_agreements_batch6_framework_documents(text, wanted):
    assert _agreements(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # two documents joined by "và" after one verb: the second as the first (seed 002's drafting pair)
    ("Hai Bộ trưởng giao các đơn vị trao đổi kỹ, sớm xây dựng dự thảo Thỏa thuận hợp tác giữa hai Bộ Tư pháp giai "
     "đoạn 2027-2031 và Chương trình hành động hợp tác pháp luật giai đoạn 2027-2030.",
     ["drafting", "drafting"]),
    ("Hai bên cam kết thực hiện Hiệp định thương mại biên giới và Nghị định thư về cửa khẩu.",
     ["referenced", "referenced"]),
    # near-misses: both signed; the second with its own words between
    ("Hai Bộ trưởng đã ký Hiệp định về hợp tác quốc phòng và Hiệp định dẫn độ.", ["signed", "signed"]),
    ("Hai bên đã ký Bản ghi nhớ về du lịch; Thỏa thuận hợp tác nông nghiệp giữa hai Bộ sẽ được ký năm sau.",
     ["signed", "drafting"]),
])
def test_agreements_batch6_coordinated_names_share_the_verb(text, wanted):
    assert [s for _, s in _agreements(text)] == wanted


@pytest.mark.parametrize("text, wanted", [
    # a kind in a plural list opened by "các" is generic (seed 000)
    ("Thực hiện hiệu quả các Nghị định thư, Đề án hợp tác trong lĩnh vực y tế và đào tạo; thúc đẩy hợp tác văn hóa.", []),
    ("Hai bên nhất trí triển khai các Hiệp định, Thỏa thuận và Bản ghi nhớ về hợp tác giáo dục.", []),
    # near-misses: a list of named documents after a colon; a name after "các thỏa thuận … và"
    ("Hai bên ký các văn kiện: Nghị định thư về biên giới, Đề án hợp tác y tế giai đoạn 2025-2027.",
     [("Nghị định thư về biên giới", "signed"), ("Đề án hợp tác y tế giai đoạn 2025-2027", "signed")]),
    ("Thực hiện các thỏa thuận cấp cao và Hiệp định thương mại biên giới Việt Nam - Lào.",
     [("Hiệp định thương mại biên giới Việt Nam - Lào", "referenced")]),
])
def test_agreements_batch6_plural_list_is_generic(text, wanted):
    assert _agreements(text) == wanted
