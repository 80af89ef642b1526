"""The Problems panel: every content problem with its file and line, newest load first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from kbassist.problems import Problem, Severity

Index = QModelIndex | QPersistentModelIndex
ProblemRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Severity", "File", "Problem")


class ProblemsModel(QAbstractTableModel):
    """Problems as rows: severity, file:line, message."""

    def __init__(self) -> None:
        super().__init__()
        self._problems: list[Problem] = []
        self._root: Path | None = None

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
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltip, and the Problem itself under ProblemRole."""
        if not index.isValid() or index.row() >= len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role == ProblemRole:
            return problem
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = (problem.severity.value, problem.location(self._root), problem.message)
            return cells[index.column()]
        return None

    def problem(self, row: int) -> Problem | None:
        """The problem at row."""
        return self._problems[row] if 0 <= row < len(self._problems) else None


class ProblemsPanel(QWidget):
    """A table of problems; activating one opens its file in the user's editor."""

    # The problem the user activated (double-click or Enter).
    problem_activated = Signal(object)

    def __init__(self, open_external: Callable[[QUrl], object] = QDesktopServices.openUrl) -> None:
        super().__init__()
        self._open_external = open_external
        self.model = ProblemsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Content problems")
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
        layout.addWidget(self.table)

    def set_problems(self, problems: list[Problem], root: Path) -> None:
        """Show the problems of the latest content load."""
        self.model.set_problems(problems, root)

    def _activate(self, index: QModelIndex) -> None:
        problem = self.model.problem(index.row())
        if problem is None:
            return
        self.problem_activated.emit(problem)
        if problem.path.is_file():
            self._open_external(QUrl.fromLocalFile(str(problem.path)))
