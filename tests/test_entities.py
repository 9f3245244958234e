"""Entity recognition and linking, table-driven on sentences the team wrote."""
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from bangiao.extract.entities import find_entities
from bangiao.extract.kb import day_range, knowledge_base


def _ids(text, published=None):
    window = day_range(published) if published else None
    return {e.id: e for e in find_entities(text, window)}


# (text, ids that must be found, ids that must not)
CASES = [
    ("Thủ tướng Chính phủ Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandon tại Hà Nội.",
     {"person:pham-minh-chinh", "person:sonexay-siphandone", "country:LA", "place:ha-noi"}, set()),
    ("Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith tiếp đoàn đại biểu Quân đội nhân dân Việt Nam.",
     {"person:thongloun-sisoulith", "country:LA"}, set()),
    ("Chủ tịch Quốc hội Lào Xaysomphone Phomvihane đón đoàn tại Viêng Chăn.",
     {"person:saysomphone-phomvihane", "place:vientiane"}, set()),
    ("Samdech Techo Hun Sen đã gặp ông Nguyễn Văn Thành, Bí thư Tỉnh ủy An Giang.",
     {"person:hun-sen", "person:nguyen-van-thanh"}, set()),
    ("Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng tiếp Tỉnh trưởng Khăm Muộn tại thành phố Hà Tĩnh.",
     {"person:hoang-trung-dung"}, set()),
    ("Bộ trưởng Du lịch Campuchia Sok Soken và Đại sứ Campuchia tại Việt Nam Chea Kimtha cùng dự buổi lễ.",
     {"person:sok-soken", "person:chea-kimtha", "country:KH", "country:VN"}, set()),
    ("Quan hệ hữu nghị Việt - Lào và hợp tác Việt Nam–Lào–Campuchia ngày càng phát triển.",
     {"country:VN", "country:LA", "country:KH"}, set()),
    ("Lễ đón chính thức diễn ra trọng thể. Đại hội Đảng thành công tốt đẹp. Kỳ họp kết thúc.",
     set(), {"person:le-don", "person:dai-hoi-dang", "person:ky-hop"}),
    ("Nguyên Chủ tịch nước Trần Đức Lương từng thăm Lào nhiều lần.", {"country:LA"}, {"country:DE"}),
    ("Ông được tặng Huân chương Anh dũng hạng Nhất.", set(), {"country:GB"}),
    ("Dự án trị giá 100 triệu đô la Mỹ được khởi công.", set(), {"country:US"}),
    ("Đại diện Nhà Trắng cho biết chuyến thăm sẽ diễn ra vào tháng tới.", {"org:white-house"}, {"place:nha-trang"}),
    ("Du khách đổ về Nha Trang trong dịp nghỉ lễ.", {"place:nha-trang"}, {"org:white-house"}),
    ("Nhân dân hai nước luôn gắn bó keo sơn.", set(), {"org:nhan-dan"}),
    ("Hai Bộ trưởng làm việc tại thủ đô Vientiane, nơi Bộ Ngoại giao Lào đặt trụ sở.",
     {"place:vientiane", "org:mofa-la"}, {"org:mofa-vn"}),
    ("Đoàn đã thăm tỉnh Ubon Ratchathani của Thái Lan.", {"place:ubon-ratchathani", "country:TH"}, set()),
    ("Hai Bộ Ngoại giao Việt Nam và Lào duy trì cơ chế tham vấn thường niên.",
     {"org:mofa-vn", "org:mofa-la"}, set()),
    ("Thủ tướng Lào Sonexay Siphandone cho biết Bộ Chính trị Đảng Nhân dân Cách mạng Lào đã thông qua kế hoạch.",
     {"org:lprp-politburo"}, set()),
]


