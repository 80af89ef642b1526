"""Help → Keyboard shortcuts: every action and its keys, built from ACTION_SPECS."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kbassist.ui.actions import ACTION_SPECS, CONTEXT_TITLES, plain_text, spec_shortcut_text

# Keys that act on the search box and the results list rather than through an action.
SEARCH_BOX_KEYS: tuple[tuple[str, str], ...] = (
    ("↑ ↓", "Choose a result without leaving the search box (the answer follows)"),
    ("Enter", "Open the chosen result"),
    ("Esc", "Clear the search box"),
    ("Tab", "Use the “did you mean” suggestion, when one shows"),
)


def shortcuts_html() -> str:
    """The shortcuts as an HTML table per context: key, action, what it does."""
    parts: list[str] = []
    for context, title in CONTEXT_TITLES.items():
        rows = [
            (spec_shortcut_text(spec) or "menu only", plain_text(spec.text), spec.tip)
            for spec in ACTION_SPECS
            if spec.context == context
        ]
        if context == "window":
            rows += [(keys, "In the search box", tip) for keys, tip in SEARCH_BOX_KEYS]
        cells = "".join(
            f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(name)}</td>"
            f"<td>{html.escape(tip)}</td></tr>"
            for keys, name, tip in rows
        )
        parts.append(
            f"<h3>{html.escape(title)}</h3><table cellspacing='0' cellpadding='3'>{cells}</table>"
        )
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """A read-only, selectable list of every shortcut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Keyboard shortcuts")
        self.browser.setHtml(shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
