"""Choosing a reply template: a filter box, a kind filter and a list found by any word."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QVBoxLayout, QWidget

from kbassist.analysis import fold
from kbassist.replies import ReplyTemplate

TemplateIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
LanguageRole = Qt.ItemDataRole.UserRole + 3
SearchTextRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


class TemplateModel(QAbstractListModel):
    """The reply templates that contain every typed word (in title, tags or body), by title."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[tuple[ReplyTemplate, str]] = []
        self._templates: list[ReplyTemplate] = []
        self._search_text: list[str] = []
        self._words: list[str] = []
        self._kind = ""

    def set_templates(self, templates: Iterable[ReplyTemplate]) -> None:
        """Offer these templates, sorted by title."""
        ordered = sorted(templates, key=lambda t: (t.title.casefold(), t.id))
        self._all = [(t, _search_text(t)) for t in ordered]
        self._apply()

    def set_filter(self, query: str, kind: str) -> None:
        """Show templates of kind (empty: any) containing every word of query."""
        self._words = [fold(word) for word in query.split()]
        self._kind = kind
        self._apply()

    def _apply(self) -> None:
        shown = [
            (template, text)
            for template, text in self._all
            if (not self._kind or template.kind == self._kind)
            and all(word in text for word in self._words)
        ]
        self.beginResetModel()
        self._templates = [template for template, _ in shown]
        self._search_text = [text for _, text in shown]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        template = self._templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return template.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{template.id} · {template.kind} · {template.language}"
        if role == TemplateIdRole:
            return template.id
        if role == KindRole:
            return template.kind
        if role == LanguageRole:
            return template.language
        if role == SearchTextRole:
            return self._search_text[index.row()]
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        """Role names for QML and debugging tools."""
        names = super().roleNames()
        names.update(
            {
                TemplateIdRole: QByteArray(b"templateId"),
                KindRole: QByteArray(b"kind"),
                LanguageRole: QByteArray(b"language"),
                SearchTextRole: QByteArray(b"searchText"),
            }
        )
        return names


def _search_text(template: ReplyTemplate) -> str:
    labels = " ".join(f.label for f in template.fields)
    parts = (template.title, template.id, template.kind, " ".join(template.tags), labels)
    return fold(" ".join((*parts, template.subject, template.body)))


class _FilterBox(QLineEdit):
    """The filter line; arrow keys and Enter act on the list below it."""

    moved = Signal(int)
    accepted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if event.key() == Qt.Key.Key_Down else -1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        else:
            super().keyPressEvent(event)


class TemplatePicker(QWidget):
    """The template list with its filters; choosing a template emits chosen."""

    # A template was chosen (clicked, or Enter pressed): its id.
    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.model = TemplateModel()
        self.filter_box = _FilterBox()
        self.filter_box.setPlaceholderText("Find a template…")
        self.filter_box.setAccessibleName("Find a reply template")
        self.filter_box.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Template kind")
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName("Reply templates")
        self.list_view.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.kind_filter)
        layout.addWidget(self.list_view, 1)
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.moved.connect(self._move)
        self.filter_box.accepted.connect(self._choose_current)
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.list_view.activated.connect(self._choose)
        self.list_view.clicked.connect(self._choose)

    def set_templates(self, templates: Iterable[ReplyTemplate]) -> None:
        """Offer these templates; the kind filter lists the kinds among them."""
        listed = list(templates)
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem("All kinds", "")
        for kind in sorted({t.kind for t in listed}):
            self.kind_filter.addItem(kind.capitalize(), kind)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(current), 0))
        self.kind_filter.blockSignals(False)
        self.model.set_templates(listed)
        self._filter()

    def select(self, template_id: str) -> None:
        """Show template_id as the current row, when the filters let it be seen."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(TemplateIdRole) == template_id:
                self.list_view.setCurrentIndex(index)
                return

    def visible_ids(self) -> list[str]:
        """The ids the list shows now, top to bottom."""
        rows = range(self.model.rowCount())
        return [str(self.model.index(r, 0).data(TemplateIdRole)) for r in rows]

    def _filter(self) -> None:
        self.model.set_filter(self.filter_box.text(), str(self.kind_filter.currentData() or ""))
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0, 0))

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.list_view.currentIndex().row()
        row = min(max(row + step, 0), count - 1) if row >= 0 else 0
        self.list_view.setCurrentIndex(self.model.index(row, 0))

    def _choose_current(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        ident = index.data(TemplateIdRole)
        if ident:
            self.chosen.emit(str(ident))
