"""The Editor tab: one document tab per open article or template, each marked while unsaved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from kbassist.content.folder import Content
from kbassist.ui.actions import create_actions
from kbassist.ui.editor.document import (
    PAUSE_MS,
    EditorDocument,
    Opened,
    OpenError,
    read_for_editing,
)
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

UNSAVED_MARK = "•"
EMPTY_NOTE = QT_TRANSLATE_NOOP(
    "workspace",
    "<h3>Nothing open for editing</h3><p>Open an article and press <b>Ctrl+E</b> (or its "
    "<b>Edit</b> button), or start one with <b>File → New article</b> (Ctrl+N).</p>",
)


class EditorWorkspace(QWidget):
    """Holds the open documents; saving, finding and closing act on the one in front."""

    # A message for the window's status bar.
    message = Signal(str)
    # Whether any open document has unsaved changes.
    dirty_changed = Signal(bool)
    # A document was written to disk; its path (the window re-reads the content).
    saved = Signal(object)

    def __init__(
        self,
        content: Content,
        *,
        agent_name: Callable[[], str] = lambda: "",
        today: Callable[[], dt.date] = dt.date.today,
        pause_ms: int = PAUSE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self._agent_name = agent_name
        self._today = today
        self._pause_ms = pause_ms
        self._text_scale = 1.0
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setAccessibleName(self.tr("Open files"))
        self.tabs.tabCloseRequested.connect(lambda index: self.close_document(self.document(index)))
        self.tabs.currentChanged.connect(lambda _index: self._focus_current())
        self.empty = QLabel(QCoreApplication.translate("workspace", EMPTY_NOTE))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.actions_by_name = create_actions(self, "editor")
        self.actions_by_name["save_document"].triggered.connect(self.save_current)
        self.actions_by_name["find_in_document"].triggered.connect(self.find_in_current)
        self.actions_by_name["close_document"].triggered.connect(
            lambda: self.close_document(self.current())
        )

    # -- the documents ----------------------------------------------------------------------

    @property
    def documents(self) -> list[EditorDocument]:
        """The open documents, in tab order."""
        found = [self.document(i) for i in range(self.tabs.count())]
        return [d for d in found if d is not None]

    def document(self, index: int) -> EditorDocument | None:
        """The document of tab index."""
        widget = self.tabs.widget(index)
        return widget if isinstance(widget, EditorDocument) else None

    def current(self) -> EditorDocument | None:
        """The document in front, if any."""
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, EditorDocument) else None

    def document_for(self, path: Path) -> EditorDocument | None:
        """The open document of path, if any."""
        return next((d for d in self.documents if d.path == path), None)

    @property
    def any_dirty(self) -> bool:
        """True when some open document has unsaved changes."""
        return any(d.dirty for d in self.documents)

    def open_path(self, path: Path) -> EditorDocument | None:
        """Open the file for editing (or bring its tab forward); None when it cannot be read."""
        opened = self.document_for(path)
        if opened is not None:
            self.tabs.setCurrentWidget(opened)
            return opened
        try:
            read = read_for_editing(path)
        except OpenError as exc:
            self.message.emit(self.tr("Cannot edit: {exc}").format(exc=exc))
            return None
        return self._add(self._make(path, opened=read))

    def follow_move(self, old: Path, new: Path) -> EditorDocument | None:
        """The file at old was renamed to new: its open document (if any) now edits new."""
        document = self.document_for(old)
        if document is not None:
            document.moved_to(new)
            self._mark(document)
        return document

    def open_new(self, path: Path, text: str) -> EditorDocument:
        """A new document for path, not on disk until it is saved."""
        return self._add(self._make(path, new_text=text))

    def _make(
        self, path: Path, *, opened: Opened | None = None, new_text: str | None = None
    ) -> EditorDocument:
        return EditorDocument(
            path,
            self.content,
            opened=opened,
            new_text=new_text,
            agent_name=self._agent_name,
            today=self._today,
            pause_ms=self._pause_ms,
            text_scale=self._text_scale,
        )

    def _add(self, document: EditorDocument) -> EditorDocument:
        document.message.connect(self.message)
        document.dirty_changed.connect(lambda _dirty, d=document: self._mark(d))
        document.saved.connect(self.saved)
        index = self.tabs.addTab(document, "")
        self._mark(document)
        self.tabs.setCurrentIndex(index)
        self.stack.setCurrentWidget(self.tabs)
        document.source.setFocus(Qt.FocusReason.OtherFocusReason)
        return document

    def _mark(self, document: EditorDocument) -> None:
        index = self.tabs.indexOf(document)
        if index < 0:
            return
        name = document.path.stem.replace("&", "&&")
        self.tabs.setTabText(index, f"{name} {UNSAVED_MARK}" if document.dirty else name)
        self.tabs.setTabToolTip(index, document.display_name)
        self.dirty_changed.emit(self.any_dirty)

    def _focus_current(self) -> None:
        document = self.current()
        if document is not None:
            document.source.setFocus(Qt.FocusReason.TabFocusReason)

    # -- actions ----------------------------------------------------------------------------

    def save_current(self) -> bool:
        """Ctrl+S: save the document in front."""
        document = self.current()
        return document.save() if document is not None else False

    def find_in_current(self) -> None:
        """Ctrl+F: find and replace in the document in front."""
        document = self.current()
        if document is not None:
            document.find_bar.open()

    def close_document(self, document: EditorDocument | None) -> bool:
        """Close document, asking first when it has unsaved changes; True when it closed."""
        if document is None:
            return False
        if not document.maybe_close():
            return False
        self.tabs.removeTab(self.tabs.indexOf(document))
        document.deleteLater()
        if not self.tabs.count():
            self.stack.setCurrentWidget(self.empty)
        self.dirty_changed.emit(self.any_dirty)
        return True

    def maybe_close_all(self) -> bool:
        """Before quitting: every unsaved document saved or discarded; False when cancelled."""
        for document in self.documents:
            if document.dirty:
                self.tabs.setCurrentWidget(document)
                if not document.maybe_close():
                    return False
        return True

    def set_content(self, content: Content) -> None:
        """Fresh content: every document is checked against it and looks at its file."""
        self.content = content
        for document in self.documents:
            document.set_content(content)

    def use_palette(self, palette: QPalette) -> None:
        """A new theme: every open source is coloured to be readable on it."""
        for document in self.documents:
            document.highlighter.use_palette(palette)

    def set_text_scale(self, factor: float) -> None:
        """Every document's text at the text scale."""
        self._text_scale = factor
        for document in self.documents:
            document.set_text_scale(factor)
