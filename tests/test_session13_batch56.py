"""Session 13, the classes batch 56 showed (issue 12; our own sentences, with near-misses)."""
import pytest

import bangiao
from tests.extracted import events, named, published


@pytest.mark.parametrize("text, year", [
    # the founding's year opens one sentence, the years counted open the next: 1975 + 45
    ("Chiều 12/9, tại Hà Nội, hai bên trao đổi về hợp tác. Năm 1975, Đức là một trong những nước châu Âu sớm thiết "
     "lập quan hệ ngoại giao với Việt Nam. 45 năm qua, quan hệ hai nước không ngừng phát triển.", "2020-09-12"),
    # near-miss: no count of years after it
    ("Chiều 12/9, tại Hà Nội, hai bên trao đổi về hợp tác. Năm 1975, Đức là một trong những nước châu Âu sớm thiết "
     "lập quan hệ ngoại giao với Việt Nam. Nhiều năm qua, quan hệ hai nước không ngừng phát triển.", None),
])
def test_dating_years_counted_after_the_founding_year(text, year):
    assert published(text) == year


@pytest.mark.parametrize("text, year", [
    # a year's work reviewed in November: that year
    ("Ngày 20/11, tại Đồng Hới, hai tỉnh tổ chức hội nghị hợp tác. Hội nghị đánh giá tình hình thực hiện các thỏa "
     "thuận hợp tác giữa hai tỉnh trong năm 2016.", "2016-11-20"),
    # near-miss: reviewed in June, the year may still be running
    ("Ngày 20/6, tại Đồng Hới, hai tỉnh tổ chức hội nghị hợp tác. Hội nghị đánh giá tình hình thực hiện các thỏa "
     "thuận hợp tác giữa hai tỉnh trong năm 2016.", None),
])
def test_dating_a_years_work_reviewed(text, year):
    assert published(text) == year


@pytest.mark.parametrize("text, year", [
    # the occasion the article opens with carries its year in its name
    ("Diễn đàn Doanh nghiệp Việt Nam - Lào 2019 diễn ra tại Hà Nội. Sáng 12/9, các doanh nghiệp hai nước đã trao đổi "
     "về đầu tư.", "2019-09-12"),
    # near-miss: a plan named with its year is no occasion held
    ("Hai bên rà soát Kế hoạch hợp tác 2019 tại Hà Nội. Sáng 12/9, các doanh nghiệp hai nước đã trao đổi về đầu tư.",
     None),
])
def test_dating_an_occasion_named_with_its_year(text, year):
    assert published(text) == year


@pytest.mark.parametrize("text, day", [
    # the local day, not the same moment told in Việt Nam's time
    ("Đúng 16 giờ ngày 9/5 theo giờ địa phương (rạng sáng 10/5 theo giờ Việt Nam), Chủ tịch Quốc hội Vương Đình Huệ "
     "đến Brasília, bắt đầu chuyến thăm chính thức Brazil.", "2023-05-09"),
    # near-miss: one day only, told in Hà Nội's time: it stays
    ("Chiều 10/5, theo giờ Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đến Brasília, bắt đầu chuyến thăm chính thức "
     "Brazil.", "2023-05-10"),
])
def test_governing_the_local_day_over_home_time(text, day):
    visits = [e for e in events(text, "2023-05-10") if e[0] == "VISIT"]
    assert visits and visits[0][2] == day


@pytest.mark.parametrize("text, countries", [
    # "Mỹ Latin" is a region, not the United States
    ("Chile là nước Mỹ Latin đầu tiên thiết lập quan hệ ngoại giao với Việt Nam.", ["Chile", "Việt Nam"]),
    # near-miss: "Mỹ" alone is the United States
    ("Chile và Mỹ đều là đối tác của Việt Nam.", ["Chile", "Hoa Kỳ", "Việt Nam"]),
])
def test_entities_latin_america_is_no_country(text, countries):
    doc, _ = named(text)
    assert sorted(e.name for e in doc.entities if e.type == "COUNTRY") == countries


