"""What the agent does in the window, told to the usage recorder: settled searches, opened
articles and their rank, copies, templates, replies, facility lookups and ratings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kbassist.analytics.events import ReplyOutcome
from kbassist.analytics.recorder import Recorder
from kbassist.search.schema import item_key
from kbassist.ui.article.view import ArticleView
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.finder.panel import FinderPanel
from kbassist.ui.insights.recording import template_order
from kbassist.ui.jobs import JobRunner
from kbassist.ui.main_window import MainWindow
from kbassist.ui.settings import SEMANTIC_SEARCH, AppSettings


class UsageHooks(QObject):
    """Connects the window's panels to the recorder; every call returns at once."""

    def __init__(self, window: MainWindow, recorder: Recorder, settings: AppSettings) -> None:
        super().__init__(window)
        self.window = window
        self.recorder = recorder
        self.settings = settings
        # The query whose settled (fused) results are awaited: recorded when they are shown.
        self._awaited: str | None = None
        # Ranking templates by use reads the log: off the GUI thread.
        self._runner = JobRunner("kbassist-usage")
        panel = window.search_panel
        panel.settled_search_requested.connect(self._settled)
        window.results_shown.connect(self._shown)
        panel.open_requested.connect(self._opened_from_results)
        window.content_reloaded.connect(self._content_loaded)
        window.closing.connect(self.close)
        self._connect_article(window.article_view)
        if isinstance(window.composer, ComposerWidget):
            composer = window.composer
            composer.picker.chosen.connect(recorder.template_used)
            composer.went_out.connect(
                lambda template_id, how: recorder.reply_done(template_id, ReplyOutcome(how))
            )
        if isinstance(window.finder, FinderPanel):
            finder = window.finder
            finder.use_in_reply.connect(lambda _ident: self._facility(finder))
            finder.copied.connect(lambda _text: self._facility(finder))

    def _connect_article(self, view: ArticleView) -> None:
        view.open_item.connect(lambda ident: self._opened(ident, None))
        view.copied.connect(lambda _text: self._with_article(self.recorder.summary_copied))
        view.card.answer_rated.connect(
            lambda answered: self._with_article(lambda ident: self.recorder.rated(ident, answered))
        )

    # -- searches -------------------------------------------------------------------------

    def _settled(self, query: str, _kind: str, _language: str) -> None:
        """Typing paused: with search by meaning a fused list follows, else this one stays."""
        if not query.strip():
            return
        if self.settings.get(SEMANTIC_SEARCH):
            # The window searches again, fused with search by meaning: record that list.
            self._awaited = query
            return
        self._awaited = None
        self._record_shown(query)

    def _shown(self, query: str) -> None:
        if self._awaited == query and self.window.shown_semantic:
            self._awaited = None
            self._record_shown(query)

    def _record_shown(self, query: str) -> None:
        shown = self.window.search_panel.shown_query
        if shown is None or shown[0] != query:
            return
        # Every kind counts as found (kind:reply lists templates only): articles by id, the
        # rest by item key, so a shown template is never read as an article.
        rows = self.window.search_panel.model.rows()
        self.recorder.search_settled(
            query, [r.id if r.kind == "article" else item_key(r.kind, r.id) for r in rows]
        )

    # -- articles -------------------------------------------------------------------------

    def _opened_from_results(self, kind: str, ident: str) -> None:
        if kind == "reply":
            # A template opened from the search is a template used, as one chosen in the picker.
            self.recorder.template_used(ident)
            return
        if kind != "article":
            return
        panel = self.window.search_panel
        rank = None
        if panel.shown_query is not None:
            ids = [(r.kind, r.id) for r in panel.model.rows()]
            if (kind, ident) in ids:
                rank = ids.index((kind, ident)) + 1
        self._opened(ident, rank)

    def _opened(self, ident: str, rank: int | None) -> None:
        self.recorder.article_opened(ident, rank)

    def _with_article(self, record: Callable[[str], None]) -> None:
        """record(the id of the article on screen), when an article is on screen."""
        shown = self.window.article_view.shown_article
        if shown is not None:
            record(shown.id)

    def _facility(self, finder: FinderPanel) -> None:
        location = finder.location
        self.recorder.facility_looked_up(
            finder.selected_id() or "", location.kind if location is not None else "name"
        )

    # -- content --------------------------------------------------------------------------

    def _content_loaded(self) -> None:
        content = self.window.content
        if content is None:
            return
        self.recorder.use_order_numbers(content.settings.order_numbers)
        composer = self.window.composer
        if isinstance(composer, ComposerWidget):
            settings = self.settings
            self._runner.submit(lambda: template_order(settings), composer.picker.set_order)

    def close(self) -> None:
        """Stop ranking and write what is queued (the window is closing)."""
        self._runner.stop()
        self.recorder.close()
