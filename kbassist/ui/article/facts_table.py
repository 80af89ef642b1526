"""The article's facts as a small two-column table: a readable name and its value."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QByteArray, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kbassist.common.fields import Scalar
from kbassist.ui.row_model import Index, RoleSpec, RoleTable

FactNameRole = Qt.ItemDataRole.UserRole + 1
_MAX_VISIBLE_ROWS = 8


# Units and codes that fact names end with; read aloud, they must look like themselves.
_UNITS = {
    "gbp": "(£)",
    "eur": "(€)",
    "usd": "($)",
    "kg": "(kg)",
    "cm": "(cm)",
    "uk": "UK",
    "eu": "EU",
}


def humanise_fact_name(name: str) -> str:
    """refund_days -> 'Refund days'; resend_limit_gbp -> 'Resend limit (£)'."""
    words = name.replace("-", "_").split("_")
    shown = [_UNITS.get(word.lower(), word) for word in words if word]
    text = " ".join(shown)
    return text[:1].upper() + text[1:]


def fact_text(value: Scalar) -> str:
    """A fact value as an agent reads it: yes/no for booleans, numbers without '.0'."""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("facts_table", "Yes")
            if value
            else QCoreApplication.translate("facts_table", "No")
        )
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Fact(NamedTuple):
    """One row of the facts table: the raw name, as templates use it, and its value."""

    name: str
    value: Scalar


class FactsModel(QAbstractTableModel):
    """Rows of (readable name, value); the raw name, as templates use it, is the tooltip.

    A table rather than a RowModel list: the view lines the values up in a column as wide
    as the longest name, which a one-column list would need a delegate of its own to do.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts: list[Fact] = []
        self._article_id = ""
        cells: tuple[Callable[[Fact], str], ...] = (
            lambda fact: humanise_fact_name(fact.name),
            lambda fact: fact_text(fact.value),
        )
        # A cell is read aloud as it shows; the tooltip and the raw name are the row's own.
        self._columns = tuple(
            RoleTable(
                (
                    RoleSpec("display", Qt.ItemDataRole.DisplayRole, cell),
                    RoleSpec("accessibleText", Qt.ItemDataRole.AccessibleTextRole, cell),
                    RoleSpec("toolTip", Qt.ItemDataRole.ToolTipRole, self._template_reference),
                    RoleSpec("factName", FactNameRole, lambda fact: fact.name),
                )
            )
            for cell in cells
        )

    def set_facts(self, facts: Mapping[str, Scalar], article_id: str) -> None:
        """Replace the rows, keeping the article's order."""
        self.beginResetModel()
        self._facts = [Fact(name, value) for name, value in facts.items()]
        self._article_id = article_id
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """One row per fact."""
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """The readable name, and the value."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of role for the cell at index, from its column's role table."""
        if not index.isValid() or not 0 <= index.row() < len(self._facts):
            return None
        return self._columns[index.column()].value(self._facts[index.row()], role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Qt's standard role names, and those of the facts' own roles."""
        names = super().roleNames()
        for column in self._columns:
            names.update(column.names())
        return names

    def _template_reference(self, fact: Fact) -> str:
        return self.tr('In reply templates: kb["{article_id}"].{name}').format(
            article_id=self._article_id, name=fact.name
        )


class FactsTable(QTableView):
    """A table exactly as tall as its rows (up to a few), without headers or grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = FactsModel(self)
        self.setModel(self.facts)
        self.setAccessibleName(self.tr("Facts"))
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table (arrow keys move between cells), so the view stays one Tab per part.
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_facts(self, facts: Mapping[str, Scalar], article_id: str) -> None:
        """Show facts and fit the height to them."""
        self.facts.set_facts(facts, article_id)
        self.fit_height()

    def fit_height(self) -> None:
        """Resize rows to their text and the table to its rows, so no space is wasted."""
        self.resizeRowsToContents()
        rows = min(self.facts.rowCount(), _MAX_VISIBLE_ROWS)
        height = sum(self.rowHeight(r) for r in range(rows))
        self.setFixedHeight(height + 2 * self.frameWidth())
