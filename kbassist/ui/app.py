"""Starts the Qt application: the one place that builds the services and wires them together."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kbassist.paths import data_dir, starter_content
from kbassist.shared_settings import resolve_content
from kbassist.ui.settings import (
    AGENT_NAME,
    CONTENT_FOLDER,
    DISTANCE_UNIT,
    INTERFACE_LANGUAGE,
    LANGUAGE,
    SEMANTIC_SEARCH,
    TEXT_SCALE,
    THEME,
    AppSettings,
)
from kbassist.ui.single_instance import claim_instance, serve_window
from kbassist.ui.startup_frame import StartupFrame
from kbassist.ui.theme import apply_text_scale, apply_theme
from kbassist.ui.translators import install_translators
from kbassist.ui.tray import install_tray


def local_now() -> dt.datetime:
    """The time now, with the machine's time zone."""
    return dt.datetime.now().astimezone()


if TYPE_CHECKING:
    from kbassist.analytics.recorder import Recorder
    from kbassist.common.clock import Clock
    from kbassist.desktop.links import Request
    from kbassist.ui.main_window import MainWindow


def build_window(content_root: Path, settings: AppSettings, clock: Clock = local_now) -> MainWindow:
    """The main window over content_root, with every view and service it needs."""
    # Imported here, not with this module: the start-up frame is painted before these load.
    import keyring

    from kbassist.common.atomicfile import remove_leftovers
    from kbassist.content.folder import Content
    from kbassist.drafts import DRAFTS_DIR, DraftStore
    from kbassist.facilities.geo import Units
    from kbassist.facilities.placestore import PlaceStore
    from kbassist.review.report import UNOPENED_DAYS
    from kbassist.search.engine import SearchIndex
    from kbassist.tone.checker import ToneChecker
    from kbassist.ui.article.view import ArticleView
    from kbassist.ui.composer.composer import ComposerWidget
    from kbassist.ui.composer.settings import app_settings_provider
    from kbassist.ui.editor.workspace import EditorWorkspace
    from kbassist.ui.finder.card import FacilityCard
    from kbassist.ui.finder.panel import FinderPanel
    from kbassist.ui.help_viewer import show_user_guide
    from kbassist.ui.insights.accept import add_question_in_editor
    from kbassist.ui.insights.hooks import UsageHooks
    from kbassist.ui.insights.recording import (
        UsageStatus,
        build_recorder,
        insights_source,
        unopened_articles,
    )
    from kbassist.ui.insights.view import InsightsView
    from kbassist.ui.main_window import MainWindow

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
    # The usage log: written on its own thread, read by Insights off the GUI thread.
    usage_status = UsageStatus()
    recorder = build_recorder(settings, usage_status, keyring_backend=keyring.get_keyring())

    def add_question(ident: str, query: str) -> str | None:
        # An accepted suggestion opens its article in the editor, the question added unsaved.
        if window.content is None:
            return QCoreApplication.translate("app", "The content is still being read.")
        problem = add_question_in_editor(editor, window.content, ident, query)
        if problem is None:
            window.tabs.setCurrentWidget(editor)
        return problem

    insights = InsightsView(
        lambda: insights_source(settings, keyring_backend=keyring.get_keyring()),
        add_question=add_question,
    )
    window = MainWindow(
        content_root=content_root,
        open_index=lambda root: SearchIndex.open(root, semantic=settings.get(SEMANTIC_SEARCH)),
        settings=settings,
        article_view=article_view,
        composer=composer,
        finder=finder,
        facility_card=facility_card,
        editor=editor,
        insights=insights,
        unopened=lambda content: unopened_articles(
            settings, content.articles.keys(), UNOPENED_DAYS, keyring_backend=keyring.get_keyring()
        ),
    )
    usage_status.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    UsageHooks(window, recorder, settings)
    for source in (finder, facility_card):
        source.copied.connect(
            lambda _text: window.statusBar().showMessage(
                QCoreApplication.translate("app", "Copied"), 2000
            )
        )
        source.use_in_reply.connect(window.use_facility_in_reply)
    window.actions_by_name["settings"].triggered.connect(lambda: open_settings(window, recorder))
    window.actions_by_name["user_guide"].triggered.connect(lambda: show_user_guide(window))
    return window


def open_settings(window: MainWindow, recorder: Recorder | None = None) -> None:
    """Show the settings dialog; apply what changed, switching content folder if asked.
    With recorder, "Delete my usage history" there deletes through it."""
    from kbassist.ui.composer.composer import ComposerWidget
    from kbassist.ui.settings_dialog import SettingsDialog

    settings = window.settings
    before = settings.get(CONTENT_FOLDER)
    backend = (
        window.composer.keyring_backend if isinstance(window.composer, ComposerWidget) else None
    )
    dialog = SettingsDialog(settings, window, backend)
    if recorder is not None:
        dialog.usage.delete_requested.connect(recorder.delete_my_history)
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


def run_app(content_option: str | None, request: Request | None = None) -> int:
    """Show the main window on the chosen content and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("KB Assist")
    app.setDesktopFileName("kbassist")
    server = claim_instance(request)
    if server is None:
        return 0  # another KB Assist runs: it came forward and took the request
    settings = AppSettings()
    # Before any widget exists: every text is translated as it is made.
    install_translators(app, settings.get(INTERFACE_LANGUAGE))
    apply_theme(app, settings.get(THEME))
    apply_text_scale(app, settings.get(TEXT_SCALE))
    content_root = resolve_content(content_option)
    frame = StartupFrame(content_root, settings)
    frame.show()
    # Painted now, before the rest of the application loads (a second or more).
    frame.paint_now()
    window = build_window(content_root, settings)
    window.show()
    frame.close()
    # The window is on screen before the content is read; the index catches up behind it.
    window.reload_content()
    serve_window(server, window, request)
    install_tray(window, settings)  # when the tray_icon setting asks for it
    return app.exec()