# Issue 12, classes of errors found on real reports; each with near-misses that must stay as they are.
# (text, ids that must be found, ids that must not)
CLASS_CASES = [
    # 1. outlet credits and bylines are not entities
    ("Theo phóng viên TTXVN tại Viêng Chăn, hai bên đã ký nhiều văn kiện.", {"place:vientiane"}, {"org:vna"}),
    ("Theo đặc phái viên TTXVN, đoàn đã tới Bắc Kinh an toàn.", {"place:beijing"}, {"org:vna"}),
    ("Các đại biểu chụp ảnh lưu niệm. (Ảnh: TTXVN)", set(), {"org:vna"}),
    ("Hai Bộ trưởng tại lễ ký. Ảnh: Văn Điệp/TTXVN", set(), {"org:vna"}),
    ("Đoàn tại sân bay. (TTXVN/Vietnam+)", set(), {"org:vna", "org:vietnamplus"}),
    ("chuyen-tham-lao-2024.jpg - TTXVN\nHai bên hội đàm tại Hà Nội.", {"place:ha-noi"}, {"org:vna"}),
    ("Hai bên nhất trí tăng cường hợp tác.\nHOÀI NAM - THU HÀ", set(), {"org:nam"}),
    ("Theo TTXVN, hai bên đã ký ba văn kiện.", {"org:vna"}, set()),  # a cited source stays
    ("Thông tấn xã Việt Nam (TTXVN) và Hãng thông tấn Lào ký thỏa thuận.", {"org:vna", "org:kpl"}, set()),
    ("Việt Nam dự Hội nghị Thượng đỉnh NAM lần thứ 19 tại Kampala.", {"org:nam"}, set()),
    ("Quan hệ ASEAN - EU ngày càng phát triển.", {"org:asean", "org:eu"}, set()),
    # 2. a country word inside a longer name is not that country
    ("Hai nước cùng vì một khu vực Ấn Độ Dương - Thái Bình Dương rộng mở.",
     {"place:an-do-duong-thai-binh-duong"}, {"country:IN"}),
    ("Đỗ Đức Duy, Bộ trưởng Bộ Nông nghiệp và Môi trường, cùng dự.", {"person:do-duc-duy"}, {"country:DE"}),
    ("Cố vấn Lê Đức Thọ từng dự đàm phán tại Paris.", {"person:le-duc-tho", "place:paris"}, {"country:DE"}),
    ("Hai nước sẽ tăng cường hợp tác.\nAnh Tuấn", set(), {"country:GB"}),
    ("Anh 2: Quang cảnh buổi hội đàm.", set(), {"country:GB"}),
    ("Anh và Pháp ủng hộ sáng kiến này.", {"country:GB", "country:FR"}, set()),
    ("Thủ tướng Anh Keir Starmer tiếp đoàn.", {"country:GB"}, set()),
    ("Thủ tướng Anh khẳng định sẽ sang thăm.", {"country:GB"}, set()),
    ("Ngoại trưởng Đức Annalena Baerbock tới Hà Nội.", {"country:DE", "place:ha-noi"}, set()),
    ("Đoàn đã tới thăm Nam Lào.", {"country:LA"}, set()),
    ("Ông Nguyễn Văn Anh", set(), {"country:GB"}),  # a name ending in a country word, at the end of a text
    ("Đoàn viếng Đài tưởng niệm các Anh hùng liệt sĩ ở Bắc Sơn.", set(), {"country:GB"}),  # a common word
    ("Chủ tịch Quốc hội tiếp Anh hùng, chiến sĩ yêu nước Cuba.", {"country:CU"}, {"country:GB"}),  # comma after it
    ("Hai bên ủng hộ nhau tại tổ chức Pháp ngữ và Liên hợp quốc.", {"org:un"}, {"country:FR"}),  # French-speaking
    ("Anh, Pháp và Đức ủng hộ sáng kiến.", {"country:GB", "country:FR", "country:DE"}, set()),  # near-miss: a list
    ("Ý kiến của hai bên đều thống nhất.", set(), {"country:IT"}),
    ("Ý định thư về hợp tác quốc phòng được ký.", set(), {"country:IT"}),
    ("Anh và Ý ủng hộ sáng kiến.", {"country:GB", "country:IT"}, set()),
    ("Mexico là một trong những nước Mỹ Latinh đầu tiên.", {"place:my-latinh"}, {"country:US"}),
    ("Hai nước hợp tác với các nước Nam Mỹ.", {"place:nam-my"}, {"country:US"}),
    ("Thứ trưởng phụ trách châu Á và châu Mỹ dự lễ đón.", {"place:chau-my"}, {"country:US"}),  # real batch 4
    ("Các nước Mỹ châu cùng dự hội nghị.", {"place:chau-my"}, {"country:US"}),
    # a language is no mention of its country (real batch 4: "học bổng tiếng Tây Ban Nha")
    ("Argentina cấp học bổng tiếng Tây Ban Nha cho cán bộ trẻ.", {"country:AR"}, {"country:ES"}),
    ("Các văn kiện được soạn bằng tiếng Ả Rập và tiếng Bồ Đào Nha.", set(), {"country:PT"}),
    ("Thủ tướng Tây Ban Nha tới Hà Nội, bắt đầu chuyến thăm.", {"country:ES", "place:ha-noi"}, set()),
    ("Người dân châu Mỹ và Hoa Kỳ theo dõi sự kiện.", {"place:chau-my", "country:US"}, set()),
    ("Quan hệ với nước Mỹ phát triển.", {"country:US"}, set()),
    ("Tổng thống tới sân bay quốc tế King Faisal, bắt đầu chuyến thăm.", {"place:san-bay-quoc-te-king-faisal"},
     {"person:king-faisal"}),
    # 3. a country named inside a body or a title is a mention of it; "nước ta" is Việt Nam
    ("Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào trao tặng Huân chương Lao động.",
     {"org:la-government", "country:LA"}, set()),
    ("Quốc hội nước CHDCND Lào vừa thông qua luật mới.", {"org:la-national-assembly", "country:LA"}, set()),
    ("Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào Sonexay Siphandone tới Hà Nội.",
     {"person:sonexay-siphandone", "country:LA"}, set()),
    ("Đoàn đại biểu cấp cao nước ta đã tới thủ đô Phnom Penh.", {"country:VN", "place:phnom-penh"}, set()),
    ("Chủ tịch nước ta dự lễ.", set(), set()),
    ("Bí thư Thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba Miguel Díaz-Canel tiếp đoàn.",
     {"org:pcc", "country:CU", "person:miguel-diaz-canel"}, {"org:cpv-central-committee"}),
    ("Ban Chấp hành Trung ương Đảng Cộng sản Cuba ra nghị quyết.", {"org:pcc"}, {"org:cpv-central-committee"}),
    ("Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu.",
     {"person:bui-thanh-son"}, {"org:pcc"}),
    ("Sĩ quan Quân đội và Công an Hoàng gia Campuchia xếp hàng chào đón.",
     {"org:rcaf", "org:cong-an-hoang-gia-campuchia", "country:KH"}, {"org:kh-royal-palace"}),
    ("Hoàng gia Campuchia tổ chức lễ mừng sinh nhật Nhà vua.", {"org:kh-royal-palace"}, set()),
    ("Chính phủ Hoàng gia Campuchia ra tuyên bố.", {"org:kh-royal-government"}, {"org:kh-royal-palace"}),
]


