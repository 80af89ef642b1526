"""The list model behind the results list: search hits, or pinned and recent items."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

KIND_LABELS = {"article": "Article", "reply": "Reply template", "facility": "Facility"}

KindRole = Qt.ItemDataRole.UserRole + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 2
TitleRole = Qt.ItemDataRole.UserRole + 3
SnippetRole = Qt.ItemDataRole.UserRole + 4
LanguageRole = Qt.ItemDataRole.UserRole + 5
SectionRole = Qt.ItemDataRole.UserRole + 6
PinnedRole = Qt.ItemDataRole.UserRole + 7
KeyRole = Qt.ItemDataRole.UserRole + 8

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResultItem:
    """One row: a hit, or a pinned or recent item (section names which)."""

    kind: str
    id: str
    title: str
    snippet: str = ""
    language: str = ""
    section: str = ""
    pinned: bool = False

    @property
    def key(self) -> str:
        """Kind and id together: unique across the index."""
        return item_key(self.kind, self.id)


def kind_label(kind: str) -> str:
    """The word users see for a kind of item."""
    return KIND_LABELS.get(kind, kind.capitalize())


def item_key(kind: str, ident: str) -> str:
    """The key under which items are pinned and remembered."""
    return f"{kind}:{ident}"


def split_key(key: str) -> tuple[str, str]:
    """(kind, id) of a key made by item_key."""
    kind, _, ident = key.partition(":")
    return kind, ident


class ResultsModel(QAbstractListModel):
    """Rows of ResultItem, replaced as a whole on every new search."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[ResultItem] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of rows (the list is flat)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of role for the row at index."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        values: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: item.title,
            Qt.ItemDataRole.AccessibleTextRole: f"{kind_label(item.kind)}: {item.title}",
            Qt.ItemDataRole.ToolTipRole: item.id,
            KindRole: item.kind,
            ItemIdRole: item.id,
            TitleRole: item.title,
            SnippetRole: item.snippet,
            LanguageRole: item.language,
            SectionRole: item.section,
            PinnedRole: item.pinned,
            KeyRole: item.key,
        }
        return values.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML and debugging tools."""
        names = super().roleNames()
        names.update(
            {
                KindRole: QByteArray(b"kind"),
                ItemIdRole: QByteArray(b"itemId"),
                TitleRole: QByteArray(b"title"),
                SnippetRole: QByteArray(b"snippet"),
                LanguageRole: QByteArray(b"language"),
                SectionRole: QByteArray(b"section"),
                PinnedRole: QByteArray(b"pinned"),
                KeyRole: QByteArray(b"key"),
            }
        )
        return names

    def set_items(self, items: list[ResultItem]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> ResultItem | None:
        """The item at row, if any."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[ResultItem]:
        """All rows."""
        return list(self._items)
