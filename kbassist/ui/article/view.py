"""The article view: answer card, facts, translations one click away, then the article."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import logging
import threading
from collections.abc import Callable, Collection

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kbassist.content.articles import Article
from kbassist.content.folder import Content
from kbassist.content.markdown_html import (
    ARTICLE_SCHEME,
    EXTERNAL_SCHEMES,
    MarkdownTooComplexError,
    article_html,
)
from kbassist.search.engine import AnsweringSection
from kbassist.search.snippets import Highlight
from kbassist.ui.article.answer_card import AnswerCard
from kbassist.ui.article.browser import ArticleBrowser
from kbassist.ui.article.facts_table import FactsTable, humanise_fact_name
from kbassist.ui.languages import endonym
from kbassist.ui.links import open_link
from kbassist.ui.plaintext import plain_tooltip
from kbassist.ui.textscale import scaled_font
from kbassist.ui.theme import unscaled_font
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

MIN_SCALE = 0.5
BROWSER_MIN_HEIGHT = 260
MAX_SCALE = 4.0
# Articles up to this size format in milliseconds whatever they hold (the formatter bounds
# its own work), so they show at once; longer ones format off the GUI thread.
INLINE_CHARS = 8_000
# How long a background format may take before the text is shown unformatted instead.
RENDER_BUDGET_MS = 1_500
TOO_COMPLEX_NOTE = QT_TRANSLATE_NOOP(
    "view", "This article is too complex to format; showing its text."
)
log = logging.getLogger(__name__)

Renderer = Callable[[Article, Collection[str]], str]


class _Delivery(QObject):
    """Carries a background format's result to the GUI thread."""

    # The render's number and its HTML, or None when it was too complex.
    done = Signal(int, object)