# 4. people the KB does not hold, behind long office titles: (text, name, title)
TITLED_CASES = [
    ("Đại sứ Trung Quốc tại Việt Nam Tiêu Minh Đạt dự buổi lễ.", "Tiêu Minh Đạt", "Đại sứ Trung Quốc tại Việt Nam"),
    ("Đại sứ Việt Nam tại Lào Nguyễn Văn Khải ra sân bay đón.", "Nguyễn Văn Khải", "Đại sứ Việt Nam tại Lào"),
    ("Chủ nhiệm Ủy ban Kinh tế và Tài chính của Quốc hội Trần Văn Bình phát biểu.", "Trần Văn Bình",
     "Chủ nhiệm Ủy ban Kinh tế và Tài chính của Quốc hội"),
    ("Bộ trưởng Ngoại giao Ai Cập Hassan Farouk cho biết.", "Hassan Farouk", "Bộ trưởng Ngoại giao"),
    ("Bộ trưởng Kinh tế Đức Anna Richter nói.", "Anna Richter", "Bộ trưởng Kinh tế Đức"),
    ("Quốc vụ khanh Bộ Hoàng cung Sok Vanna tiếp đoàn.", "Sok Vanna", "Quốc vụ khanh Bộ Hoàng cung"),
    ("Kỷ niệm ngày lãnh tụ Fidel Castro tới thăm vùng giải phóng.", "Fidel Castro", "lãnh tụ"),
    ("Đại diện Thương mại Jamieson Greer cùng dự.", "Jamieson Greer", "Đại diện Thương mại"),
]


@pytest.mark.parametrize("text, name, title", TITLED_CASES, ids=[c[1] for c in TITLED_CASES])
def test_entities_unknown_person_behind_a_long_title(text, name, title):
    people = [e for e in _ids(text).values() if e.type == "PERSON"]
    assert [(p.name, p.titles) for p in people] == [(name, (title,))]


# 5. one person, several names: (text, the person's id, the mentions it must have)
SAME_PERSON_CASES = [
    ("Tổng thống Nga Vladimir Putin tiếp đoàn. Tại cuộc gặp, Tổng thống Putin nhấn mạnh quan hệ truyền thống.",
     "person:vladimir-putin", {"Vladimir Putin", "Putin"}),
    ("Tổng thống Hàn Quốc Yoon Suk Yeol đón đoàn. Tổng thống Yoon đánh giá cao kết quả.",
     "person:yoon-suk-yeol", {"Yoon Suk Yeol", "Yoon"}),
    ("Tổng thống Joe Biden tới Hà Nội. Ông Biden cho biết chuyến đi thành công.", "person:joe-biden", {"Joe Biden", "Biden"}),
    ("Ngoại trưởng Nhật Bản Motegi Toshimitsu hội đàm. Ngoại trưởng Motegi khẳng định.", "person:motegi-toshimitsu",
     {"Motegi Toshimitsu", "Motegi"}),
    ("Thủ tướng Australia Anthony Albanese phát biểu. Thủ tướng Anthony nói thêm.", "person:anthony-albanese",
     {"Anthony Albanese", "Anthony"}),
    ("Tổng thống Moon cho biết hai nước sẽ hợp tác.", "person:moon-jae-in", {"Moon"}),  # the KB's only Moon
    ("Ngoại trưởng Michael R. Pompeo đã tới Hà Nội.", "person:mike-pompeo", {"Michael R. Pompeo"}),
    ("Ông được Samdech Techo Hun Sen tiếp.", "person:hun-sen", {"Hun Sen"}),
    # an initial and the last name after the full name (session 7, batch 8)
    ("Tổng thống Ai Cập Abdel Fattah El-Sisi tới Hà Nội. Tổng thống A.Sisi cảm ơn.", "person:abdel-fattah-el-sisi",
     {"Abdel Fattah El-Sisi", "A.Sisi"}),
    ("Tổng thống Peru Dina Boluarte tới Hà Nội. Bà D. Boluarte cho biết.", "person:dina-boluarte",
     {"Dina Boluarte", "D. Boluarte"}),
    ("Quốc vương Norodom Sihamoni tiếp đoàn. Người dân cầm ảnh Quốc vương Norodom Siha", "person:norodom-sihamoni",
     {"Norodom Sihamoni", "Norodom Siha"}),  # cut off at the end of an excerpt
]


@pytest.mark.parametrize("text, person, mentions", SAME_PERSON_CASES, ids=[c[1] for c in SAME_PERSON_CASES])
def test_entities_a_short_name_is_the_same_person(text, person, mentions):
    found = _ids(text)
    people = [e.id for e in found.values() if e.type == "PERSON"]
    assert people == [person]
    assert {m.text for m in found[person].mentions} >= mentions


@pytest.mark.parametrize("text, names", [
    ("Tổng thống John F. Kennedy từng tới đây.", {"John F. Kennedy"}),
    ("Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.", {"Ursula von der Leyen"}),
    ("Phó Thủ tướng, Bộ trưởng Hoàng cung Samdech Chaufea Veang Heng Dara ra đón.", {"Heng Dara"}),  # no honorific
    ("Tổng thống Lee phát biểu.", set()),  # several Lees in the KB: nobody
    ("Ông Kim Jong Ho và ông Kim Dae Hyun hội đàm. Ông Kim cho biết.", {"Kim Jong Ho", "Kim Dae Hyun"}),  # ambiguous
])
def test_entities_names_with_initials_particles_and_honorifics(text, names):
    found = _ids(text)
    assert {e.name for e in found.values() if e.type == "PERSON"} == names


