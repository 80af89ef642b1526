"""The agent workspace: search on the left; the opened answer, reply or facility on the right."""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from kbassist.common.plural import count
from kbassist.content.folder import Content
from kbassist.content.last_good import LastGoodStore
from kbassist.content.snapshot import ContentSnapshot
from kbassist.facilities.finder import Finder
from kbassist.history import History
from kbassist.logs import log_folder
from kbassist.problems import ProblemList
from kbassist.review.report import UNOPENED_DAYS, ReviewItem, unopened_items
from kbassist.review.translations import content_stale_translations
from kbassist.search.engine import (
    DAMAGED_STATUS,
    AnsweringSection,
    SearchIndex,
    SearchResult,
    UpdateReport,
)
from kbassist.search.schema import item_key, split_item_key
from kbassist.search.snippets import Highlight
from kbassist.search.store import IndexWriteError
from kbassist.ui.actions import MENUS, create_actions, translated
from kbassist.ui.article.view import ArticleView
from kbassist.ui.content_watcher import ContentWatcher
from kbassist.ui.editor.file_actions import ArticleFileActions
from kbassist.ui.editor.workspace import UNSAVED_MARK, EditorWorkspace
from kbassist.ui.item_memory import ItemMemory
from kbassist.ui.jobs import JobRunner
from kbassist.ui.problems_panel import ProblemsPanel
from kbassist.ui.review.view import ReviewView
from kbassist.ui.revisions.controls import RepositoryControls
from kbassist.ui.search.panel import SearchPanel
from kbassist.ui.search.results_model import ResultItem
from kbassist.ui.settings import (
    AGENT_NAME,
    EDITOR_COMMAND,
    LANGUAGE,
    SEARCH_COLUMN_COLLAPSED,
    SEMANTIC_SEARCH,
    TEXT_SCALE,
    AppSettings,
)
from kbassist.ui.shortcut_priority import WindowShortcutsFirst
from kbassist.ui.shortcuts_dialog import ShortcutsDialog
from kbassist.ui.theme import apply_text_scale
from kbassist.ui.translatable import QT_TRANSLATE_NOOP
from kbassist.ui.views import (
    ComposerLifecycle,
    ContentConsumer,
    CustomerLanguage,
    FacilityReceiver,
    FacilityShower,
    FinderView,
    TemplateOpener,
)

if TYPE_CHECKING:
    # Only for the type: the semantic layer (and numpy) load with the index, not the window.
    from kbassist.search.semantic import EmbedReport
    from kbassist.ui.insights.view import InsightsView

# Results asked for at first, and again each time the list is scrolled to its end.
RESULT_LIMIT = 30
# After a reload the results on screen are refreshed first; the other views follow when they
# are shown, or after this long at most.
DELIVERY_WAIT_MS = 300
FRAME_MS = 20


@dataclass
class _Refreshed:
    content: Content
    report: UpdateReport
    index: SearchIndex
    first_load: bool
    # Why the index could not be written (a full or read-only cache folder); the last
    # complete index is still searched.
    problem: str = ""
    # Built and prepared off the GUI thread: the facility finder for this content.
    finder: Finder | None = None
    # What the load read from: its last valid versions are written after delivery, and
    # the whole snapshot (for the next start) after a full reload that read something.
    snapshot: ContentSnapshot | None = None
    save_snapshot: bool = False
    # Given to the views (they are given each reload once).
    delivered: bool = False
    # Asked for as a full reload, and then the last one asked for so far.
    full_request: bool = False
    last_full: bool = False


# The editor's tab. Every letter of "Editor" is taken (the Edit menu, the composer's Drafts,
# Insert, To and Open only, Use in reply), so it is the tab where articles are written.
EDITOR_TAB = QT_TRANSLATE_NOOP("main_window", "&Write")

# The most of the window's height the docked Problems panel opens with.
PROBLEMS_SHARE = 0.25


@dataclass
class _Found:
    ticket: int
    query: str
    result: SearchResult
    # More results of the query on screen (loaded on scroll), not a new query.
    more: bool = False
    kind: str = ""
    language: str = ""
    # Fused with search by meaning (the settled search after a typing pause).
    semantic: bool = False


def _index_summary(refreshed: _Refreshed) -> str:
    if refreshed.problem:
        return refreshed.problem
    opened = refreshed.index.open_report if refreshed.first_load else None
    report = opened or refreshed.report
    if report.rebuilt:
        return QCoreApplication.translate(
            "main_window", "search index built in {seconds:.1f} s"
        ).format(seconds=report.seconds)
    changed = report.added + report.changed + report.removed
    if not changed:
        return QCoreApplication.translate("main_window", "search index up to date")
    return QCoreApplication.translate(
        "main_window", "search index: {count} re-read in {seconds:.2f} s"
    ).format(count=count(changed, "file"), seconds=report.seconds)


def _load_summary(refreshed: _Refreshed) -> str:
    content = refreshed.content
    return (
        f"{count(len(content.articles), 'article')}, "
        f"{count(len(content.replies), 'reply', 'replies')}, "
        f"{count(len(content.facilities), 'facility', 'facilities')} · "
        f"{_index_summary(refreshed)}"
    )


def problem_summary(errors: int, warnings: int) -> str:
    """ "⚠ 1 error, 2 warnings in content", naming only the kinds there are."""
    parts = [count(n, word) for n, word in ((errors, "error"), (warnings, "warning")) if n]
    return QCoreApplication.translate("main_window", "⚠ {problems} in content").format(
        problems=", ".join(parts)
    )


