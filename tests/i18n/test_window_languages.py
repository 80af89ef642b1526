"""The main window starts in each language with its labels translated, and Greek and Chinese
text is drawn with real glyphs, not the missing-glyph box."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kbassist.common import i18n
from kbassist.i18n import LANGUAGES, qt_source
from kbassist.ui.app import build_window
from kbassist.ui.languages import ENDONYMS
from kbassist.ui.settings import AppSettings
from tests.i18n.conftest import Switch


def translation(language: str, context: str, source: str) -> str:
    """What language's .ts gives for source under context."""
    root = ET.parse(qt_source(language)).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise LookupError(f"{source!r} is not in {context} of {language}")


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_the_main_window_starts_in_each_language(
    qtbot: QtBot, starter_copy: Path, interface_language: Switch, language: str
) -> None:
    assert interface_language(language) == language
    window = build_window(starter_copy, AppSettings())
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    search = window.findChild(type(window.actions_by_name["focus_search"]), "focus_search")
    if language == "en":
        assert menus[0] == "&File" and "&Help" in menus
        return
    assert menus[0] == translation(language, "Actions", "&File") != "&File"
    assert menus[-1] == translation(language, "Actions", "&Help") != "&Help"
    assert window.actions_by_name["settings"].text() == translation(
        language, "Actions", "S&ettings…"
    )
    assert tabs[0] != "&Answer" and tabs[0] == translation(language, "MainWindow", "&Answer")
    assert search is None or search.text() != "&Search"
    # The core speaks the same language as the window.
    assert i18n.language() == language
    window.close()


def test_qt_dialog_buttons_come_from_qt_catalogue_where_qt_ships_one(
    qtbot: QtBot, interface_language: Switch
) -> None:
    interface_language("hr")
    # QDialogButtonBox's standard buttons are translated in Qt's own catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Odustani"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Odustani"


@pytest.mark.parametrize("text", [ENDONYMS["el"], ENDONYMS["zh-hans"], "Ρυθμίσεις", "设置"])
def test_greek_and_chinese_text_renders_with_real_glyphs(qtbot: QtBot, text: str) -> None:
    assert_real_glyphs(text)


@pytest.mark.parametrize(
    ("language", "source"),
    [("el", "&File"), ("el", "S&ettings…"), ("zh_CN", "&File"), ("zh_CN", "S&ettings…")],
)
def test_greek_and_chinese_labels_render_with_real_glyphs(
    qtbot: QtBot, language: str, source: str
) -> None:
    text = translation(language, "Actions", source).replace("&", "")
    assert text and any(ord(ch) > 0x370 for ch in text)
    assert_real_glyphs(text)


def assert_real_glyphs(text: str) -> None:
    """text laid out in the default font draws every character with a glyph of some font."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    glyphs = [glyph for run in runs for glyph in run.glyphIndexes()]
    # Glyph 0 is the font's .notdef, the box drawn for a character no font has.
    assert glyphs and 0 not in glyphs, f"{text!r} has characters no installed font draws"
    families = {run.rawFont().familyName() for run in runs}
    assert families, "no font was used"
