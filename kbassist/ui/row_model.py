"""The one list model of the UI: rows of any type, read through a table of named roles."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kbassist.ui.plaintext import plain_tooltip

# What Qt passes as an index to models and delegates.
Index = QModelIndex | QPersistentModelIndex

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class RoleSpec(Generic[RowT]):
    """One role of a model: its name, its number (a Qt.ItemDataRole) and how a row gives it.

    The name is what roleNames() reports, for QML and accessibility or debugging tools.
    """

    name: str
    role: int
    value: Callable[[RowT], object]


class RoleTable(Generic[RowT]):
    """A model's roles by number: what its data() answers and its roleNames() lists."""

    def __init__(self, specs: Iterable[RoleSpec[RowT]]) -> None:
        self._specs: dict[int, RoleSpec[RowT]] = {}
        names: set[str] = set()
        for spec in specs:
            # A second spec for a number or a name would silently hide the first one.
            if spec.role in self._specs or spec.name in names:
                raise ValueError(f"role {spec.role} ({spec.name!r}) is declared twice")
            self._specs[spec.role] = spec
            names.add(spec.name)

    def value(self, row: RowT, role: int) -> Any:
        """The value of role for row; None for a role the table does not have."""
        spec = self._specs.get(role)
        if spec is None:
            return None
        value = spec.value(row)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            # Rows show content (titles, ids, messages): a tooltip must never be rich text.
            return plain_tooltip(value)
        return value

    def names(self) -> dict[int, QByteArray]:
        """Each role's number and name, as roleNames() reports them."""
        return {role: QByteArray(spec.name.encode()) for role, spec in self._specs.items()}


class RowModel(QAbstractListModel, Generic[RowT]):
    """A flat list of rows, answering data() and roleNames() from its role table.

    set_rows replaces every row with one model reset: each list in the app is rebuilt from a
    new search, check or load, never edited in place, so finer signals would buy nothing.
    """

    def __init__(self, roles: Iterable[RoleSpec[RowT]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roles = RoleTable(roles)
        self._rows: list[RowT] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of rows (the list is flat: no row has children)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of role for the row at index; None for an invalid index or unknown role."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._roles.value(self._rows[index.row()], role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Qt's standard role names, and the name of every role in the table."""
        names = super().roleNames()
        names.update(self._roles.names())
        return names

    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        """All rows, in order (a copy)."""
        return list(self._rows)

    def row_at(self, row: int) -> RowT | None:
        """The row at position row, or None when there is none."""
        return self._rows[row] if 0 <= row < len(self._rows) else None
