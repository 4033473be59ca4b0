"""The errors a user can cause: located file problems, other fixable problems, and exit codes.

Kept apart from the loader and the command line, so that any module can raise or catch them
without importing the validator or `cli.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


class UserError(Exception):
    """A problem the user can fix; its text is the whole message."""


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    col: int
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        if self.severity == "error":
            return f"{self.path}:{self.line}:{self.col}: {self.message}"
        return f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"


class KBError(Exception):
    """The one error type of the knowledge base: one or more located problems."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
