"""Quoting an article in the reply: pick an article and one of its parts, insert at the cursor."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from kbassist.content.folder import Content
from kbassist.replies.quoting import quotable_parts

_SHORT_COMBO = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


class ArticleQuoter(QWidget):
    """One row under the reply: article, part of it, and a button that inserts it."""

    def __init__(self, target: QPlainTextEdit) -> None:
        super().__init__()
        self._target = target
        self._content: Content | None = None
        self.article = QComboBox()
        self.article.setEditable(True)
        self.article.setAccessibleName("Article to quote")
        self.article.setSizeAdjustPolicy(_SHORT_COMBO)
        self.article.setMinimumContentsLength(12)
        article_line = self.article.lineEdit()
        if article_line is not None:
            article_line.setPlaceholderText("Article to quote…")
        self.part = QComboBox()
        self.part.setAccessibleName("Part of the article")
        self.part.setSizeAdjustPolicy(_SHORT_COMBO)
        self.part.setMinimumContentsLength(8)
        self.button = QPushButton("&Insert at cursor")
        self.button.setToolTip("Insert the chosen part of the article where the cursor is")
        self.article.currentIndexChanged.connect(self._list_parts)
        self.button.clicked.connect(self.insert_quote)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.article, 3)
        row.addWidget(self.part, 2)
        row.addWidget(self.button)

    def set_content(self, content: Content) -> None:
        """List this content's articles by title, none chosen."""
        self._content = content
        self.article.blockSignals(True)
        self.article.clear()
        for item in sorted(content.articles.values(), key=lambda a: a.title.casefold()):
            self.article.addItem(item.title, item.id)
        self.article.setCurrentIndex(-1)
        self.article.blockSignals(False)
        self._list_parts()

    def _list_parts(self) -> None:
        self.part.clear()
        content, ident = self._content, self.article.currentData()
        if content is None or ident not in content.articles:
            return
        for part in quotable_parts(content.articles[ident]):
            self.part.addItem(part.title, part.text)

    def insert_quote(self) -> None:
        """Insert the chosen article part at the cursor in the reply text."""
        text = self.part.currentData()
        if not text:
            return
        cursor = self._target.textCursor()
        cursor.insertText(str(text))
        self._target.setFocus()
