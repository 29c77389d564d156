"""Problems are values: every stage returns them, the entry point prints them all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Characters that would break a problem across lines (or hide part of it) are shown as escapes.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        field = f"{self.field}: " if self.field else ""
        return printable(f"{self.path}:{self.line}:{self.column}: {field}{self.message}")

    def annotation(self) -> str:
        """The same problem as a GitHub Actions workflow command, shown on the changed line."""
        text = _escape(printable((f"{self.field}: " if self.field else "") + self.message))
        path = _escape(printable(self.path)).replace(":", "%3A").replace(",", "%2C")
        return f"::error file={path},line={self.line},col={self.column}::{text}"


def printable(text: str) -> str:
    """One line of text: control characters written as escapes, e.g. a tab as \\t."""
    return _UNPRINTABLE.sub(lambda found: repr(found.group())[1:-1], text)


def _escape(text: str) -> str:
    """GitHub's workflow-command escaping (actions/toolkit `escapeData`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def summary(problems: list[Problem]) -> str:
    files = len({p.path for p in problems})
    errors = "error" if len(problems) == 1 else "errors"
    in_files = "file" if files == 1 else "files"
    return f"{len(problems)} {errors} in {files} {in_files}"


def display_path(path: Path, root: Path) -> str:
    """A path as an editor sees it: relative to the repository where possible."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
