"""The Problems panel: every content problem with its file and line, newest load first."""

from __future__ import annotations

import logging
import os
import shlex
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QProcess,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbassist.problems import Problem, Severity
from kbassist.ui.row_model import Index, RoleSpec, RoleTable
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

ProblemRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("problems_panel", "Severity"),
    QT_TRANSLATE_NOOP("problems_panel", "File"),
    QT_TRANSLATE_NOOP("problems_panel", "Problem"),
)
NO_PROBLEMS = QT_TRANSLATE_NOOP("problems_panel", "No problems: every content file was read.")
log = logging.getLogger(__name__)

# Starts a program with its arguments, detached; False when it could not be started.
Launcher = Callable[[str, list[str]], bool]


def _start_detached(program: str, arguments: list[str]) -> bool:
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def editor_argv(command: str, path: Path, line: int | None) -> list[str]:
    """The command line that opens path at line in the editor command.

    A command with {file} and {line} gets them filled in ("code -g {file}:{line}"); one
    without them gets "+LINE FILE" appended, which vi, Emacs, nano, micro and gedit understand.
    """
    words = shlex.split(command)
    number = str(line or 1)
    if any("{file}" in word for word in words):
        return [w.replace("{file}", str(path)).replace("{line}", number) for w in words]
    return [*words, f"+{number}", str(path)]


# Editors that draw in a terminal: started detached with no terminal they would show nothing.
TERMINAL_EDITORS = frozenset({"vi", "vim", "nvim", "nano", "micro", "helix", "hx"})
# Terminal emulators tried in order, each with the words that make it run a command.
TERMINALS = (
    ("x-terminal-emulator", ["-e"]),
    ("gnome-terminal", ["--"]),
    ("konsole", ["-e"]),
    ("xterm", ["-e"]),
)


def needs_terminal(argv: list[str]) -> bool:
    """Whether argv starts an editor that runs only inside a terminal (vi, nano, emacs -nw…)."""
    if not argv:
        return False
    name = Path(argv[0]).name
    if name in TERMINAL_EDITORS:
        return True
    return name == "emacs" and any(w in ("-nw", "--no-window-system") for w in argv[1:])


def in_terminal(argv: list[str], search_path: str | None) -> list[str] | None:
    """argv run inside the first terminal emulator on search_path, or None when there is none."""
    for program, words in TERMINALS:
        found = shutil.which(program, path=search_path)
        if found:
            return [found, *words, *argv]
    return None


