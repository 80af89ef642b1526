"""The rows of the Review view: a heading with its count for each group, then its items."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from kbassist.common.plural import count
from kbassist.problems import shown_path
from kbassist.review.report import ReviewItem, ReviewReport, owner_label
from kbassist.ui.row_model import Index, RoleSpec, RowModel
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

ItemRole = Qt.ItemDataRole.UserRole + 1
ArticleIdRole = Qt.ItemDataRole.UserRole + 2
_HEADING_FONT = QFont()
# Only the weight is set, so the view's own font (and text size) fills in the rest.
_HEADING_FONT.setBold(True)


class Grouping(enum.Enum):
    """What the report is grouped by."""

    OWNER = QT_TRANSLATE_NOOP("model", "Owner")
    REASON = QT_TRANSLATE_NOOP("model", "Reason")


@dataclass(frozen=True)
class ReviewRow:
    """A group's heading (item None), or one item under it."""

    text: str
    tip: str
    item: ReviewItem | None = None


def report_rows(report: ReviewReport, grouping: Grouping) -> list[ReviewRow]:
    """The report as rows: each group's heading with its count, then its items."""
    groups: list[tuple[str, list[ReviewItem]]]
    if grouping is Grouping.OWNER:
        groups = [(owner_label(owner), items) for owner, items in report.by_owner()]
    else:
        groups = [(reason.label, items) for reason, items in report.by_reason()]
    rows = []
    for heading, items in groups:
        rows.append(
            ReviewRow(f"{heading} ({len(items)})", f"{heading}: {count(len(items), 'item')}")
        )
        for item in items:
            detail = item.owner if grouping is Grouping.REASON else item.reason.label
            tip = "\n".join(
                (
                    item.title,
                    item.message,
                    f"{shown_path(item.path, report.root).as_posix()} ({item.article_id})",
                    detail or owner_label(""),
                )
            )
            text = f"{item.title} — {item.message}"
            if grouping is Grouping.REASON:
                text += f" · {owner_label(item.owner)}"  # under a reason, whose it is
            rows.append(ReviewRow(text, tip, item))
    return rows


def _font(row: ReviewRow) -> QFont | None:
    return _HEADING_FONT if row.item is None else None


def _article_id(row: ReviewRow) -> str | None:
    return row.item.article_id if row.item is not None else None


ROLES: tuple[RoleSpec[ReviewRow], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, lambda row: row.text),
    RoleSpec("toolTip", Qt.ItemDataRole.ToolTipRole, lambda row: row.tip),
    RoleSpec("font", Qt.ItemDataRole.FontRole, _font),
    RoleSpec("item", ItemRole, lambda row: row.item),
    RoleSpec("articleId", ArticleIdRole, _article_id),
)


class ReviewModel(RowModel[ReviewRow]):
    """Review rows; a heading can be read but not selected or opened."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ROLES, parent)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Items can be selected; headings only read (enabled, so they are not greyed out)."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsSelectable if row.item is not None else flags
