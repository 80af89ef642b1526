"""The tone panel beside the reply editor: length and reading summary, findings, one-click fixes."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kbassist.tone.checker import Finding, ToneChecker, ToneReport
from kbassist.ui.plaintext import plain_tooltip
from kbassist.ui.tone.highlighter import ToneHighlighter
from kbassist.ui.tone.model import ToneFindingsModel, category_label

Editor = QPlainTextEdit | QTextEdit


class TonePanel(QWidget):
    """Shows what the tone checker found in an editor and applies its suggested fixes."""

    fix_applied = Signal(object)
    """A suggested fix was written into the editor: the Finding it fixed."""

    def __init__(
        self,
        checker: ToneChecker,
        editor: Editor,
        parent: QWidget | None = None,
        *,
        language: str = "en",
        kind: str | None = None,
        max_words: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self.highlighter = ToneHighlighter(
            checker, editor.document(), self, language=language, kind=kind, max_words=max_words
        )
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Tone summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.model = ToneFindingsModel()
        self.findings_view = QListView(self)
        self.findings_view.setModel(self.model)
        self.findings_view.setAccessibleName(self.tr("Tone findings"))
        self.findings_view.setAccessibleDescription(
            self.tr(
                "Select a finding to select its words in the reply; press Enter to apply its fix."
            )
        )
        self.findings_view.setWordWrap(True)
        self.findings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Alt+X, as Alt+F opens the File menu.
        self.fix_button = QPushButton(self.tr("Fi&x"), self)
        self.fix_button.setAccessibleName(self.tr("Apply the suggested fix"))
        self.fix_button.setToolTip(
            self.tr("Replace the selected words with the suggestion (Enter)")
        )
        self.fix_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings_view, 1)
        layout.addLayout(buttons)

        self.highlighter.findings_changed.connect(self._show_findings)
        self.highlighter.report_changed.connect(self._show_summary)
        self.findings_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.findings_view.activated.connect(self._on_activated)
        self.fix_button.clicked.connect(self.apply_current_fix)
        self.summary.setText(self.tr("Checking tone…"))
        self.findings_view.hide()
        self.fix_button.hide()

    def set_language(self, language: str) -> None:
        """Check the reply as this language (BCP 47 tag)."""
        self.highlighter.set_language(language)

    def set_kind(self, kind: str | None) -> None:
        """Check the reply as this kind (apology, escalation, ...)."""
        self.highlighter.set_kind(kind)

    def set_max_words(self, max_words: int | None) -> None:
        """Measure the reply's length against this target."""
        self.highlighter.set_max_words(max_words)

    def current_finding(self) -> Finding | None:
        """The finding selected in the list, if any."""
        return self.model.row_at(self.findings_view.currentIndex().row())

    def apply_current_fix(self) -> bool:
        """Write the selected finding's suggestion into the editor; False when it has none."""
        finding = self.current_finding()
        if finding is None or finding.replacement is None:
            return False
        cursor = self._span_cursor(finding)
        # One edit block, so a single undo restores the writer's words.
        cursor.beginEditBlock()
        cursor.insertText(finding.replacement)
        cursor.endEditBlock()
        self._editor.setTextCursor(cursor)
        self.fix_applied.emit(finding)
        self.highlighter.check_now()
        return True

    def _show_findings(self, findings: list[Finding]) -> None:
        self.model.set_rows(findings)
        self.fix_button.setEnabled(False)
        # With nothing found the panel is just its summary line, leaving the room to the text.
        self.findings_view.setVisible(bool(findings))
        self.fix_button.setVisible(bool(findings))

    def _show_summary(self, report: ToneReport) -> None:
        m = report.metrics
        # Chinese has no spaces between words: the count is of characters, and says so.
        length = (
            self.tr("{count} / {limit} characters")
            if m.by_character
            else self.tr("{count} / {limit} words")
        )
        parts = [length.format(count=m.words, limit=m.max_words)]
        if m.reading_score is not None:
            parts.append(f"{m.reading_measure} {m.reading_score:g}")
        counts = Counter(category_label(f.category) for f in report.findings)
        if counts:
            parts.append(", ".join(f"{n} {name}" for name, n in sorted(counts.items())))
        else:
            parts.append(self.tr("no tone problems"))
        self.summary.setText(" · ".join(parts))
        notes = list(report.notes)
        if m.by_character:
            notes.insert(
                0,
                self.tr(
                    "Counted in characters: each Chinese character counts as one, and so "
                    "does each Latin word or number."
                ),
            )
        self.summary.setToolTip(plain_tooltip("\n".join(notes)))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        finding = self.current_finding() if not selected.isEmpty() else None
        self.fix_button.setEnabled(finding is not None and finding.replacement is not None)
        if finding is None:
            return
        self._editor.setTextCursor(self._span_cursor(finding))
        self._editor.ensureCursorVisible()

    def _span_cursor(self, finding: Finding) -> QTextCursor:
        """A cursor selecting the finding's words (kept inside the document)."""
        document = self._editor.document()
        last = max(document.characterCount() - 1, 0)
        cursor = QTextCursor(document)
        cursor.setPosition(min(finding.start, last))
        cursor.setPosition(min(finding.end, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _on_activated(self, index: QModelIndex) -> None:
        self.findings_view.setCurrentIndex(index)
        self.apply_current_fix()
