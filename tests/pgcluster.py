"""A throw-away PostgreSQL cluster for the tests: initdb in a temporary folder, pg_ctl on a free port of 127.0.0.1,
stopped (and removed) at the end of the session.

The server binaries are looked up in $BANGIAO_PG_BIN, /usr/local/bin and /usr/lib/postgresql/*/bin (Debian's
`postgresql` package). Without them the PostgreSQL tests are skipped, except when $BANGIAO_REQUIRE_POSTGRES is
set (CI), where they fail. PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` system
user (the Debian package creates it). $BANGIAO_TEST_PG_URL points the tests at a server already running instead.
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

REQUIRED = bool(os.environ.get("BANGIAO_REQUIRE_POSTGRES"))
PREFIX = "bangiao-pg-"
_names = itertools.count()


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None."""
    candidates = [os.environ.get("BANGIAO_PG_BIN", ""), "/usr/local/bin", *sorted(glob.glob("/usr/lib/postgresql/*/bin"))]
    return next((Path(c) for c in candidates if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists()),
                None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A running cluster; ``database()`` makes a new database for a store and returns its URL."""

    def __init__(self) -> None:
        self.url = os.environ.get("BANGIAO_TEST_PG_URL")
        self.folder = None
        if self.url:
            return
        bin_dir = binaries()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql")
        self.user = _run_as()
        _sweep(bin_dir, self.user)
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.folder / "owner").write_text(str(os.getpid()))
        if self.user:
            shutil.chown(self.folder, self.user)
        data, port = self.folder / "data", _free_port()
        self._run([bin_dir / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                   "--locale=C.UTF-8", "--no-sync"])
        options = (f"-p {port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self.stop_cmd = [bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "stop"]
        self._run([bin_dir / "pg_ctl", "-D", data, "-o", options, "-l", self.folder / "log", "-w", "-t", "60", "start"])
        self.url = f"postgresql://postgres@127.0.0.1:{port}"

    def _run(self, cmd: list) -> None:
        cmd = [str(c) for c in cmd]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120, cwd=self.folder)

    def database(self, empty: bool = False) -> str:
        """A new database: with the bangiao tables already made (a copy of a template migrated once), or
        ``empty``."""
        import psycopg

        template = "template0" if empty else self._template()
        name = f"t{os.getpid()}_{next(_names)}"
        with psycopg.connect(f"{self.url}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return f"{self.url}/{name}"

    def _template(self) -> str:
        if not getattr(self, "template", None):
            from bangiao.store.backends import open_store

            url = self.database(empty=True)
            open_store(url).close()
            self.template = url.rsplit("/", 1)[1]
        return self.template

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run(["runuser", "-u", self.user, "--", *map(str, self.stop_cmd)] if self.user
                       else list(map(str, self.stop_cmd)), capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sweep(bin_dir: Path, user: str | None) -> None:
    """Stop and remove the clusters of test sessions that were killed before they could stop theirs."""
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        owner = folder / "owner"
        if not owner.is_file() or _alive(int(owner.read_text() or 0)):
            continue
        stop = [str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "stop"]
        subprocess.run(["runuser", "-u", user, "--", *stop] if user else stop, capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def _run_as() -> str | None:
    """The user to run the server as: none when not root, else `postgres`."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres").pw_name
    except KeyError:
        raise RuntimeError("running as root and there is no `postgres` user to run the test cluster as "
                           "(apt-get install postgresql creates it)") from None
