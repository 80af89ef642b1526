"""Starts the Qt application: the one place that builds the services and wires them together."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import keyring
from PySide6.QtWidgets import QApplication

from kbassist.common.atomicfile import remove_leftovers
from kbassist.common.clock import Clock
from kbassist.content.folder import Content
from kbassist.drafts import DRAFTS_DIR, DraftStore
from kbassist.facilities.geo import Units
from kbassist.facilities.placestore import PlaceStore
from kbassist.paths import data_dir, starter_content
from kbassist.search.engine import SearchIndex
from kbassist.shared_settings import resolve_content
from kbassist.tone.checker import ToneChecker
from kbassist.ui.article.view import ArticleView
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.composer.settings import app_settings_provider
from kbassist.ui.editor.workspace import EditorWorkspace
from kbassist.ui.finder.card import FacilityCard
from kbassist.ui.finder.panel import FinderPanel
from kbassist.ui.main_window import MainWindow
from kbassist.ui.settings import (
    AGENT_NAME,
    CONTENT_FOLDER,
    DISTANCE_UNIT,
    LANGUAGE,
    SEMANTIC_SEARCH,
    TEXT_SCALE,
    THEME,
    AppSettings,
)
from kbassist.ui.settings_dialog import SettingsDialog
from kbassist.ui.theme import apply_text_scale, apply_theme


def local_now() -> dt.datetime:
    """The time now, with the machine's time zone."""
    return dt.datetime.now().astimezone()


def build_window(content_root: Path, settings: AppSettings, clock: Clock = local_now) -> MainWindow:
    """The main window over content_root, with every view and service it needs."""
    # Saves into the content folder (editor, facility import) write a temporary file first;
    # one a crash left behind is removed here, so it never reaches git or the index.
    remove_leftovers(content_root, recursive=True)
    article_view = ArticleView()
    article_view.set_text_scale(settings.get(TEXT_SCALE))
    units = Units.MILES if settings.get(DISTANCE_UNIT) in ("mi", "miles") else Units.KM
    # The views start empty and fill in when the content has been read in the background.
    language = settings.get(LANGUAGE)
    # The imported postcode list (kbassist places import) opens on the first lookup.
    finder = FinderPanel(
        {}, [], clock=clock, units=units, language=language, more_places=PlaceStore()
    )
    facility_card = FacilityCard(clock, language=language)
    composer = ComposerWidget(
        None,
        None,
        DraftStore(data_dir() / DRAFTS_DIR),
        app_settings_provider(settings),
        keyring.get_keyring(),
        clock,
        tone_checker=ToneChecker.load(content_root),
    )
    editor = EditorWorkspace(
        Content(root=content_root),
        agent_name=lambda: settings.get(AGENT_NAME),
        today=lambda: clock().date(),
    )
    editor.set_text_scale(settings.get(TEXT_SCALE))
    window = MainWindow(
        content_root=content_root,
        open_index=lambda root: SearchIndex.open(root, semantic=settings.get(SEMANTIC_SEARCH)),
        settings=settings,
        article_view=article_view,
        composer=composer,
        finder=finder,
        facility_card=facility_card,
        editor=editor,
    )
    for source in (finder, facility_card):
        source.copied.connect(lambda _text: window.statusBar().showMessage("Copied", 2000))
        source.use_in_reply.connect(window.use_facility_in_reply)
    window.actions_by_name["settings"].triggered.connect(lambda: open_settings(window))
    return window


def open_settings(window: MainWindow) -> None:
    """Show the settings dialog; apply what changed, switching content folder if asked."""
    settings = window.settings
    before = settings.get(CONTENT_FOLDER)
    backend = (
        window.composer.keyring_backend if isinstance(window.composer, ComposerWidget) else None
    )
    dialog = SettingsDialog(settings, window, backend)
    if dialog.exec() != SettingsDialog.DialogCode.Accepted:
        return
    if isinstance(window.composer, ComposerWidget):
        window.composer.apply_settings()  # a new name reaches the open reply at once
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, settings.get(THEME))
        scale = apply_text_scale(app, settings.get(TEXT_SCALE))
        window.article_view.set_text_scale(scale)
        if window.editor is not None:
            window.editor.set_text_scale(scale)
            window.editor.use_palette(app.palette())
    after = settings.get(CONTENT_FOLDER)
    if after != before:
        root = Path(after).expanduser() if after else starter_content()
        window.use_content(root)


def run_app(content_option: str | None) -> int:
    """Show the main window on the chosen content and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("KB Assist")
    app.setDesktopFileName("kbassist")
    settings = AppSettings()
    apply_theme(app, settings.get(THEME))
    apply_text_scale(app, settings.get(TEXT_SCALE))
    window = build_window(resolve_content(content_option), settings)
    window.show()
    # The window is on screen before the content is read; the index catches up behind it.
    window.reload_content()
    return app.exec()
