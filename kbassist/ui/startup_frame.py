"""The window frame painted at once on start, while the rest of the application loads.

Loading the search engine, the markdown renderer, the tone checker and every panel takes a
second or more; the frame is on screen in a fraction of that, where the main window will be,
so the agent sees KB Assist open at once. It imports nothing but Qt's widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from kbassist.ui.settings import AppSettings


class StartupFrame(QMainWindow):
    """A plain window with the main window's title and place, saying it is opening."""

    def __init__(self, content_root: Path, settings: AppSettings) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("KB Assist — {name}").format(name=content_root.name))
        geometry = settings.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        label = QLabel(self.tr("Opening KB Assist…"), body)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        busy = QProgressBar(body)
        busy.setRange(0, 0)  # busy: how long the rest takes is not known here
        busy.setMaximumWidth(320)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setCentralWidget(body)

    def paint_now(self) -> None:
        """Let the window system show and paint the frame before the caller goes on loading."""
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        self.repaint()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
