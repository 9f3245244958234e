"""Session 13, the classes batch 57 showed (issue 12; our own sentences, with near-misses)."""
import pytest

import bangiao
from tests.extracted import named, published

_BODY = ("\nChủ tịch nước Nguyễn Minh Triết hội đàm với Tổng thống Nga\nNgày 27/10/2008, Chủ tịch nước "
         "Nguyễn Minh Triết đã hội đàm với Tổng thống Nga Dmitry Medvedev.")


@pytest.mark.parametrize("head, day", [
    # a site's menu and its date bar beside the search box are the page's furniture, not the article's day
    ("Trang chủ Giới thiệu Đăng ký nhận tin Liên hệ English\nThứ hai, ngày 05 tháng 01 năm 2026 Tìm kiếm",
     "2008-10-27"),
    # near-miss: the same date as a sentence of the text stays a date of the text
    ("Thứ hai, ngày 05 tháng 01 năm 2026, trang tin đăng lại bài viết sau.", "2026-01-05"),
])
def test_clean_a_site_header_and_its_date_bar(head, day):
    assert published(head + _BODY) == day


@pytest.mark.parametrize("bar, day", [
    # a date bar years after the people named held their titles: the page shown again, not the article's day
    ("Thứ năm, 30/06/2022", None),
    # near-miss: a date bar within their tenures dates the article
    ("Thứ năm, 20/06/2019", "2019-06-20"),
])
def test_pipeline_a_stale_date_bar_is_set_aside(bar, day):
    text = (bar + "\n\nNgày 20-6, tại Hà Nội, Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Đại sứ Australia tại Việt Nam "
            "nhân dịp kết thúc nhiệm kỳ công tác.")
    assert published(text) == day


@pytest.mark.parametrize("text, day", [
    # the sub-regional summits of Vientiane in March 2013 date a meeting on their sidelines
    ("Nhân dịp tham dự Hội nghị Cấp cao Hợp tác Campuchia - Lào - Myanmar - Việt Nam lần thứ 6 (CLMV 6) tại Vientiane, "
     "chiều 12/3, Thủ tướng Nguyễn Tấn Dũng đã gặp Thủ tướng Thái Lan Yingluck Shinawatra.", "2013-03-12"),
    ("Nhân dịp dự Hội nghị Cấp cao ACMECS lần thứ 7 tại Hà Nội, chiều 26/10, Thủ tướng Nguyễn Xuân Phúc đã gặp "
     "Thủ tướng Thái Lan Prayut Chan-o-cha.", "2016-10-26"),
    # near-miss: a session the knowledge base does not date leaves the year open
    ("Nhân dịp tham dự Hội nghị Cấp cao Hợp tác Campuchia - Lào - Myanmar - Việt Nam lần thứ 4 tại Vientiane, chiều "
     "20/5, Thủ tướng Nguyễn Tấn Dũng đã gặp Thủ tướng Campuchia.", None),
])
def test_dating_mekong_summits_in_the_knowledge_base(text, day):
    assert published(text) == day


@pytest.mark.parametrize("text, person", [
    ("Chủ tịch nước đã hội đàm với Tổng thống Liên bang Nga Đ. Mét-ve-đép.", "Dmitry Medvedev"),
    ("Chủ tịch nước Nguyễn Minh Triết hội đàm với Tổng thống LB Nga Đ.Mét-vê-đét", "Dmitry Medvedev"),
    ("Chủ tịch nước đã tiếp đồng chí Phông-xa-vắt Búp-phả, Chủ nhiệm Văn phòng Chủ tịch nước Lào.",
     "Phongsavath Boupha"),
])
def test_entities_names_spelt_by_syllables(text, person):
    doc, _ = named(text)
    assert person in [e.name for e in doc.entities if e.type == "PERSON"]


_STATE_VISIT = ("Chiều 11/3/2016, tại Maputo, Chủ tịch nước Trương Tấn Sang và Tổng thống Mozambique Filipe Nyusi "
                "đã hội đàm.")


@pytest.mark.parametrize("caption, added", [
    # a caption naming one side only, greeting a delegation: the photo's moment, no meeting to add
    ("Chủ tịch nước Trương Tấn Sang chào đoàn Mozambique. Ảnh: TTXVN", False),
    # near-miss: one side named receiving a delegation the body does not tell: a meeting of its own
    ("Chủ tịch nước Trương Tấn Sang tiếp đoàn doanh nghiệp Mozambique. Ảnh: TTXVN", True),
])
def test_captions_one_side_greeted_is_no_event(caption, added):
    doc = bangiao.extract(caption + "\n\n" + _STATE_VISIT)
    assert any(not e.evidence.text and e.captions for e in doc.events) is added
