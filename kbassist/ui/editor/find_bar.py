"""Find and replace in the source being edited, as a bar under it rather than a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


class FindBar(QWidget):
    """Finds text in an editor (Enter: next, Shift+Enter: previous) and replaces it; Esc hides."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setAccessibleName(self.tr("Find and replace"))
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find"))
        self.find_box.setAccessibleName(self.tr("Find"))
        self.find_box.setClearButtonEnabled(True)
        self.replace_box = QLineEdit()
        self.replace_box.setPlaceholderText(self.tr("Replace with"))
        self.replace_box.setAccessibleName(self.tr("Replace with"))
        self.case_box = QCheckBox(self.tr("Match case"))
        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.status = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(4)
        row.addWidget(self.find_box, 2)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.replace_box, 2)
        row.addWidget(self.replace_button)
        row.addWidget(self.replace_all_button)
        row.addWidget(self.case_box)
        row.addWidget(self.status)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_box.textEdited.connect(lambda _text: self._find_from_selection_start())
        self.replace_box.returnPressed.connect(self.replace)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.hide()

    def open(self) -> None:
        """Show the bar with the editor's selection (if any) to find, ready to type."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_box.setText(selected)
        self.show()
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the bar and puts the cursor back in the text."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self._editor.setFocus()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return
        super().keyPressEvent(event)

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self) -> bool:
        """Select the next match after the cursor, wrapping at the end."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the match before the cursor, wrapping at the start."""
        return self._find(backward=True)

    def _find_from_selection_start(self) -> None:
        # While typing, the match grows in place instead of jumping past itself.
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._editor.setTextCursor(cursor)
        self._find(backward=False)

    def _find(self, *, backward: bool) -> bool:
        needle = self.find_box.text()
        if not needle:
            self.status.clear()
            return False
        if self._editor.find(needle, self._flags(backward)):
            self.status.clear()
            return True
        # Wrap around: from the other end of the text.
        cursor = self._editor.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self._editor.setTextCursor(cursor)
        found = self._editor.find(needle, self._flags(backward))
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def _selection_matches(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_box.text()
        if self.case_box.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace(self) -> None:
        """Replace the selected match, then select the next one."""
        if self.find_box.text() and self._selection_matches():
            self._editor.textCursor().insertText(self.replace_box.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undoable edit; returns how many were replaced."""
        needle = self.find_box.text()
        if not needle:
            return 0
        document = self._editor.document()
        replaced = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()
        found = document.find(needle, 0, self._flags())
        while not found.isNull():
            found.insertText(self.replace_box.text())
            replaced += 1
            found = document.find(needle, found.position(), self._flags())
        edit.endEditBlock()
        self.status.setText(self.tr("{replaced} replaced").format(replaced=replaced))
        return replaced