@pytest.mark.parametrize("text", [
    "Đón đoàn có đồng chí Khăm Pheng - Xay Sổm Pheng, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn.",
    "Tiếp đoàn có đồng chí Khăm Pheng Xay Sổm Pheng, Tỉnh trưởng tỉnh Hủa Phăn.",
])
def test_entities_a_lao_governor_spelt_by_syllables(text):
    doc, _ = named(text)
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Khampheng Saysompheng"]


_VISIT = ("Nhận lời mời của Phó Chủ tịch nước Võ Thị Ánh Xuân, Phó Tổng thống Nam Phi Paul Mashatile thăm chính thức "
          "Việt Nam từ ngày 12 đến 15/12/2023.\nTại cuộc hội đàm, hai bên nhất trí tăng cường hợp tác kinh tế.")


@pytest.mark.parametrize("caption, day", [
    # a caption's day within the visit's days dates the talks the body tells without one
    ("Phó Chủ tịch nước Võ Thị Ánh Xuân hội đàm với Phó Tổng thống Nam Phi Paul Mashatile ngày 14/12/2023. Ảnh: TTXVN",
     "2023-12-14"),
    # near-miss: a file photo from another month dates nothing
    ("Phó Chủ tịch nước Võ Thị Ánh Xuân hội đàm với Phó Tổng thống Nam Phi Paul Mashatile ngày 9/10/2023. Ảnh: TTXVN",
     "2023-12-12"),
])
def test_captions_a_day_within_the_visit_dates_the_talks(caption, day):
    doc = bangiao.extract(caption + "\n\n" + _VISIT)
    talks = [e for e in doc.events if e.type == "TALKS" and e.evidence.text]
    assert [e.date.value for e in talks] == [day]


@pytest.mark.parametrize("second, dated", [
    # what the talks agree to hold soon is of a later day
    ("Tại cuộc hội đàm, hai bên nhất trí sớm tổ chức Đối thoại chính sách quốc phòng lần thứ 3.", False),
    # near-miss: what follows the talks that day is of the talks' day
    ("Sau hội đàm, hai Phó Tổng thống sẽ chứng kiến lễ ký các văn kiện hợp tác.", True),
])
def test_events_agreed_at_talks_is_later(second, dated):
    text = ("Chiều 14/12/2023, tại Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân hội đàm với Phó Tổng thống Nam Phi Paul "
            "Mashatile. " + second)
    later = [e for e in events(text) if e[0] in ("CONSULT", "SIGN")]
    assert later and (later[0][2] == "2023-12-14") is dated


@pytest.mark.parametrize("text, conference", [
    # a venue's name is no conference
    ("Tối 20/9/2023, tại Trung tâm Hội nghị Sheraton, thành phố Tel Aviv, Phó Thủ tướng Trần Lưu Quang dự lễ kỷ niệm "
     "30 năm thiết lập quan hệ ngoại giao Việt Nam - Israel.", False),
    # near-miss: attending a conference
    ("Tối 20/3/2023, tại Tel Aviv, Phó Thủ tướng Trần Lưu Quang dự Hội nghị xúc tiến đầu tư.", True),
])
def test_events_a_conference_centre_is_a_venue(text, conference):
    assert any(kind == "CONFERENCE" for kind, _, _ in events(text)) is conference


@pytest.mark.parametrize("text, found", [
    # a trade fair told opened
    ("Hội chợ Thương mại Việt Nam - Lào năm 2019 đã khai mạc chiều 28/6 tại Thủ đô Vientiane.",
     [("CEREMONY", ["Việt Nam", "Lào"], "2019-06-28")]),
    # near-miss: a fair as the kind of thing firms take part in
    ("Doanh nghiệp Việt Nam tham gia hội chợ thương mại tại Lào ngày càng nhiều.", []),
])
def test_events_a_trade_fair_opened(text, found):
    assert events(text, "2019-06-29") == found
