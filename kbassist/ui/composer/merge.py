"""Carrying the writer's own wording over when a changed field renders the reply again."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kbassist.replies.merge import Conflict, take_new_keeping_added_lines
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

# How long the field edit must rest before the clash is put to the writer: typing a name
# letter by letter renders the reply again and again, and none of that may interrupt.
ASK_AFTER_MS = 900
NOTICE = QT_TRANSLATE_NOOP("merge", "Your edits and the new value both change this part")

# A text the notice can change: how to read it and how to replace it.
Text = tuple[Callable[[], str], Callable[[str], None]]


class MergeNotice(QFrame):
    """A bar over the reply, not a dialog: where the writer's edits and a new field value
    change the same words, the writer's text stays until they choose the new text.

    ``offer`` is the ``ask`` of ``merged_text``: it keeps the writer's wording for now and
    shows the choice once the field edit rests (ASK_AFTER_MS).
    """

    # The writer chose the new text and a text was changed.
    applied = Signal()

    def __init__(self, texts: Mapping[str, Text], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = dict(texts)
        self._pending: dict[str, Conflict] = {}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Your edits and the new value clash"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Keep my text"))
        self.new_button = QPushButton(self.tr("Use new text"))
        self.keep_button.clicked.connect(self.keep_mine)
        self.new_button.clicked.connect(self.use_new)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.new_button)
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(ASK_AFTER_MS)
        self._rest.timeout.connect(self._ask)
        self.hide()

    def asker(self, name: str) -> Callable[[Conflict], bool]:
        """The ``ask`` for text name: remember the clash, keep the writer's wording."""

        def offer(conflict: Conflict) -> bool:
            self._pending[name] = conflict
            self._rest.start()
            return True

        return offer

    @property
    def pending(self) -> bool:
        """Whether a clash waits for the writer's choice."""
        return bool(self._pending)

    def _ask(self) -> None:
        shown = "; ".join(
            f"yours “{hunk.edited.strip()}”, new “{hunk.rendered.strip()}”"
            for conflict in self._pending.values()
            for hunk in conflict.hunks[:3]
        )
        self.label.setText(f"<b>{QCoreApplication.translate('merge', NOTICE)}</b> — {shown}")
        self.label.setToolTip(shown)
        self.show()

    def clear(self) -> None:
        """Forget any clash (a new template, a new reply)."""
        self._rest.stop()
        self._pending.clear()
        self.hide()

    def keep_mine(self) -> None:
        """Keep the writer's wording (it is already what the reply shows)."""
        self.clear()

    def use_new(self) -> None:
        """Put the new rendering where the clash is, keeping lines the writer added there
        and every edit made since; a part rewritten since is left as the writer has it."""
        changed = False
        for name, conflict in self._pending.items():
            read, write = self._texts[name]
            text = before = read()
            for hunk in conflict.hunks:
                if hunk.edited and hunk.edited in text:
                    text = text.replace(hunk.edited, take_new_keeping_added_lines(hunk), 1)
            if text != before:
                write(text)
                changed = True
        self.clear()
        if changed:
            self.applied.emit()
