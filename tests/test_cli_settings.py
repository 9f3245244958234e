"""What users expect from a command line: --version, -v/-q with logging to stderr, a config file under
environment variables under flags, a progress bar while reprocessing, help that shows flags as flags, and the
demo's summary readable at 80 columns (a document a line, dated events first)."""
from __future__ import annotations

from importlib.metadata import version

import pytest
from rich.console import Console
from typer.testing import CliRunner

from bangiao import config, demo
from bangiao.cli import app
from bangiao.extract import pipeline
from bangiao.model import to_dict
from bangiao.store.store import Store

TALKS = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính đã "
         "hội đàm với Thủ tướng Lào Sonexay Siphandone. Hai bên nhất trí tăng cường hợp tác toàn diện.")


@pytest.fixture()
def place(tmp_path, monkeypatch):
    """A working folder with no config file around it, and no settings in the environment."""
    monkeypatch.chdir(tmp_path)
    for _, env, _, _ in config.SETTINGS.values():
        monkeypatch.delenv(env, raising=False)
    monkeypatch.setenv("BANGIAO_CONFIG", "")
    monkeypatch.setattr(config.platformdirs, "user_config_path", lambda name: tmp_path / "no-config")
    return tmp_path


def _store(path) -> str:
    with Store(path) as store:
        store.add(pipeline.extract(TALKS, html=False, published="2024-01-09"))
    return str(path)


def test_cli_settings_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"bangiao {version('bangiao')}"


def test_cli_settings_verbose_logs_to_stderr_and_quiet_does_not(place):
    db = _store(place / "a.db")
    loud = CliRunner().invoke(app, ["-vv", "stats", "--db", db])
    assert "INFO bangiao: store" in loud.stderr and "DEBUG bangiao: setting store" in loud.stderr
    assert "INFO" not in loud.stdout
    hushed = CliRunner().invoke(app, ["-q", "stats", "--db", db])
    assert hushed.exit_code == 0 and hushed.stderr == ""


def test_cli_settings_file_then_environment_then_flag(place, monkeypatch):
    in_file, in_env, in_flag = (_store(place / f"{n}.db") for n in ("file", "env", "flag"))
    (place / "bangiao.toml").write_text(f'store = "{in_file}"\n[limits]\nquery_seconds = 5\n', encoding="utf-8")
    found = config.settings()
    assert found["store"].value == in_file and found["query_seconds"].value == 5.0
    assert found["store"].origin.startswith("config file") and found["max_mb"].origin == "default"
    assert "store " + in_file in CliRunner().invoke(app, ["stats"]).output
    monkeypatch.setenv("BANGIAO_DB", in_env)
    assert config.settings()["store"].origin == "environment ($BANGIAO_DB)"
    assert "store " + in_env in CliRunner().invoke(app, ["stats"]).output
    assert "store " + in_flag in CliRunner().invoke(app, ["stats", "--db", in_flag]).output


@pytest.mark.parametrize("text, says", [
    ('store = 5\n', "store = 5 from config file"),
    ('[limits]\nmax_mb = -1\n', "max_mb = -1 from config file"),
    ('[limits]\njobs = "many"\n', "jobs = 'many'"),
    ('stor = "x"\n', "unknown setting(s) stor"),
    ('store = \n', "cannot be read"),
])
def test_cli_settings_bad_file_says_where(place, text, says):
    (place / "bangiao.toml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 2 and says in " ".join(result.output.split()), result.output


def test_cli_settings_bad_environment_says_which(place, monkeypatch):
    monkeypatch.setenv("BANGIAO_MAX_MB", "lots")
    result = CliRunner().invoke(app, ["extract", "-"], input=TALKS)
    assert result.exit_code == 2 and "$BANGIAO_MAX_MB" in result.output


def test_cli_settings_reprocess_shows_progress(place):
    db = _store(place / "a.db")
    result = CliRunner().invoke(app, ["reprocess", "--db", db])
    assert result.exit_code == 0 and "reprocessing" in result.stderr and "reprocessed 1 documents" in result.stdout


@pytest.mark.parametrize("command", [["ingest", "--help"], ["--help"], ["eval", "--help"], ["crawl", "--help"]])
def test_cli_settings_flags_shown_as_flags(command):
    shown = CliRunner().invoke(app, command, env={"COLUMNS": "120"}).output
    assert "<bool>" not in shown and "--help" in shown


def test_cli_settings_demo_summary_fits_80_columns():
    records = [to_dict(pipeline.extract(text, html=False, published=day))
               for text, day in ((TALKS, "2024-01-09"), ("Hai bên hội đàm tại Hà Nội về hợp tác\n" + TALKS[36:], None))]
    records.append({**records[0], "title": "Một tiêu đề rất dài " * 12, "published": None})
    console = Console(width=80, record=True, highlight=False)
    console.print(demo.documents(records, 80))
    console.print(demo.events(records, width=80))
    lines = console.export_text().splitlines()
    assert max(map(len, lines)) <= 80
    titled = [ln for ln in lines if "Thủ tướng hội đàm" in ln or "Một tiêu đề" in ln or "Hai bên hội đàm" in ln]
    assert len(titled) == 3 and any(ln.rstrip(" │").endswith("…") for ln in titled)  # one line a document
    dates = [date for date, _, _ in demo._events(records)]
    assert dates == sorted(dates, key=lambda d: (not d, d)) and dates[0]  # dated first, by date
