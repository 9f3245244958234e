"""Projects (EXTRACTION.md, Project): known and unknown names, the stage and date the text reports, parties, places,
cost and evidence, on our own sentences; near-misses that are no project; linear time."""
import pytest

import worstcase

import bangiao
from bangiao.extract.dating import Dating, date_document
from bangiao.extract.projects import find_projects
from test_growth import FLOOR, _cpu

PUBLISHED = "2024-01-06"
PIECE = ("Hai bên khánh thành Nhà máy thủy điện Nậm Thơn 2, khởi công cao tốc Hà Nội – Viêng Chăn, bàn giao "
         "Bệnh viện Hữu nghị Lào - Việt Nam với kinh phí 500 tỷ đồng, sẽ hoàn thành đường sắt Lào Cai – Hà Nội – "
         "Hải Phòng và các dự án khác. Công trình đang chậm tiến độ. ")


def _projects(text: str, published: str | None = PUBLISHED):
    doc = bangiao.extract(text, published=published)
    for p in doc.projects:
        assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.text
    return doc.projects


@pytest.mark.parametrize("text", [
    "Hai bên nhất trí đẩy nhanh dự án đường cao tốc Viêng Chăn – Hà Nội.",
    "Hai bên nhất trí đẩy nhanh tuyến cao tốc Hà Nội - Viêng Chăn.",
    "Hai bên nhất trí đẩy nhanh cao tốc Viêng Chăn-Hà Nội.",
    "Hai bên nhất trí đẩy nhanh tuyến cao tốc Lào – Việt Nam.",
    "Hai bên nhất trí đẩy nhanh đường cao tốc Hà Nội – Vientiane.",
])
def test_projects_name_variants_give_one_id(text):
    (p,) = _projects(text)
    assert p.id == "project:cao-toc-vieng-chan-ha-noi" and p.name == "Đường cao tốc Viêng Chăn – Hà Nội" and p.kind == "road"


