"""The reply as the writer edits it: To, Subject and the text, with articles to quote below."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kbassist.ui.composer.output import Reply
from kbassist.ui.composer.quote import ArticleQuoter


class ReplyEditor(QWidget):
    """Tells the writer's own changes apart from text the composer puts in."""

    # The writer changed something: True for the subject or text, False for the address only.
    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._updating = False
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(self.tr("customer@example.com"))
        self.to_edit.setAccessibleName(self.tr("To"))
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Reply text"))
        self.body_edit.setPlaceholderText(
            self.tr("The reply appears here as you fill in the fields.")
        )
        # Tab moves on to the next control, as everywhere else in the composer.
        self.body_edit.setTabChangesFocus(True)
        self.to_edit.textChanged.connect(lambda: self._on_edit(False))
        self.subject_edit.textEdited.connect(lambda: self._on_edit(True))
        self.body_edit.textChanged.connect(lambda: self._on_edit(True))
        headers = QFormLayout()
        headers.setContentsMargins(0, 0, 0, 0)
        headers.addRow(self.tr("&To:"), self.to_edit)
        headers.addRow(self.tr("&Subject:"), self.subject_edit)
        self.quoter = ArticleQuoter(self.body_edit)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(headers)
        self._layout.addWidget(self.body_edit, 1)
        self._layout.addWidget(self.quoter)

    def add_below_text(self, widget: QWidget) -> None:
        """Put widget right under the reply text, above the quoting row."""
        self._layout.insertWidget(self._layout.indexOf(self.body_edit) + 1, widget)

    def reply(self) -> Reply:
        """The reply as it stands."""
        return Reply(self.to_edit.text(), self.subject_edit.text(), self.body_edit.toPlainText())

    def set_text(self, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        """Replace widget's text without counting it as the writer's change."""
        self._updating = True
        try:
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                # One edit through a cursor, not setPlainText: Ctrl+Z can still undo it.
                before = widget.textCursor()
                anchor, position = before.anchor(), before.position()
                cursor = QTextCursor(widget.document())
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(text)
                # The writer's cursor and selection stay where they were (as far as they fit).
                last = widget.document().characterCount() - 1
                cursor.setPosition(min(anchor, last))
                cursor.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
                widget.setTextCursor(cursor)
        finally:
            self._updating = False

    def _on_edit(self, text: bool) -> None:
        if not self._updating:
            self.changed.emit(text)
