"""The list model behind the tone panel: one row per finding, with named roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from kbassist.tone.checker import Finding
from kbassist.ui.tone.highlighter import SEVERITY_COLOURS

RuleRole = Qt.ItemDataRole.UserRole + 1
CategoryRole = Qt.ItemDataRole.UserRole + 2
SeverityRole = Qt.ItemDataRole.UserRole + 3
StartRole = Qt.ItemDataRole.UserRole + 4
EndRole = Qt.ItemDataRole.UserRole + 5
MessageRole = Qt.ItemDataRole.UserRole + 6
ReplacementRole = Qt.ItemDataRole.UserRole + 7
FindingRole = Qt.ItemDataRole.UserRole + 8

SEVERITY_LABELS = {"error": "Must fix", "warning": "Risky", "suggestion": "Suggestion"}
CATEGORY_LABELS = {
    "personal-data": "personal data",
    "plain-language": "plain language",
    "next-step": "next step",
}

Index = QModelIndex | QPersistentModelIndex


def category_label(category: str) -> str:
    """The words users see for a finding category."""
    return CATEGORY_LABELS.get(category, category.replace("-", " "))


class ToneFindingsModel(QAbstractListModel):
    """Rows of Finding, replaced as a whole after each check or edit."""

    def __init__(self) -> None:
        super().__init__()
        self._findings: list[Finding] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of rows (the list is flat)."""
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of role for the row at index."""
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        f = self._findings[index.row()]
        label = SEVERITY_LABELS.get(f.severity, f.severity)
        fix = f"\nFix: {f.replacement}" if f.replacement else ""
        title = f"{label} · {category_label(f.category)}"
        values: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: f"{title}\n{f.message}{fix}",
            Qt.ItemDataRole.ToolTipRole: f.message,
            Qt.ItemDataRole.AccessibleTextRole: f"{label}, {category_label(f.category)}: "
            f"{f.message}",
            Qt.ItemDataRole.DecorationRole: SEVERITY_COLOURS.get(f.severity),
            RuleRole: f.rule,
            CategoryRole: f.category,
            SeverityRole: f.severity,
            StartRole: f.start,
            EndRole: f.end,
            MessageRole: f.message,
            ReplacementRole: f.replacement,
            FindingRole: f,
        }
        return values.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML and debugging tools."""
        names = super().roleNames()
        names.update(
            {
                RuleRole: QByteArray(b"rule"),
                CategoryRole: QByteArray(b"category"),
                SeverityRole: QByteArray(b"severity"),
                StartRole: QByteArray(b"start"),
                EndRole: QByteArray(b"end"),
                MessageRole: QByteArray(b"message"),
                ReplacementRole: QByteArray(b"replacement"),
                FindingRole: QByteArray(b"finding"),
            }
        )
        return names

    def set_findings(self, findings: list[Finding]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        """The finding at row, if any."""
        return self._findings[row] if 0 <= row < len(self._findings) else None
