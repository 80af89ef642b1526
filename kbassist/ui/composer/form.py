"""The form a template's fields ask for: one editor per field, checked as the writer types."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kbassist.content.folder import Content
from kbassist.content.replies import FieldSpec, ReplyTemplate
from kbassist.replies.render import FieldIssue
from kbassist.ui.composer.style import error_colour, set_text_colour

# QDateEdit and QDoubleSpinBox cannot be empty: their minimum stands for "not filled in".
_NO_DATE = QDate(1900, 1, 1)
_NO_NUMBER = -1.0
# Combo boxes as narrow as a short entry: the form column wraps, it never scrolls sideways.
_SHORT_COMBO = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
_SHORT_COMBO_CHARS = 10


class _CalendarOpensOnToday(QObject):
    """An empty date field's calendar opens on this month, not on January 1900."""

    def __init__(self, editor: QDateEdit, today: Callable[[], dt.date]) -> None:
        super().__init__(editor)
        self._editor = editor
        self._today = today

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._editor.date() == _NO_DATE:
            day = self._today()
            self._editor.calendarWidget().setCurrentPage(day.year, day.month)
        return False


class _DateEdit(QDateEdit):
    """A date field that can be empty ("Choose a date").

    QDateEdit keeps Tab while it shows the empty text, trapping the keyboard; here Tab leaves
    the field, and the first arrow key or digit starts from today rather than from 1900.
    """

    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self._today = today

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.date() == _NO_DATE:
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        digit = event.text().isdigit()
        if self.date() == _NO_DATE and (digit or event.key() in steps):
            day = self._today()
            self.setDate(QDate(day.year, day.month, day.day))
            if not digit:
                return
            # Typing then writes the date over today's, year first (20260314).
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        super().keyPressEvent(event)


class FieldEditor(QWidget):
    """One field's editor, its help and its message; value() is the text the renderer reads."""

    # The value changed (by the writer or by set_value).
    changed = Signal()

    def __init__(self, spec: FieldSpec, content: Content, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self.spec = spec
        self._ids: dict[str, str] = {}  # display text -> id, for facility and article fields
        self.input = self._make_input(spec, content, today)
        # The widgets Tab visits, in order (the input, and a date's clear button).
        self.focus_order: list[QWidget] = [self.input]
        self.input.setAccessibleName(spec.label + (" (required)" if spec.required else ""))
        if spec.help:
            self.input.setToolTip(spec.help)
            self.input.setAccessibleDescription(spec.help)
        self.help_label = QLabel(spec.help)
        self.help_label.setWordWrap(True)
        self.help_label.setVisible(bool(spec.help))
        self.help_label.setStyleSheet("color: palette(placeholder-text);")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(f"Problem with {spec.label}")
        self.message_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        if isinstance(self.input, QDateEdit):
            clear = QToolButton()
            clear.setText("×")
            clear.setToolTip("Clear the date")
            clear.setAccessibleName(f"Clear {spec.label}")
            clear.clicked.connect(lambda: self.set_value(""))
            row.addWidget(clear)
            self.focus_order.append(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.help_label)
        layout.addWidget(self.message_label)
        default = spec.default
        if default is not None:
            self.set_value(default.isoformat() if isinstance(default, dt.date) else str(default))
        self.recheck()

    def _make_input(
        self, spec: FieldSpec, content: Content, today: Callable[[], dt.date]
    ) -> QWidget:
        if spec.type == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            text.textChanged.connect(self._on_edit)
            return text
        if spec.type == "date":
            date = _DateEdit(today)
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            date.setMinimumDate(_NO_DATE)
            date.setSpecialValueText("Choose a date")
            date.setDate(_NO_DATE)
            date.calendarWidget().installEventFilter(_CalendarOpensOnToday(date, today))
            date.dateChanged.connect(self._on_edit)
            return date
        if spec.type == "number":
            number = QDoubleSpinBox()
            number.setRange(_NO_NUMBER, 1_000_000_000)
            number.setDecimals(2)
            number.setSpecialValueText(" ")
            number.setValue(_NO_NUMBER)
            number.valueChanged.connect(self._on_edit)
            return number
        if spec.type == "choice":
            choice = QComboBox()
            choice.setSizeAdjustPolicy(_SHORT_COMBO)
            choice.setMinimumContentsLength(_SHORT_COMBO_CHARS)
            choice.addItem("" if not spec.required else "Choose…", "")
            for item in spec.choices:
                choice.addItem(item, item)
            choice.currentIndexChanged.connect(self._on_edit)
            return choice
        if spec.type in ("facility", "article"):
            return self._make_lookup(spec, content)
        line = QLineEdit()
        line.textChanged.connect(self._on_edit)
        return line

    def _make_lookup(self, spec: FieldSpec, content: Content) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setSizeAdjustPolicy(_SHORT_COMBO)
        combo.setMinimumContentsLength(_SHORT_COMBO_CHARS)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", "")
        if spec.type == "facility":
            entries = sorted(
                (f"{f.name} — {f.city} {f.postcode}".strip(), f.id)
                for f in content.facilities.values()
            )
            placeholder = "Type a name, town or postcode"
        else:
            entries = sorted((f"{a.title} ({a.id})", a.id) for a in content.articles.values())
            placeholder = "Type part of a title"
        for text, ident in entries:
            combo.addItem(text, ident)
            self._ids[text] = ident
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(placeholder)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.currentTextChanged.connect(self._on_edit)
        return combo

    def value(self) -> str:
        """The value as text: a date as YYYY-MM-DD, a facility or article as its id."""
        widget = self.input
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QDateEdit):
            day = widget.date()
            return "" if day == _NO_DATE else day.toString("yyyy-MM-dd")
        if isinstance(widget, QDoubleSpinBox):
            number = widget.value()
            if number == _NO_NUMBER:
                return ""
            return str(int(number)) if number.is_integer() else f"{number:.2f}"
        if isinstance(widget, QComboBox):
            if widget.isEditable():
                text = widget.currentText().strip()
                return self._ids.get(text, text)
            return str(widget.currentData() or "")
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, text: str) -> None:
        """Show text as the value (as value() would return it)."""
        widget = self.input
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QDateEdit):
            day = QDate.fromString(text, "yyyy-MM-dd")
            widget.setDate(day if day.isValid() else _NO_DATE)
        elif isinstance(widget, QDoubleSpinBox):
            try:
                widget.setValue(float(text.replace(",", ".")) if text.strip() else _NO_NUMBER)
            except ValueError:
                widget.setValue(_NO_NUMBER)
        elif isinstance(widget, QComboBox) and widget.isEditable():
            found = widget.findData(text)
            if found >= 0:
                widget.setCurrentIndex(found)
            else:
                widget.setEditText(text)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(text), 0))
        elif isinstance(widget, QLineEdit):
            widget.setText(text)

    def show_issue(self, message: str) -> None:
        """Mark the field invalid with message; an empty message clears the mark."""
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        # The message repeats the help in its own words: one of them is enough.
        self.help_label.setVisible(bool(self.spec.help) and not message)
        self._colour_issue()

    def _colour_issue(self) -> None:
        colour = error_colour(self.palette())
        set_text_colour(self.message_label, colour)
        invalid = bool(self.message_label.text())
        self.input.setStyleSheet(f"border: 2px solid {colour.name()};" if invalid else "")

    def changeEvent(self, event: QEvent) -> None:
        """A switch between light and dark picks the red that reads on it."""
        super().changeEvent(event)
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in kinds and hasattr(self, "message_label"):
            self._colour_issue()

    def _on_edit(self) -> None:
        self.recheck()
        self.changed.emit()

    def recheck(self) -> None:
        """Check the pattern now: a wrong order number turns red before the preview updates."""
        text = self.value().strip()
        if self.spec.pattern and text and not re.fullmatch(self.spec.pattern, text):
            self.show_issue(f"Not in the expected form: {self.spec.help or self.spec.pattern}")
        else:
            self.show_issue("")


