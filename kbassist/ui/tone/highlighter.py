"""Wavy underlines under the words the tone checker flags, re-checked shortly after typing stops."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from kbassist.tone.checker import Finding, ToneChecker, ToneReport

CHECK_DELAY_MS = 150
SEVERITY_COLOURS = {
    "error": QColor("#d32f2f"),
    "warning": QColor("#ef8c00"),
    "suggestion": QColor("#1e88e5"),
}


def utf16_offsets(text: str) -> list[int] | None:
    """Document position of each character of text (plus the end), or None when they are equal.

    Qt counts positions in UTF-16 units, Python in characters; they differ after an emoji.
    """
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


def to_document_positions(findings: list[Finding], text: str) -> list[Finding]:
    """The findings with start and end as positions in the QTextDocument holding text."""
    offsets = utf16_offsets(text)
    if offsets is None:
        return list(findings)
    return [replace(f, start=offsets[f.start], end=offsets[f.end]) for f in findings]


class ToneHighlighter(QSyntaxHighlighter):
    """Underlines findings by severity; a single-shot timer re-checks once typing pauses.

    Between checks the underlines move with the text, and a finding whose words are edited
    disappears at once. Finding positions are document positions (QTextCursor positions).
    """

    report_changed = Signal(object)
    """A check finished: the new ToneReport."""
    findings_changed = Signal(object)
    """The findings (list[Finding], document positions) changed: a check, or an edit."""

    def __init__(
        self,
        checker: ToneChecker,
        document: QTextDocument,
        parent: QObject | None = None,
        *,
        language: str = "en",
        kind: str | None = None,
        max_words: int | None = None,
        delay_ms: int = CHECK_DELAY_MS,
    ) -> None:
        super().__init__(parent if parent is not None else document)
        self._checker = checker
        self._language = language
        self._kind = kind
        self._max_words = max_words
        self._findings: list[Finding] = []
        self._report: ToneReport | None = None
        self._formats = {severity: _wavy(colour) for severity, colour in SEVERITY_COLOURS.items()}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.check_now)
        # Connected before setDocument, so positions are shifted before Qt re-highlights the
        # edited block with them.
        document.contentsChange.connect(self._on_contents_change)
        self.setDocument(document)
        self._timer.start()

    @property
    def findings(self) -> list[Finding]:
        """The current findings, in document positions."""
        return list(self._findings)

    @property
    def report(self) -> ToneReport | None:
        """The last report, None before the first check."""
        return self._report

    def set_language(self, language: str) -> None:
        """Check as this language (a BCP 47 tag) from now on."""
        self._language = language
        self.schedule()

    def set_kind(self, kind: str | None) -> None:
        """Check as a reply of this kind (apology, escalation, ...)."""
        self._kind = kind
        self.schedule()

    def set_max_words(self, max_words: int | None) -> None:
        """Measure length against this target (None: the content's default)."""
        self._max_words = max_words
        self.schedule()

    def schedule(self) -> None:
        """Check again once the delay passes without another change."""
        self._timer.start()

    def check_now(self) -> None:
        """Check the whole document now and redraw the underlines."""
        self._timer.stop()
        document = self.document()
        if document is None:
            return
        text = document.toPlainText()
        report = self._checker.check(
            text, language=self._language, kind=self._kind, max_words=self._max_words
        )
        self._report = report
        self._findings = to_document_positions(report.findings, text)
        self.rehighlight()
        self.findings_changed.emit(self.findings)
        self.report_changed.emit(report)

    def highlightBlock(self, text: str) -> None:
        """Underline the parts of this block that findings cover."""
        block = self.currentBlock()
        first = block.position()
        last = first + block.length() - 1
        for finding in self._findings:
            if finding.start >= last or finding.end <= first:
                continue
            start = max(finding.start, first)
            end = min(finding.end, last)
            self.setFormat(start - first, end - start, self._formats[finding.severity])

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if removed == 0 and added == 0:
            return
        delta = added - removed
        edit_end = position + removed
        kept: list[Finding] = []
        for finding in self._findings:
            if finding.end <= position:
                kept.append(finding)
            elif finding.start >= edit_end:
                kept.append(replace(finding, start=finding.start + delta, end=finding.end + delta))
            # A finding whose words were edited is gone until the next check.
        changed = len(kept) != len(self._findings) or delta != 0
        self._findings = kept
        if changed:
            self.findings_changed.emit(self.findings)
        self.schedule()


def _wavy(colour: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(colour)
    return fmt