class ProblemsModel(QAbstractTableModel):
    """Problems as rows: severity, file:line, message.

    A table rather than a RowModel list: three columns under headers the user can resize.
    """

    def __init__(self) -> None:
        super().__init__()
        self._problems: list[Problem] = []
        self._root: Path | None = None
        cells: tuple[Callable[[Problem], str], ...] = (
            lambda problem: problem.severity.value,
            lambda problem: problem.location(self._root),
            lambda problem: problem.message,
        )
        # Each column shows its own cell, in full as its tooltip (long paths and messages wrap
        # or elide); every column carries the Problem itself.
        self._columns = tuple(
            RoleTable(
                (
                    RoleSpec("display", Qt.ItemDataRole.DisplayRole, cell),
                    RoleSpec("toolTip", Qt.ItemDataRole.ToolTipRole, cell),
                    RoleSpec("problem", ProblemRole, lambda problem: problem),
                )
            )
            for cell in cells
        )

    def set_problems(self, problems: list[Problem], root: Path) -> None:
        """Show problems, errors first."""
        self.beginResetModel()
        self._problems = sorted(
            problems, key=lambda p: (p.severity is not Severity.ERROR, str(p.path), p.line or 0)
        )
        self._root = root
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of problems."""
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Severity, file and message."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("problems_panel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltip, and the Problem itself under ProblemRole."""
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        return self._columns[index.column()].value(self._problems[index.row()], role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Qt's standard role names, and the name of ProblemRole."""
        names = super().roleNames()
        for column in self._columns:
            names.update(column.names())
        return names

    def problem(self, row: int) -> Problem | None:
        """The problem at row."""
        return self._problems[row] if 0 <= row < len(self._problems) else None


class ProblemsPanel(QWidget):
    """A table of problems; activating one opens its file at the line in the user's editor."""

    # The problem the user activated (double-click or Enter).
    problem_activated = Signal(object)
    # What happened when a problem's file was opened, for the status bar.
    message = Signal(str)

    def __init__(
        self,
        open_external: Callable[[QUrl], object] = QDesktopServices.openUrl,
        *,
        editor_command: Callable[[], str] = lambda: "",
        launch: Launcher = _start_detached,
        environ: Mapping[str, str] = os.environ,
    ) -> None:
        super().__init__()
        self._open_external = open_external
        # Read on each activation, so a changed setting applies at once.
        self._editor_command = editor_command
        self._launch = launch
        self._environ = environ
        self.empty = QLabel(QCoreApplication.translate("problems_panel", NO_PROBLEMS))
        self.empty.setAccessibleName(self.tr("Problems summary"))
        self.empty.setWordWrap(True)
        self.model = ProblemsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Content problems"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self._show_empty_state()

    def set_problems(self, problems: list[Problem], root: Path) -> None:
        """Show the problems of the latest content load."""
        self.model.set_problems(problems, root)
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        if not empty:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def focus_problems(self) -> None:
        """Put the focus on the list, so Enter opens the chosen problem."""
        (self.empty if self.model.rowCount() == 0 else self.table).setFocus()

    def _activate(self, index: QModelIndex) -> None:
        problem = self.model.problem(index.row())
        if problem is None:
            return
        self.problem_activated.emit(problem)
        self._say(self.open_problem(problem))

    def _say(self, text: str) -> None:
        self.message.emit(text)

    def open_problem(self, problem: Problem) -> str:
        """Open the problem's file at its line: in the editor of the setting, else $VISUAL or
        $EDITOR, else with the system's handler. Says what happened, or why nothing could."""
        where = problem.location()
        if not problem.path.is_file():
            return self.tr("Cannot open {where}: the file is not there any more.").format(
                where=where
            )
        command = self._editor_command().strip()
        origin = self.tr("the editor_command setting")
        if not command:
            for variable in ("VISUAL", "EDITOR"):
                if self._environ.get(variable, "").strip():
                    command, origin = self._environ[variable].strip(), f"${variable}"
                    break
        if command:
            try:
                argv = editor_argv(command, problem.path, problem.line)
            except ValueError as exc:
                return self.tr(
                    "Cannot read {origin} ({command!r}): {exc}. Fix it in Settings."
                ).format(origin=origin, command=command, exc=exc)
            editor = argv[0] if argv else command
            if needs_terminal(argv):
                wrapped = in_terminal(argv, self._environ.get("PATH", os.defpath))
                if wrapped is None:
                    return self.tr(
                        "Set an editor command in Settings: {name} needs a terminal (from "
                        "{origin}), and no terminal emulator was found."
                    ).format(name=Path(editor).name, origin=origin)
                if self._launch(wrapped[0], wrapped[1:]):
                    return self.tr("Opened {where} in {editor} ({name}).").format(
                        where=where, editor=editor, name=Path(wrapped[0]).name
                    )
                log.warning("Could not start %s from %s", wrapped, origin)
                return self.tr("Cannot start {name} to open {where} in {editor}.").format(
                    name=Path(wrapped[0]).name, where=where, editor=editor
                )
            if argv and self._launch(argv[0], argv[1:]):
                return self.tr("Opened {where} in {argv}.").format(where=where, argv=argv[0])
            log.warning("Could not start %s from %s", argv, origin)
            return self.tr("Cannot start {program!r} (from {origin}) to open {where}.").format(
                program=argv[0] if argv else command, origin=origin, where=where
            )
        if self._open_external(QUrl.fromLocalFile(str(problem.path))):
            line = self.tr(" (go to line {line})").format(line=problem.line) if problem.line else ""
            return self.tr("Opened {name} with the system's handler{line}.").format(
                name=problem.path.name, line=line
            )
        return self.tr(
            "Nothing can open {where}: set an editor in Settings (editor_command), or $VISUAL or "
            "$EDITOR."
        ).format(where=where)
