""" "Did this answer it? Yes / No" under an answer: one click (or one key) tells the team."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class AnswerRating(QWidget):
    """The question and its two buttons; once answered, a thank-you until the next answer."""

    # The agent answered: True for Yes (the article answered the customer), False for No.
    rated = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Did this answer it?"))
        self.question = QLabel(self.tr("Did this answer it?"))
        self.question.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.yes_button = QPushButton(self.tr("Yes"))
        self.yes_button.setAccessibleName(self.tr("Yes, this answered it"))
        self.no_button = QPushButton(self.tr("No"))
        self.no_button.setAccessibleName(self.tr("No, this did not answer it"))
        self.thanks = QLabel()
        self.thanks.hide()
        for button in (self.yes_button, self.no_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(False)
        self.yes_button.clicked.connect(lambda: self.rate(True))
        self.no_button.clicked.connect(lambda: self.rate(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.yes_button)
        layout.addWidget(self.no_button)
        layout.addWidget(self.thanks)
        layout.addStretch(1)

    @property
    def answered(self) -> bool:
        """True once the agent rated the answer shown."""
        return self.thanks.isVisible() or not self.yes_button.isEnabled()

    def rate(self, helped: bool) -> None:
        """Rate the answer shown (the buttons, or the window's keys); once per answer."""
        if not self.isVisible() or self.answered:
            return
        self.yes_button.setEnabled(False)
        self.no_button.setEnabled(False)
        self.thanks.setText(
            self.tr("Thanks, noted.")
            if helped
            else self.tr("Thanks; the article's editor will see it in Insights.")
        )
        self.thanks.show()
        self.rated.emit(helped)

    def reset(self, visible: bool) -> None:
        """A new answer is shown: ask again (visible only when there is an answer to rate)."""
        self.yes_button.setEnabled(True)
        self.no_button.setEnabled(True)
        self.thanks.hide()
        self.setVisible(visible)