class FieldForm(QWidget):
    """Every field of one template, in the order the template declares them."""

    # A value changed.
    values_changed = Signal()

    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self._today = today
        self.editors: dict[str, FieldEditor] = {}
        # One block per field, label above its editor: long labels and help wrap to the
        # column's width, however narrow.
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 8, 0)
        self._layout.setSpacing(12)
        self.empty_label = _note("Choose a template to fill in its fields.")
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)

    def set_template(self, template: ReplyTemplate | None, content: Content) -> None:
        """Build the editors for template's fields (none for None)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        self.editors = {}
        fields = template.fields if template is not None else ()
        if template is None:
            self.empty_label = _note("Choose a template to fill in its fields.")
            self._layout.addWidget(self.empty_label)
        elif not fields:
            self._layout.addWidget(_note("This template has no fields to fill in."))
        elif any(spec.required for spec in fields):
            self._layout.addWidget(_note("Fields marked * are required."))
        for spec in fields:
            editor = FieldEditor(spec, content, self._today)
            # '&' is a mnemonic marker in a label with a buddy; a label's own '&' is doubled.
            text = spec.label.replace("&", "&&")
            label = QLabel(f"{text} *" if spec.required else text)
            label.setWordWrap(True)
            label.setBuddy(editor.input)
            font = QFont(label.font())
            font.setWeight(QFont.Weight.DemiBold)
            label.setFont(font)
            if spec.required:
                label.setToolTip("Required")
            block = QWidget()
            block_layout = QVBoxLayout(block)
            block_layout.setContentsMargins(0, 0, 0, 0)
            block_layout.setSpacing(3)
            block_layout.addWidget(label)
            block_layout.addWidget(editor)
            self._layout.addWidget(block)
            editor.changed.connect(self.values_changed)
            self.editors[spec.name] = editor
        self._layout.addStretch(1)

    def focus_order(self) -> list[QWidget]:
        """The fields' widgets in the order Tab visits them."""
        return [widget for editor in self.editors.values() for widget in editor.focus_order]

    def values(self) -> dict[str, str]:
        """Every field's value as text."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, values: Mapping[str, str]) -> None:
        """Fill in the given fields without a change signal per field."""
        with QSignalBlocker(self):
            for name, value in values.items():
                if name in self.editors:
                    self.editors[name].set_value(value)
        self.values_changed.emit()

    def show_issues(self, issues: list[FieldIssue]) -> None:
        """Show the renderer's verdict on invalid values (missing ones show in the preview)."""
        invalid = {i.field: i.message for i in issues if not i.missing}
        for name, editor in self.editors.items():
            if name in invalid:
                editor.show_issue(invalid[name])
            elif not editor.message_label.isHidden():
                editor.recheck()


def _note(text: str) -> QLabel:
    """A quiet line of guidance above the fields."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
