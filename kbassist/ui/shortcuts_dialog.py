"""Help → Keyboard shortcuts: every action and its keys, built from ACTION_SPECS."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kbassist.ui.actions import (
    ACTION_SPECS,
    CONTEXT_TITLES,
    action_text,
    action_tip,
    plain_text,
    spec_shortcut_text,
    translated,
)
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

# Keys that act on the search box and the results list rather than through an action.
SEARCH_BOX_KEYS: tuple[tuple[str, str], ...] = (
    (
        "↑ ↓",
        QT_TRANSLATE_NOOP(
            "shortcuts_dialog",
            "Choose a result without leaving the search box (the answer follows)",
        ),
    ),
    ("Enter", QT_TRANSLATE_NOOP("shortcuts_dialog", "Open the chosen result")),
    ("Esc", QT_TRANSLATE_NOOP("shortcuts_dialog", "Clear the search box")),
    (
        "Tab",
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Use the “did you mean” suggestion, when one shows"),
    ),
)


def shortcuts_html() -> str:
    """The shortcuts as an HTML table per context: key, action, what it does."""
    parts: list[str] = []
    for context, title in CONTEXT_TITLES.items():
        rows = [
            (
                spec_shortcut_text(spec)
                or QCoreApplication.translate("shortcuts_dialog", "menu only"),
                plain_text(action_text(spec)),
                action_tip(spec),
            )
            for spec in ACTION_SPECS
            if spec.context == context
        ]
        if context == "window":
            rows += [
                (keys, QCoreApplication.translate("shortcuts_dialog", "In the search box"), tip)
                for keys, tip in (
                    (k, QCoreApplication.translate("shortcuts_dialog", t))
                    for k, t in SEARCH_BOX_KEYS
                )
            ]
        cells = "".join(
            f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(name)}</td>"
            f"<td>{html.escape(tip)}</td></tr>"
            for keys, name, tip in rows
        )
        parts.append(
            f"<h3>{html.escape(translated(title))}</h3>"
            f"<table cellspacing='0' cellpadding='3'>{cells}</table>"
        )
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """A read-only, selectable list of every shortcut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.browser.setHtml(shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
