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


def _stage_and_date(text: str) -> tuple:
    (p,) = _projects(text)
    return p.stage, p.date and p.date.value


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
    assert _stage_and_date(text) == (stage, date)


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
    ("Ngày 2/1, tỉnh Nghệ An khởi công dự án đường cao tốc Vinh – Thanh Thủy.", "project:cao-toc-vinh-thanh-thuy",
     "đường cao tốc Vinh – Thanh Thủy", "road", "building"),
    ("Hai bên khánh thành Nhà máy thủy điện Nậm Thơn 2 tại tỉnh Bô-li-khăm-xay.", "project:thuy-dien-nam-thon-2",
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
    assert _stage_and_date(text) == (stage, date)


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


# ---------------------------------------------------------------- round 2 (issue 15): names, ids, cues and stages

def _found(text: str) -> list[tuple]:
    return [(p.id, p.kind, p.stage, p.date and p.date.value) for p in _projects(text)]


@pytest.mark.parametrize("text, expected", [
    # a description of the places joined: the knowledge base's project when it knows the pair, either way round
    ("Hai bộ nhất trí đẩy nhanh tuyến đường sắt nối Viêng Chăn với cảng Vũng Áng (Hà Tĩnh).",
     [("project:duong-sat-vieng-chan-vung-ang", "rail", None, None)]),
    ("Hai bên bàn về dự án đường sắt nối liền cảng Vũng Áng với Thủ đô Viêng Chăn.",
     [("project:duong-sat-vieng-chan-vung-ang", "rail", None, None)]),
    # else a project of its own, the length and "khác" left out, the tail the two places
    ("Tháng 5/2022, Lào ký bản ghi nhớ với một nhà thầu để nghiên cứu khả thi đoạn cao tốc dài 120 km từ tỉnh Xiêng "
     "Khoảng đến cửa khẩu quốc tế Nậm Cắn.", [("project:doan-cao-toc-xieng-khoang-nam-can", "road", "studying", "2022-05")]),
    ("Tháng 3/2023, Lào ký bản ghi nhớ với một tập đoàn để nghiên cứu, khảo sát một tuyến cao tốc khác dài 300 km, nối "
     "Thủ đô Viêng Chăn với cửa khẩu Cầu Treo thuộc huyện Hương Sơn.",
     [("project:cao-toc-vieng-chan-cau-treo", "road", "studying", "2023-03")]),
    ("Hai nước ký hiệp định về việc xây dựng tuyến đường nối tỉnh Phông-xa-lỳ với biên giới Việt Nam tại tỉnh Điện Biên.",
     [("project:tuyen-duong-phong-xa-ly-viet-nam", "road", None, None)]),
    ("Ngày 3/1, Thủ tướng dự lễ khởi công tòa nhà hành chính của Quốc hội Lào.",
     [("project:toa-nha-hanh-chinh-cua-quoc-hoi-lao", "building", "building", "2024-01-03")]),
    # near-misses: many lines, a route travelled (no cue), a building named for what it houses
    ("Hai bên nhất trí phát triển các tuyến đường sắt kết nối Quảng Tây với Việt Nam.", []),
    ("Đoàn đi trên tuyến đường từ Hà Nội đến Lạng Sơn.", []),
    ("Ông cho biết tòa nhà Quốc hội cũ được đưa vào sử dụng từ năm 1991.", []),
    ("Hai bên nhất trí nâng cấp đường bộ nối Viêng Chăn với Hà Nội.", []),
])
def test_projects_described_by_the_places_they_join(text, expected):
    assert _found(text) == expected


def test_projects_described_name_leaves_the_length_out():
    (p,) = _projects("Năm 2024, Lào ký bản ghi nhớ để nghiên cứu khả thi đoạn cao tốc dài 120 km từ tỉnh Xiêng Khoảng đến "
                     "cửa khẩu quốc tế Nậm Cắn.")
    assert p.name == "đoạn cao tốc từ tỉnh Xiêng Khoảng đến cửa khẩu quốc tế Nậm Cắn"


@pytest.mark.parametrize("first, second", [
    ("Tỉnh đã khởi công tuyến đường sắt Lạng Sơn – Hà Nội.", "Tỉnh đang chuẩn bị cho đường sắt Lạng Sơn - Hà Nội."),
    ("Ngày 3/1, hai nước khánh thành nhà máy thủy điện Nậm Ngừm 5.", "Tháng 5/2023, thủy điện Nậm Ngừm 5 đi vào hoạt động."),
    ("Hai bên khởi công tuyến cao tốc Vinh – Thanh Thủy.", "Hai bên bàn về đường cao tốc Vinh – Thanh Thủy."),
    ("Hai bên khởi công cảng hàng không quốc tế Xiêng Khoảng.", "Hai bên khởi công sân bay Xiêng Khoảng."),
])
def test_projects_one_unknown_project_gets_one_id_whatever_its_head(first, second):
    (a,), (b,) = _projects(first), _projects(second)
    assert a.id == b.id and a.id.startswith("project:") and "tuyen" not in a.id and "nha-may" not in a.id


@pytest.mark.parametrize("text, expected", [
    ("Sáng 4/1, hai Thủ tướng dự lễ khai trương cặp cửa khẩu quốc tế Tân Nam (tỉnh Tây Ninh) – Meun Chey (tỉnh Prey "
     "Veng).", [("project:cap-cua-khau-tan-nam-meun-chey", "other", "inaugurated", "2024-01-04")]),
    ("Hai Thủ tướng nhất trí sớm khánh thành cửa khẩu biên giới chung Tân Nam – Meun Chey.",
     [("project:cap-cua-khau-tan-nam-meun-chey", "other", None, None)]),
    ("Ngày 4/1, hai tỉnh khai trương cặp cửa khẩu Lệ Thanh (tỉnh Gia Lai) – O Yadav (tỉnh Ratanakiri).",
     [("project:cap-cua-khau-le-thanh-o-yadav", "other", "inaugurated", "2024-01-04")]),
    # near-misses: a pair named only as a way goods go; a single gate
    ("Hai tỉnh đề nghị tạo thuận lợi cho hàng hóa qua cặp cửa khẩu quốc tế Lao Bảo.", []),
    ("Đoàn làm việc tại cửa khẩu quốc tế Tân Nam.", []),
])
def test_projects_a_pair_of_border_gates(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, name", [
    ("Hai bên ký bản ghi nhớ về các dự án được tài trợ theo Chương trình hỗ trợ phát triển của Hàn Quốc; bản ghi nhớ "
     "về giáo dục.", "Chương trình hỗ trợ phát triển của Hàn Quốc"),
    ("Tại buổi gặp, Bộ trưởng thông báo chương trình quyên góp toàn quốc \"70 năm tình hữu nghị Việt Nam - Lào\" đã huy "
     "động được 100 tỷ đồng.", "chương trình quyên góp toàn quốc \"70 năm tình hữu nghị Việt Nam - Lào\""),
    # near-misses: a programme's head opening the sentence, no aid told, a generic programme
    ("Chương trình hợp tác của hai bộ được tài trợ bởi Ngân hàng Thế giới.", None),
    ("Hai bên rà soát Chương trình hợp tác giai đoạn 2021 – 2025 giữa hai bộ.", None),
    ("Hai bên thông qua Chương trình nghị sự của kỳ họp được tài trợ bởi Nhật Bản.", None),
])
def test_projects_named_programmes(text, name):
    assert [(p.name, p.kind) for p in _projects(text)] == ([(name, "programme")] if name else [])


