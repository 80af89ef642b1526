"""The customer's language in the composer: which variant of a template is filled in, and a
visible line when the template has none in that language."""

from __future__ import annotations

from collections.abc import Iterable

import babel
from PySide6.QtCore import QLocale, QSignalBlocker, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kbassist.common.languages import SUPPORTED_LANGUAGES, normalise_tag, same_language
from kbassist.replies.variants import Variant
from kbassist.ui.languages import endonym
from kbassist.ui.plaintext import plain_label


def language_name(tag: str) -> str:
    """The name of tag's language in the interface's language ("Croatian", "hrvaščina")."""
    try:
        interface = babel.Locale.parse(QLocale().name())
    except (babel.UnknownLocaleError, ValueError):
        interface = babel.Locale.parse("en")
    try:
        name = babel.Locale.parse(normalise_tag(tag), sep="-").get_language_name(interface)
    except (babel.UnknownLocaleError, ValueError):
        name = None
    return name or tag


class LanguageChooser(QWidget):
    """ "Reply in: [Slovenščina]": the language the customer writes in; each language is
    named in itself, as the customer would recognise it."""

    # The writer chose another language: its tag.
    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self.tr("Reply in:"))
        self.box = QComboBox()
        self.box.setAccessibleName(self.tr("Customer's language"))
        self.box.setToolTip(
            self.tr(
                "The language the customer writes in: the template's version in that "
                "language is filled in"
            )
        )
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        self.set_languages(())
        self.box.currentIndexChanged.connect(lambda _index: self.changed.emit(self.language()))

    def set_languages(self, tags: Iterable[str]) -> None:
        """Offer the five languages KB Assist is written for, and any other in tags."""
        current = self.language() if self.box.count() else SUPPORTED_LANGUAGES[0]
        offered = list(SUPPORTED_LANGUAGES)
        for tag in tags:
            if not any(same_language(tag, known) for known in offered):
                offered.append(normalise_tag(tag))
        with QSignalBlocker(self.box):
            self.box.clear()
            for tag in offered:
                self.box.addItem(endonym(tag), tag)
            self._select(current)

    def language(self) -> str:
        """The tag chosen now."""
        return str(self.box.currentData() or SUPPORTED_LANGUAGES[0])

    def set_language(self, tag: str, *, quiet: bool = False) -> None:
        """Choose tag (added when not offered yet); quiet: without a changed signal."""
        blocker = QSignalBlocker(self.box) if quiet else None
        if not self._select(tag):
            self.box.addItem(endonym(tag), normalise_tag(tag))
            self._select(tag)
        if blocker is not None:
            blocker.unblock()

    def _select(self, tag: str) -> bool:
        for row in range(self.box.count()):
            if same_language(str(self.box.itemData(row)), tag):
                self.box.setCurrentIndex(row)
                return True
        return False


class VariantNotice(QWidget):
    """A line under the template row, shown only when the reply is not in the customer's
    language (or when switching language left the earlier reply in Drafts)."""

    def __init__(self) -> None:
        super().__init__()
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Template language"))
        # The window's emphasis colour, from the palette, so it follows a theme switch.
        self.label.setForegroundRole(QPalette.ColorRole.Link)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_variant(self, variant: Variant | None, kept_in_drafts: bool = False) -> None:
        """Say so when variant is a fallback; kept_in_drafts: the reply written before the
        switch is in Drafts."""
        parts: list[str] = []
        if variant is not None and variant.fallback:
            parts.append(
                self.tr("No {wanted} version of this template: showing {shown}.").format(
                    wanted=language_name(variant.wanted),
                    shown=language_name(variant.template.language),
                )
            )
        if kept_in_drafts:
            parts.append(self.tr("The reply you had written is kept in Drafts."))
        self.label.setText(" ".join(parts))
        self.setVisible(bool(parts))

    def text(self) -> str:
        """What the line says now (empty when hidden)."""
        return self.label.text() if not self.isHidden() else ""
