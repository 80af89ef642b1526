"""The compiled catalogues the translation tests load, built once per run from the sources."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kbassist.common import i18n
from kbassist.i18n import CATALOGUE_DIR, build
from kbassist.ui.translators import install_translators


@pytest.fixture(scope="session")
def built_catalogues() -> Path:
    """The catalogue folder with every .ts and .po compiled beside its source, as the set-up
    leaves it."""
    build.main()
    return CATALOGUE_DIR


@pytest.fixture
def english_after() -> Iterator[None]:
    """Puts the core back into English after a test that switched its language."""
    yield
    i18n.set_language("en")


Switch = Callable[[str], str]


@pytest.fixture
def interface_language(qapp: QApplication, built_catalogues: Path) -> Iterator[Switch]:
    """Installs the translators of a language for one test, then removes them."""
    app = qapp
    before = set(app.findChildren(QTranslator))
    locale = QLocale()

    def switch(language: str) -> str:
        return install_translators(app, language)

    yield switch
    for translator in set(app.findChildren(QTranslator)) - before:
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.set_language("en")
    QLocale.setDefault(locale)