# 6. Vietnamese phonetic spellings of Lao names (tone marks and hyphens as the press writes them) and Chinese
# leaders in Sino-Vietnamese reading link to the KB's person; a KB leader's title alone resolves by date.
SPELLING_CASES = [
    ("Thủ tướng Lào Thoong-xỉnh Thăm-ma-vông tiếp đoàn.", "person:thongsing-thammavong"),
    ("Đồng chí Bun-nhăng Vo-lả-chít gặp gỡ cán bộ.", "person:bounnhang-vorachit"),
    ("Chủ tịch nước Lào Thoong-lun Xi-xu-lịt hội đàm với đoàn.", "person:thongloun-sisoulith"),  # a tone mark off
    ("Hôm qua Xổm-xạ-vạt Lềnh-xạ-vắt thăm trường.", "person:somsavat-lengsavad"),  # no title: hyphenated run
    ("Đoàn do đồng chí Păn-khăm Vi-pha-vắn dẫn đầu.", "person:phankham-viphavanh"),
    ("Phó Thủ tướng Quốc vụ viện Trung Quốc Hà Lập Phong dự diễn đàn.", "person:ha-lap-phong"),
    ("Ủy viên trưởng Triệu Lạc Tế hội kiến Chủ tịch Quốc hội.", "person:trieu-lac-te"),
    ("Bí thư Thứ nhất Miguel Díaz-Canel Bermúdez đón đoàn.", "person:miguel-diaz-canel"),
    # a letter written once where the KB doubles it, a space where it has a hyphen (session 7, batch 8)
    ("Tổng thống Ai Cập Abdel Fatah El Sisi tới Hà Nội.", "person:abdel-fattah-el-sisi"),
    ("Thủ tướng Lào Thonglun Sisoulith phát biểu khai mạc.", "person:thongloun-sisoulith"),  # "u" for "ou"
]


@pytest.mark.parametrize("text, person", SPELLING_CASES, ids=[c[1] for c in SPELLING_CASES])
def test_entities_another_spelling_is_the_kb_person(text, person):
    assert person in _ids(text)


# 7. bodies the KB does not hold get the span of their name
@pytest.mark.parametrize("text, names", [
    ("Tổng Công ty Đầu tư và Phát triển Công nghiệp Nhà nước ký hợp đồng.", {"Tổng Công ty Đầu tư và Phát triển Công nghiệp Nhà nước"}),
    ("Ngân hàng ABX lập chi nhánh 100% vốn nước ngoài tại Hà Nội.", {"Ngân hàng ABX"}),
    ("Công ty TNHH Minh Quang Việt Nam đầu tư thêm vốn.", {"Công ty TNHH Minh Quang Việt Nam"}),
    ("Bệnh viện Hữu nghị tại tỉnh Hủa Phăn được khánh thành.", {"Bệnh viện Hữu nghị"}),
    ("Quỹ Hỗ trợ Doanh nghiệp COVID-19 được lập.", {"Quỹ Hỗ trợ Doanh nghiệp COVID-19"}),
    ("Tập đoàn Kelvo và Ngân hàng Vinaro ký kết.", {"Tập đoàn Kelvo", "Ngân hàng Vinaro"}),  # "và" before another body
    ("Trường Đại học Bách khoa Hà Nội đón đoàn.", {"Trường Đại học Bách khoa Hà Nội"}),  # one body, not two
    ("Công ty này cho biết sẽ mở rộng.", set()),  # no name after the kind
    ("Cán bộ Đại sứ quán Việt Nam tại Campuchia ra đón.", {"Đại sứ quán Việt Nam tại Campuchia"}),
    ("Đoàn đại biểu cấp cao Chính phủ Thái Lan tới Hà Nội.", {"Chính phủ Thái Lan"}),  # a body of a country the KB lacks
    ("Quốc vụ khanh Bộ Hoàng cung Sok Vanna tiếp đoàn.", {"Bộ Hoàng cung"}),  # the body a long title names
    ("Bộ trưởng Kế hoạch và Đầu tư Ấn Độ Ravi Kumar phát biểu.", set()),  # a field, no body
    ("Ủy ban Nhân dân Thành phố Hải Phòng ký kết.", {"Ủy ban Nhân dân Thành phố Hải Phòng"}),
])
def test_entities_unknown_body_spans(text, names):
    found = {e.name for e in _ids(text).values() if e.type == "ORG" and e.id not in knowledge_base().entities}
    assert found == names


# A title names the office's holder only when it stands for that office (resolved against the date)
@pytest.mark.parametrize("text, published, absent", [
    ("Chủ tịch nước tiếp Chủ tịch Trung ương Mặt trận Lào xây dựng đất nước.", "2023-04", "person:tap-can-binh"),
    ("Ủy viên Bộ Chính trị, Phó Chủ tịch Chính hiệp toàn quốc Uông Dương hội kiến.", "2022-10", "person:han-chinh"),
    ("Ủy viên Bộ Chính trị, Phó Chủ tịch Chính hiệp toàn quốc hội kiến đoàn.", "2022-10", "person:vuong-ky-son"),
    ("Thủ tướng đón Cố vấn Nhà nước, Bộ trưởng Bộ Ngoại giao và Bộ trưởng Văn phòng Tổng thống nước Cộng hòa "
     "Liên bang Myanmar Aung San Suu Kyi.", "2018-04", "person:pham-binh-minh"),
    ("Các Bộ trưởng Ngoại giao ASEAN ra tuyên bố chung.", "2024-07", "person:bui-thanh-son"),
])
def test_entities_a_title_of_another_body_is_not_resolved(text, published, absent):
    assert absent not in _ids(text, published)


