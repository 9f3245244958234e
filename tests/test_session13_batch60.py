"""Session 13, the classes batch 60 showed (issue 12; our own sentences, with near-misses)."""
import pytest

import bangiao
from tests.extracted import events, named, published


@pytest.mark.parametrize("text, year", [
    # an occasion named with its year anywhere in the text chooses among the few years left
    ("Đầu giờ chiều 17/11, tại Hà Nội, Chủ tịch nước Nguyễn Minh Triết hội đàm với Tổng thống George W. Bush. Chủ tịch "
     "nước tin tưởng chuyến thăm góp phần vào thành công của Hội nghị Lãnh đạo kinh tế APEC 2006.", "2006-11-17"),
    # near-miss: a plan named with its year is no occasion
    ("Đầu giờ chiều 17/11, tại Hà Nội, Chủ tịch nước Nguyễn Minh Triết hội đàm với Tổng thống George W. Bush. Hai "
     "bên rà soát Kế hoạch hợp tác 2006.", None),
])
def test_dating_an_occasion_named_later_with_its_year(text, year):
    assert published(text) == year


@pytest.mark.parametrize("text, date", [
    # a visit announced for this year, or the next, takes that year
    ("Ngày 14/6/2013, Tổng thống Venezuela Nicolas Maduro cho biết ông sẽ thăm Việt Nam trong năm nay.", "2013"),
    ("Ngày 14/6/2013, Tổng thống Venezuela Nicolas Maduro cho biết ông sẽ thăm Việt Nam vào năm tới.", "2014"),
    # near-miss: the years counted back are no visit's time
    ("Ngày 14/6/2013, Tổng thống Nicolas Maduro bắt đầu chuyến thăm Việt Nam, chuyến thăm đầu tiên của một Tổng "
     "thống Venezuela trong 7 năm qua.", "2013-06-14"),
])
def test_visitors_a_visit_announced_for_this_year(text, date):
    visits = [d for kind, _, d in events(text) if kind == "VISIT"]
    assert visits[:1] == [date]


@pytest.mark.parametrize("text, found", [
    # those who chair talks "between the two delegations" are the talks' sides
    ("Chiều 25/4/2023, ông Đỗ Văn Chiến và ông Sinlavong Khoutphaythoune đã chủ trì cuộc hội đàm giữa hai đoàn.",
     [("TALKS", ["Đỗ Văn Chiến", "Sinlavong Khoutphaythoune"], "2023-04-25")]),
    ("Sáng 17/11/2011, Thứ trưởng Ngoại giao Bùi Thanh Sơn và Quốc vụ khanh Tây Ban Nha Juan Antonio Yanez Barnuevo "
     "đã tiến hành tham vấn chính trị giữa Bộ Ngoại giao hai nước.",
     [("CONSULT", ["Bùi Thanh Sơn", "Juan Antonio Yanez Barnuevo"], "2011-11-17")]),
    # near-miss: a call "between the two leaders" someone only welcomes is theirs, not the speaker's
    ("Ngày 5/6/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn hoan nghênh kết quả cuộc điện đàm giữa hai nhà lãnh đạo.", []),
])
def test_events_chairs_of_talks_between_delegations(text, found):
    assert events(text) == found


@pytest.mark.parametrize("text, kinds", [
    # a trip told by its programme in a country
    ("Trong chương trình công tác tại LB Nga từ ngày 28 đến 31/10/2018, Phó Thủ tướng Trịnh Đình Dũng đã hội đàm "
     "với Phó Thủ tướng Nga Maksim Akimov.", ["VISIT", "TALKS"]),
    # near-miss: a programme at home names no country
    ("Trong chương trình công tác tại Hà Nội ngày 28/10/2018, Phó Thủ tướng Trịnh Đình Dũng đã hội đàm với Phó Thủ "
     "tướng Nga Maksim Akimov.", ["TALKS"]),
])
def test_events_a_programme_of_work_abroad(text, kinds):
    assert sorted(kind for kind, _, _ in events(text)) == sorted(kinds)


@pytest.mark.parametrize("text, types", [
    # a party named with its words the other way round is a body, not a person ("Tự do Dân")
    ("Thủ tướng chúc mừng ông Koizumi được bầu làm Chủ tịch Đảng Tự do Dân chủ.", ["PERSON", "ORG"]),
])
def test_entities_the_ldp_written_the_other_way(text, types):
    doc, _ = named(text, "2001-06-07")
    assert [e.type for e in doc.entities] == types


@pytest.mark.parametrize("line, kept", [
    ("Google News", False),
    # near-miss: a sentence naming the service stays
    ("Bài viết được chia sẻ rộng rãi trên Google News và nhiều trang tin khác.", True),
])
def test_clean_a_follow_line(line, kept):
    text = ("Chủ tịch Quốc hội gặp nguyên Thủ tướng Lào\n\n" + line + "\n\nChiều 16/5/2022, tại Vientiane, Chủ tịch "
            "Quốc hội Vương Đình Huệ đã gặp nguyên Thủ tướng Lào Thongsing Thammavong. Hai bên trao đổi về quan hệ "
            "hữu nghị đặc biệt giữa hai nước.")
    assert (line in bangiao.extract(text).text) is kept
