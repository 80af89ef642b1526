"""Choosing a reply template in one row: a search field whose list pops up, and a kind filter."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kbassist.common.folding import fold
from kbassist.content.replies import ReplyTemplate
from kbassist.ui.row_model import Index, RoleSpec, RowModel

TemplateIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
LanguageRole = Qt.ItemDataRole.UserRole + 3
SearchTextRole = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class TemplateRow:
    """A template as the picker lists it, with its words folded once for filtering."""

    template: ReplyTemplate
    search_text: str
    # The languages the template is written in (its own and its variants'): "en sl hr".
    languages: str = ""


TEMPLATE_ROLES: tuple[RoleSpec[TemplateRow], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, lambda row: row.template.title),
    RoleSpec(
        "toolTip",
        Qt.ItemDataRole.ToolTipRole,
        lambda row: f"{row.template.id} · {row.template.kind} · {row.template.language}",
    ),
    RoleSpec("templateId", TemplateIdRole, lambda row: row.template.id),
    RoleSpec("kind", KindRole, lambda row: row.template.kind),
    RoleSpec("language", LanguageRole, lambda row: row.languages or row.template.language),
    RoleSpec("searchText", SearchTextRole, lambda row: row.search_text),
)


class TemplateModel(RowModel[TemplateRow]):
    """The reply templates that contain every typed word (in title, tags or body), by title."""

    def __init__(self) -> None:
        super().__init__(TEMPLATE_ROLES)
        self._all: list[TemplateRow] = []
        self._words: list[str] = []
        self._kind = ""
        # Template id -> place in the use ranking (kbassist.analytics template_ranking).
        self._rank: dict[str, int] = {}

    def set_templates(
        self,
        templates: Iterable[ReplyTemplate],
        variants: Mapping[str, Sequence[ReplyTemplate]] | None = None,
    ) -> None:
        """Offer these templates, sorted by title; variants (by template id) are found by
        their own words too, so "zamuda" finds the late-delivery apology."""
        ordered = sorted(templates, key=lambda t: (t.title.casefold(), t.id))
        self._all = []
        for template in ordered:
            family = (variants or {}).get(template.id) or [template]
            text = " ".join(_search_text(t) for t in family)
            languages = " ".join(dict.fromkeys(t.language for t in family))
            self._all.append(TemplateRow(template, text, languages))
        self._apply()

    def set_filter(self, query: str, kind: str) -> None:
        """Show templates of kind (empty: any) containing every word of query."""
        self._words = [fold(word) for word in query.split()]
        self._kind = kind
        self._apply()

    def set_order(self, ranked_ids: Sequence[str]) -> None:
        """List these templates first, in this order (most used first); the rest by title."""
        self._rank = {ident: n for n, ident in enumerate(ranked_ids)}
        self._apply()

    def _apply(self) -> None:
        rows = [
            row
            for row in self._all
            if (not self._kind or row.template.kind == self._kind)
            and all(word in row.search_text for word in self._words)
        ]
        # A stable sort: templates nobody used keep their order by title, after the used ones.
        rows.sort(key=lambda row: self._rank.get(row.template.id, len(self._rank)))
        self.set_rows(rows)

    def templates(self) -> list[ReplyTemplate]:
        """The templates shown now, in order."""
        return [row.template for row in self.rows()]


def _search_text(template: ReplyTemplate) -> str:
    labels = " ".join(f.label for f in template.fields)
    parts = (template.title, template.id, template.kind, " ".join(template.tags), labels)
    return fold(" ".join((*parts, template.subject, template.body)))


class _TemplateDelegate(QStyledItemDelegate):
    """A popup row: the title, and the kind and language dimmed at the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        note = f"{index.data(KindRole)} · {index.data(LanguageRole)}"
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = opt.fontMetrics
        rect = opt.rect.adjusted(_PADDING, 0, -_PADDING, 0)
        note_width = metrics.horizontalAdvance(note)
        title_rect = rect.adjusted(0, 0, -(note_width + 2 * _PADDING), 0)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        note_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(opt.palette.color(text_role))
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.setPen(opt.palette.color(note_role))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), note
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 6)


_PADDING = 6
_POPUP_ROWS = 12
_POPUP_MAX_WIDTH = 560


class _FilterBox(QLineEdit):
    """The search field; arrow keys open and move in the list, Enter chooses, Esc clears."""

    moved = Signal(int)
    accepted = Signal()
    opened = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif event.matches(QKeySequence.StandardKey.Cancel) and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        # A click on the field opens the list, as it would on a combo box.
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.ShortcutFocusReason:
            self.selectAll()


