"""A folder that cannot be read is reported like a file that cannot be read (the path and the reason), and the
rest of the batch goes on."""
from __future__ import annotations

import os

from bangiao.errors import InputError
from bangiao.reading.read import expand, read

ARTICLE = "Ngày 6-1, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone tại Hà Nội.\n"


def test_read_unreadable_sub_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):  # as for a folder without the permission to list it
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(expand([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [str(i) for i in items if not isinstance(i, InputError)] == [str(tmp_path / "ok" / "a.txt")]
    assert len(errors) == 1 and errors[0].path == str(tmp_path / "locked")
    assert "folder cannot be read: Permission denied" in str(errors[0])
    read_back = list(read([str(tmp_path)]))
    assert sum(isinstance(r, InputError) for r in read_back) == 1 and len(read_back) == 2
