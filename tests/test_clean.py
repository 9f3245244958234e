"""The cleaner on the table of cases in data/clean_cases.toml and on the seeds."""
import tomllib

import pytest
from hypothesis import given, settings, strategies as st

from bangiao.reading.clean import clean_text
from bangiao.model import REMOVED_KINDS
from bangiao.reading.normalize import normalize
from conftest import DATA, seed_paths

CASES = tomllib.loads((DATA / "clean_cases.toml").read_text(encoding="utf-8"))["case"]


def _cuts(case: dict) -> dict[str, list[str]]:
    if "cut_by_kind" in case:
        return case["cut_by_kind"]
    return {case["kind"]: case.get("cut", [])} if case.get("cut") else {}


def _removed_kind(kind: str) -> set[str]:
    # Source lines and navigation are cut as 'other'; titles are not cut.
    return {"other"} if kind in ("source", "title", "other") else {kind}


@pytest.mark.parametrize("case", CASES, ids=[c["name"][:70] for c in CASES])
def test_clean_cases(case):
    result = clean_text(case["input"])
    for kept in case.get("keep", []):
        assert kept in result.text, f"lost content: {kept!r}"
    for kind, items in _cuts(case).items():
        for item in items:
            assert item not in result.text, f"not cut ({kind}): {item!r}"
            where = [r.kind for r in result.removed if item in r.text]
            assert set(where) & _removed_kind(kind), f"{item!r} cut as {where}, expected {kind}"
    if "title" in case:
        assert result.title == (case["title"] or None)
    if case.get("source_name"):
        assert result.source.name == case["source_name"]
    if case.get("source_url"):
        assert result.source.url == case["source_url"]


def test_clean_cases_cover_every_kind():
    kinds = {c.get("kind") for c in CASES} | {k for c in CASES for k in c.get("cut_by_kind", {})}
    assert {"related", "comments", "share", "caption", "image", "other", "source", "title", "none"} <= kinds


def _seed(n: int) -> str:
    return seed_paths()[n].read_text(encoding="utf-8")


def test_clean_seed_related_block_and_share_row_cut():
    result = clean_text(_seed(4))
    assert "Tin cùng chuyên mục" not in result.text and "Trịnh Việt Hùng" not in result.text
    assert "Lê Hoài Trung" not in result.text and "fb yt zl tw" not in result.text
    assert result.text.rstrip().endswith("hai Đảng, hai nước.")
    kinds = [r.kind for r in result.removed]
    assert {"related", "share", "image", "caption"} <= set(kinds)
    assert result.source.name == "nhandan.vn"


def test_clean_seed_caption_line_with_credit():
    result = clean_text(_seed(1))
    assert "duyệt Đội danh dự" not in result.text
    assert any(r.kind == "caption" and "Ảnh: TTXVN" in r.text for r in result.removed)
    assert result.source.name == "TTXVN" and result.title is None


def test_clean_seed_comment_box():
    result = clean_text(_seed(3))
    assert "bình luận" not in result.text.lower() and "1500 ký tự" not in result.text
    assert result.text.rstrip().endswith("nhân dân hai bên.")


def test_clean_seed_source_line_with_url():
    result = clean_text(_seed(2))
    assert result.source.name == "TG&VN" and result.source.url.startswith("https://baoquocte.vn/")
    assert "https://" not in result.text


def test_clean_seed_without_noise_keeps_everything():
    raw = _seed(0)
    result = clean_text(raw)
    assert result.removed == ()
    assert result.title == raw.splitlines()[0]


