"""Every error bangiao raises on purpose. Messages say what went wrong and what to do."""
from __future__ import annotations


class BangiaoError(Exception):
    """Base class: catch this to catch everything bangiao raises deliberately."""


class InputError(BangiaoError):
    """One input (a file, a JSONL line, stdin) could not be read as an article.

    The batch goes on; the CLI prints ``str(error)``, which names the input.
    """

    def __init__(self, path: str | None, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {problem}")


class DataFileError(BangiaoError):
    """A packaged vocabulary or knowledge-base file failed validation at load."""

    def __init__(self, name: str, problem: str) -> None:
        self.name = name
        self.problem = problem
        super().__init__(f"data file {name}: {problem} (the package data is broken; reinstall or fix the file)")


class StoreError(BangiaoError):
    """The database could not be opened, migrated or written."""


class SourcesError(BangiaoError):
    """A user's sources file (``--sources FILE`` or sources.toml in the user config folder) is not usable."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"sources file {path}: {problem} (fix the file, or pass another with --sources)")


class QueryError(BangiaoError):
    """A question the store will not answer as asked: a parameter out of what is allowed. The message says what is
    allowed (the CLI exits 2, the API answers 422)."""


class QueryTooLarge(QueryError):
    """A question too large to answer: a search of too many words, or one that ran past the time a query may take
    (the API answers 400)."""
