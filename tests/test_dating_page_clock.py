"""A page re-published years later shows its own clock above the headline: when the text writes its own full date,
at which the people it names held their titles and not at the clock's, the text's date is the report's."""
import bangiao

ARTICLE = ("{clock}\n\nChủ tịch nước bắt đầu thăm cấp Nhà nước Hàn Quốc\n\nChủ nhật, 04/12/2022 | 16:00:00\n\n"
           "Chiều nay (4/12), {who} dẫn đầu đoàn cấp cao Việt Nam đến Seoul, bắt đầu chuyến thăm cấp Nhà nước Hàn Quốc "
           "từ ngày 4 đến 6/12. Đón đoàn tại sân bay có {host}.")
PARK_JIN = "Bộ trưởng Ngoại giao Hàn Quốc Park Jin"


def test_dating_page_clock_outside_the_tenures_gives_way_to_the_text():
    doc = bangiao.extract(ARTICLE.format(clock="Thứ Bảy, 23/11/2024 17:13 (GMT +7)", who="Chủ tịch nước Nguyễn Xuân Phúc",
                                         host=PARK_JIN))
    assert doc.published.value == "2022-12-04" and doc.published.basis == "stated"
    assert any("the text's date is kept" in w for w in doc.warnings)


def test_dating_page_clock_kept_when_the_tenures_do_not_decide():
    # near-misses: no titled person named; the clock a day from the text's date
    doc = bangiao.extract(ARTICLE.format(clock="Thứ Bảy, 23/11/2024 17:13 (GMT +7)", who="đoàn cấp cao",
                                         host="đại diện Bộ Ngoại giao Hàn Quốc"))
    assert doc.published.value == "2024-11-23" and any("the page's date is kept" in w for w in doc.warnings)
    doc = bangiao.extract(ARTICLE.format(clock="Thứ Hai, 05/12/2022 08:00", who="Chủ tịch nước Nguyễn Xuân Phúc",
                                         host=PARK_JIN))
    assert doc.published.value == "2022-12-05"