@pytest.mark.parametrize("text, published, person", [
    ("Thủ tướng Chính phủ Hoàng gia Campuchia khẳng định hai nước sẽ hợp tác.", "2022-03", "person:hun-sen"),
    ("Tổng Bí thư Đảng Nhân dân Cách mạng Lào cho biết.", "2024-01", "person:thongloun-sisoulith"),
    ("Thủ tướng (bên phải) phát biểu tại hội đàm.", "2024-01", "person:pham-minh-chinh"),
    # leaders the KB gained for issue 12
    ("Thủ tướng Đức khẳng định sẽ thăm Việt Nam.", "2025-09", "person:friedrich-merz"),
    ("Thủ tướng Đức khẳng định sẽ thăm Việt Nam.", "2023-09", "person:olaf-scholz"),
    ("Thủ tướng Anh cảm ơn sự đón tiếp.", "2025-02", "person:keir-starmer"),
    ("Tổng thống Pháp nhấn mạnh quan hệ đối tác.", "2025-05", "person:emmanuel-macron"),
])
def test_entities_a_title_of_its_own_office_resolves(text, published, person):
    assert person in _ids(text, published)


@pytest.mark.parametrize("text, name", [
    ("Đoàn hội kiến Chủ tịch Hội đồng Đại biểu Nhân dân (Hạ viện) Budi Santoso.", "Budi Santoso"),
    ("Chủ tịch Tổ chức Dân tộc Mã Lai Thống nhất (UMNO) Ahmad Rahman phát biểu.", "Ahmad Rahman"),
    ("Chuyến thăm theo lời mời của Giáo hoàng Leo XIV.", "Leo XIV"),
    ("Hai bên bàn về cuộc gặp với nhà lãnh đạo Kim Jong-un.", "Kim Jong-un"),
])
def test_entities_a_name_after_an_aside_or_a_rarer_title(text, name):
    assert name in {e.name for e in _ids(text).values() if e.type == "PERSON"}


@pytest.mark.parametrize("text", [
    "Nguyễn Thanh Hải, Phó Chủ tịch Thường trực UBND tỉnh và Lê Văn Hòa, Giám đốc Sở, cùng dự.",  # "và": another person
    "Đặc phái viên của Tổng thống về khí hậu John Kerry tới Hà Nội.",  # "về khí hậu" is no body of the title
])
def test_entities_long_title_does_not_swallow_another_person(text):
    for e in _ids(text).values():
        assert not any(t.endswith((" và", "khí hậu")) for t in e.titles)


@pytest.mark.parametrize("text, present, absent", CLASS_CASES, ids=[c[0][:50] for c in CLASS_CASES])
def test_entities_real_report_classes(text, present, absent):
    found = _ids(text)
    assert present <= set(found), f"missing {present - set(found)}"
    assert not absent & set(found), f"wrongly found {absent & set(found)}"


@pytest.mark.parametrize("text, present, absent", CASES, ids=[c[0][:50] for c in CASES])
def test_entities_table(text, present, absent):
    found = _ids(text)
    assert present <= set(found), f"missing {present - set(found)}"
    assert not absent & set(found), f"wrongly found {absent & set(found)}"


def test_entities_titles_are_not_names():
    found = _ids("Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith tiếp Thủ tướng Chính phủ Phạm Minh Chính.")
    thongloun, chinh = found["person:thongloun-sisoulith"], found["person:pham-minh-chinh"]
    assert thongloun.name == "Thongloun Sisoulith" and thongloun.country == "LA"
    assert thongloun.titles == ("Tổng Bí thư, Chủ tịch nước",)
    assert chinh.titles == ("Thủ tướng Chính phủ",) and [m.text for m in chinh.mentions] == ["Phạm Minh Chính"]


def test_entities_honorific_not_part_of_name():
    person = _ids("Samdech Thipadei Hun Manet phát biểu tại lễ đón.")["person:hun-manet"]
    assert [m.text for m in person.mentions] == ["Hun Manet"]


def test_entities_canonical_name_whatever_the_spelling():
    found = _ids("Thủ tướng Sonexay Siphandon tới thăm Vientiane.")
    assert found["person:sonexay-siphandone"].name == "Sonexay Siphandone"
    assert found["place:vientiane"].name == "Viêng Chăn"


@pytest.mark.parametrize("published, holder", [
    ("2024-05-01", "person:sonexay-siphandone"),
    ("2021-06-01", "person:phankham-viphavanh"),
    ("2018-03", "person:thongloun-sisoulith"),
])
def test_entities_title_alone_resolves_across_a_change_of_office(published, holder):
    found = _ids("Thủ tướng Lào khẳng định hai nước sẽ tiếp tục hợp tác chặt chẽ.", published)
    assert holder in found
    assert found[holder].mentions[0].text == "Thủ tướng Lào"


