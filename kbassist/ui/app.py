"""Starts the Qt application: the one place that builds the services and wires them together."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from kbassist.content import load_content
from kbassist.paths import resolve_content


def run_app(content_option: str | None) -> int:
    """Show the main window on the chosen content and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("KB Assist")
    root: Path = resolve_content(content_option)
    content = load_content(root)
    window = QMainWindow()
    window.setWindowTitle(f"KB Assist — {root.name}")
    window.setCentralWidget(
        QLabel(
            f"{len(content.articles)} articles, {len(content.replies)} reply templates, "
            f"{len(content.facilities)} facilities; {len(content.problems)} problems."
        )
    )
    window.resize(1000, 700)
    window.show()
    return app.exec()