@pytest.mark.parametrize("n", range(5))
def test_clean_removed_text_comes_from_the_input(n):
    raw = _seed(n)
    for removed in clean_text(raw).removed:
        assert removed.kind in REMOVED_KINDS
        for line in removed.text.split("\n"):
            assert line in normalize(raw)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([
    "Tin liên quan", "Ảnh: TTXVN", "fb yt zl tw", "Untitled-1.jpg", "Trang chủ » Chính trị", "nhandan.vn",
    "Hai bên nhất trí tăng cường hợp tác trên mọi lĩnh vực, nhất là kinh tế và đầu tư.",
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào", "Tối đa: 1500 ký tự", "", "Chiều 18/12, đoàn công tác tới Viêng Chăn.",
    "Ảnh TTXVN", "Tin mới nhất | Đọc nhiều", "- Hai nước ký kết hiệp định hợp tác giáo dục", "Minh Anh (tổng hợp)",
    '[caption id="a1"]Hai lãnh đạo tại lễ đón. Ảnh: VGP[/caption]', "Le don Thu tuong Lao tai Phu Chu tich anh 2",
    "Toàn cảnh lễ đón tại Phủ Chủ tịch Thủ tướng Lào phát biểu tại lễ đón Sau lễ đón, hai bên hội đàm.",
    "Theo đặc phái viên TTXVN, chiều 1/9, Thủ tướng đã gặp Tổng thống Nga.",
]), max_size=25))
def test_clean_never_loses_or_invents_text(lines):
    raw = "\n".join(lines)
    result = clean_text(raw)
    kept = [ln for ln in result.text.split("\n") if ln]
    cut = [ln for r in result.removed for ln in r.text.split("\n")]
    assert sorted("".join(kept + cut).replace(" ", "")) == sorted(raw.replace("\n", "").replace(" ", ""))
    assert clean_text(result.text).text == result.text or result.removed


RUN_IN = """Thủ tướng chủ trì lễ đón Thủ tướng Lào
Sáng 6/1, tại Phủ Chủ tịch, Thủ tướng đã chủ trì lễ đón Thủ tướng Lào Sonexay Siphandone.
Các em học sinh vẫy cờ chào đón Thủ tướng Lào Sonexay Siphandone Thủ tướng Phạm Minh Chính bắt tay Thủ tướng Sonexay Siphandone Sau lễ đón, hai Thủ tướng đã hội đàm.
Hai Thủ tướng duyệt đội danh dự. Ảnh: VGP
Hai lãnh đạo tại lễ đón. Ảnh Quang Hiếu
Tin liên quan
- Lào là đối tác đầu tư lớn của Việt Nam
Minh Anh (tổng hợp)
"""


def test_clean_each_caption_is_an_item_of_its_own():
    captions = [r.text for r in clean_text(RUN_IN).removed if r.kind == "caption"]
    assert captions == ["Các em học sinh vẫy cờ chào đón Thủ tướng Lào Sonexay Siphandone",
                        "Thủ tướng Phạm Minh Chính bắt tay Thủ tướng Sonexay Siphandone",
                        "Hai Thủ tướng duyệt đội danh dự. Ảnh: VGP", "Hai lãnh đạo tại lễ đón. Ảnh Quang Hiếu"]


@pytest.mark.parametrize("raw", [RUN_IN, *(c["input"] for c in CASES[-30:])])
def test_clean_cuts_say_where_each_item_was(raw):
    """``cuts`` is ``removed`` with places: ``start`` in the normalized input, ``at`` in the cleaned text."""
    result, source = clean_text(raw), normalize(raw)
    assert [(c.kind, c.text) for c in result.cuts] == [(r.kind, r.text) for r in result.removed]
    assert [c.start for c in result.cuts] == sorted(c.start for c in result.cuts)
    for cut in result.cuts:
        first = cut.text.split("\n", 1)[0]
        assert source[cut.start:cut.start + len(first)] == first
        if cut.kind == "caption":
            assert source[cut.start:cut.start + len(cut.text)] == cut.text
        assert 0 <= cut.at <= len(result.text) and (cut.at in (0, len(result.text)) or result.text[cut.at - 1] == "\n")


def test_clean_run_in_caption_sits_before_the_sentence_it_was_glued_to():
    result = clean_text(RUN_IN)
    glued = next(c for c in result.cuts if c.text.startswith("Thủ tướng Phạm Minh Chính bắt tay"))
    assert result.text[glued.at:].startswith("Sau lễ đón, hai Thủ tướng đã hội đàm.")
    assert glued.start == normalize(RUN_IN).index("Thủ tướng Phạm Minh Chính bắt tay")


