"""The cleaning score: hand-marked articles and gold lost with the page furniture."""
import pytest

from bangiao.evaluate import CleaningScore, cleaning_lines, cleaning_losses, evaluate_marked, score_marked, unmark
from conftest import DATA

MARKED = DATA / "boilerplate"

ARTICLE = """Thủ tướng tiếp Đại sứ Nhật Bản
⟦other|(TTXVN) - ⟧Chiều 9/7, Thủ tướng đã tiếp Đại sứ Nhật Bản đến chào từ biệt.
⟦caption|Thủ tướng và Đại sứ tại buổi tiếp. Ảnh: VGP⟧
Thủ tướng ghi nhận đóng góp của Đại sứ cho quan hệ hai nước.
⟦related|Tin liên quan⟧
⟦related|- Nhật Bản là nhà tài trợ ODA lớn của Việt Nam⟧"""


def test_evaluate_cleaning_unmark_gives_the_text_and_where_each_piece_is():
    text, pieces = unmark("A ⟦caption|B c⟧ d\n⟦other|E⟧")
    assert text == "A B c d\nE"
    assert [(k, text[s:e]) for k, s, e in pieces] == [("caption", "B c"), ("other", "E")]


def test_evaluate_cleaning_scores_one_marked_article():
    score = CleaningScore()
    score_marked("a", ARTICLE, score)
    assert (score.pieces, score.pieces_cut, score.kinds_right) == (4, 4, 4)
    assert (score.body_lines, score.body_kept) == (2, 2)  # the headline and the last paragraph
    assert score.chars.fp == 0 and score.chars.fn == 0 and score.errors == []


@pytest.mark.parametrize("marked, error", [
    ("Hai bên nhất trí hợp tác.\n⟦caption|Hai bên tại lễ ký kết hiệp định về hợp tác giáo dục⟧", "caption kept"),
    ("⟦other|Minh Anh⟧ mở đầu câu văn.\nHai bên ký kết nhiều văn kiện.\nTin liên quan", "body line cut"),
])
def test_evaluate_cleaning_reports_what_it_missed(marked, error):
    score = CleaningScore()
    score_marked("x", marked, score)
    assert any(error in e for e in score.errors)


def test_evaluate_cleaning_hand_marked_files_stay_cleaned():
    """A regression guard on tests/data/boilerplate: every body line kept, nearly every piece cut."""
    score = evaluate_marked(MARKED)
    assert score.pieces >= 50 and score.body_kept == score.body_lines
    assert score.pieces_cut >= score.pieces - 2 and score.kinds_right == score.pieces_cut
    assert "boilerplate (6 hand-marked articles)" in cleaning_lines(marked=MARKED)[1]


def test_evaluate_cleaning_losses_count_gold_cut_from_the_input():
    gold = {"events": [{"evidence": "đã hội đàm"}, {"evidence": "duyệt đội danh dự"}, {"evidence": "không có"}],
            "entities": [{"surfaces": ["Lào", "Thống Nhất"]}]}
    raw = "Hai bên đã hội đàm tại Lào.\nHai Thủ tướng duyệt đội danh dự. Ảnh Thống Nhất"
    losses = cleaning_losses([("a", raw, "Hai bên đã hội đàm tại Lào.", gold)])
    assert (losses.evidence.right, losses.evidence.total, losses.names.right, losses.names.total) == (1, 2, 1, 2)
    assert losses.evidence.errors == ["a: evidence cut 'duyệt đội danh dự'"]


def test_evaluate_cleaning_printed_by_bangiao_eval(tmp_path):
    from typer.testing import CliRunner

    from bangiao.cli import app

    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "001_a.txt").write_text(
        "Sáng 9/7/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào.\nẢnh TTXVN\n", "utf-8")
    (tmp_path / "gold" / "001_a.json").write_text(
        '{"entities": [{"type": "PERSON", "name": "Phạm Minh Chính", "surfaces": ["Phạm Minh Chính"]}], '
        '"events": [{"type": "TALKS", "participants": ["Phạm Minh Chính"], "evidence": "đã hội đàm"}]}', "utf-8")
    result = CliRunner().invoke(app, ["eval", "--dev", str(tmp_path), "--seeds", str(tmp_path / "none"),
                                      "--no-baseline", "--boilerplate", str(MARKED)])
    assert result.exit_code == 0, result.output
    assert "cleaning (gold cut with the page furniture)  evidence 0/1, names 0/1" in result.output
    assert "boilerplate (6 hand-marked articles)  pieces cut" in result.output
