"""Carrying the writer's own wording over when a changed field renders the reply again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from kbassist.replies.merge import Conflict, merge_edits


def merged_text(
    base: str, current: str, new: str, *, edited: bool, ask: Callable[[Conflict], bool]
) -> str:
    """The new rendering with the writer's edits to base kept; ask decides where both changed."""
    if not edited:
        return new
    merged = merge_edits(base, current, new)
    if isinstance(merged, Conflict):
        return merged.keep_edits if ask(merged) else merged.take_new
    return merged.text


def ask_keep_edits(parent: QWidget, conflict: Conflict) -> bool:
    """Ask whether the writer's wording or the new field value wins where both changed."""
    shown = "\n".join(
        f"• your “{h.edited.strip()}” / new “{h.rendered.strip()}”" for h in conflict.hunks[:5]
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Keep your wording?")
    box.setText("You changed words that the new field value also changes.")
    box.setInformativeText(shown)
    keep = box.addButton("Keep my wording", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Use the new text", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep
