"""Content problems: what is wrong, where, and what to do about it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


class Severity(enum.StrEnum):
    """How bad a problem is; only errors make `kbassist check` fail."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content, tied to a file and (when known) a line."""

    path: Path
    line: int | None
    severity: Severity
    code: str
    message: str

    def location(self, root: Path | None = None) -> str:
        """The file (relative to root when it lies inside it) and line, as editors print them."""
        shown = shown_path(self.path, root)
        return f"{shown}:{self.line}" if self.line else str(shown)

    def as_dict(self, root: Path | None = None) -> dict[str, object]:
        """The JSON form used by `kbassist check --json`."""
        return {
            "path": shown_path(self.path, root).as_posix(),
            "line": self.line,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
        }


def shown_path(path: Path, root: Path | None) -> Path:
    """path relative to root when it lies inside root; root itself and other paths in full."""
    if root is None or path == root:
        return path
    try:
        return path.relative_to(root)
    except ValueError:
        return path


class ProblemList(list[Problem]):
    """Problems collected while loading, with shorthands for the two severities."""

    def error(self, path: Path, line: int | None, code: str, message: str) -> None:
        """Record an error: the item is unusable or the content is wrong."""
        self.append(Problem(path, line, Severity.ERROR, code, message))

    def warning(self, path: Path, line: int | None, code: str, message: str) -> None:
        """Record a warning: the item loads but something needs attention."""
        self.append(Problem(path, line, Severity.WARNING, code, message))

    @property
    def has_errors(self) -> bool:
        """True when at least one problem is an error."""
        return any(p.severity is Severity.ERROR for p in self)