@pytest.mark.parametrize("text, ids", [
    ("Hai bên thúc đẩy triển khai các dự án trọng điểm như bến cảng Vũng Áng, sân bay Noọng Khăng và các dự án kết nối.",
     ["project:cang-vung-ang-ben-1-2-3", "project:san-bay-noong-khang"]),
    ("Hai bên thúc đẩy các dự án như cảng Vũng Áng và sân bay Noọng Khăng.",
     ["project:cang-vung-ang-ben-1-2-3", "project:san-bay-noong-khang"]),
    ("Thủ tướng cam kết để phía Lào sử dụng lâu dài bến số 1 và 2 cảng Vũng Áng.", ["project:cang-vung-ang-ben-1-2-3"]),
    # near-misses: a visit, a list of partners, a port as a place
    ("Đoàn đã đến sân bay Noọng Khăng và cảng Vũng Áng.", []),
    ("Hai bên thúc đẩy hợp tác với các đối tác như cảng Vũng Áng.", []),
    ("Đoàn đã thăm cảng Vũng Áng.", []),
])
def test_projects_listed_after_cac_du_an_nhu_and_numbered_berths(text, ids):
    assert [p.id for p in _projects(text)] == ids


def test_projects_a_topic_head_speaks_of_the_project_of_its_kind_however_far():
    text = ("Hai bên bàn về tuyến đường sắt Viêng Chăn – Vũng Áng và cao tốc Hà Nội – Viêng Chăn. "
            + "Hai bên đánh giá cao kết quả hợp tác trong nhiều lĩnh vực. " * 12
            + "Với tuyến đường sắt, Thủ tướng đề nghị các bộ của hai nước phối hợp chặt chẽ với các đơn vị tư vấn nước "
              "ngoài và các nhà tài trợ quốc tế, sớm hoàn thành nghiên cứu khả thi.")
    stages = {p.id: p.stage for p in _projects(text)}
    assert stages == {"project:duong-sat-vieng-chan-vung-ang": "studying", "project:cao-toc-vieng-chan-ha-noi": None}
    near = text.replace("Với tuyến đường sắt, Thủ tướng", "Thủ tướng")
    assert {p.id: p.stage for p in _projects(near)}["project:duong-sat-vieng-chan-vung-ang"] is None


