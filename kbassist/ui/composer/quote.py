"""Quoting an article in the reply: pick an article and one of its parts, insert at the cursor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from kbassist.content.folder import Content
from kbassist.replies.quoting import quotable_parts
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

_SHORT_COMBO = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
# After the name of an article or part that is for the team, not the customer.
INTERNAL_MARK = QT_TRANSLATE_NOOP("quote", " — internal")
_INTERNAL_TIP = QT_TRANSLATE_NOOP("quote", "For the team only: do not send this to the customer.")
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class ArticleQuoter(QWidget):
    """One row under the reply: article, part of it, and a button that inserts it."""

    def __init__(self, target: QPlainTextEdit) -> None:
        super().__init__()
        self._target = target
        self._content: Content | None = None
        self.article = QComboBox()
        self.article.setEditable(True)
        self.article.setAccessibleName(self.tr("Article to quote"))
        self.article.setSizeAdjustPolicy(_SHORT_COMBO)
        self.article.setMinimumContentsLength(12)
        article_line = self.article.lineEdit()
        if article_line is not None:
            article_line.setPlaceholderText(self.tr("Article to quote…"))
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("Part of the article"))
        self.part.setSizeAdjustPolicy(_SHORT_COMBO)
        self.part.setMinimumContentsLength(8)
        self.button = QPushButton(self.tr("&Insert at cursor"))
        self.button.setToolTip(self.tr("Insert the chosen part of the article where the cursor is"))
        self.article.currentIndexChanged.connect(self._list_parts)
        self.button.clicked.connect(self.insert_quote)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.article, 3)
        row.addWidget(self.part, 2)
        row.addWidget(self.button)

    def set_content(self, content: Content) -> None:
        """List this content's articles by title, keeping the chosen article and part."""
        self._content = content
        chosen, part = self.article.currentData(), self.part.currentText()
        self.article.blockSignals(True)
        self.article.clear()
        for item in sorted(content.articles.values(), key=lambda a: a.title.casefold()):
            internal = item.audience == "internal"
            self.article.addItem(
                item.title
                + (QCoreApplication.translate("quote", INTERNAL_MARK) if internal else ""),
                item.id,
            )
            if internal:
                self.article.setItemData(
                    self.article.count() - 1,
                    QCoreApplication.translate("quote", _INTERNAL_TIP),
                    _TOOLTIP,
                )
        self.article.setCurrentIndex(self.article.findData(chosen) if chosen else -1)
        self.article.blockSignals(False)
        self._list_parts()
        if part:
            self.part.setCurrentIndex(max(self.part.findText(part), 0))

    def _list_parts(self) -> None:
        self.part.clear()
        content, ident = self._content, self.article.currentData()
        if content is None or ident not in content.articles:
            return
        for part in quotable_parts(content.articles[ident]):
            self.part.addItem(
                part.title
                + (QCoreApplication.translate("quote", INTERNAL_MARK) if part.internal else ""),
                part.text,
            )
            if part.internal:
                self.part.setItemData(
                    self.part.count() - 1,
                    QCoreApplication.translate("quote", _INTERNAL_TIP),
                    _TOOLTIP,
                )

    def insert_quote(self) -> None:
        """Insert the chosen article part at the cursor in the reply text."""
        text = self.part.currentData()
        if not text:
            return
        cursor = self._target.textCursor()
        cursor.insertText(str(text))
        self._target.setFocus()