@pytest.mark.parametrize("sentence, stage", [
    ("Hôm nay, hai nước khởi công tuyến đường sắt Viêng Chăn – Vũng Áng.", "building"),
    ("Hôm nay, hai nước động thổ tuyến đường sắt Viêng Chăn – Vũng Áng.", "building"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng đang thi công.", "building"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng đã hoàn thành.", "completed"),
    ("Hôm nay, hai nước khánh thành tuyến đường sắt Viêng Chăn – Vũng Áng.", "inaugurated"),
    ("Hôm nay, Việt Nam bàn giao tuyến đường sắt Viêng Chăn – Vũng Áng.", "inaugurated"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng đã được đưa vào sử dụng.", "inaugurated"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng đã đi vào hoạt động.", "operating"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng đang vận hành ổn định.", "operating"),
    ("Hai bên hoàn tất nghiên cứu khả thi tuyến đường sắt Viêng Chăn – Vũng Áng.", "studying"),
    ("Chính phủ Lào đã phê duyệt tuyến đường sắt Viêng Chăn – Vũng Áng.", "approved"),
    ("Bộ Kế hoạch và Đầu tư đã cấp phép tuyến đường sắt Viêng Chăn – Vũng Áng.", "approved"),
    ("Hai bộ đề xuất tuyến đường sắt Viêng Chăn – Vũng Áng.", "proposed"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng đang chậm tiến độ.", "delayed"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng còn nhiều vướng mắc về vốn.", "delayed"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng đã tạm dừng.", "stalled"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng rơi vào tình trạng đình trệ.", "stalled"),
    ("Tuyến đường sắt Viêng Chăn – Vũng Áng được nhắc tới nhiều lần.", None),
])
def test_projects_each_stage_word(sentence, stage):
    (p,) = _projects(sentence)
    assert p.id == "project:duong-sat-vieng-chan-vung-ang" and p.stage == stage


@pytest.mark.parametrize("text", [
    "Quốc hội thảo luận dự án luật về đầu tư công.",
    "Chính phủ trình dự thảo nghị quyết về đầu tư.",
    "Hai bên nhất trí thúc đẩy các dự án hợp tác trọng điểm.",
    "Hai bên rà soát các dự án, công trình đang triển khai.",
    "Chương trình nghị sự của kỳ họp gồm nhiều nội dung quan trọng.",
    "Chiều 5/1, đoàn đến Sân bay quốc tế Nội Bài, kết thúc chuyến thăm.",
    "Đoàn đã thăm Bệnh viện Bạch Mai và trao quà cho bệnh nhân.",
    "Việt Nam khẳng định chủ quyền đối với quần đảo Trường Sa.",
    "Phía Lào yêu cầu Tổng công ty Đường sắt Việt Nam hỗ trợ đào tạo.",
])
def test_projects_near_misses_are_no_projects(text):
    assert _projects(text) == ()


@pytest.mark.parametrize("text", [
    "Hai bên khởi công xây dựng nhà ở cho người dân, đồng thời bàn về đường sắt Viêng Chăn – Vũng Áng.",
    "Hai bên sẽ khởi công tuyến đường sắt Viêng Chăn – Vũng Áng.",
    "Hai bên phấn đấu hoàn thành tuyến đường sắt Viêng Chăn – Vũng Áng vào năm 2030.",
    "Lãnh đạo hai nước đề nghị sớm khởi công tuyến đường sắt Viêng Chăn – Vũng Áng.",
])
def test_projects_a_stage_word_of_something_else_or_planned_tells_no_stage(text):
    (p,) = _projects(text)
    assert p.stage is None and p.date is None


def test_projects_stage_word_ends_at_a_clause_mark_and_goes_to_the_project_it_tells_of():
    text = "Hôm nay, hai nước khánh thành Bệnh viện Chợ Rẫy Phnôm Pênh; cao tốc Hà Nội – Viêng Chăn vẫn chậm tiến độ."
    stages = {p.id: p.stage for p in _projects(text)}
    assert stages == {"project:benh-vien-cho-ray-phnom-penh": "inaugurated", "project:cao-toc-vieng-chan-ha-noi": "delayed"}


def test_projects_date_from_the_pinned_document_date():
    (p,) = _projects("Sáng nay, hai Thủ tướng dự lễ khánh thành Bệnh viện Chợ Rẫy Phnôm Pênh.")
    assert p.stage == "inaugurated" and p.date.value == PUBLISHED and p.date.precision == "day"


@pytest.mark.parametrize("text, stage, date", [
    ("Nhà Quốc hội Lào được khởi công năm 2017 và khánh thành năm 2021.", "inaugurated", "2021"),
    ("Ngày 4/1, hai bên bàn giao Nhà Quốc hội Lào.", "inaugurated", "2024-01-04"),
    ("Nhà Quốc hội Lào được động thổ tháng 11/2017, hoàn thành sau ba năm.", "completed", None),
])
def test_projects_date_is_the_time_of_the_stage(text, stage, date):
    (p,) = _projects(text)
    assert (p.stage, p.date and p.date.value) == (stage, date)


def test_projects_one_record_per_project_the_sentence_with_a_stage_is_its_evidence():
    text = ("Thủ tướng nhắc tới cao tốc Hà Nội – Viêng Chăn trong phát biểu. Ngày 3/1, hai bên khởi công đoạn đầu tiên "
            "của tuyến cao tốc Viêng Chăn – Hà Nội với tổng vốn đầu tư 1,5 tỷ USD. Cao tốc Lào – Việt Nam dài 580 km.")
    (p,) = _projects(text)
    assert p.stage == "building" and p.date.value == "2024-01-03"
    assert p.evidence.text.startswith("Ngày 3/1, hai bên khởi công")
    assert (p.value.value, p.value.unit) == (1_500_000_000, "USD")


def test_projects_value_needs_a_value_word_and_the_project_it_follows():
    text = "Kim ngạch thương mại đạt 1,7 tỷ USD; hai bên khánh thành Nhà máy thủy điện Nậm Thơn 2, kinh phí 300 triệu USD."
    (p,) = _projects(text)
    assert (p.value.value, p.value.unit) == (300_000_000, "USD")
    (q,) = _projects("Kim ngạch thương mại đạt 1,7 tỷ USD; hai bên khánh thành Nhà máy thủy điện Nậm Thơn 2.")
    assert q.value is None


def test_projects_parties_and_places_from_the_knowledge_base_and_the_name():
    (p,) = _projects("Hai bên khởi công Bệnh viện Hữu nghị Lào - Việt Nam tỉnh Hủa Phăn.")
    assert set(p.parties) == {"country:VN", "country:LA"}
    assert "place:houaphanh" in p.places


@pytest.mark.parametrize("text, pid, name, kind, stage", [
    ("Ngày 2/1, tỉnh Nghệ An khởi công dự án đường cao tốc Vinh – Thanh Thủy.", "project:duong-cao-toc-vinh-thanh-thuy",
     "đường cao tốc Vinh – Thanh Thủy", "road", "building"),
    ("Hai bên khánh thành Nhà máy thủy điện Nậm Thơn 2 tại tỉnh Bô-li-khăm-xay.", "project:nha-may-thuy-dien-nam-thon-2",
     "Nhà máy thủy điện Nậm Thơn 2", "energy", "inaugurated"),
    ("Đà Nẵng bàn giao công trình Trường Hữu nghị Lào - Việt Nam tỉnh Sa-va-na-khẹt.",
     "project:truong-huu-nghi-lao-viet-nam-tinh-sa-va-na-khet", "Trường Hữu nghị Lào - Việt Nam tỉnh Sa-va-na-khẹt",
     "education", "inaugurated"),
    ("Hai bên khởi công dự án mở rộng Bệnh viện huyện Văng Viêng.", "project:benh-vien-huyen-vang-vieng",
     "Bệnh viện huyện Văng Viêng", "health", "building"),
    ("Lào triển khai dự án “Nước sạch cho bản làng” với kinh phí 2 triệu USD.", "project:nuoc-sach-cho-ban-lang",
     "“Nước sạch cho bản làng”", "other", None),
    ("Hai bên triển khai chương trình \"Mái ấm biên cương\" tại các tỉnh biên giới.",
     "project:chuong-trinh-mai-am-bien-cuong", "chương trình \"Mái ấm biên cương\"", "programme", None),
])
def test_projects_unknown_named_projects(text, pid, name, kind, stage):
    found = [p for p in _projects(text) if p.id == pid]
    assert len(found) == 1 and (found[0].name, found[0].kind, found[0].stage) == (name, kind, stage)


def test_projects_an_institution_visited_is_no_project_but_one_inaugurated_is():
    assert _projects("Đoàn đến thăm Bệnh viện Đa khoa Xiêng Khoảng.") == ()
    (p,) = _projects("Hai bên khánh thành Bệnh viện Đa khoa Xiêng Khoảng.")
    assert p.kind == "health" and p.stage == "inaugurated"


def test_projects_a_venue_of_the_knowledge_base_needs_a_cue():
    assert _projects("Hai Chủ tịch Quốc hội hội đàm tại Nhà Quốc hội Lào.") == ()
    (p,) = _projects("Hai Chủ tịch Quốc hội thăm công trình Nhà Quốc hội Lào.")
    assert p.id == "project:nha-quoc-hoi-lao" and p.stage is None


def test_projects_without_a_document_date():
    (p,) = _projects("Nhà Quốc hội Lào đã được bàn giao.", published=None)
    assert p.stage == "inaugurated"


@pytest.mark.parametrize("shape", worstcase.SHAPES)
def test_projects_linear_on_the_worst_shapes(shape):
    """The generated worst shapes of tests/worstcase.py (one long line, short lines, no punctuation, dates, trigger
    words and names), with the project words of the piece above added: 4× the text, under 5× the time."""
    texts = [worstcase.text(shape, size) + " " + PIECE * (size // 4000) for size in (16_000, 64_000)]
    timings = []
    for text in texts:
        dating = date_document(text, (), None)
        timings.append(_cpu(lambda: find_projects(text, (), dating)))
    assert timings[1] < 5 * max(timings[0], FLOOR)


def test_projects_linear_in_the_text():
    """Many names, heads and stage words in one text: 4× the text takes well under 5× the time."""
    piece = PIECE
    dating = Dating(published=None, reference=None, expressions=())
    small, large = piece * 150, piece * 600
    t_small = _cpu(lambda: find_projects(small, (), dating))
    t_large = _cpu(lambda: find_projects(large, (), dating))
    assert t_large < 5 * max(t_small, FLOOR)


def test_projects_a_sentence_opening_with_du_an_speaks_of_the_project_named_before_it():
    (p,) = _projects("Hai bên bàn về Nhà máy thủy điện Nậm Thơn 2. Công trình được khánh thành năm 2023 với tổng vốn "
                     "đầu tư 300 triệu USD.")
    assert (p.stage, p.date.value, p.value.value) == ("inaugurated", "2023", 300_000_000)
    assert p.evidence.text.startswith("Công trình được khánh thành")
    (q,) = _projects("Hai bên bàn về cao tốc Hà Nội – Viêng Chăn. Dự án luật về đầu tư đã hoàn thành việc lấy ý kiến.")
    assert q.stage is None


@pytest.mark.parametrize("text, stage", [
    ("Hai bên bàn về cao tốc Hà Nội – Viêng Chăn. Tuyến cao tốc đang chậm tiến độ.", "delayed"),
    ("Hai bên bàn về cao tốc Hà Nội – Viêng Chăn. Hai bên cho biết dự án này đã được phê duyệt.", "approved"),
    ("Hai bên bàn về cao tốc Hà Nội – Viêng Chăn. Dự án đường cao tốc Vinh – Thanh Thủy đã được phê duyệt.", None),
    ("Hai bên bàn về cao tốc Hà Nội – Viêng Chăn. Tuyến đường sắt đang chậm tiến độ.", None),
    ("Hai bên bàn về cao tốc Hà Nội – Viêng Chăn. Các dự án đầu tư đã được phê duyệt.", None),
])
def test_projects_a_head_without_a_name_speaks_of_the_last_project_of_its_kind(text, stage):
    found = {p.id: p.stage for p in _projects(text)}
    assert found["project:cao-toc-vieng-chan-ha-noi"] == stage


def test_projects_a_road_named_by_its_number():
    (p,) = _projects("Việt Nam bàn giao công trình nâng cấp Quốc lộ 13 Nam cho phía Lào.")
    assert (p.name, p.kind, p.stage) == ("Quốc lộ 13 Nam", "road", "inaugurated")


@pytest.mark.parametrize("text, found", [
    ("Đoàn thăm Trường Hữu nghị Xiêng Khoảng do Việt Nam viện trợ.", True),
    ("Đoàn thăm Trường Hữu nghị Xiêng Khoảng và tặng quà học sinh.", False),
    ("Hai bên ký hiệp định về việc xây dựng Trường Hữu nghị Xiêng Khoảng.", True),
])
def test_projects_aid_or_building_is_a_cue_for_an_institution(text, found):
    assert bool(_projects(text)) == found


@pytest.mark.parametrize("text, stage, date", [
    ("Ngày 3/1, Thủ tướng thăm Nhà máy thủy điện Nậm Thơn 2 đang thi công.", "building", None),
    ("Ngày 3/1, Thủ tướng dự lễ khởi công Nhà máy thủy điện Nậm Thơn 2.", "building", "2024-01-03"),
    ("Nhà máy thủy điện Nậm Thơn 2 đang thi công từ tháng 5/2023.", "building", "2023-05"),
])
def test_projects_a_state_is_dated_only_by_its_own_time(text, stage, date):
    (p,) = _projects(text)
    assert (p.stage, p.date and p.date.value) == (stage, date)


@pytest.mark.parametrize("text, names", [
    ("Hai bên khánh thành cầu Xê Rôn ở tỉnh Sê Kông.", ["cầu Xê Rôn"]),
    ("Phía Lào yêu cầu Việt Nam sớm khởi công dự án.", []),
    ("Nhu cầu Lào về điện đã được đáp ứng.", []),
    ("Hai bên khánh thành Bệnh viện Hữu nghị Lào - Việt Nam tỉnh Xiêng Khoảng.",
     ["Bệnh viện Hữu nghị Lào - Việt Nam tỉnh Xiêng Khoảng"]),
])
def test_projects_bridges_compounds_and_a_known_name_with_another_place(text, names):
    assert [p.name for p in _projects(text)] == names


@pytest.mark.parametrize("text, value", [
    ("Hai bên khánh thành Bệnh viện Chợ Rẫy Phnôm Pênh. Năm 2010, hai bên phê duyệt dự án với tổng vốn 40 triệu USD.",
     40_000_000),
    ("Hai bên khánh thành Bệnh viện Chợ Rẫy Phnôm Pênh. Năm 2010, hai bên phê duyệt các dự án với tổng vốn 40 triệu USD.",
     None),
])
def test_projects_du_an_in_a_later_sentence_speaks_of_the_last_project_unless_plural(text, value):
    (p,) = _projects(text)
    assert (p.value.value if p.value else None) == value