@pytest.mark.parametrize("text, stage, date", [
    # a study as the purpose of an act begins with it, dated by it
    ("Tháng 3/2023, Lào ký bản ghi nhớ với nhà thầu để khảo sát cao tốc Hà Nội – Viêng Chăn.", "studying", "2023-03"),
    ("Ngày 3/1, hai bên ký thỏa thuận nhằm nghiên cứu khả thi cao tốc Hà Nội – Viêng Chăn.", "studying", "2024-01-03"),
    # a stage right after a planned one: its time is the plan's
    ("Việt Nam sẽ hoàn thành nghiên cứu khả thi cao tốc Hà Nội – Viêng Chăn trong năm 2025.", "studying", None),
    # a ceremony announced: the stage of the project named after it, no date
    ("Chủ tịch nước cũng sẽ dự lễ khởi công cao tốc Hà Nội – Viêng Chăn vào ngày 8/1.", "building", None),
    # a concession signed is an approval; a franchise is none
    ("Hôm nay, Chính phủ Lào đã ký thỏa thuận nhượng quyền đường cao tốc Viêng Chăn – Hà Nội với ba doanh nghiệp.",
     "approved", "2024-01-06"),
    ("Hai bên bàn về nhượng quyền thương mại cho cao tốc Viêng Chăn – Hà Nội.", None, None),
    # near-misses: a plan without a purpose or ceremony stays none
    ("Hai bên sẽ khảo sát cao tốc Hà Nội – Viêng Chăn.", None, None),
    ("Hai bên sẽ khởi công cao tốc Hà Nội – Viêng Chăn.", None, None),
])
def test_projects_studies_begun_plans_ceremonies_and_concessions(text, stage, date):
    assert _stage_and_date(text) == (stage, date)


def test_projects_an_announced_ceremony_tells_nothing_of_the_place_before_it():
    text = ("Theo chương trình, chiều 7/1, tại sân bay Noọng Khăng, Thủ tướng sẽ chứng kiến lễ bàn giao máy bay cho "
            "hãng Lao Airlines.")
    assert _projects(text) == ()


@pytest.mark.parametrize("text, pid", [
    ("Hai bên nhất trí phát huy khu cảnh quan thác Bản Giốc Đức Thiên.", "project:khu-canh-quan-thac-ban-gioc-duc-thien"),
    ("Hai bên khánh thành Công viên hữu nghị Việt - Lào tại thủ đô Vientiane.", "project:cong-vien-huu-nghi-lao-viet-nam"),
    ("Hai bên dự lễ khánh thành Bệnh viện Hữu nghị tại tỉnh Hủa Phăn.", "project:benh-vien-huu-nghi-lao-viet-nam-hua-phan"),
    ("Hai tỉnh cùng nghiên cứu lập kế hoạch xây dựng hành lang kinh tế Quảng Bình - Khăm Muộn - Nakhon Phanom.",
     "project:hanh-lang-kinh-te-quang-binh-kham-muon-nakhon-phanom"),
    ("Hai tỉnh nghiên cứu lập kế hoạch xây dựng hành lang kinh tế Quảng Trị - Salavan - Ubon Ratchathani.",
     "project:hanh-lang-kinh-te-quang-tri-salavan-ubon-ratchathani"),
    ("Đoàn thăm thác Bản Giốc.", None),
    ("Hai bên thông báo tình hình dọc hành lang kinh tế Đông - Tây cũng như công tác biên giới.", None),
])
def test_projects_knowledge_base_forms_and_corridors(text, pid):
    assert [p.id for p in _projects(text)] == ([pid] if pid else [])


