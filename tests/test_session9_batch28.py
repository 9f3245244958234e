"""Session 9, the classes batch 28 showed (issue 12; our own sentences, real office holders as facts only, with
near-misses): a paragraph hard-wrapped at one width with its breaks before capitals (a list of names); a caption glued
after a long paragraph is cut alone; talks told only by a speech at them; a summit "vào tháng 11 tới tại <host>";
"phát biểu trên" names the remarks told before."""
import pytest

import bangiao
from bangiao.reading.clean import clean_text
from bangiao.reading.wrapped import unwrap

NAMES = [
    "Cùng đi với Tổng thống có Phó Thủ tướng, Bộ trưởng Bộ Điều phối kinh tế, Bộ trưởng Du lịch Francisco",
    "Kalbuadi Lay; Bộ trưởng Bộ Ngoại giao và Hợp tác Bendito dos Santos Freitas; Bộ trưởng Bộ Nông",
    "nghiệp Marcos da Cruz; Bộ trưởng Bộ Truyền thông Xã hội Expedito Loro Dias Ximenes; Đại sứ João",
    "Pereira; Trung tướng Falur Rate Laek, Tổng tư lệnh Lực lượng Quốc phòng Timor-Leste; Cố vấn Fun",
    "Ha Tchong.",
]


def test_wrapped_a_list_of_names_wrapped_at_one_width_is_one_paragraph():
    joined = unwrap("\n".join(NAMES))
    assert "\n" not in joined and "Francisco Kalbuadi Lay" in joined and len(joined) == len("\n".join(NAMES))


def test_wrapped_a_list_of_headlines_keeps_its_breaks():
    # near-miss: lines of one width that all open with a capital and go on with none in lower case
    headlines = ["Thủ tướng tiếp Đại sứ Nhật Bản nhân dịp kết thúc nhiệm kỳ công tác tại Hà Nội",
                 "Bộ trưởng Ngoại giao hội đàm với người đồng cấp Australia tại thủ đô Canberra",
                 "Chủ tịch nước dự Hội nghị cấp cao APEC và thăm chính thức nước chủ nhà Peru",
                 "Hai nước ký kết thỏa thuận hợp tác về giáo dục và đào tạo nguồn nhân lực cao"]
    assert unwrap("\n".join(headlines)) == "\n".join(headlines)


def test_clean_a_caption_glued_after_a_long_paragraph_is_cut_alone():
    line = ("Chiều 14/1, tại trụ sở Bộ Ngoại giao, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung đã tiếp ông Kao Kim Hourn, "
            "Tổng Thư ký ASEAN, nhân dịp Tổng Thư ký sang Việt Nam tham dự Hội nghị Bộ trưởng Số ASEAN lần thứ 6. "
            "Bộ trưởng Lê Hoài Trung tiếp Tổng Thư ký ASEAN Kao Kim Hourn. Ảnh: Minh Đức - TTXVN")
    cleaned = clean_text(f"{line}\n\nTại buổi tiếp, hai bên trao đổi về hợp tác.")
    assert cleaned.text.startswith("Chiều 14/1, tại trụ sở") and "Ảnh:" not in cleaned.text
    assert [r.kind for r in cleaned.removed] == ["caption"]
    # near-miss: a short caption alone on its line is cut whole
    alone = clean_text("Bộ trưởng Lê Hoài Trung tiếp Tổng Thư ký ASEAN. Ảnh: Minh Đức - TTXVN\n\n" + line.split(". Bộ")[0] + ".")
    assert alone.removed[0].text.startswith("Bộ trưởng Lê Hoài Trung tiếp")


def test_events_talks_told_only_by_a_speech_at_them():
    text = ("Phát biểu tại hội đàm, đồng chí Bun-chăn Sỉ-vông-phăn, Tỉnh trưởng Xiêng Khoảng, bày tỏ vui mừng được đón "
            "đoàn đại biểu tỉnh Nghệ An do đồng chí Nguyễn Đức Trung, Chủ tịch UBND tỉnh, làm trưởng đoàn.")
    doc = bangiao.extract(text, published="2023-04-20")
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, [names[p] for p in e.participants]) for e in doc.events] == [
        ("TALKS", ["Bun-chăn Sỉ-vông-phăn", "Nguyễn Đức Trung"])]


def test_events_a_speech_at_talks_told_before_adds_nothing():
    # near-miss: the talks told first stay one event, and a speech at them is theirs
    text = ("Chiều 20/4, đồng chí Bun-chăn Sỉ-vông-phăn hội đàm với đồng chí Nguyễn Đức Trung. Phát biểu tại hội đàm, "
            "đồng chí Bun-chăn Sỉ-vông-phăn cho biết tỉnh vui mừng đón đoàn.")
    assert [e.type for e in bangiao.extract(text, published="2023-04-20").events] == ["TALKS"]


@pytest.mark.parametrize("when, published", [
    ("vào tháng 11 tới tại Đà Nẵng", "2017-06-01"),
    # near-misses: with no month to come, nothing; a month past in the calendar puts the article a year before
    ("tại Đà Nẵng", None),
    ("vào tháng 3 tới tại Đà Nẵng", "2016-06-01"),
])
def test_dating_a_summit_to_come_at_its_host(when, published):
    text = (f"Ngày 1/6, Thủ tướng Thái Lan Prayut Chan-o-cha tiếp Đại sứ Nguyễn Tất Thành. Ông sẽ tham dự Hội nghị Cấp "
            f"cao APEC {when}.")
    doc = bangiao.extract(text)
    assert (doc.published.value if doc.published else None) == published


@pytest.mark.parametrize("words, speeches", [
    ("Các ý kiến trên, phát biểu trên được Thủ tướng Prayut đưa ra trong buổi tiếp.", 0),
    # near-miss: a speech told as such
    ("Thủ tướng Prayut Chan-o-cha phát biểu tại lễ kỷ niệm Quốc khánh Việt Nam.", 1),
])
def test_events_the_remarks_told_before_are_no_speech(words, speeches):
    text = f"Ngày 1/6, Thủ tướng Thái Lan Prayut Chan-o-cha tiếp Đại sứ Nguyễn Tất Thành. {words}"
    doc = bangiao.extract(text, published="2017-06-02")
    assert sum(e.type == "SPEECH" for e in doc.events) == speeches
