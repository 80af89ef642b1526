"""When the file changed on disk while it was edited: both versions, and the editor's choice."""

from __future__ import annotations

import enum

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kbassist.common.plural import count
from kbassist.replies.merge import Conflict, merge_edits, merged_text, settle_added_lines


class Choice(enum.Enum):
    """What to do with the two versions."""

    KEEP_MINE = "keep mine"
    TAKE_THEIRS = "take theirs"
    MERGE = "merge"
    CANCEL = "cancel"


def clash_count(base: str, mine: str, theirs: str) -> int:
    """How many places both sides changed differently (0 when the merge is clean)."""
    merged = merge_edits(base, mine, theirs)
    if not isinstance(merged, Conflict) or settle_added_lines(merged) is not None:
        return 0
    return len(merged.hunks)


def merge_versions(base: str, mine: str, theirs: str, *, prefer_mine: bool) -> str:
    """Both sides' changes since base; where both changed the same lines, prefer_mine decides."""
    return merged_text(base, mine, theirs, edited=True, ask=lambda _conflict: prefer_mine)


class ConflictDialog(QDialog):
    """Shows the text being edited beside the file as it is on disk now.

    Keep mine writes the edited text over the file; Use the disk version replaces the
    edited text; Merge carries the other side's changes into the edited text (base: the
    text as it was opened or last saved) and leaves it unsaved, to be checked first.
    """

    def __init__(
        self, name: str, base: str, mine: str, theirs: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editor-conflict")
        self.setWindowTitle(self.tr("{name} changed on disk").format(name=name))
        self.choice = Choice.CANCEL
        self._base, self._mine, self._theirs = base, mine, theirs
        clashes = clash_count(base, mine, theirs)
        note = QLabel(
            self.tr(
                "<b>{name}</b> was changed by someone else (or another program) since you opened "
                "it. Choose which text to keep; nothing is written until you choose."
            ).format(name=name)
        )
        note.setWordWrap(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.mine_view = QPlainTextEdit(mine)
        self.theirs_view = QPlainTextEdit(theirs)
        for view, label in (
            (self.mine_view, self.tr("Your text")),
            (self.theirs_view, self.tr("On disk now")),
        ):
            view.setReadOnly(True)
            view.setFont(fixed)
            view.setAccessibleName(label)
        self.clash_choice = QComboBox()
        self.clash_choice.addItems([self.tr("keep your lines"), self.tr("take the lines on disk")])
        self.clash_choice.setAccessibleName(self.tr("Where both changed the same lines"))
        clash_note = QLabel(
            self.tr("Merge: {places} changed on both sides; there,").format(
                places=count(clashes, "place")
            )
            if clashes
            else self.tr("Merge: the changes do not overlap; both are kept.")
        )
        self.clash_choice.setVisible(bool(clashes))
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.keep_button.setToolTip(self.tr("Write your text over the file on disk"))
        self.theirs_button = QPushButton(self.tr("&Use the disk version"))
        self.theirs_button.setToolTip(self.tr("Replace your text with the file on disk"))
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setToolTip(self.tr("Carry the changes on disk into your text, to check"))
        for button in (self.keep_button, self.theirs_button, self.merge_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter merges: it keeps both people's changes, where either other choice drops one.
        for button in (self.keep_button, self.theirs_button):
            button.setAutoDefault(False)
        self.merge_button.setDefault(True)
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(Choice.TAKE_THEIRS))
        self.merge_button.clicked.connect(lambda: self._choose(Choice.MERGE))
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(note, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Your text")), 1, 0)
        grid.addWidget(QLabel(self.tr("On disk now")), 1, 1)
        grid.addWidget(self.mine_view, 2, 0)
        grid.addWidget(self.theirs_view, 2, 1)
        grid.addWidget(clash_note, 3, 0)
        grid.addWidget(self.clash_choice, 3, 1)
        grid.addWidget(buttons, 4, 0, 1, 2)
        grid.setRowStretch(2, 1)
        self.resize(900, 560)

    def merged(self) -> str:
        """The merged text, with the clash choice applied."""
        prefer_mine = self.clash_choice.currentIndex() == 0
        return merge_versions(self._base, self._mine, self._theirs, prefer_mine=prefer_mine)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
