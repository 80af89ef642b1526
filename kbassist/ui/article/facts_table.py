"""The article's facts as a small two-column table: a readable name and its value."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kbassist.common.fields import Scalar

FactNameRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
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
        return "Yes" if value else "No"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class FactsModel(QAbstractTableModel):
    """Rows of (readable name, value); the raw name, as templates use it, is the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts: list[tuple[str, Scalar]] = []
        self._article_id = ""

    def set_facts(self, facts: Mapping[str, Scalar], article_id: str) -> None:
        """Replace the rows, keeping the article's order."""
        self.beginResetModel()
        self._facts = list(facts.items())
        self._article_id = article_id
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        name, value = self._facts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return humanise_fact_name(name) if index.column() == 0 else fact_text(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f'In reply templates: kb["{self._article_id}"].{name}'
        if role == FactNameRole:
            return name
        return None


class FactsTable(QTableView):
    """A table exactly as tall as its rows (up to a few), without headers or grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = FactsModel(self)
        self.setModel(self.facts)
        self.setAccessibleName("Facts")
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
