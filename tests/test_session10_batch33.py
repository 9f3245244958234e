"""Session 10, the classes batch 33 showed (issue 12; our own sentences, real office holders and relations as facts
only, with near-misses): a photo's credit alone on its line closes the caption written above it; a chair held "làm
Chủ tịch ASEAN 2024"; "Hội nghị Ngoại trưởng ASEAN (AMM) lần thứ 52" named with "liên quan"; "thiết lập quan hệ … từ
năm 1975. Suốt 47 năm qua"; a reception days before the anniversary written in brackets is in its run-up; a dateline
with the minutes' mark ("13:48'(GMT+7)") is the article's, not the site's date bar above it; "Đến dự có A" lists who
attended; a time told still ahead ("tháng 10/2025 tới") dates no event told as done."""
import pytest

import bangiao
from bangiao.reading.clean import clean_text
from extracted import events, published as _published


CAPTION = ("Bộ trưởng Ngoại giao Phạm Bình Minh cùng người đồng cấp Thái Lan.\nHai Bộ trưởng ký biên bản ghi nhớ về "
           "hợp tác song phương ngày 20/3/2015.\n(Ảnh: TTXVN)\n")
LEAD = ("Ngày 9/8, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức tại Hà Nội cuộc míttinh kỷ niệm 40 năm quan hệ "
        "ngoại giao Việt Nam - Thái Lan (6/8/1976-6/8/2016).\nĐại sứ Thái Lan phát biểu tại buổi lễ.")


@pytest.mark.parametrize("text, kept, published", [
    ("Kỷ niệm 40 năm quan hệ Việt Nam - Thái Lan\n\n" + CAPTION + LEAD, False, "2016-08-09"),
    # near-miss: the lines above the credit are the body's (no blank line before them): kept
    ("Kỷ niệm 40 năm quan hệ Việt Nam - Thái Lan\n" + CAPTION + LEAD, True, None),
])
def test_clean_a_credit_line_closes_the_caption_above_it(text, kept, published):
    assert ("Hai Bộ trưởng ký biên bản" in clean_text(text).text) == kept
    if published:
        assert _published(text) == published


@pytest.mark.parametrize("said, published", [
    ("Bộ Công an Việt Nam trao tặng phương tiện phục vụ các hội nghị quốc tế trong thời gian Lào làm Chủ tịch "
     "ASEAN 2024.", "2024-08-28"),
    # near-miss: a chair to come names no present year
    ("Bộ Công an Việt Nam trao tặng phương tiện phục vụ các hội nghị quốc tế khi Lào sẽ làm Chủ tịch ASEAN 2024.",
     None),
])
def test_dating_a_chair_held_told_with_lam(said, published):
    text = "Chiều qua (27/8), tại Vientiane, Bộ trưởng Công an Lương Tam Quang chào Thủ tướng Lào. " + said
    assert _published(text) == published


@pytest.mark.parametrize("said, published", [
    ("Bà đã trao đổi với các bộ trưởng ASEAN tại các phiên họp liên quan Hội nghị Ngoại trưởng ASEAN (AMM) lần thứ "
     "52.", "2019-08-05"),
    # near-miss: a meeting named with no number dates nothing
    ("Bà đã trao đổi với các bộ trưởng ASEAN tại các phiên họp liên quan Hội nghị Ngoại trưởng ASEAN.", None),
])
def test_dating_a_numbered_meeting_named_with_lien_quan(said, published):
    text = "Ngày 5/8, bà Federica Mogherini chào Chủ tịch Quốc hội Nguyễn Thị Kim Ngân. " + said
    assert _published(text) == published


@pytest.mark.parametrize("said, published", [
    ("Việt Nam và Hy Lạp thiết lập quan hệ ngoại giao chính thức từ năm 1975. Suốt 47 năm qua, hợp tác song phương "
     "không ngừng được củng cố.", "2022-05-16"),
    # near-miss: a count of years with no founding before it says nothing
    ("Quan hệ hai nước phát triển tốt đẹp. Suốt nhiều năm qua, hai bên hợp tác chặt chẽ.", None),
])
def test_dating_years_counted_after_the_founding(said, published):
    text = "Sáng 16/5, Chủ tịch nước Nguyễn Xuân Phúc có cuộc hội đàm với Tổng thống Hy Lạp. " + said
    assert _published(text) == published


@pytest.mark.parametrize("lead, published", [
    ("Tối 26/6", "2025-06-26"),
    # near-miss: months before the anniversary's day, the year after it stays possible
    ("Tối 26/2", None),
])
def test_dating_a_reception_in_the_run_up_of_the_anniversary_written(lead, published):
    text = (f"{lead}, ở Hà Nội, Đại sứ Belarus tại Việt Nam mở tiệc chiêu đãi nhân dịp kỷ niệm lần thứ 34 Quốc khánh "
            "Belarus (3/7/1991-3/7/2025).")
    assert _published(text) == published


