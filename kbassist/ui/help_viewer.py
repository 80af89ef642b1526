"""Help → User guide: the bundled docs/*.md, rendered offline, with links between pages.

The pages are the same markdown files as in the repository (kbassist/docs when installed),
rendered by the articles' own renderer: sanitised, nothing loaded from outside. A link to
another page opens it here, a #link scrolls, a web link goes to the browser. The contents
list the pages for the people who use KB Assist; the pages for those who build or install it
are left out of the list but still open from links.
"""

from __future__ import annotations

import logging
import re
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kbassist.content.markdown_html import (
    ARTICLE_SCHEME,
    MarkdownTooComplexError,
    markdown_to_html,
)
from kbassist.ui.article.browser import ArticleBrowser
from kbassist.ui.links import open_link
from kbassist.ui.single_instance import bring_forward

log = logging.getLogger(__name__)
CONTENTS = "index"
# The first page of the guide, and the order of the contents; other pages follow by name.
FIRST_PAGES = ("search", "replies", "facilities", "editor", "settings", "desktop")
# Pages for developers and for whoever sets KB Assist up, not in the contents (links reach them).
NOT_IN_CONTENTS = frozenset({"architecture", "install"})
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


def docs_folder() -> Path:
    """The bundled docs: docs/ in a checkout, kbassist/docs when installed."""
    package = Path(__file__).resolve().parent.parent
    checkout = package.parent / "docs"
    return checkout if (checkout / "settings.md").is_file() else package / "docs"


def page_title(text: str, page: str) -> str:
    """A page's first heading, or its name."""
    match = _HEADING.search(text)
    return match.group(1).strip() if match else page.replace("-", " ").capitalize()


class HelpViewer(QWidget):
    """A window that reads the user guide; Alt+← and Alt+→ go back and forward."""

    # The page now shown (its name: "search" for docs/search.md, "index" for the contents).
    page_shown = Signal(str)

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or docs_folder()
        self.setWindowTitle(self.tr("KB Assist — User guide"))
        self.setObjectName("help")
        self.pages = self._read_pages()
        self.browser = ArticleBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.anchorClicked.connect(self._follow)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.go_back)
        self.forward_button = QPushButton(self.tr("&Forward"))
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_button.clicked.connect(self.go_forward)
        self.contents_button = QPushButton(self.tr("&Contents"))
        self.contents_button.clicked.connect(lambda: self.show_page(CONTENTS))
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser)
        self.resize(820, 720)
        self._history: list[str] = []
        self._place = -1
        self.current = ""
        self.show_page(CONTENTS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the guide, as it closes a dialog (the keys the page does not use
        come here from it)."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close()
            return
        super().keyPressEvent(event)

    def _read_pages(self) -> dict[str, str]:
        """Every docs page's markdown by name; one that cannot be read is left out and logged."""
        pages: dict[str, str] = {}
        for path in sorted(self.folder.glob("*.md")):
            try:
                pages[path.stem] = path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("The help page %s cannot be read: %s", path, exc)
        return pages

    def contents_markdown(self) -> str:
        """The contents page: every user page, the common ones first."""
        order = [p for p in FIRST_PAGES if p in self.pages]
        order += sorted(p for p in self.pages if p not in order and p not in NOT_IN_CONTENTS)
        lines = [f"# {self.tr('KB Assist user guide')}", ""]
        lines += [f"- [{page_title(self.pages[p], p)}]({p}.md)" for p in order]
        if not order:
            lines.append(self.tr("The user guide is not installed in {0}.").format(self.folder))
        return "\n".join(lines) + "\n"

    def show_page(self, page: str, anchor: str = "", *, remember: bool = True) -> bool:
        """Show a page by name, scrolled to anchor; False when there is no such page."""
        if page != CONTENTS and page not in self.pages:
            return False
        text = self.contents_markdown() if page == CONTENTS else self.pages[page]
        try:
            html = markdown_to_html(text, self.pages.keys(), base=page)
        except MarkdownTooComplexError:
            html = f"<pre>{escape(text)}</pre>"
        if remember:
            del self._history[self._place + 1 :]
            self._history.append(page)
            self._place = len(self._history) - 1
        self.current = page
        self.browser.show_html(html)
        self.browser.go_to(anchor)
        self._update_buttons()
        self.page_shown.emit(page)
        return True

    def go_back(self) -> None:
        """The page shown before."""
        if self._place > 0:
            self._place -= 1
            self.show_page(self._history[self._place], remember=False)

    def go_forward(self) -> None:
        """The page left with Back."""
        if self._place < len(self._history) - 1:
            self._place += 1
            self.show_page(self._history[self._place], remember=False)

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self._place > 0)
        self.forward_button.setEnabled(self._place < len(self._history) - 1)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == ARTICLE_SCHEME:
            self.show_page(url.path(), url.fragment())
        elif not url.scheme() and url.hasFragment():
            self.browser.go_to(url.fragment())
        else:
            open_link(url)


def show_user_guide(window: QWidget) -> HelpViewer:
    """Help → User guide: the guide's window in front, one per main window (kept open)."""
    viewer = window.findChild(HelpViewer, "help")
    if viewer is None:
        viewer = HelpViewer(parent=window)
        # Its own window, in front of the main one, closed with it.
        viewer.setWindowFlag(Qt.WindowType.Window)
    bring_forward(viewer)
    return viewer
