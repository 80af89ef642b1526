"""The list model behind the results list: search hits, or pinned and recent items."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from kbassist.search.schema import item_key
from kbassist.ui.row_model import RoleSpec, RowModel
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

KIND_LABELS = {
    "article": QT_TRANSLATE_NOOP("results_model", "Article"),
    "reply": QT_TRANSLATE_NOOP("results_model", "Reply template"),
    "facility": QT_TRANSLATE_NOOP("results_model", "Facility"),
}

KindRole = Qt.ItemDataRole.UserRole + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 2
TitleRole = Qt.ItemDataRole.UserRole + 3
SnippetRole = Qt.ItemDataRole.UserRole + 4
LanguageRole = Qt.ItemDataRole.UserRole + 5
SectionRole = Qt.ItemDataRole.UserRole + 6
PinnedRole = Qt.ItemDataRole.UserRole + 7
KeyRole = Qt.ItemDataRole.UserRole + 8
ByMeaningRole = Qt.ItemDataRole.UserRole + 9


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
    # Found by search by meaning only: none of the query's words is in it.
    by_meaning: bool = False

    @property
    def key(self) -> str:
        """Kind and id together: unique across the index."""
        return item_key(self.kind, self.id)


def kind_label(kind: str) -> str:
    """The word users see for a kind of item."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("results_model", label) if label else kind.capitalize()


RESULT_ROLES: tuple[RoleSpec[ResultItem], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, lambda item: item.title),
    RoleSpec(
        "accessibleText",
        Qt.ItemDataRole.AccessibleTextRole,
        lambda item: (
            f"{kind_label(item.kind)}: {item.title}"
            + (QT_TRANSLATE_NOOP("results_model", ", found by meaning") if item.by_meaning else "")
        ),
    ),
    RoleSpec("toolTip", Qt.ItemDataRole.ToolTipRole, lambda item: item.id),
    RoleSpec("kind", KindRole, lambda item: item.kind),
    RoleSpec("itemId", ItemIdRole, lambda item: item.id),
    RoleSpec("title", TitleRole, lambda item: item.title),
    RoleSpec("snippet", SnippetRole, lambda item: item.snippet),
    RoleSpec("language", LanguageRole, lambda item: item.language),
    RoleSpec("section", SectionRole, lambda item: item.section),
    RoleSpec("pinned", PinnedRole, lambda item: item.pinned),
    RoleSpec("key", KeyRole, lambda item: item.key),
    RoleSpec("byMeaning", ByMeaningRole, lambda item: item.by_meaning),
)


class ResultsModel(RowModel[ResultItem]):
    """Rows of ResultItem, replaced as a whole on every new search, extended on scroll."""

    def __init__(self) -> None:
        super().__init__(RESULT_ROLES)

    def extend(self, items: list[ResultItem]) -> None:
        """Add rows under the others (more results of the same search, loaded on scroll), so
        the view keeps its choice and scroll position."""
        if not items:
            return
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._rows.extend(items)
        self.endInsertRows()