def test_pipeline_a_dateline_with_the_minutes_mark_is_the_articles():
    text = ("Thứ Sáu, 22/11/2024\nThời sự - Chính trị\nThứ Sáu, 8/2/2019 13:48'(GMT+7)\n\nViệt Nam đóng góp vào FAO\n\n"
            "Tổng Giám đốc FAO đón Đại sứ Nguyễn Thị Bích Huệ tới trình Thư ủy nhiệm tại Rome.")
    assert _published(text) == "2019-02-08"


@pytest.mark.parametrize("said, conferences", [
    ("Đến dự có bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam.", 0),
    # near-miss: someone who attends a conference named after the word
    ("Bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, đến dự hội nghị phụ nữ ASEAN.", 1),
])
def test_events_den_du_co_lists_who_attended(said, conferences):
    text = "Chiều 2/7/2022, tại Đà Nẵng, Hội Liên hiệp Phụ nữ Việt Nam tổ chức lễ kỷ niệm. " + said
    assert sum(e.type == "CONFERENCE" for e in bangiao.extract(text).events) == conferences


@pytest.mark.parametrize("tail, date", [
    ("trước thềm việc Timor-Leste được kết nạp vào ASEAN ở Hội nghị Cấp cao tháng 10/2025 tới.", "2025-09-17"),
    # near-miss: a month told as done dates the visit
    ("và đã gặp Bộ trưởng vào tháng 8/2025.", "2025-08"),
])
def test_governing_a_time_still_ahead_dates_no_event_told_as_done(tail, date):
    text = ("Ngày 17/9/2025, Bộ trưởng Lê Hoài Trung có cuộc hội đàm với Bộ trưởng Ngoại giao Timor-Leste Bendito dos "
            "Santos Freitas. Ông hoan nghênh Bộ trưởng Bendito dos Santos Freitas sang thăm chính thức "
            "Việt Nam " + tail)
    assert [e.date.value if e.date else None for e in bangiao.extract(text).events if e.type == "VISIT"] == [date]


def _events(text: str) -> list[tuple[str, set[str]]]:
    return [(kind, set(people)) for kind, people, _ in events(text)]


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 19/8/2022, Đại sứ quán Việt Nam tại Myanmar đã tổ chức giao lưu với Đại sứ quán Lào ở Yangon nhân dịp 60 "
     "năm quan hệ ngoại giao Việt Nam - Lào. Cán bộ, nhân viên hai Đại sứ quán cùng tham dự sự kiện thân tình này.",
     [("CEREMONY", {"Việt Nam", "Lào"})]),
    # near-miss: an exchange programme named as a frame is no event of its own
    ("Ngày 19/8/2022, trong khuôn khổ Chương trình Giao lưu hữu nghị quốc phòng biên giới, Bộ trưởng Phan Văn Giang "
     "có cuộc hội đàm với Bộ trưởng Quốc phòng Campuchia Tea Seiha.", [("TALKS", {"Phan Văn Giang", "Tea Seiha"})]),
])
def test_events_an_exchange_held_by_two_embassies(text, wanted):
    assert _events(text) == wanted


@pytest.mark.parametrize("host, side", [
    ("Đại sứ đặc mệnh toàn quyền và Tùy viên Quốc phòng nước Cộng hòa Belarus tại Việt Nam", "Belarus"),
    # near-miss: the ambassador named after his title is the host himself
    ("Đại sứ Belarus tại Việt Nam Uladzimir Baravikou", "Uladzimir Baravikou"),
])
def test_events_an_ambassador_named_by_his_country_hosts_for_it(host, side):
    text = (f"Thứ trưởng Ngoại giao Lê Thị Thu Hằng dự chiêu đãi Quốc khánh Belarus\n\nTối 26/6/2025, tại Hà Nội, {host} tổ "
            "chức chiêu đãi nhân kỷ niệm Quốc khánh Belarus.")
    ceremonies = [people for kind, people in _events(text) if kind == "CEREMONY"]
    assert len(ceremonies) == 1 and side in ceremonies[0]


@pytest.mark.parametrize("text, titled", [
    ("Đoàn gặp Phó Chủ tịch Hội đồng Tối cao Kyrgyzstan, Dzhamilia Isaeva cùng lãnh đạo một số Ủy ban.",
     {"Dzhamilia Isaeva": ("Phó Chủ tịch Hội đồng Tối cao Kyrgyzstan",)}),
    ("Bộ trưởng đến chào Thủ tướng Lào, Sonexay Siphandone.", {"Sonexay Siphandone": ("Thủ tướng",)}),
    ("Chủ tịch Hạ viện Malaysia Tan Sri Dato’ Johari bin Abdul đón đoàn.", {"Johari bin Abdul": ("Chủ tịch Hạ viện",)}),
    # near-misses: a list of countries after a title names no one; nor does a place after Việt Nam's own title
    ("Bộ trưởng Ngoại giao Lào, Thủ tướng Campuchia và Tổng thống Philippines cùng dự.", {}),
    ("Đại sứ quán tại Hà Nội, Thành phố Hồ Chí Minh và Đà Nẵng mở cửa.", {}),
])
def test_entities_a_name_after_the_comma_of_a_foreign_title(text, titled):
    from bangiao.extract.entities import find_entities
    assert {e.name: e.titles for e in find_entities(text, None) if e.type == "PERSON"} == titled