@pytest.mark.parametrize("published, holder", [("2023-06-01", "person:nguyen-phu-trong"), ("2025-02-01", "person:to-lam")])
def test_entities_vietnamese_title_alone_resolves_by_date(published, holder):
    found = _ids("Tổng Bí thư nhấn mạnh tầm quan trọng của quan hệ đặc biệt.", published)
    assert holder in found


def test_entities_title_alone_without_a_date_is_not_guessed():
    found = _ids("Thủ tướng Lào khẳng định hai nước sẽ tiếp tục hợp tác chặt chẽ.")
    assert not [e for e in found.values() if e.type == "PERSON"]


def test_entities_date_from_tenures_resolves_title_alone():
    # Võ Văn Thưởng was Chủ tịch nước only 2023-03 .. 2024-03: "Tổng Bí thư" then is Nguyễn Phú Trọng
    found = _ids("Chủ tịch nước Võ Văn Thưởng chuyển lời thăm hỏi của Tổng Bí thư tới Thủ tướng Lào.")
    assert "person:nguyen-phu-trong" in found and "person:sonexay-siphandone" in found


def test_entities_title_after_a_name_is_not_resolved_to_someone_else():
    found = _ids("Đồng chí Bounthong Chitmany, Thường trực Ban Bí thư Trung ương Đảng Nhân dân Cách mạng Lào, "
                 "trao Huân chương cho đoàn.", "2022-07-01")
    assert [e.id for e in found.values() if e.type == "PERSON"] == ["person:bounthong-chitmany"]


def test_entities_former_office_holder_not_resolved():
    found = _ids("Nguyên Thủ tướng Lào đã tới dự buổi lễ.", "2024-05-01")
    assert "person:sonexay-siphandone" not in found


def test_entities_party_inside_a_title():
    found = _ids("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc Tập Cận Bình hội đàm với đoàn.")
    assert {"org:cpc", "person:tap-can-binh"} <= set(found) or {"person:tap-can-binh"} <= set(found)
    assert not [e for e in found.values() if e.type == "ORG" and "Ban Chấp hành" in e.name]


_PIECES = st.sampled_from(["Thủ tướng ", "Lào ", "Việt - ", "Tô Lâm", "hai ", "Bộ Ngoại giao ", "ông ", "Hun Sen ",
                           "Tổng Bí thư, ", "Chủ tịch nước ", "tỉnh ", "Đức ", "Trần ", ", ", ". ", "\n"])