def test_projects_linear_with_descriptions_lists_pairs_and_programmes():
    """Descriptions, lists after "các dự án như", pairs of gates, programmes and topic heads: 4× the text takes well
    under 5× the time."""
    piece = ("Hai bên thúc đẩy các dự án như cảng Vũng Áng, sân bay Noọng Khăng, cảng Lạch Huyện và sân bay Long Thành. "
             "Lào ký bản ghi nhớ để nghiên cứu đoạn cao tốc dài 80 km từ tỉnh Hủa Phăn đến cửa khẩu Nậm Xôi – Na Mèo. "
             "Hai bên khai trương cặp cửa khẩu Tân Nam (tỉnh Tây Ninh) – Meun Chey (tỉnh Prey Veng). Với tuyến đường sắt, "
             "hai bên hoàn thành nghiên cứu khả thi theo Chương trình hỗ trợ phát triển của Hàn Quốc do Hàn Quốc tài trợ. ")
    dating = Dating(published=None, reference=None, expressions=())
    small, large = piece * 100, piece * 400
    t_small = _cpu(lambda: find_projects(small, (), dating))
    t_large = _cpu(lambda: find_projects(large, (), dating))
    assert t_large < 5 * max(t_small, FLOOR)


@pytest.mark.parametrize("text, date", [
    # a paragraph of what came before: a stage without its own time is undated
    ("Ngày 4/1, hai bên khánh thành Bệnh viện Chợ Rẫy Phnôm Pênh.\nTrước đó, Nhà máy thủy điện Nậm Thơn 2 đã đi vào "
     "hoạt động. Ở Trung Lào, Nhà Quốc hội Lào cũng đã được bàn giao.", None),
    ("Ngày 4/1, hai bên khánh thành Bệnh viện Chợ Rẫy Phnôm Pênh.\nTrước đây, Nhà Quốc hội Lào đã được bàn giao từ "
     "tháng 3/2021.", "2021-03"),
    # near-miss: a paragraph of the day's event keeps the governing date
    ("Ngày 4/1, hai bên khánh thành Bệnh viện Chợ Rẫy Phnôm Pênh.\nCũng trong ngày 4/1, Nhà Quốc hội Lào đã được bàn "
     "giao.", "2024-01-04"),
])
def test_projects_a_background_paragraph_dates_only_by_its_own_time(text, date):
    (p,) = [p for p in _projects(text) if p.id == "project:nha-quoc-hoi-lao"]
    assert p.stage == "inaugurated" and (p.date and p.date.value) == date


@pytest.mark.parametrize("text, found", [
    ("Tổng thống thăm Khu đền tháp Mỹ Sơn, di sản văn hóa thế giới mà Ấn Độ đang hỗ trợ trùng tu.",
     [("project:trung-tu-my-son", "other", "building", None)]),
    ("Thủ tướng đề nghị các nước khẩn trương đưa Quỹ ASEAN ứng phó COVID-19 vào hoạt động.",
     [("project:quy-asean-ung-pho-covid-19", "programme", None, None)]),
    # near-misses: a visit to the site; the stage word of something else
    ("Đoàn thăm Khu đền tháp Mỹ Sơn.", []),
    ("Hai bên tu bổ quan hệ.", []),
])
def test_projects_a_site_of_the_knowledge_base_needs_a_cue(text, found):
    assert _found(text) == found