class ArticleView(QWidget):
    """Shows one article so an agent can read the answer aloud in a glance, or dig deeper."""

    # Another article should be shown (a kb: link or a translation button); its id.
    open_item = Signal(str)
    # The text just put on the clipboard, so the window can confirm it in the status bar.
    copied = Signal(str)
    # The article's text is in place (formatted, or as plain text); the article's id.
    text_shown = Signal(str)
    # The Edit button: open this article (its id) in the editor.
    edit_requested = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_external: Callable[[QUrl], object] = open_link,
        today: Callable[[], dt.date] = dt.date.today,
        render: Renderer = article_html,
        render_budget_ms: int = RENDER_BUDGET_MS,
        inline_chars: int = INLINE_CHARS,
    ) -> None:
        super().__init__(parent)
        self._open_external = open_external
        self._today = today
        self._render = render
        self._inline_chars = inline_chars
        # Each show_article gets a number; results of any earlier one are dropped.
        self._render_number = 0
        self._pending: tuple[Article, Content, Callable[[], None], Highlight | None] | None = None
        self._delivery = _Delivery()
        self._delivery.done.connect(self._rendered)
        self._budget = QTimer(self)
        self._budget.setSingleShot(True)
        self._budget.setInterval(render_budget_ms)
        self._budget.timeout.connect(self._over_budget)
        # True while the article shown is its unformatted text (too complex to format).
        self.showing_plain_text = False
        self._summary = ""
        self._article_id: str | None = None
        # How many of the query's words are marked in the text shown.
        self.marked_words = 0
        # The article shown, to tell whether a content refresh changed it.
        self.shown_article: Article | None = None
        self._base_font = QFont(self.font())
        self._factor = 1.0

        self.card = AnswerCard()
        self.card.copy_requested.connect(self.copy_answer)
        self.facts = FactsTable()
        self.translations = QWidget()
        self.translations.setAccessibleName(self.tr("Translations"))
        self._translations_label = QLabel(self.tr("Also in:"))
        self._translation_buttons: list[QPushButton] = []
        row = QHBoxLayout(self.translations)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self._translations_label)
        row.addStretch(1)
        self.browser = ArticleBrowser()
        self.browser.anchorClicked.connect(self._follow_link)
        # Who last changed the article and when (filled in from the content's history),
        # beside the button that opens it in the editor.
        self.last_change = QLabel()
        self.last_change.setAccessibleName(self.tr("Last change"))
        self.last_change.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.last_change.setWordWrap(True)
        self.last_change.hide()
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit this article"))
        self.edit_button.setToolTip(self.tr("Open this article in the editor (Ctrl+E)"))
        self.edit_button.clicked.connect(self._edit_clicked)
        self.edit_row = QWidget()
        edit_row = QHBoxLayout(self.edit_row)
        edit_row.setContentsMargins(0, 0, 0, 0)
        edit_row.addWidget(self.last_change, 1)
        edit_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        # The whole pane scrolls when the window is short or the text large, so the answer
        # card (what the agent reads aloud) is never cut off; the article keeps a height
        # that can be read and fills whatever room is left.
        self.browser.setMinimumHeight(BROWSER_MIN_HEIGHT)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.card)
        layout.addWidget(self.edit_row)
        layout.addWidget(self.facts)
        layout.addWidget(self.translations)
        layout.addWidget(self.browser, 1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        for part in (self.card, self.edit_row, self.facts, self.translations):
            part.hide()
        self.set_text_scale(1.0)

    @property
    def summary(self) -> str:
        """The answer Copy puts on the clipboard; empty when nothing is shown."""
        return self._summary

    @property
    def translation_buttons(self) -> list[QPushButton]:
        """The buttons of the translations now shown, in order."""
        return list(self._translation_buttons)

    @property
    def current_article_id(self) -> str | None:
        """The id of the article shown, None when showing something else."""
        return self._article_id

    def show_article(
        self,
        article: Article,
        content: Content,
        *,
        passage: AnsweringSection | None = None,
        highlight: Highlight | None = None,
        keep_place: bool = False,
    ) -> None:
        """Show article; links and translations resolve against content.

        Opened from a search, the passage that answers shows under the summary, the query's
        words are marked in the text, and the text opens at that passage.
        """
        place = self.browser.verticalScrollBar().value()
        if article.id != self._article_id:
            self.set_last_change("")  # another article's change: the caller sets this one's
        self._article_id = article.id
        self.shown_article = article
        self._summary = " ".join(article.summary.split())
        self.card.show_answer(article.title, self._summary, self._details(article))
        # Review freshness and "being fixed" sit on the card, where the agent reads the answer.
        self.card.show_marks(article, self._today())
        if passage is not None and passage.path:
            self.card.show_passage(passage.path, passage.snippet)
        else:
            self.card.clear_passage()
        self.card.show()
        self.edit_row.show()
        self.facts.set_facts(article.facts, article.id)
        self.facts.setVisible(bool(article.facts))
        self._set_translations(_translation_targets(article, content), content)
        anchor = passage.anchor if passage is not None else ""

        def go_to_place() -> None:
            if keep_place:
                # Re-shown because the file changed: stay where the agent was reading.
                self.browser.verticalScrollBar().setValue(place)
            else:
                self.browser.go_to(anchor)

        self._render_number += 1
        self._pending = (article, content, go_to_place, highlight)
        if len(article.body) <= self._inline_chars:
            self._budget.stop()
            self._rendered(self._render_number, self._render_safely(article, content))
            return
        self.marked_words = self.browser.mark(None)
        self.browser.show_plain("")
        number, render = self._render_number, self._render_safely
        delivery = self._delivery

        def work() -> None:
            html = render(article, content)
            if shiboken6.isValid(delivery):
                delivery.done.emit(number, html)

        # A thread of its own, abandoned if over budget: the next article never waits for it.
        threading.Thread(target=work, name="article-render", daemon=True).start()
        self._budget.start()

    def _render_safely(self, article: Article, content: Content) -> str | None:
        """The article's HTML, or None when it is too complex to format (any thread)."""
        try:
            return self._render(article, content.articles)
        except MarkdownTooComplexError as exc:
            log.info("%s: not formatted: %s", article.id, exc)
        except Exception:  # a formatter bug must never take the window down
            log.exception("%s: formatting failed", article.id)
        return None

    def _rendered(self, number: int, html: object) -> None:
        if number != self._render_number or self._pending is None:
            return  # a later article is shown, or this one already fell back
        self._budget.stop()
        article, content, go_to_place, highlight = self._pending
        self._pending = None
        if isinstance(html, str):
            self.showing_plain_text = False
            self.browser.show_html(html + _related_html(article, content))
            self.marked_words = self.browser.mark(highlight)
            go_to_place()
        else:
            self._show_source(article)
        self.text_shown.emit(article.id)

    def _over_budget(self) -> None:
        if self._pending is None:
            return
        article = self._pending[0]
        self._pending = None
        log.warning("%s: formatting took too long; showing its text", article.id)
        self._show_source(article)
        self.text_shown.emit(article.id)

    def _show_source(self, article: Article) -> None:
        self.showing_plain_text = True
        self.marked_words = self.browser.mark(None)
        self.browser.show_plain(
            f"{QCoreApplication.translate('view', TOO_COMPLEX_NOTE)}\n\n{article.body}"
        )

    def show_item_readonly(self, title: str, body_text: str, kind_label: str) -> None:
        """Anything else (a reply template, a facility) as read-only monospace text."""
        self._article_id = None
        self._render_number += 1
        self._pending = None
        self._budget.stop()
        self.showing_plain_text = False
        self.shown_article = None
        self._summary = ""
        self.card.show_heading(title, kind_label)
        self.card.clear_passage()
        self.card.show()
        self.edit_row.hide()
        self.marked_words = self.browser.mark(None)
        self.facts.hide()
        self._set_translations([], None)
        self.browser.show_plain(body_text)

    def set_last_change(self, text: str) -> None:
        """A muted line under the answer ("Last changed by … on …"); empty hides it."""
        self.last_change.setText(text)
        self.last_change.setToolTip(plain_tooltip(text) if text else "")
        self.last_change.setVisible(bool(text))

    def _edit_clicked(self) -> None:
        if self._article_id is not None:
            self.edit_requested.emit(self._article_id)

    def copy_answer(self) -> None:
        """Put the answer on the clipboard (bound to Ctrl+Shift+C by the window)."""
        if not self._summary:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._summary)
        self.copied.emit(self._summary)

    def set_text_scale(self, factor: float) -> None:
        """Make every text in the view factor times its normal size."""
        self._factor = max(MIN_SCALE, min(factor, MAX_SCALE))
        # From the font before the application's text scale, which is this same factor:
        # built after the scale was applied, the view would otherwise scale twice.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._base_font = unscaled_font(app)
        base, factor = self._base_font, self._factor
        self.card.set_scale(base, factor)
        self.facts.setFont(scaled_font(base, factor))
        self.facts.fit_height()
        for widget in (self._translations_label, *self._translation_buttons, self.edit_button):
            widget.setFont(scaled_font(base, factor))
        self.last_change.setFont(scaled_font(base, factor * 0.9))
        self.browser.set_scale(base, factor)

    def _details(self, article: Article) -> str:
        parts = []
        if article.category:
            parts.append(humanise_fact_name(article.category))
        if article.owner:
            parts.append(article.owner)
        parts.append(endonym(article.language))
        if article.audience == "internal":
            parts.append(self.tr("Internal: not for customers"))
        if article.status == "draft":
            parts.append(self.tr("Draft"))
        return " · ".join(parts)

    def _set_translations(self, targets: list[tuple[str, str]], content: Content | None) -> None:
        row = self.translations.layout()
        assert isinstance(row, QHBoxLayout)
        for button in self._translation_buttons:
            # Later, not now: this may run inside the clicked handler of that very button.
            row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._translation_buttons = []
        for language, ident in targets:
            name = endonym(language)
            button = QPushButton(name)
            button.setFont(scaled_font(self._base_font, self._factor))
            button.setAccessibleName(self.tr("Open the {name} translation").format(name=name))
            exists = content is not None and ident in content.articles
            button.setEnabled(exists)
            tip = (
                ident if exists else self.tr("'{ident}' is not in the content").format(ident=ident)
            )
            button.setToolTip(plain_tooltip(tip))
            button.clicked.connect(lambda _=False, target=ident: self.open_item.emit(target))
            row.insertWidget(row.count() - 1, button)
            self._translation_buttons.append(button)
        self.translations.setVisible(bool(targets))
        chain = [self.card.summary, self.card.copy_button, self.edit_button, self.facts]
        chain += [*self._translation_buttons, self.browser]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _follow_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == ARTICLE_SCHEME:
            ident = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
            if ident:
                self.open_item.emit(ident)
        elif scheme in EXTERNAL_SCHEMES:
            self._open_external(url)
        elif not scheme and not url.path() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())


def _translation_targets(article: Article, content: Content) -> list[tuple[str, str]]:
    """(language, id) of every other language version: its own, and its original's."""
    targets = dict.fromkeys(article.translations.items())
    for other in content.articles.values():
        if article.id in other.translations.values():
            targets[(other.language, other.id)] = None
            targets.update(dict.fromkeys(other.translations.items()))
    return [(lang, ident) for lang, ident in targets if ident != article.id]


def _related_html(article: Article, content: Content) -> str:
    """The `related:` articles as a list of links at the end of the text."""
    items = []
    for ident in article.related:
        other = content.articles.get(ident)
        if other is None:
            # Named in the Problems list; shown so the agent knows something is missing.
            items.append(
                QCoreApplication.translate("view", "<li>{ident} (not in the content)</li>").format(
                    ident=html.escape(ident)
                )
            )
            continue
        href = html.escape(f"{ARTICLE_SCHEME}:{ident}", quote=True)
        items.append(f'<li><a href="{href}">{html.escape(other.title)}</a></li>')
    if not items:
        return ""
    return (
        QCoreApplication.translate("view", '<h2 id="related-articles">Related articles</h2><ul>')
        + "".join(items)
        + "</ul>"
    )
