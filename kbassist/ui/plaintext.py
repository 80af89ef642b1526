"""Content text shown in Qt exactly as written, never read as rich text.

Qt reads a label or tooltip that looks like HTML as rich text, and rich text loads images:
`<img src='/dev/zero'>` in a field's help reads /dev/zero until the app is killed, and any
`<img src>` reads a local file. Text from content, settings or the writer goes through here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """text as a tooltip that shows it literally, line breaks kept ("" stays "": no tooltip).

    A tooltip has no plain-text setting: text Qt would take for rich text is made rich text
    on purpose, with every character escaped, so nothing in it can be read as a tag.
    """
    if not GuiQt.mightBeRichText(text):
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


def plain_label(text: str = "", label: QLabel | None = None) -> QLabel:
    """A label (a new one, or label) that shows text as plain text."""
    label = label if label is not None else QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