@pytest.mark.parametrize("text, kind", [
    ("Ngày 5/1, hai bên khánh thành Công viên Hữu nghị Việt Nam – Lào tại Thủ đô Viêng Chăn.", "other"),
    ("Tỉnh khởi công xây dựng tượng đài Hữu nghị Việt Nam – Campuchia tại thị xã.", "other"),
    ("Hai bên khánh thành Nhà văn hóa Hữu nghị Việt – Lào ở tỉnh Xiêng Khoảng.", "building"),
    ("Việt Nam bàn giao Ký túc xá Hữu nghị Việt – Lào do Việt Nam viện trợ xây dựng.", "building"),
])
def test_projects_parks_and_monuments_are_no_buildings(text, kind):
    """A park, a monument or a memorial site is kind 'other' (tests/dev/README.md); a house of culture or an
    office building given as aid stays a building."""
    assert [p.kind for p in _projects(text)] == [kind]


# ---------------------------------------------------------------- routes listed after a plural head (issue 15)

@pytest.mark.parametrize("text, expected", [
    # each pair of places after a plural route head and a link word is a route of the head's kind
    ("Hai bên đẩy mạnh kết nối giao thông, nhất là các tuyến đường sắt từ Quảng Tây kết nối với Đồng Đăng - Hà Nội, "
     "Móng Cái - Hải Phòng.",
     [("project:duong-sat-dong-dang-ha-noi", "Đường sắt Đồng Đăng - Hà Nội", "rail"),
      ("project:duong-sat-mong-cai-hai-phong", "Đường sắt Móng Cái - Hải Phòng", "rail")]),
    # the knowledge base's project when it holds the pair (a corridor of three places), "và" joining the list
    ("Hai nước bàn về hai tuyến đường sắt nối Lào Cai – Hà Nội – Hải Phòng và Lạng Sơn – Hà Nội.",
     [("project:duong-sat-lao-cai-ha-noi-hai-phong", "Đường sắt Lào Cai – Hà Nội – Hải Phòng", "rail"),
      ("project:duong-sat-lang-son-ha-noi", "Đường sắt Lạng Sơn – Hà Nội", "rail")]),
    ("Hai bên thúc đẩy các tuyến cao tốc như Vinh – Thanh Thủy, Cần Thơ – Phnôm Pênh.",
     [("project:cao-toc-vinh-thanh-thuy", "Cao tốc Vinh – Thanh Thủy", "road"),
      ("project:cao-toc-can-tho-phnom-penh", "Cao tốc Cần Thơ – Phnôm Pênh", "road")]),
    ("Hai tỉnh nâng cấp các tuyến đường bộ gồm Điện Biên - Phông-xa-lỳ.",
     [("project:tuyen-duong-dien-bien-phong-xa-ly", "Tuyến đường Điện Biên - Phông-xa-lỳ", "road")]),
    # near-misses: a pair without a route head, an air route, a plural head before a general phrase or one place,
    # a single head before a link word (a description, needing a cue)
    ("Hai bên thúc đẩy quan hệ Việt Nam - Lào lên tầm cao mới.", []),
    ("Đoàn bay chặng Hà Nội - Viêng Chăn của chuyến bay thẳng.", []),
    ("Hãng mở lại đường bay Hà Nội - Viêng Chăn từ tháng sau.", []),
    ("Hai hãng mở thêm các tuyến đường bay nối Hà Nội - Viêng Chăn, Đà Nẵng - Luang Prabang.", []),
    ("Hai bên nhất trí phát triển các tuyến đường sắt kết nối hai nước.", []),
    ("Hai bên bàn về các tuyến đường sắt nối với Trung Quốc.", []),
    ("Hai bên bàn về các tuyến đường sắt kết nối Việt Nam - Trung Quốc.", []),
    ("Các tuyến cao tốc là động lực của tăng trưởng, như lời Thủ tướng.", []),
])
def test_projects_routes_listed_after_a_plural_head(text, expected):
    assert [(p.id, p.name, p.kind) for p in _projects(text)] == expected


def test_projects_routes_list_is_bounded():
    """A list runs to at most [routes] most pairs; a long run of pairs costs no more than one pass."""
    text = "Hai bên bàn về các tuyến đường sắt gồm " + ", ".join(f"Bến {c} - Cảng {c}" for c in "ABCDEGHIKLMNOPQRSTUV") + "."
    assert len(_projects(text)) == 6