def test_clean_a_line_printed_twice_is_kept_once():
    lead = "Trưa 4/7, Thủ tướng đã tiếp Bộ trưởng Ngoại giao Brazil tại Trụ sở Chính phủ."
    result = clean_text(f"{lead}\n{lead}\nHai bên nhất trí cao.\nThủ tướng đề nghị mở cửa thị trường.\nHai bên nhất trí cao.")
    assert result.text.count(lead) == 1 and result.text.count("Hai bên nhất trí cao.") == 2
    assert [(r.kind, r.text) for r in result.removed] == [("other", lead)]


@pytest.mark.parametrize("raw, cut, kept", [
    # a teaser list flattened with a dash after each headline, before the body (real batch 4)
    ("-\nĐà Nẵng đón hơn 8 triệu lượt khách quốc tế trong năm nay -\nHải Phòng khởi công cầu vượt biển mới nối hai "
     "quận -\nGiá lúa gạo tăng mạnh trong tháng cuối năm\nChiều 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Canada "
     "tại Hà Nội. Hai bên nhất trí tăng cường hợp tác.",
     ["Đà Nẵng đón hơn 8 triệu lượt khách quốc tế trong năm nay -", "Giá lúa gạo tăng mạnh trong tháng cuối năm"],
     ["Chiều 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Canada tại Hà Nội."]),
    # near-misses: one headline with a dash (a dateline, a single line) stays; so do body sentences
    ("Hà Nội, ngày 7 tháng 8 năm 2024 -\nChiều 7/8, Thủ tướng tiếp Đại sứ Canada tại Hà Nội. Hai bên nhất trí tăng "
     "cường hợp tác.",
     [], ["Hà Nội, ngày 7 tháng 8 năm 2024 -", "Chiều 7/8, Thủ tướng tiếp Đại sứ Canada tại Hà Nội."]),
])
def test_clean_teasers_flattened_with_trailing_dashes(raw, cut, kept):
    result = clean_text(raw)
    removed = "\n".join(r.text for r in result.removed)
    assert all(c in removed and c not in result.text for c in cut)
    assert all(k in result.text for k in kept)


WRAPPED = ("Ngày 13/9, tại Phủ Chủ tịch, Chủ tịch nước đã có buổi tiếp Thủ tướng Lào\n"
           "nhân dịp sang Việt Nam dự hội nghị của các nước trong khu vực năm\n"
           "nay. Hai bên đánh giá cao kết quả chuyến thăm của Tổng Bí thư Nguyễn Phú\n"
           "Trọng (8/2017) và nhất trí thúc đẩy quan hệ hợp tác trên các lĩnh vực.\n")


@pytest.mark.parametrize("raw, joined, kept_lines", [
    # a paragraph broken into lines of one width, most going on in lower case: its breaks are spaces (real batch 4)
    (WRAPPED, ["Thủ tướng Lào nhân dịp", "năm nay.", "Nguyễn Phú Trọng (8/2017)"], []),
    # near-misses: a list of headlines of one width keeps its lines; so does a title before its paragraph
    ("Hai nước ký kết hiệp định hợp tác giáo dục giai đoạn mới\nThủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ\n"
     "Lào và Campuchia tăng cường hợp tác kinh tế biên giới\n", [],
     ["Hai nước ký kết hiệp định hợp tác giáo dục giai đoạn mới", "Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ"]),
    ("Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội\nChiều 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ "
     "Nhật Bản. Hai bên nhất trí tăng cường hợp tác trên mọi lĩnh vực, nhất là kinh tế, đầu tư và giao lưu nhân dân.\n",
     [], ["Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ở Hà Nội"]),
])
def test_clean_hard_wrapped_paragraphs_are_read_whole(raw, joined, kept_lines):
    result = clean_text(raw)
    assert all(j in result.text for j in joined)
    lines = result.text.split("\n") + [r.text for r in result.removed]
    assert all(k in lines for k in kept_lines)
    assert len(result.text) <= len(normalize(raw))