_CHARS = st.text(alphabet=list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY àáảãạằ,.-–()"), max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES | _CHARS, max_size=40).map("".join))
def test_entities_spans_always_index_the_text(text):
    for entity in find_entities(text, (date(2024, 1, 1), date(2024, 12, 31))):
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text and m.text


def test_entities_partner_and_pair_titles_resolve():
    import bangiao
    doc = bangiao.extract("Ngày 9-1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn. "
                          "Thủ tướng Bạn cảm ơn sự giúp đỡ của Việt Nam. Hai Thủ tướng chứng kiến lễ ký các văn kiện.",
                          published="2025-01-09")
    sonexay = next(e for e in doc.entities if e.id == "person:sonexay-siphandone")
    chinh = next(e for e in doc.entities if e.id == "person:pham-minh-chinh")
    assert "Thủ tướng Bạn" in [m.text for m in sonexay.mentions]
    assert any(m.text == "Thủ tướng" for m in chinh.mentions) and any(m.text == "Thủ tướng" for m in sonexay.mentions)


def test_entities_nothing_from_removed_teasers():
    import bangiao
    doc = bangiao.extract("Hai bên hội đàm tại Hà Nội\nNgày 6-1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào "
                          "Sonexay Siphandone tại Hà Nội về hợp tác song phương.\nTin cùng chuyên mục\n"
                          "Bí thư Tỉnh ủy Trịnh Việt Hùng tiếp Đoàn công tác Đại sứ quán Trung Quốc\n"
                          "Chiều 18/12, đồng chí Trịnh Việt Hùng đã tiếp đoàn công tác của Đại sứ quán Trung Quốc tại Hà Nội.")
    ids = {e.id for e in doc.entities}
    assert "person:pham-minh-chinh" in ids
    assert not {i for i in ids if "trinh-viet-hung" in i} and "country:CN" not in ids


# Session 4 (issue 12, dev 125-138): bodies outside the KB, dash spellings, venues and places of another country,
# Lao spellings; each with near-misses that must stay as they are. (text, ids found, ids not found)
S4_CASES = [
    # numbered units are bodies; a number after another word is none
    ("Binh đoàn 11 của Bộ Quốc phòng là đơn vị thi công công trình.", {"org:binh-doan-11", "org:mod-vn"}, set()),
    ("Các chiến sĩ Quân khu 4 giúp dân khắc phục lũ.", {"org:quan-khu-4"}, set()),
    ("Đội 2 người đi trước, Binh đoàn chủ lực đi sau; binh đoàn 11 viết thường không phải tên.", set(),
     {"org:doi-2", "org:binh-doan", "org:binh-doan-11"}),
    # a country's offices abroad
    ("Theo Thương vụ Việt Nam tại Campuchia, kim ngạch hai chiều tăng mạnh.",
     {"org:thuong-vu-viet-nam-tai-campuchia", "country:VN", "country:KH"}, set()),
    ("Hàng hóa thương vụ lớn nhất năm được ký tại Campuchia.", set(), {"org:thuong-vu-viet-nam-tai-campuchia"}),
    # companies: the name after "Công ty" when it is a brand or a foreign name
    ("Chính phủ Lào ký với Công ty Namtha Bridge and Road Construction Group và Công ty 3S Development.",
     {"org:namtha-bridge-and-road-construction-group", "org:3s-development"},
     {"org:cong-ty-namtha-bridge", "org:cong-ty-namtha-bridge-and-road-construction-group"}),
    ("Hợp đồng với Công ty TNHH Honda Việt Nam được gia hạn.", {"org:cong-ty-tnhh-honda-viet-nam"}, {"org:tnhh-honda-viet-nam"}),
    ("Công ty Cổ phần Xây dựng Số 1 trúng thầu gói thầu.", {"org:cong-ty-co-phan-xay-dung-so-1"}, set()),
    ("Ngân hàng UOB lập chi nhánh and mở rộng hoạt động.", {"org:ngan-hang-uob"}, {"org:ngan-hang-uob-lap-chi-nhanh-and"}),
    # airlines and makers: the KB's, and a brand after "hãng" (a kind in lower case is never part of the name)
    ("Hãng hàng không VietJet ký hợp đồng mua máy bay Boeing, đồng thời ký với hãng GE trị giá 5,3 tỷ USD.",
     {"org:vietjet", "org:boeing", "org:general-electric"}, {"org:ge-tri", "org:hang-ge-tri"}),
    ("Hãng hàng không Qatar Airways mở đường bay mới tới Hà Nội.", {"org:qatar-airways"}, {"org:hang-hang-khong-qatar-airways"}),
    ("Ông Ge nói chuyện với sinh viên; máy bay boeing là danh từ chung ở đây.", set(), {"org:general-electric", "org:boeing"}),
    # an intergovernmental committee in any dash spelling; "liên Chính phủ" is no government
    ("Kỳ họp 48 Ủy ban liên Chính phủ Việt Nam – Lào thống nhất phương hướng hợp tác.",
     {"org:vn-la-intergovernmental-committee", "country:VN", "country:LA"}, {"org:vn-government"}),
    ("Hai bên trao Biên bản Kỳ họp Ủy ban Liên Chính phủ Việt Nam - Cuba.",
     {"org:uy-ban-lien-chinh-phu-viet-nam-cuba", "country:CU"}, {"org:vn-government"}),
    ("Chính phủ Việt Nam và Chính phủ Lào ký hiệp định.", {"org:vn-government", "org:la-government"}, set()),
    # a title names the government only with its country written
    ("Thủ tướng Chính phủ Hoàng gia Campuchia Hun Sen thăm Việt Nam.", {"org:kh-royal-government", "person:hun-sen"}, set()),
    ("Thủ tướng Chính phủ Phạm Minh Chính tiếp đoàn; Thủ tướng Chính phủ đã chỉ đạo các bộ.", {"person:pham-minh-chinh"},
     {"org:vn-government"}),
    # a head's title names a body Việt Nam has none of by its holder's country
    ("Tổng Bí thư gửi lời thăm hỏi tới Chủ tịch Thượng viện Hun Sen.", {"org:kh-senate", "person:hun-sen"}, set()),
    ("Chủ tịch Quốc hội Vương Đình Huệ tiếp đoàn.", {"org:vn-national-assembly"}, {"org:kh-senate"}),
    ("Tổng Bí thư hội kiến Thủ tướng Malaysia và Chủ tịch Hạ viện Johari Abdul.", {"org:my-dewan-rakyat"}, set()),
    ("Tổng thống Brazil đến Hà Nội; tháp tùng có Chủ tịch Hạ viện Hugo Motta.", {"org:ha-vien-brazil"}, set()),
    ("Chủ tịch nước hội kiến Chủ tịch Hạ viện Ai Cập Hanafy El Gebaly tại Cairo.", {"org:ha-vien-ai-cap"}, set()),
    ("Chủ tịch Quốc hội tiếp Đại sứ Malaysia tại Hà Nội.", {"org:vn-national-assembly"}, {"org:quoc-hoi-malaysia"}),
    # places: the kind in lower case before the name; a bay is not its city
    ("Hàng hóa Lào xuất khẩu qua cảng Vũng Áng và cửa khẩu Thanh Thủy.",
     {"place:cang-vung-ang", "place:cua-khau-thanh-thuy"}, {"place:kkt-vung-ang"}),
    ("Khu kinh tế Vũng Áng thu hút nhiều dự án; Vũng Áng đón tàu lớn.", {"place:kkt-vung-ang"}, {"place:cang-vung-ang"}),
    ("Tổng thống thăm vịnh Hạ Long.", {"place:vinh-ha-long"}, {"place:ha-long"}),
    ("Lãnh đạo thành phố Hạ Long đón đoàn.", {"place:ha-long"}, {"place:vinh-ha-long"}),
    # Lao places in Vietnamese phonetic spellings
    ("Đoạn 2 chạy từ Pắc-xăn đến huyện Xay-chăm-phon, tỉnh Bô-ly-khăm-xay, qua Viêng Thoong.",
     {"place:paksan", "place:xaychamphon", "place:bolikhamxay", "place:vieng-thoong"}, set()),
    ("Đoạn 1 từ bản Noọng Pẹn ở Thủ đô Viêng Chăn chạy song song Quốc lộ 13 Nam.",
     {"place:nong-peng", "place:vientiane", "place:quoc-lo-13-nam"}, set()),
    ("Hai Thủ tướng khai trương cặp cửa khẩu quốc tế Tân Nam – Meun Chey.",
     {"place:cua-khau-tan-nam", "place:cua-khau-meun-chey"}, set()),
    # regions: a region of Việt Nam, a region of Lào, a peninsula naming no country
    ("Bão gây thiệt hại ở miền Trung và miền Nam Việt Nam.", {"place:mien-trung", "place:mien-nam", "country:VN"}, set()),
    ("Tỉnh Chăm-pa-xắc ở miền Nam Lào giáp Campuchia.", {"place:nam-lao", "country:LA"}, {"place:mien-nam"}),
    ("Hai bên bàn về hòa bình trên bán đảo Triều Tiên.", {"place:ban-dao-trieu-tien"}, {"country:KP", "country:KR"}),
    ("Việt Nam thúc đẩy quan hệ với Mỹ Latinh.", {"place:my-latinh"}, {"country:US"}),
    ("Hai bên mở rộng hợp tác tại khu vực Trung Đông Âu và Trung Đông.", {"place:trung-dong-au", "place:trung-dong"}, set()),
    ("Chủ tịch nước gặp Chủ tịch Hội đồng châu Âu Charles Michel.", {"org:european-council"}, {"org:eu"}),
    # a venue with another country after it is that country's; named bare beside it, it is the same one
    ("Lễ đón diễn ra tại Nhà Quốc hội Hàn Quốc.", {"place:nha-quoc-hoi-han-quoc", "country:KR"}, {"place:nha-quoc-hoi"}),
    ("Việt Nam tặng Lào một Nhà Quốc hội mới. Lễ động thổ Nhà Quốc hội Lào diễn ra tại Viêng Chăn.",
     {"place:nha-quoc-hoi-lao"}, {"place:nha-quoc-hoi"}),
    ("Chủ tịch nước Lào phát biểu tại Nhà Quốc hội mới của Lào.", {"place:nha-quoc-hoi-lao"}, {"place:nha-quoc-hoi"}),
    ("Tổng thống Hàn Quốc đặt vòng hoa tại Lăng rồi tới Nhà Quốc hội hội kiến Chủ tịch Quốc hội.",
     {"place:nha-quoc-hoi", "country:KR"}, {"place:nha-quoc-hoi-han-quoc"}),
    # the city that bears a province's name is a place of its own; a city is not made twice
    ("Hội nghị diễn ra tại thành phố Hà Tĩnh, tỉnh Hà Tĩnh.", {"place:thanh-pho-ha-tinh", "place:ha-tinh"}, set()),
    ("Đoàn thăm thành phố Salavan.", {"place:thanh-pho-salavan"}, {"place:salavan"}),
    ("Đoàn tới thành phố Đà Nẵng và Thành phố Hồ Chí Minh.", {"place:da-nang", "place:ho-chi-minh-city"},
     {"place:thanh-pho-da-nang"}),
    # a seat named bare where something takes place: of the capital's country, else of the text's partner
    ("Lễ đón diễn ra tại Phủ Tổng thống ở Thủ đô Ankara.", {"place:phu-tong-thong-tho-nhi-ky", "place:ankara"}, set()),
    ("Quốc vương Norodom Sihamoni đón Tổng Bí thư tại Hoàng cung, thủ đô Phnôm Pênh của Campuchia.",
     {"place:hoang-cung-campuchia"}, set()),
    ("Tổng thống Indonesia đón Tổng Bí thư tại Phủ Tổng thống.", {"place:istana-merdeka"}, set()),
    ("Chủ tịch nước hội đàm với Tổng thống Phần Lan tại Phủ Tổng thống Phần Lan.", {"place:phu-tong-thong-phan-lan"}, set()),
    # near-misses: a body in a title, a seat with a name of its own, no country to own it
    ("Bộ trưởng Hoàng cung Campuchia Kong Sam Ol dự lễ.", set(), {"place:hoang-cung-campuchia"}),
    ("Hội đàm diễn ra tại Phủ Tổng thống Lohn ở thành phố Bern.", set(), {"place:phu-tong-thong-thuy-si"}),
    ("Hội đàm diễn ra tại Phủ Tổng thống.", set(), {"place:phu-tong-thong-viet-nam"}),
]


@pytest.mark.parametrize("text, present, absent", S4_CASES, ids=[c[0][:50] for c in S4_CASES])
def test_entities_bodies_and_places_outside_the_kb(text, present, absent):
    found = _ids(text)
    assert present <= set(found), f"missing {present - set(found)}; found {sorted(found)}"
    assert not absent & set(found), f"wrongly found {absent & set(found)}"


@pytest.mark.parametrize("text, name, mention", [
    ("Chính phủ Lào ký với Công ty Namtha Bridge and Road Construction Group hôm nay.",
     "Namtha Bridge and Road Construction Group", "Namtha Bridge and Road Construction Group"),
    ("Theo Thương vụ Việt Nam tại Campuchia, kim ngạch tăng.", "Thương vụ Việt Nam tại Campuchia",
     "Thương vụ Việt Nam tại Campuchia"),
    ("Hàng hóa đi qua cảng Vũng Áng.", "Cảng Vũng Áng", "cảng Vũng Áng"),
    ("Chủ tịch Thượng viện Say Chhum tiếp đoàn.", "Thượng viện Campuchia", "Thượng viện"),
])
def test_entities_names_and_mentions_of_new_bodies_and_places(text, name, mention):
    entity = next(e for e in find_entities(text) if e.name == name)
    assert [m.text for m in entity.mentions] == [mention]
