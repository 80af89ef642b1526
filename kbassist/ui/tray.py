"""The optional tray icon: one click brings KB Assist forward, its menu offers Search…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from kbassist.desktop.entry import ICON_SOURCE
from kbassist.ui.settings import TRAY_ICON, AppSettings
from kbassist.ui.single_instance import bring_forward

if TYPE_CHECKING:  # annotations only: the main window may import what this module offers
    from kbassist.ui.main_window import MainWindow


def app_icon() -> QIcon:
    """KB Assist's icon (the one the desktop entry installs)."""
    return QIcon(str(ICON_SOURCE))


class TrayIcon(QSystemTrayIcon):
    """KB Assist in the system tray, for a window buried under others during a call."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(app_icon(), window)
        self.window = window
        self.setToolTip(self.tr("KB Assist"))
        self.menu = QMenu()
        self.search_action = self.menu.addAction(self.tr("&Search…"))
        self.search_action.triggered.connect(self.search)
        self.show_action = self.menu.addAction(self.tr("Show &KB Assist"))
        self.show_action.triggered.connect(lambda: bring_forward(window))
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("&Quit"))
        self.quit_action.triggered.connect(window.close)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)

    def search(self) -> None:
        """The window in front with the search box ready to type over (as Ctrl+K)."""
        bring_forward(self.window)
        self.window.focus_search()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.search()


def install_tray(window: MainWindow, settings: AppSettings) -> TrayIcon | None:
    """The tray icon when the setting asks for one and the desktop has a tray; else None."""
    if not settings.get(TRAY_ICON) or not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = TrayIcon(window)
    tray.show()
    return tray
