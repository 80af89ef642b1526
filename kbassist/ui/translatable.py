"""QT_TRANSLATE_NOOP with a type: marks a text for the catalogue where it is declared (a module
constant, a table), so that pyside6-lupdate collects it; it is translated where it is shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """source, unchanged; lupdate files it under context (PySide6's own returns object)."""
    return source
