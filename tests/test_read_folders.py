"""A folder's walk takes article files only: a README.md or other files beside the articles are skipped and named
at -v; a file given by name is read whatever its suffix."""
from __future__ import annotations

import logging

import pytest
from typer.testing import CliRunner

from bangiao.cli import app as cli
from bangiao.reading.read import RawArticle, expand, read

ARTICLE = ("Ngày 6-1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone tại Hà Nội. Hai bên "
           "nhất trí tăng cường hợp tác kinh tế.")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.HTML").write_text(f"<html><body><article><p>{ARTICLE}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_text('{"text": "' + ARTICLE + '"}\n', encoding="utf-8")
    (tmp_path / "d.htm").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    for other in ("README.md", "notes.odt", "sub/list.csv", "e.text", "f.ndjson", "g.xhtml", "run.sh"):
        (tmp_path / other).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_read_folders_take_article_files_only(folder, caplog):
    with caplog.at_level(logging.INFO, logger="bangiao"):
        found = [p.relative_to(folder).as_posix() for p in expand([str(folder)])]
    assert found == ["a.txt", "b.HTML", "d.htm", "sub/c.jsonl"]
    skipped = {r.getMessage().split(":")[0].removeprefix("skipped ") for r in caplog.records}
    assert {p.split("/")[-1] for p in skipped} == {"README.md", "notes.odt", "list.csv", "e.text", "f.ndjson",
                                                   "g.xhtml", "run.sh"}  # hidden files are left out in silence


def test_read_folders_a_file_named_on_its_own_is_read_whatever_its_suffix(folder):
    read_back = list(read([str(folder / "README.md")]))
    assert len(read_back) == 1 and isinstance(read_back[0], RawArticle)


@pytest.mark.parametrize("flags, shown", [(["-v"], True), ([], False)])
def test_read_folders_ingest_names_skipped_files_at_verbose(folder, tmp_path_factory, flags, shown):
    db = tmp_path_factory.mktemp("db") / "s.db"
    result = CliRunner().invoke(cli, [*flags, "ingest", "--quiet", "--db", str(db), str(folder)])
    assert result.exit_code == 0, result.output
    assert ("skipped" in result.output and "README.md" in result.output) is shown
