"""The Problems panel: every content problem with its file and line, newest load first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from kbassist.problems import Problem, Severity
from kbassist.ui.row_model import Index, RoleSpec, RoleTable

ProblemRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Severity", "File", "Problem")


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
            return COLUMNS[section]
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
