"""The form a template's fields ask for: one editor per field, checked as the writer types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from kbassist.content.folder import Content
from kbassist.content.replies import FieldSpec, ReplyTemplate, pattern_matches
from kbassist.replies.dates import TypedDateError, date_order, format_date, parse_typed_date
from kbassist.replies.render import FieldIssue
from kbassist.ui.composer.style import error_colour
from kbassist.ui.plaintext import plain_label, plain_tooltip
from kbassist.ui.theme import set_text_colour

# QDoubleSpinBox cannot be empty: its minimum stands for "not filled in".
_NO_NUMBER = -1.0
# Combo boxes as narrow as a short entry: the form column wraps, it never scrolls sideways.
_SHORT_COMBO = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
_SHORT_COMBO_CHARS = 10


class DateInput(QLineEdit):
    """A date field the writer types into: ISO (2026-12-05), the locale's short form or digits
    only; a day that does not exist is refused with a message, never moved to another.

    Up and Down step a day (from today when empty); the button beside it opens a calendar.
    """

    def __init__(self, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self._today = today
        self.short_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.order = date_order(self.short_format)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        pick = QWidgetAction(self._menu)
        pick.setDefaultWidget(self.calendar)
        self._menu.addAction(pick)
        self._menu.aboutToShow.connect(self._show_calendar)
        self.calendar_button.setMenu(self._menu)

    def date(self) -> dt.date | None:
        """The date typed; None when empty or not a date (see problem())."""
        try:
            return self._parse()
        except TypedDateError:
            return None

    def problem(self) -> str:
        """Why the text is not a date; empty when it is one (or is empty)."""
        try:
            self._parse()
        except TypedDateError as exc:
            return str(exc)
        return ""

    def _parse(self) -> dt.date | None:
        text = self.text().strip()
        return parse_typed_date(text, self.order) if text else None

    def set_date(self, day: dt.date | None) -> None:
        """Show day in ISO form (None: empty)."""
        self.setText(day.isoformat() if day is not None else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 7}
        steps[Qt.Key.Key_PageDown] = -7
        key = Qt.Key(event.key())
        if key in steps and not self.problem():
            day = self.date()
            self.set_date(self._today() if day is None else day + dt.timedelta(days=steps[key]))
            return
        super().keyPressEvent(event)

    def _show_calendar(self) -> None:
        day = self.date() or self._today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _pick(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self._menu.close()
        self.setFocus(Qt.FocusReason.PopupFocusReason)


class FieldEditor(QWidget):
    """One field's editor, its help and its message; value() is the text the renderer reads."""

    # The value changed (by the writer or by set_value).
    changed = Signal()

    def __init__(
        self,
        spec: FieldSpec,
        content: Content,
        today: Callable[[], dt.date],
        language: str = "en",
    ) -> None:
        super().__init__()
        self.spec = spec
        # The reply's language: a typed date is read back as the reply will write it.
        self.language = language
        self._ids: dict[str, str] = {}  # display text -> id, for facility and article fields
        self.input = self._make_input(spec, content, today)
        # The widgets Tab visits, in order (the input, and a date's clear button).
        self.focus_order: list[QWidget] = [self.input]
        self.input.setAccessibleName(spec.label + (self.tr(" (required)") if spec.required else ""))
        if spec.help:
            self.input.setToolTip(plain_tooltip(spec.help))
            self.input.setAccessibleDescription(spec.help)
        # Help, labels and messages are content or the writer's text: never rich text.
        self.help_label = plain_label(spec.help)
        self.help_label.setWordWrap(True)
        self.help_label.setVisible(bool(spec.help))
        # A palette role, not a style sheet: Qt reads a sheet's palette() once, so the hint
        # would keep the old theme's colour after a switch.
        self.help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message_label = plain_label()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(
            self.tr("Problem with {label}").format(label=spec.label)
        )
        self.message_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        # What a typed date was read as, so a slip (month for day) shows before it is sent.
        self.reading_label = plain_label()
        self.reading_label.setAccessibleName(self.tr("{label} reads as").format(label=spec.label))
        self.reading_label.hide()
        if isinstance(self.input, DateInput):
            button = self.input.calendar_button
            button.setAccessibleName(self.tr("Calendar for {label}").format(label=spec.label))
            row.addWidget(button)
            self.focus_order.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reading_label)
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
            date = DateInput(today)
            date.textChanged.connect(self._on_edit)
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
            choice.addItem("" if not spec.required else self.tr("Choose…"), "")
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
            placeholder = self.tr("Type a name, town or postcode")
        else:
            entries = sorted((f"{a.title} ({a.id})", a.id) for a in content.articles.values())
            placeholder = self.tr("Type part of a title")
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
        if isinstance(widget, DateInput):
            # Text that is no date goes to the renderer as typed, so the reply is held back.
            day = widget.date()
            return day.isoformat() if day is not None else widget.text().strip()
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
        elif isinstance(widget, DateInput):
            widget.setText(text)
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

    def own_issue(self) -> str:
        """What the form itself finds wrong with the value (a day that does not exist)."""
        return self.input.problem() if isinstance(self.input, DateInput) else ""

    def recheck(self) -> None:
        """Check the pattern now: a wrong order number turns red before the preview updates."""
        text = self.value().strip()
        if isinstance(self.input, DateInput):
            day = self.input.date()
            typed = self.input.text().strip()
            reading = format_date(day, self.language, "full") if day is not None else ""
            self.reading_label.setText(reading)
            self.reading_label.setVisible(day is not None and typed != day.isoformat())
            if self.own_issue():
                self.show_issue(self.own_issue())
                return
        matches = pattern_matches(self.spec.pattern, text) if self.spec.pattern and text else True
        if matches is None:
            self.show_issue(
                self.tr("This field's pattern takes too long to check: tell the editor.")
            )
        elif not matches:
            self.show_issue(
                self.tr("Not in the expected form: {expected}").format(
                    expected=self.spec.help or self.spec.pattern
                )
            )
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
        # Above the fields, kept when they are rebuilt: what happened to the template on disk.
        self.notice_label = plain_label()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(self.tr("About this template"))
        self.notice_label.hide()
        self._layout.addWidget(self.notice_label)
        self.empty_label = _note(self.tr("Choose a template to fill in its fields."))
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)

    def set_notice(self, text: str) -> None:
        """Show text above the fields (empty: no notice)."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def set_template(self, template: ReplyTemplate | None, content: Content) -> None:
        """Build the editors for template's fields (none for None)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None and old is not self.notice_label:
                old.hide()
                old.deleteLater()
        self._layout.addWidget(self.notice_label)
        self.editors = {}
        fields = template.fields if template is not None else ()
        if template is None:
            self.empty_label = _note(self.tr("Choose a template to fill in its fields."))
            self._layout.addWidget(self.empty_label)
        elif not fields:
            self._layout.addWidget(_note(self.tr("This template has no fields to fill in.")))
        elif any(spec.required for spec in fields):
            self._layout.addWidget(_note(self.tr("Fields marked * are required.")))
        for spec in fields:
            language = template.language if template is not None else "en"
            editor = FieldEditor(spec, content, self._today, language)
            # '&' is a mnemonic marker in a label with a buddy; a label's own '&' is doubled.
            text = spec.label.replace("&", "&&")
            label = plain_label(f"{text} *" if spec.required else text)
            label.setWordWrap(True)
            label.setBuddy(editor.input)
            # Only the weight: size and family still follow the app's text size setting.
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            label.setFont(font)
            if spec.required:
                label.setToolTip(self.tr("Required"))
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

    def focus_state(self) -> tuple[str, int, int] | None:
        """Which field has the focus, with its text cursor's anchor and position."""
        focus = QApplication.focusWidget()
        for name, editor in self.editors.items():
            if focus is None or not (focus is editor or editor.isAncestorOf(focus)):
                continue
            widget: QWidget | None = editor.input
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                widget = widget.lineEdit()
            if isinstance(widget, QLineEdit):
                start, length = widget.selectionStart(), len(widget.selectedText())
                if start >= 0 and length:
                    end = start + length
                    if widget.cursorPosition() == end:
                        return name, start, end
                    return name, end, start
                return name, widget.cursorPosition(), widget.cursorPosition()
            if isinstance(widget, QPlainTextEdit):
                cursor = widget.textCursor()
                return name, cursor.anchor(), cursor.position()
            return name, 0, 0
        return None

    def restore_focus(self, state: tuple[str, int, int] | None) -> None:
        """Put the focus and cursor back where focus_state() found them."""
        if state is None or state[0] not in self.editors:
            return
        name, anchor, position = state
        widget: QWidget | None = self.editors[name].input
        if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            widget = widget.lineEdit()
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.setCursorPosition(anchor)
            if position != anchor:
                widget.cursorForward(True, position - anchor)
        elif isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            last = widget.document().characterCount() - 1
            cursor.setPosition(min(anchor, last))
            cursor.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)

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
                editor.show_issue(editor.own_issue() or invalid[name])
            elif not editor.message_label.isHidden():
                editor.recheck()


def _note(text: str) -> QLabel:
    """A quiet line of guidance above the fields."""
    label = plain_label(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
