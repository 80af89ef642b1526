"""Colours of an opening status that read well in the light and the dark palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from kbassist.ui.theme import is_dark


def status_colour(is_open: bool | None, palette: QPalette) -> QColor:
    """Green when open, the normal text colour when closed, grey when the hours are unknown."""
    dark = is_dark(palette)
    if is_open is True:
        return QColor("#81c995" if dark else "#1e7b34")
    if is_open is None:
        return palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText)
    return palette.color(QPalette.ColorRole.Text)
