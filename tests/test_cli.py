import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from bangiao.cli import app
from conftest import SEEDS, seed_paths, spans_of

runner = CliRunner()


def _vocabulary() -> list[str]:
    words = set()
    for p in seed_paths():
        words.update(w for w in p.read_text(encoding="utf-8").split() if w.isalpha())
    return sorted(words)


def _write_articles(folder, n, seed=7):
    rng = random.Random(seed)
    vocab = _vocabulary()
    for i in range(n):
        sentences = [" ".join(rng.choices(vocab, k=18)).capitalize() + "." for _ in range(8)]
        (folder / f"{i:04d}.txt").write_text(f"Bài số {i}\n" + "\n".join(sentences), encoding="utf-8")


def test_cli_extract_seeds_jsonl_in_input_order():
    result = runner.invoke(app, ["extract", "--format", "jsonl", *map(str, seed_paths())])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(p) for p in seed_paths()]
    for r in records:
        assert set(r) >= {"id", "path", "title", "source", "published", "text", "removed", "entities", "events",
                          "agreements", "figures", "warnings"}
        assert all(r["text"][s["start"]:s["end"]] == s["text"] for s in spans_of(r))


def test_cli_extract_bad_input_reports_and_exits_nonzero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Tiêu đề\nThủ tướng Phạm Minh Chính tiếp Đại sứ Lào tại Hà Nội để trao đổi về hợp tác hai nước.",
                    encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt"), str(good)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "empty.txt" in result.stderr and "empty" in result.stderr


def test_cli_ingest_summary_and_idempotent(tmp_path):
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", "--quiet", "--db", db, str(SEEDS)])
    assert first.exit_code == 0, first.output
    assert "new" in first.stdout and "5" in first.stdout
    again = runner.invoke(app, ["ingest", "--quiet", "--db", db, str(SEEDS)])
    assert again.exit_code == 0
    assert sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0] == 5
    assert "duplicate" in again.stdout


def test_cli_ingest_bad_inputs_keep_batch_going(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "c_page.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    (folder / "d_dump.jsonl").write_text('{oops\n{"text": "Thủ tướng tiếp Đại sứ Lào tại Hà Nội, hai bên trao đổi về hợp tác kinh tế và giáo dục."}\n',
                                        encoding="utf-8")
    for p in seed_paths()[:2]:
        (folder / p.name).write_bytes(p.read_bytes())
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", "--quiet", "--db", db, str(folder)])
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 4
    assert any("a_empty.txt" in e for e in errors) and any("d_dump.jsonl:1" in e for e in errors)
    assert sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0] == 3


def test_cli_search_show_stats(tmp_path):
    db = str(tmp_path / "s.db")
    runner.invoke(app, ["ingest", "--quiet", "--db", db, str(SEEDS)])
    found = runner.invoke(app, ["search", "--db", db, "to lam"])
    assert found.exit_code == 0 and "Tô" in found.stdout
    doc_id = sqlite3.connect(db).execute("select id from documents limit 1").fetchone()[0]
    shown = runner.invoke(app, ["show", "--db", db, doc_id[:8], "--format", "json"])
    assert json.loads(shown.stdout)["id"] == doc_id
    assert runner.invoke(app, ["show", "--db", db, "nothing"]).exit_code == 1
    stats = runner.invoke(app, ["stats", "--db", db])
    assert stats.exit_code == 0 and "documents" in stats.stdout


def test_cli_demo_ingests_the_samples(tmp_path):
    result = runner.invoke(app, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    count = sqlite3.connect(tmp_path / "demo.db").execute("select count(*) from documents").fetchone()[0]
    assert count >= 12


@pytest.mark.slow
def test_cli_killed_ingest_leaves_valid_store_and_rerun_completes(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    _write_articles(folder, 400)
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "bangiao", "ingest", "--quiet", "--db", str(db), str(folder)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    deadline = time.time() + 60
    count = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            count = sqlite3.connect(db, timeout=1).execute("select count(*) from documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if count >= 20:
            break
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    partial = con.execute("select count(*) from documents").fetchone()[0]
    assert 20 <= partial < 400
    con.close()
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 400
    assert con.execute("select count(*) from document_inputs").fetchone()[0] == 400


def test_cli_demo_never_replaces_an_existing_store(tmp_path):
    db = tmp_path / "mystore.db"
    assert runner.invoke(app, ["ingest", str(SEEDS / os.listdir(SEEDS)[0]), "--db", str(db), "-q"]).exit_code == 0
    before = db.read_bytes()
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 2 and "already exists" in result.output
    assert db.read_bytes() == before
    assert "documents" in runner.invoke(app, ["stats", "--db", str(db)]).output


def test_cli_demo_without_db_uses_a_new_store_each_time():
    stores = [runner.invoke(app, ["demo"]).output.split("store: ")[1].split()[0] for _ in range(2)]
    assert stores[0] != stores[1] and all(os.path.isfile(s) for s in stores)


@pytest.mark.parametrize("command", [
    ["stats"], ["search", "Lào"], ["show", "abcd"], ["events"], ["timeline", "--pair", "VN-LA"], ["actors"],
    ["agreements"], ["figures"], ["export"], ["reprocess"], ["serve"],
])
def test_cli_read_commands_do_not_create_a_store(tmp_path, command):
    missing = tmp_path / "typo" / "store.db"
    result = runner.invoke(app, command + ["--db", str(missing)])
    assert result.exit_code != 0 and "no bangiao store" in result.output
    assert not missing.parent.exists()