class MainWindow(QMainWindow):
    """The window an agent keeps open during calls; every action works from the keyboard."""

    # The content was (re)loaded and the index is up to date.
    content_reloaded = Signal()
    # Results for this query are on screen (tests and the latency benchmark wait for it).
    results_shown = Signal(str)
    # Index progress from the worker thread: (done, total).
    _index_progress = Signal(int, int)
    # The window is closing and its threads have stopped: others stop theirs.
    closing = Signal()

    def __init__(
        self,
        *,
        content_root: Path,
        open_index: Callable[[Path], SearchIndex],
        settings: AppSettings,
        article_view: ArticleView,
        composer: QWidget | None = None,
        finder: QWidget | None = None,
        facility_card: QWidget | None = None,
        editor: EditorWorkspace | None = None,
        insights: InsightsView | None = None,
        unopened: Callable[[Content], list[str] | None] | None = None,
        watch: bool = True,
    ) -> None:
        super().__init__()
        self.content_root = content_root
        # Opened (and built when missing) by the first content load, off the GUI thread,
        # so the window is on screen at once even when a large index must be built.
        self._open_index = open_index
        self.index: SearchIndex | None = None
        self.settings = settings
        self.content: Content | None = None
        self.memory = ItemMemory(settings)
        self.history = History()
        self._tickets = itertools.count(1)
        self._latest_ticket = 0
        self._current_key: str | None = None
        # The results on screen: an article opened from them shows where it answers.
        self._last_result: SearchResult | None = None
        self.setWindowTitle(self.tr("KB Assist — {name}").format(name=content_root.name))
        self.search_panel = SearchPanel(settings.get(LANGUAGE))
        self.article_view = article_view
        self.composer = composer
        self.finder = finder
        self.facility_card = facility_card
        self.editor = editor
        self.insights = insights
        # The articles no search opened lately (from the usage log), for the review.
        self._unopened = unopened
        self.problems_panel = ProblemsPanel(editor_command=lambda: settings.get(EDITOR_COMMAND))
        self.problems_panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build_layout()
        self.actions_by_name = create_actions(self)
        # Ctrl+E, Ctrl+K and the like reach their actions even from the search box or source.
        self._shortcuts_first = WindowShortcutsFirst(self, self.actions_by_name.values())
        self._connect_actions()
        self._search_runner = JobRunner("kbassist-search")
        self._search_runner.failed.connect(self._on_failed)
        # The one writer of the index: content loads and index updates run here, in order.
        self._index_runner = JobRunner("kbassist-index")
        self._index_runner.failed.connect(self._on_failed)
        # The index as the index thread knows it (only that thread touches it), so a
        # second load queued before the first is delivered does not open it twice.
        self._worker_index: tuple[Path, SearchIndex] | None = None
        # The content as the index thread last loaded it, re-read file by file (only that
        # thread touches it).
        self._worker_snapshot: ContentSnapshot | None = None
        self._worker_finder: tuple[object, tuple[int, dt.date], Finder] | None = None
        self._worker_loaded: ContentSnapshot | None = None  # the snapshot of the last load
        # Full reloads asked for so far: a reload of a few files still waiting when one is
        # asked for compares every file instead (what it returns holds every change).
        self._full_reloads = 0
        # Full reloads asked for and not delivered yet: until the last is, a reload of a few
        # files updates the views without saying content_reloaded (which means "all of it").
        self._full_pending = 0
        # A rebuild of a damaged index is queued or running: searches do not queue another.
        self._repairing = False
        # Vectors for search by meaning are being computed on the index thread.
        self._embedding = False
        self._closing = False
        # Whether the results on screen are fused with search by meaning (the settled search);
        # "load more" then keeps fusing, and the latency bench waits for it.
        self.shown_semantic = False
        self.git = RepositoryControls(
            tracking_label=self.tracking_label,
            show_last_change=self._show_last_change,
            restore=self._restore_into_editor,
            parent=self,
        )
        self.git.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.git.available.connect(self._enable_git_actions)
        self._enable_git_actions(False)
        self.git.open(content_root)
        self._index_progress.connect(self.search_panel.set_progress)
        self.search_panel.search_requested.connect(self._search)
        self.search_panel.settled_search_requested.connect(self._search_settled)
        self.search_panel.open_requested.connect(self.open_item)
        self.search_panel.preview_requested.connect(self.preview_item)
        self.search_panel.more_requested.connect(self._load_more)
        self.tabs.currentChanged.connect(lambda _index: self._apply_search_column())
        self.tabs.currentChanged.connect(lambda _index: self._follow_the_list())
        self.article_view.open_item.connect(lambda ident: self.open_item("article", ident))
        self.article_view.copied.connect(
            lambda text: self.statusBar().showMessage(self.tr("Copied"), 2000)
        )
        self.article_view.edit_requested.connect(lambda ident: self.edit_item("article", ident))
        self._watch = watch
        self.watcher: ContentWatcher | None = None
        self._start_watching()
        self._restore_layout()
        self.search_panel.search_box.setFocus()
        self.show_home()
        self._apply_search_column()

    def open_log_folder(self) -> None:
        """Show the log folder in the desktop's file manager (created if need be)."""
        folder = log_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Cannot create the log folder {folder}: {exc}").format(
                    folder=folder, exc=exc
                ),
                10000,
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.statusBar().showMessage(
                self.tr("The log files are in {folder}").format(folder=folder), 10000
            )

    # -- layout ---------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.detail = QStackedWidget()
        self.welcome = QLabel(
            self.tr(
                "<h2>KB Assist</h2><p>Type in the search box: results appear as you type.<br>"
                "↑ ↓ choose · Enter opens · Alt+1…9 opens a result · Esc clears<br>"
                "Ctrl+K back to search · Ctrl+D pins · Alt+← → back and forward</p>"
            )
        )
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.detail.addWidget(self.welcome)
        self.detail.addWidget(self.article_view)
        if self.facility_card is not None:
            self.detail.addWidget(self.facility_card)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Workspace"))
        # Alt+letter of each tab: unique in the window with the menu titles and every
        # control's mnemonic (a test walks them all).
        self.tabs.addTab(self.detail, self.tr("&Answer"))
        if self.composer is not None:
            self.tabs.addTab(self.composer, self.tr("Re&ply"))
        if self.finder is not None:
            self.tabs.addTab(self.finder, self.tr("Faci&lities"))
        if self.editor is not None:
            index = self.tabs.addTab(
                self.editor, QCoreApplication.translate("main_window", EDITOR_TAB)
            )
            self.tabs.setTabToolTip(index, self.tr("Edit articles and reply templates (Ctrl+E)"))
            self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.editor.dirty_changed.connect(self._mark_editor_tab)
            # A save re-reads the content, so the index and the Answer tab show it at once.
            self.editor.saved.connect(lambda _path: self.reload_content())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 620])
        self.setCentralWidget(self.splitter)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(self.problems_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        # Review shares the Problems dock's place: both are the editor's to-do lists.
        self.review_view = ReviewView(self.settings)
        self.review_view.open_requested.connect(self.open_item)
        self.review_view.edit_requested.connect(lambda ident: self.edit_item("article", ident))
        self.review_dock = QDockWidget(self.tr("Review"), self)
        self.review_dock.setObjectName("review")
        self.review_dock.setWidget(self.review_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.review_dock)
        self.tabifyDockWidget(self.problems_dock, self.review_dock)
        self.review_dock.hide()
        # Insights too: what agents searched for is the editor's to learn from.
        self.insights_dock = QDockWidget(self.tr("Insights"), self)
        self.insights_dock.setObjectName("insights")
        insights = self.insights
        if insights is not None:
            self.insights_dock.setWidget(insights)
            insights.open_requested.connect(self.open_item)
            insights.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            # Suggestions name articles by title: the view reads them from the content.
            self.content_reloaded.connect(lambda: insights.set_content(self.content))
            # Read the log when the dock is shown, not on every search.
            self.insights_dock.visibilityChanged.connect(
                lambda shown: insights.refresh() if shown else None
            )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.insights_dock)
        self.tabifyDockWidget(self.review_dock, self.insights_dock)
        self.insights_dock.hide()
        self.tracking_label = QLabel()
        self.tracking_label.setAccessibleName(self.tr("Git branch status"))
        self.statusBar().addPermanentWidget(self.tracking_label)
        self.problems_button = QPushButton()
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName(self.tr("Content problems"))
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_button.hide()
        self.statusBar().addPermanentWidget(self.problems_button)

    def _connect_actions(self) -> None:
        actions = self.actions_by_name
        actions["focus_search"].triggered.connect(self.focus_search)
        actions["back"].triggered.connect(self.go_back)
        actions["forward"].triggered.connect(self.go_forward)
        actions["copy_answer"].triggered.connect(self.article_view.copy_answer)
        actions["toggle_pin"].triggered.connect(self.toggle_pin)
        actions["show_problems"].triggered.connect(self.toggle_problems)
        actions["reindex"].triggered.connect(self.reload_content)
        actions["quit"].triggered.connect(self.close)
        actions["open_log_folder"].triggered.connect(self.open_log_folder)
        actions["keyboard_shortcuts"].triggered.connect(self.show_shortcuts)
        actions["show_review"].triggered.connect(self.toggle_review)
        actions["show_insights"].triggered.connect(self.toggle_insights)
        actions["show_insights"].setEnabled(self.insights is not None)
        actions["rate_answer_yes"].triggered.connect(
            lambda: self.article_view.card.rating.rate(True)
        )
        actions["rate_answer_no"].triggered.connect(
            lambda: self.article_view.card.rating.rate(False)
        )
        actions["article_history"].triggered.connect(self.show_history)
        actions["commit_content"].triggered.connect(self.show_commit)
        column = actions["toggle_search_column"]
        column.setCheckable(True)
        column.setChecked(self.settings.get(SEARCH_COLUMN_COLLAPSED))
        column.toggled.connect(self.set_search_column_collapsed)
        actions["text_bigger"].triggered.connect(lambda: self.change_text_scale(0.1))
        actions["text_smaller"].triggered.connect(lambda: self.change_text_scale(-0.1))
        for number in range(1, 10):
            actions[f"open_result_{number}"].triggered.connect(
                lambda _checked=False, n=number: self.search_panel.open_nth(n)
            )
        if self.composer is not None:
            actions["new_reply"].triggered.connect(
                lambda: self.tabs.setCurrentWidget(self.composer)
            )
        if self.finder is not None:
            actions["find_facility"].triggered.connect(self._show_finder)
        self._connect_editor_actions()
        self._build_menus()

    def _connect_editor_actions(self) -> None:
        actions = self.actions_by_name
        editor = self.editor
        names = ("edit_article", "new_article", "duplicate_article", "rename_article")
        if editor is None:
            for name in (*names, "delete_article"):
                actions[name].setEnabled(False)
            return
        self.article_files = ArticleFileActions(
            editor,
            content=lambda: self.content,
            reload=self.reload_content,
            owner=lambda: self.settings.get(AGENT_NAME),
        )
        files = self.article_files
        actions["edit_article"].triggered.connect(self.edit_current)
        actions["new_article"].triggered.connect(
            lambda: self._in_editor(files.new_article(self._current_folder()))
        )
        actions["duplicate_article"].triggered.connect(
            lambda: self._on_article(lambda ident: self._in_editor(files.duplicate(ident)))
        )
        actions["rename_article"].triggered.connect(
            lambda: self._on_article(lambda ident: self._in_editor(files.rename(ident)))
        )
        actions["delete_article"].triggered.connect(
            lambda: self._on_article(lambda ident: files.delete(ident))
        )

    def _build_menus(self) -> None:
        """The menu bar from the one declaration in actions.MENUS, with each key shown."""
        for title, names in MENUS:
            menu = self.menuBar().addMenu(translated(title))
            for name in names:
                if not name:
                    menu.addSeparator()
                    continue
                action = self._menu_action(name)
                if action is not None:
                    menu.addAction(action)

    def _menu_action(self, name: str) -> QAction | None:
        """The window's action of that name, or the composer's or the editor's (their keys
        work in them only)."""
        if name in self.actions_by_name:
            return self.actions_by_name[name]
        for tab in (self.composer, self.editor):
            action = tab.findChild(QAction, name) if tab is not None else None
            if tab is not None and action is not None:
                # From the menu the action also brings its tab forward, to show the result.
                action.triggered.connect(
                    lambda _checked=False, shown=tab: self.tabs.setCurrentWidget(shown)
                )
                return action
        return None

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts."""
        dialog = ShortcutsDialog(self)
        dialog.setObjectName("shortcuts")
        dialog.open()

    def _show_finder(self) -> None:
        if self.finder is not None:
            self.tabs.setCurrentWidget(self.finder)
            self.finder.setFocus()

    def _restore_layout(self) -> None:
        geometry = self.settings.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        state = self.settings.window_state("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def set_search_column_collapsed(self, collapsed: bool) -> None:
        """Hide (or show) the search column while the Reply or Facilities tab is open."""
        self.settings.set(SEARCH_COLUMN_COLLAPSED, collapsed)
        action = self.actions_by_name["toggle_search_column"]
        if action.isChecked() != collapsed:
            action.setChecked(collapsed)
        self._apply_search_column()

    def _apply_search_column(self) -> None:
        # The Answer tab always keeps its search column: it is where answers are found.
        # The Editor tab never does: source and preview side by side need the width (Ctrl+K
        # still brings the search back).
        on_answer = self.tabs.currentWidget() is self.detail
        on_editor = self.editor is not None and self.tabs.currentWidget() is self.editor
        collapsed = on_editor or (self.settings.get(SEARCH_COLUMN_COLLAPSED) and not on_answer)
        self.search_panel.setVisible(not collapsed)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the layout and stop the background threads; unsaved edits are asked about."""
        if self.editor is not None and not self.editor.maybe_close_all():
            self.tabs.setCurrentWidget(self.editor)
            event.ignore()
            return
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        self.settings.set_window_state("splitter", self.splitter.saveState())
        self.settings.sync()
        if isinstance(self.composer, ComposerLifecycle):
            self.composer.shutdown()
        self._closing = True  # an embedding in progress stops at its next batch
        self.git.stop()
        self._search_runner.stop()
        self._index_runner.stop()
        if self.insights is not None:
            self.insights.shutdown()
        self.closing.emit()
        super().closeEvent(event)

    # -- content and index ----------------------------------------------------------------

    def _start_watching(self) -> None:
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        if self._watch:
            self.watcher = ContentWatcher(self.content_root)
            self.watcher.setParent(self)
            self.watcher.changed.connect(self._reload_changed)

    def show_nothing(self) -> None:
        """The welcome page in the Answer pane, with no item open (pin and edit act on none)."""
        self._current_key = None
        self._update_pin_action()
        self.detail.setCurrentWidget(self.welcome)

    def use_content(self, content_root: Path) -> None:
        """Switch to another content folder (from the settings) without a restart."""
        old = self.index
        self.content_root, self.index, self.content = content_root, None, None
        self._current_key = None
        self.history = History()
        self.setWindowTitle(self.tr("KB Assist — {name}").format(name=content_root.name))
        self.detail.setCurrentWidget(self.welcome)
        self._start_watching()
        self.git.open(content_root)
        self.reload_content()
        if old is not None:
            # A search in flight may still read the old index and an update may still
            # write it: close it after the searches queued now, on the index's own thread.
            def close_old(_searched: None) -> None:
                self._index_runner.submit(old.close, lambda _closed: None)

            self._search_runner.submit(lambda: None, close_old)

    def reload_content(self) -> None:
        """Re-read the content folder and bring the index up to date, off the GUI thread.

        Every file is compared with the last load (by size and time, then by hash); only
        the changed ones are read again."""
        self._reload(None)

    def _reload_changed(self, paths: list[str]) -> None:
        """The watcher saw these files and folders change: re-read only them."""
        self._reload([Path(p) for p in paths])

    def _reload(self, changed: list[Path] | None) -> None:
        root = self.content_root
        if changed is None:
            self._full_reloads += 1
        asked = self._full_reloads
        finder_view = self.finder if isinstance(self.finder, FinderView) else None
        if self.index is None and (
            self._worker_snapshot is None or self._worker_snapshot.root != root
        ):
            self._open_first(root, finder_view)

        def job() -> _Refreshed:
            snapshot = self._snapshot_for(root, finder_view)
            full = changed is None or self._full_reloads != asked
            content = snapshot.refresh(None if full else changed)
            # The first load of this folder (the index may have been opened just before it).
            first_load = snapshot is not self._worker_loaded
            self._worker_loaded = snapshot
            if self._worker_index is None or self._worker_index[0] != root:
                self._worker_index = (root, self._open_index(root))
            assert self._worker_index is not None
            ready = self._worker_index[1]
            finder = self._finder_for(finder_view, content, snapshot)
            try:
                kept = any(a.kept_from is not None for a in content.articles.values())
                if first_load and ready.open_report is not None and kept:
                    # Opening built the index from the files, the broken ones as they are now:
                    # build it again from the content, which holds their kept versions.
                    report = ready.rebuild(content, progress=self._index_progress.emit)
                else:
                    report = ready.update(content, progress=self._index_progress.emit)
            except IndexWriteError as exc:
                # The old index is kept and searched; the message says what to do.
                unchanged = UpdateReport(0, 0, 0, 0, 0.0, rebuilt=False)
                return _Refreshed(content, unchanged, ready, first_load, str(exc), finder)
            if full:
                # Load what the next search would otherwise wait for (the Chinese dictionary,
                # the new index version's statistics) here, not on the agent's next keystroke.
                # After a few changed files the search that shows them reads what it needs.
                ready.warm_up()
            refreshed = _Refreshed(content, report, ready, first_load, "", finder, snapshot)
            # A snapshot for the next start: not after each edit (it takes a while to write),
            # the next start compares it with the files anyway.
            refreshed.save_snapshot = full and bool(snapshot.reread)
            return refreshed

        if changed is None:
            self.statusBar().showMessage(self.tr("Reading content…"))
        if changed is None:
            self._full_pending += 1

        def done(refreshed: _Refreshed) -> None:
            refreshed.full_request = changed is None
            self._on_refreshed(refreshed)

        def failed(message: str) -> None:
            if changed is None:
                self._full_pending -= 1
            self._on_failed(message)

        self._index_runner.submit(job, done, on_failed=failed)

    def _open_first(self, root: Path, finder_view: FinderView | None) -> None:
        """At start: open the index and show the content of the last run at once, before
        the files are compared with it (the reload queued next does that)."""

        def open_index() -> SearchIndex:
            if self._worker_index is None or self._worker_index[0] != root:
                self._worker_index = (root, self._open_index(root))
            return self._worker_index[1]

        def opened(index: SearchIndex) -> None:
            if not shiboken6.isValid(self) or root != self.content_root or self.index:
                return
            self.index = index
            self.search_panel.refresh()  # a query typed meanwhile is answered now

        def restore() -> Content | None:
            return self._snapshot_for(root, finder_view).restore()

        def show(content: Content) -> None:
            if shiboken6.isValid(self) and root == self.content_root and self.content is None:
                self._show_content(content, None)

        def restored(content: Content | None) -> None:
            if content is None or not shiboken6.isValid(self) or root != self.content_root:
                return
            if not self.search_panel.search_box.text():
                show(content)
                return
            # A query typed while the window opened: its results first (taking in a large
            # content takes the views a while).
            self.results_shown.connect(
                lambda _query: QTimer.singleShot(FRAME_MS, lambda: show(content)),
                Qt.ConnectionType.SingleShotConnection,
            )
            QTimer.singleShot(DELIVERY_WAIT_MS * 10, lambda: show(content))

        self._index_runner.submit(open_index, opened)
        self._index_runner.submit(restore, restored)

    def _snapshot_for(self, root: Path, finder_view: FinderView | None) -> ContentSnapshot:
        """On the index thread: the content snapshot of root, made on its first load."""
        snapshot = self._worker_snapshot
        if snapshot is not None and snapshot.root == root:
            return snapshot
        if snapshot is not None:
            snapshot.close()
        # The checks load_checked adds to load_content, here kept up to date file by file.
        from kbassist.facilities.public_holidays import check_holiday_hours
        from kbassist.replies.checks import check_template
        from kbassist.replies.variants import check_variants

        def whole_content_checks(content: Content, today: dt.date, problems: ProblemList) -> None:
            check_variants(content, problems)
            check_holiday_hours(content.facilities.values(), today.year, problems)

        places = finder_view.more_places if finder_view is not None else None
        snapshot = ContentSnapshot(
            root,
            # A broken article stays visible to agents as its last valid version.
            last_good=LastGoodStore(root),
            places=places,
            reply_check=check_template,
            content_checks=(whole_content_checks,),
        )
        self._worker_snapshot = snapshot
        return snapshot

    def _finder_for(
        self, finder_view: FinderView | None, content: Content, snapshot: ContentSnapshot
    ) -> Finder | None:
        """The facility finder for content, made again only when the facilities changed."""
        if finder_view is None:
            return None
        # Prepared for today (holiday calendars, exceptions): made again on another day too.
        key = (id(content.facilities), dt.date.today())
        previous = self._worker_finder
        if previous is not None and previous[0] is content.facilities and previous[1] == key:
            return previous[2]
        finder = finder_view.prepared_finder(content)
        self._worker_finder = (content.facilities, key, finder)
        return finder

    def _on_refreshed(self, refreshed: _Refreshed) -> None:
        if refreshed.full_request:
            self._full_pending -= 1
            refreshed.last_full = self._full_pending == 0
        if not shiboken6.isValid(self):
            return
        if refreshed.content.root != self.content_root:
            return  # finished after the user switched to another content folder
        self.index = refreshed.index
        self.search_panel.set_progress(0, 0)
        # The results on screen first: what the agent reads now is brought up to date before
        # the views that are not in front (some take long to take in a large content).
        self.search_panel.refresh()
        if self.search_panel.shown_query is None or not self.search_panel.search_box.text():
            self._deliver(refreshed)
        else:
            # A frame after the list is shown, so that it is painted before the views work.
            self.results_shown.connect(
                lambda _query: QTimer.singleShot(FRAME_MS, lambda: self._deliver(refreshed)),
                Qt.ConnectionType.SingleShotConnection,
            )
            QTimer.singleShot(DELIVERY_WAIT_MS, lambda: self._deliver(refreshed))

    def _deliver(self, refreshed: _Refreshed) -> None:
        """Give the reloaded content to the views (once per reload, the newest only)."""
        if not shiboken6.isValid(self) or refreshed.delivered:
            return
        refreshed.delivered = True
        if refreshed.content.root != self.content_root:
            return
        self._show_content(refreshed.content, refreshed.finder)
        self.git.refresh_tracking()
        self.statusBar().showMessage(_load_summary(refreshed), 15000 if refreshed.problem else 5000)
        if refreshed.last_full or (not refreshed.full_request and self._full_pending == 0):
            self.content_reloaded.emit()
        snapshot, whole = refreshed.snapshot, refreshed.save_snapshot
        if snapshot is not None:
            # Off the critical path, once the change is searchable.
            def save() -> None:
                snapshot.save_kept()
                if whole:
                    snapshot.save()

            self._index_runner.submit(save, lambda _saved: None)
        self._embed_in_background(refreshed.index)

    def _show_content(self, content: Content, finder: Finder | None) -> None:
        """Give content to every view; what is shown is brought up to date in place."""
        self.content = content
        self.search_panel.set_languages(
            sorted(
                {a.language for a in content.articles.values()}
                | {r.language for r in content.replies.values()}
            )
        )
        self.problems_panel.set_problems(list(content.problems), content.root)
        self._show_problem_count()
        views = (self.article_view, self.composer, self.finder, self.facility_card, self.editor)
        for view in views:
            if view is self.finder and isinstance(view, FinderView):
                view.set_content(content, finder)
            elif isinstance(view, ContentConsumer):
                view.set_content(content)
        self._refresh_review(content)
        if self._current_key is not None:
            # Only what is shown is brought up to date: the tab, the focus and a reply in
            # progress stay as they are (the composer keeps its draft in set_content).
            self._show_key(self._current_key, refresh=True)

    def _show_problem_count(self) -> None:
        problems = self.content.problems if self.content else []
        errors = sum(p.severity.value == "error" for p in problems)
        if not problems:
            self.problems_button.hide()
            return
        self.problems_button.setText(problem_summary(errors, len(problems) - errors))
        self.problems_button.show()

    def _on_failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.search_panel.set_progress(0, 0)
            self.search_panel.more_finished()
            self.statusBar().showMessage(
                self.tr("Something went wrong: {message}").format(message=message), 10000
            )

    # -- searching ------------------------------------------------------------------------

    def _search_settled(self, query: str, kind: str, language: str) -> None:
        """The agent paused typing: search again, fused with search by meaning."""
        if self.settings.get(SEMANTIC_SEARCH) and query.strip():
            self._search(query, kind, language, semantic=True)

    def _search(
        self, query: str, kind: str, language: str, *, more: bool = False, semantic: bool = False
    ) -> None:
        if not query.strip():
            self._latest_ticket = next(self._tickets)
            self.show_home()
            return
        ticket = self._latest_ticket = next(self._tickets)
        prefer = self.settings.get(LANGUAGE)
        if self.index is None:
            # The first load is still building the index; it searches again when done.
            self.search_panel.more_finished()
            self.search_panel.status.setText(
                self.tr("Preparing the search index… results follow in a moment.")
            )
            return
        shown = self.search_panel.model.rowCount()
        if more:
            limit = shown + RESULT_LIMIT
        elif self._last_result is not None and self._last_result.query == query:
            # The same query again (the content changed): keep every row the agent had.
            limit = max(RESULT_LIMIT, shown)
        else:
            limit = RESULT_LIMIT

        def job() -> _Found | None:
            # The index is read when the search runs: a content switch queued meanwhile
            # must not leave this search on an index that is being closed.
            index = self.index
            if index is None:
                return None
            result = index.search(
                query,
                kind=kind or None,
                lang=language or None,
                limit=limit,
                prefer_language=prefer,
                semantic=semantic,
            )
            return _Found(ticket, query, result, more, kind, language, semantic)

        self._search_runner.submit(job, self._on_found, lane="search")

    def _on_found(self, found: _Found | None) -> None:
        if not shiboken6.isValid(self):
            return
        if found is None:
            # No index to search: nothing more is coming, so the list may ask again.
            self.search_panel.more_finished()
            return
        # A result for an older query than the newest one is stale: drop it (the newer
        # search that made it stale shows its own list and ends any load-more).
        if found.ticket != self._latest_ticket:
            return
        # Read the pins once per result list, not once per hit on every keystroke.
        pinned = set(self.memory.pinned)
        items = [
            ResultItem(
                hit.kind,
                hit.id,
                hit.title,
                hit.snippet,
                hit.language,
                pinned=item_key(hit.kind, hit.id) in pinned,
                by_meaning=hit.by_meaning,
            )
            for hit in found.result.hits
        ]
        self._last_result = found.result
        self.shown_semantic = found.semantic
        if found.semantic and found.result.meaning_status:
            self.statusBar().showMessage(found.result.meaning_status, 4000)
        query = (found.query, found.kind, found.language)
        if found.more and query == self.search_panel.shown_query:
            self.search_panel.extend_results(items, found.result.total)
            self.results_shown.emit(found.query)
            return
        # A new query, or more rows of a query no longer on screen: a list of its own.
        self.search_panel.show_results(
            items,
            found.result.total,
            found.result.suggestion,
            truncated=found.result.truncated,
            query=query,
        )
        if found.result.status:
            self._show_index_trouble(found.result.status)
        self.results_shown.emit(found.query)

    def _show_index_trouble(self, status: str) -> None:
        """A search could not read the index: say so, and rebuild it when it is damaged."""
        self.search_panel.status.setText(f"<b>{html.escape(status)}</b>")
        self.statusBar().showMessage(status, 10000)
        index = self.index
        if index is None or self._repairing or not index.repair_needed:
            return
        self._repairing = True

        def repaired(report: UpdateReport | None) -> None:
            self._repairing = False
            if not shiboken6.isValid(self):
                return
            self.search_panel.set_progress(0, 0)
            if report is not None:
                self.statusBar().showMessage(
                    self.tr("Search index rebuilt in {seconds:.1f} s").format(
                        seconds=report.seconds
                    ),
                    5000,
                )
            self.search_panel.refresh()

        def failed(message: str) -> None:
            self._repairing = False
            if shiboken6.isValid(self):
                self.search_panel.set_progress(0, 0)
                self.statusBar().showMessage(
                    self.tr("Cannot rebuild the search index: {message}").format(message=message),
                    15000,
                )

        self.statusBar().showMessage(DAMAGED_STATUS)
        self._index_runner.submit(
            lambda: index.repair(progress=self._index_progress.emit), repaired, on_failed=failed
        )

    def _load_more(self) -> None:
        """The list was scrolled to its end: ask for the next results of the query on screen.

        When the search box already asks for another query, that search (queued or on its
        way) replaces the list: loading more of the old one would only drop or mix it.
        """
        panel = self.search_panel
        shown = panel.shown_query
        if shown is None or shown != panel.requested_query():
            panel.more_finished()
            return
        self._search(*shown, more=True, semantic=self.shown_semantic)

    def _embed_in_background(self, index: SearchIndex) -> None:
        """Bring the vectors for search by meaning up to date, on the index thread, yielding
        to any content load or index update that is waiting."""
        if not self.settings.get(SEMANTIC_SEARCH) or index.semantic is None or self._embedding:
            return
        self._embedding = True

        def done(report: EmbedReport | None) -> None:
            self._embedding = False
            if not shiboken6.isValid(self) or report is None or self._closing:
                return
            if not report.complete:  # stopped for newer index work: carry on after it
                self._embed_in_background(index)
            elif report.embedded:
                self.search_panel.refresh_settled()

        def failed(_message: str) -> None:
            self._embedding = False
            if shiboken6.isValid(self):
                self.statusBar().showMessage(
                    self.tr("Search by meaning is unavailable on this computer; words still work."),
                    8000,
                )

        def job() -> EmbedReport | None:
            return index.embed(
                should_stop=lambda: self._closing or self._index_runner.pending() > 0
            )

        self._index_runner.submit(job, done, on_failed=failed, lane="embed")

    def show_home(self) -> None:
        """Pinned items, then recent ones, when the search box is empty."""
        pinned = self.memory.pinned
        items = [self._home_item(key, "pinned") for key in pinned]
        items += [self._home_item(key, "recent") for key in self.memory.recent if key not in pinned]
        self.search_panel.show_home([i for i in items if i is not None])

    def _home_item(self, key: str, section: str) -> ResultItem | None:
        kind, ident = split_item_key(key)
        title = self._title_of(kind, ident)
        if title is None and self.content is not None:
            return None  # deleted from the content since it was pinned or opened
        return ResultItem(kind, ident, title or ident, section=section, pinned=section == "pinned")

    def _title_of(self, kind: str, ident: str) -> str | None:
        if self.content is None:
            return None
        if kind == "article" and ident in self.content.articles:
            return self.content.articles[ident].title
        if kind == "reply" and ident in self.content.replies:
            return self.content.replies[ident].title
        if kind == "facility" and ident in self.content.facilities:
            return self.content.facilities[ident].name
        return None

    # -- opening items --------------------------------------------------------------------

    def open_item(self, kind: str, ident: str) -> None:
        """Open an article, reply template or facility, and remember it."""
        key = item_key(kind, ident)
        if not self._show_key(key):
            self.statusBar().showMessage(
                self.tr("“{ident}” is not in the content any more.").format(ident=ident), 5000
            )
            return
        self.history.visit(key)
        self.memory.opened(key)
        self._update_navigation()
        if not self.search_panel.search_box.text().strip():
            self.show_home()
        self.search_panel.select_key(key)

    def _follow_the_list(self) -> None:
        """Back on the Answer tab, show the result the list highlights: the list may have
        moved while another tab was open, and the pane must never show something else."""
        if self.tabs.currentWidget() is not self.detail:
            return
        if not self.search_panel.search_box.text().strip():
            return
        item = self.search_panel.current_item()
        if item is not None and item.key != self._current_key:
            self.preview_item(item.kind, item.id)

    def preview_item(self, kind: str, ident: str) -> None:
        """Show the result the agent paused on in the Answer pane, leaving the focus where it
        is, so what is on screen is always what the list highlights.

        Only while the Answer tab is open: a preview never takes the agent off the reply or
        the facility finder. A reply template is shown read-only, not started in the composer.
        """
        if self.tabs.currentWidget() is not self.detail or self.content is None:
            return
        key = item_key(kind, ident)
        if key == self._current_key and self.detail.currentWidget() is not self.welcome:
            return
        if kind == "reply" and ident in self.content.replies:
            reply = self.content.replies[ident]
            body = f"Subject: {reply.subject}\n\n{reply.body}" if reply.subject else reply.body
            self.article_view.show_item_readonly(
                reply.title, body, self.tr("Reply template · Enter opens")
            )
            self.detail.setCurrentWidget(self.article_view)
            self._current_key = None
            self._update_pin_action()
            return
        if self._show_key(key):
            # Alt+← goes back to what was on screen before; "recent" keeps opened items only.
            self.history.visit(key)
            self._update_navigation()

    def _answer_for(self, ident: str) -> tuple[AnsweringSection | None, Highlight | None]:
        """The passage and query words of an article in the results the agent is looking at."""
        result = self._last_result
        if result is None or not self.search_panel.search_box.text().strip():
            return None, None
        hit = next((h for h in result.hits if h.kind == "article" and h.id == ident), None)
        return (hit.section if hit is not None else None), result.highlight

    def _show_key(self, key: str, *, refresh: bool = False) -> bool:
        """Show the item key; refresh=True re-shows it after a content reload, in place."""
        content = self.content
        if content is None:
            return False
        kind, ident = split_item_key(key)
        if refresh:
            return self._refresh_key(kind, ident)
        if kind == "article" and ident in content.articles:
            passage, highlight = self._answer_for(ident)
            self.article_view.show_article(
                content.articles[ident], content, passage=passage, highlight=highlight
            )
            self.git.last_change(content.articles[ident].path)
            if isinstance(self.composer, CustomerLanguage):
                # The customer asked about this article: the next reply is in its language,
                # and a reply already being written stays as it is.
                self.composer.set_customer_language(
                    content.articles[ident].language, switch_open=False
                )
            self.detail.setCurrentWidget(self.article_view)
            self.tabs.setCurrentWidget(self.detail)
        elif kind == "reply" and ident in content.replies:
            if isinstance(self.composer, TemplateOpener):
                open_now = getattr(self.composer, "template", None)
                # Back to the reply being written: show it, never start it again blank.
                if open_now is None or getattr(open_now, "id", None) != ident:
                    self.composer.open_template(ident)
                self.tabs.setCurrentWidget(self.composer)
            else:
                reply = content.replies[ident]
                body = f"Subject: {reply.subject}\n\n{reply.body}" if reply.subject else reply.body
                self.article_view.show_item_readonly(reply.title, body, self.tr("Reply template"))
                self.detail.setCurrentWidget(self.article_view)
                self.tabs.setCurrentWidget(self.detail)
        elif kind == "facility" and ident in content.facilities:
            if isinstance(self.facility_card, FacilityShower):
                self.facility_card.show_facility_id(ident)
                self.detail.setCurrentWidget(self.facility_card)
            else:
                facility = content.facilities[ident]
                text = "\n".join(
                    [*facility.address, f"{facility.postcode} {facility.city}", facility.phone]
                )
                self.article_view.show_item_readonly(facility.name, text, self.tr("Facility"))
                self.detail.setCurrentWidget(self.article_view)
            self.tabs.setCurrentWidget(self.detail)
        else:
            return False
        self._current_key = key
        self._update_pin_action()
        return True

    def _refresh_key(self, kind: str, ident: str) -> bool:
        """Re-show an article or facility from fresh content without switching tabs or
        moving the focus; a reply template is the composer's (set_content has updated it)."""
        content = self.content
        assert content is not None
        if kind == "article" and ident in content.articles:
            fresh = content.articles[ident]
            if self.article_view.shown_article != fresh:
                # Changed on disk: show the new text where the agent was reading it.
                passage, highlight = self._answer_for(ident)
                self.article_view.show_article(
                    fresh, content, passage=passage, highlight=highlight, keep_place=True
                )
                self.git.last_change(fresh.path)
        elif (
            kind == "facility"
            and ident in content.facilities
            and isinstance(self.facility_card, FacilityShower)
        ):
            self.facility_card.show_facility_id(ident)
        return kind == "reply" or ident in content.articles or ident in content.facilities

    def go_back(self) -> None:
        """Show the previously opened item."""
        key = self.history.back()
        if key is not None:
            self._show_key(key)
            self.search_panel.select_key(key)
        self._update_navigation()

    def go_forward(self) -> None:
        """Show the next item after going back."""
        key = self.history.forward()
        if key is not None:
            self._show_key(key)
            self.search_panel.select_key(key)
        self._update_navigation()

    def _update_navigation(self) -> None:
        self.actions_by_name["back"].setEnabled(self.history.can_go_back())
        self.actions_by_name["forward"].setEnabled(self.history.can_go_forward())

    def toggle_pin(self) -> None:
        """Pin the open item, or unpin it."""
        if self._current_key is None:
            self.statusBar().showMessage(self.tr("Open an item first, then Ctrl+D pins it."), 4000)
            return
        pinned = self.memory.toggle_pin(self._current_key)
        self.statusBar().showMessage(self.tr("Pinned") if pinned else self.tr("Unpinned"), 2000)
        self._update_pin_action()
        if not self.search_panel.search_box.text().strip():
            self.show_home()

    def _update_pin_action(self) -> None:
        pinned = self._current_key is not None and self.memory.is_pinned(self._current_key)
        self.actions_by_name["toggle_pin"].setText(self.tr("Un&pin") if pinned else self.tr("&Pin"))

    # -- editing --------------------------------------------------------------------------

    def edit_item(self, kind: str, ident: str) -> None:
        """Open an article or reply template in the editor."""
        content = self.content
        if self.editor is None or content is None:
            return
        path = None
        if kind == "article" and ident in content.articles:
            path = content.articles[ident].path
        elif kind == "reply" and ident in content.replies:
            path = content.replies[ident].path
        if path is None:
            self.statusBar().showMessage(
                self.tr("“{ident}” is not in the content any more.").format(ident=ident), 5000
            )
            return
        self._in_editor(self.editor.open_path(path))

    def edit_current(self) -> None:
        """Ctrl+E: edit what is open: the article shown, or the reply template in use."""
        template = getattr(self.composer, "template", None)
        if self.tabs.currentWidget() is self.composer and template is not None:
            self.edit_item("reply", str(getattr(template, "id", "")))
            return
        if self._current_key is not None:
            kind, ident = split_item_key(self._current_key)
            if kind in ("article", "reply"):
                self.edit_item(kind, ident)
                return
        if self.editor is not None and self.editor.current() is not None:
            self.tabs.setCurrentWidget(self.editor)
            return
        self.statusBar().showMessage(self.tr("Open an article first, then Ctrl+E edits it."), 4000)

    def _in_editor(self, document: object) -> None:
        if document is not None and self.editor is not None:
            self.tabs.setCurrentWidget(self.editor)

    def _on_article(self, act: Callable[[str], object]) -> None:
        """Run act on the article open in the editor, or else the one shown."""
        ident = self._article_in_view()
        if ident is None:
            self.statusBar().showMessage(self.tr("Open an article first."), 4000)
            return
        act(ident)

    def _article_in_view(self) -> str | None:
        content = self.content
        if content is None:
            return None
        document = self.editor.current() if self.editor is not None else None
        if document is not None and self.tabs.currentWidget() is self.editor:
            found = next((a.id for a in content.articles.values() if a.path == document.path), None)
            if found is not None:
                return found
        if self._current_key is not None:
            kind, ident = split_item_key(self._current_key)
            if kind == "article" and ident in content.articles:
                return ident
        return None

    def _current_folder(self) -> str:
        """The folder of the article shown: a new article starts next to it."""
        ident = self._article_in_view()
        return ident.rpartition("/")[0] if ident else ""

    def _mark_editor_tab(self, dirty: bool) -> None:
        if self.editor is not None:
            index = self.tabs.indexOf(self.editor)
            tab = QCoreApplication.translate("main_window", EDITOR_TAB)
            self.tabs.setTabText(index, f"{tab} {UNSAVED_MARK}" if dirty else tab)

    # -- review and git -------------------------------------------------------------------

    def _refresh_review(self, content: Content) -> None:
        """The review list at once; translations older than their source follow from the
        git thread, whose history walk must not hold up the index."""
        today = dt.date.today()
        self.review_view.refresh(content, today)

        unopened = self._unopened

        def job() -> tuple[list[ReviewItem], str]:
            stale, note = content_stale_translations(content)
            ids = unopened(content) if unopened is not None else None
            return [*stale, *unopened_items(content, ids or (), UNOPENED_DAYS)], note

        def done(result: tuple[list[ReviewItem], str]) -> None:
            stale, note = result
            if not shiboken6.isValid(self) or content is not self.content:
                return
            self.review_view.refresh(content, today, stale)
            if note:
                self.statusBar().showMessage(note, 10000)

        self.git.run(job, done, lane="review")

    def toggle_insights(self) -> None:
        """Ctrl+Shift+I: show or hide what agents searched for and could not find."""
        dock = self.insights_dock
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.raise_()
            dock.setFocus()

    def toggle_review(self) -> None:
        """Ctrl+Shift+R: show or hide the articles that need review."""
        dock = self.review_dock
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.raise_()
            self.review_view.setFocus()

    def _enable_git_actions(self, available: bool) -> None:
        for name in ("article_history", "commit_content"):
            self.actions_by_name[name].setEnabled(available)

    def _show_last_change(self, path: Path, text: str) -> None:
        shown = self.article_view.shown_article
        if shown is not None and shown.path == path:
            self.article_view.set_last_change(text)

    def show_history(self) -> None:
        """Ctrl+Shift+H: the history of the article open (in the editor or the Answer tab)."""
        content, ident = self.content, self._article_in_view()
        if content is None or ident is None:
            self.statusBar().showMessage(self.tr("Open an article first, then its history."), 4000)
            return
        article = content.articles[ident]
        self.git.show_history(article.path, article.title, content.articles.keys(), ident)

    def _restore_into_editor(self, path: Path, text: str) -> None:
        """An old version from the history goes into the editor, unsaved, as one undoable edit."""
        editor = self.editor
        document = editor.open_path(path) if editor is not None else None
        if editor is None or document is None:
            self.statusBar().showMessage(self.tr("The editor cannot open this file."), 5000)
            return
        document.replace_text(text)
        self.tabs.setCurrentWidget(editor)
        self.statusBar().showMessage(
            self.tr("Old version restored into the editor: save to keep it"), 6000
        )

    def show_commit(self) -> None:
        """Ctrl+Shift+K: commit content changes; unsaved edits are saved or left out first."""
        if not self._unsaved_settled_for_commit():
            return

        def committed() -> None:
            shown = self.article_view.shown_article
            if shown is not None:
                self.git.last_change(shown.path)

        self.git.show_commit(committed)

    def _unsaved_settled_for_commit(self) -> bool:
        """Unsaved edits are not in the files a commit reads: save them, leave them out, or
        stop. False when the editor cancelled."""
        editor = self.editor
        if editor is None or not editor.any_dirty:
            return True
        names = ", ".join(d.display_name for d in editor.documents if d.dirty)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved edits"),
            self.tr(
                "These files have edits that are not saved: {names}.\n\nA commit takes the files "
                "as they are on disk."
            ).format(names=names),
            parent=self,
        )
        save = box.addButton(self.tr("&Save them, then commit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Commit &without them"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is cancel:
            return False
        if box.clickedButton() is save:
            return all(d.save() for d in editor.documents if d.dirty)
        return True

    # -- small actions --------------------------------------------------------------------

    def use_facility_in_reply(self, facility_id: str) -> None:
        """Hand a facility to the reply composer ("Use in reply")."""
        if isinstance(self.composer, FacilityReceiver) and self.composer.use_facility(facility_id):
            self.tabs.setCurrentWidget(self.composer)
        else:
            self.statusBar().showMessage(self.tr("No reply template takes a facility."), 4000)

    def focus_search(self) -> None:
        """Back to the search box from anywhere, with its text selected to type over."""
        if self.editor is not None and self.tabs.currentWidget() is self.editor:
            # The editor needs the whole width: searching goes back to the Answer tab, and
            # the open documents stay as they are in theirs.
            self.tabs.setCurrentWidget(self.detail)
        self.search_panel.show()  # even where it is collapsed, until the tab changes
        self.search_panel.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_panel.search_box.selectAll()

    def show_problems(self) -> None:
        """Open the Problems panel, with the focus on the list (Enter opens a problem)."""
        opening = not self.problems_dock.isVisible()
        self.problems_dock.show()
        self.problems_dock.raise_()
        if opening and not self.problems_dock.isFloating():
            # Docked under the tabs it takes its share, no more: the reply body being
            # written keeps room for its lines even at 1024×700 and 130% text.
            share = int(self.height() * PROBLEMS_SHARE)
            height = min(self.problems_dock.sizeHint().height(), share)
            self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)
        self.problems_panel.focus_problems()

    def toggle_problems(self) -> None:
        """Ctrl+Shift+P: open the Problems panel, or close it when it is open."""
        if self.problems_dock.isVisible():
            self.problems_dock.hide()
            self.focus_search()
        else:
            self.show_problems()

    def change_text_scale(self, step: float) -> None:
        """Make all text larger or smaller, and remember the size."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        scale = apply_text_scale(app, round(self.settings.get(TEXT_SCALE) + step, 2))
        self.settings.set(TEXT_SCALE, scale)
        self.article_view.set_text_scale(scale)
        if self.editor is not None:
            self.editor.set_text_scale(scale)
        self.statusBar().showMessage(self.tr("Text size {scale:.0%}").format(scale=scale), 2000)
