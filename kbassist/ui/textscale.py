"""Fonts scaled from a base font, so agents can enlarge everything they read at once."""

from __future__ import annotations

from PySide6.QtGui import QFont


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """base enlarged (or shrunk) by factor; works for point- and pixel-sized fonts."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if bold:
        font.setBold(True)
    return font
