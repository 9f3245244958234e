"""`bangiao show` prints a document for a reader (issue 16: it printed a Python dict): labelled lines, then the text."""
from __future__ import annotations

import sqlite3

from typer.testing import CliRunner

from bangiao.cli import app

runner = CliRunner()
ARTICLE = ("Ngày 12/3/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Lào tại Hà Nội. Hai bên nhất trí "
           "tăng cường hợp tác về giáo dục và giao thông.\n")


def test_cli_show_prints_labelled_lines_not_a_dict(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", "--quiet", "--db", db, str(tmp_path / "a.txt")]).exit_code == 0
    doc_id = sqlite3.connect(db).execute("select id from documents").fetchone()[0]
    shown = runner.invoke(app, ["show", "--db", db, doc_id[:8]])
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert not shown.stdout.lstrip().startswith("{") and "': " not in shown.stdout  # no dict's repr
    assert any(line.startswith("id") and doc_id in line for line in lines)
    assert any(line.startswith("published") and "2024-03-12" in line for line in lines)
    assert lines[-1] == ARTICLE.strip()  # the text last, as written