class TemplatePicker(QWidget):
    """One row: "Template:", a search field with a pop-up list, and a kind filter.

    Typing filters by every word (title, tags, fields or body); choosing emits chosen.
    """

    # A template was chosen (from the list, or Enter pressed): its id.
    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.model = TemplateModel()
        self._row = -1
        self.filter_box = _FilterBox()
        self.filter_box.setPlaceholderText(self.tr("Find a template…"))
        self.filter_box.setAccessibleName(self.tr("Find a reply template"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumWidth(200)
        self.label = QLabel(self.tr("Template:"))
        self.label.setBuddy(self.filter_box)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Template kind"))
        self.kind_filter.setToolTip(self.tr("Show only templates of this kind"))
        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Reply templates"))
        self.list_view.setUniformItemSizes(True)
        self.completer = QCompleter(self.model, self)
        # The model filters by every word itself; the completer only shows it under the field.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(_POPUP_ROWS)
        self.completer.setPopup(self.list_view)
        # After setPopup, which puts in the completer's own delegate.
        self.list_view.setItemDelegate(_TemplateDelegate(self.list_view))
        self.completer.setWidget(self.filter_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.filter_box, 1)
        layout.addWidget(self.kind_filter)
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.textEdited.connect(self.show_list)
        self.filter_box.moved.connect(self._move)
        self.filter_box.accepted.connect(self._choose_current)
        self.filter_box.opened.connect(self.show_list)
        self.kind_filter.currentIndexChanged.connect(self._filter)
        # The index overloads: the text ones carry titles, which need not be unique. The stubs
        # do not know that PySide6 signals can be indexed by overload.
        self.completer.highlighted[QModelIndex].connect(self._on_highlighted)  # type: ignore[index]
        self.completer.activated[QModelIndex].connect(self._choose)  # type: ignore[index]

    def set_templates(
        self,
        templates: Iterable[ReplyTemplate],
        variants: Mapping[str, Sequence[ReplyTemplate]] | None = None,
    ) -> None:
        """Offer these templates (variants: as TemplateModel.set_templates); the kind filter
        lists the kinds among them."""
        listed = list(templates)
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in sorted({t.kind for t in listed}):
            self.kind_filter.addItem(kind.capitalize(), kind)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(current), 0))
        self.kind_filter.blockSignals(False)
        self.model.set_templates(listed, variants)
        self._filter()

    def set_order(self, ranked_ids: Sequence[str]) -> None:
        """Rank the list by use: these template ids first, in this order."""
        self.model.set_order(ranked_ids)
        self._filter()

    def select(self, template_id: str) -> None:
        """Make template_id the current row, when the filters let it be seen."""
        ids = self.visible_ids()
        if template_id in ids:
            self._row = ids.index(template_id)
            self._sync_popup()

    def visible_ids(self) -> list[str]:
        """The ids the list shows now, top to bottom."""
        rows = range(self.model.rowCount())
        return [str(self.model.index(r, 0).data(TemplateIdRole)) for r in rows]

    def current_id(self) -> str:
        """The id Enter would choose now ("" when no template is listed)."""
        ids = self.visible_ids()
        return ids[self._row] if 0 <= self._row < len(ids) else ""

    def popup_visible(self) -> bool:
        """True while the list is open under the search field."""
        return self.list_view.isVisible()

    def show_list(self) -> None:
        """Open the list under the search field while it has the focus (not when nothing
        matches)."""
        if not self.filter_box.hasFocus():
            return
        if not self.model.rowCount():
            self.list_view.hide()
            return
        self.completer.complete(self._popup_rect())
        self._sync_popup()

    def hide_list(self) -> None:
        """Close the list."""
        self.list_view.hide()

    def _popup_rect(self) -> QRect:
        """As wide as the longest title needs (within limits), starting under the field."""
        metrics = self.filter_box.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(f"{row.template.title}    {row.template.kind} · {lang}")
                for row in self.model.rows()
                for lang in [row.languages or row.template.language]
            ),
            default=0,
        )
        width = min(max(self.filter_box.width(), widest + 8 * _PADDING), _POPUP_MAX_WIDTH)
        return QRect(0, 0, width, self.filter_box.height())

    def _sync_popup(self) -> None:
        if self.popup_visible() and self._row >= 0:
            popup_model = self.completer.completionModel()
            self.list_view.setCurrentIndex(popup_model.index(self._row, 0))

    def _filter(self) -> None:
        self.model.set_filter(self.filter_box.text(), str(self.kind_filter.currentData() or ""))
        self._row = 0 if self.model.rowCount() else -1
        if self.popup_visible():
            self.show_list()

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        if self.popup_visible():
            self._row = min(max(self._row + step, 0), count - 1) if self._row >= 0 else 0
        self.show_list()

    def _on_highlighted(self, index: QModelIndex) -> None:
        if index.isValid():
            self._row = index.row()

    def _choose_current(self) -> None:
        current = self.list_view.currentIndex()
        if self.popup_visible() and current.isValid():
            self._row = current.row()
        ident = self.current_id()
        if ident:
            self._emit(ident)

    def _choose(self, index: QModelIndex) -> None:
        ident = index.data(TemplateIdRole)
        if ident:
            self._emit(str(ident))

    def _emit(self, ident: str) -> None:
        self.hide_list()
        # The field is ready for the next search; the chosen title shows beside it.
        self.filter_box.clear()
        self.chosen.emit(ident)
