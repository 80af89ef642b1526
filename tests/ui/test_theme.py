"""Text, links and hints meet WCAG AA contrast (4.5:1) in the palettes the app applies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kbassist.content.folder import load_content
from kbassist.content.replies import FieldSpec, ReplyTemplate
from kbassist.ui.article.browser import _mark_colour
from kbassist.ui.composer.form import FieldEditor
from kbassist.ui.finder.colours import status_colour
from kbassist.ui.theme import apply_theme, dark_palette, light_palette

AA = 4.5
Role = QPalette.ColorRole


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    r, g, b = (_channel(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def on(foreground: QColor, background: QColor) -> QColor:
    """foreground as it shows over background (Fusion draws hints half transparent)."""
    a = foreground.alphaF()
    return QColor(
        round(foreground.red() * a + background.red() * (1 - a)),
        round(foreground.green() * a + background.green() * (1 - a)),
        round(foreground.blue() * a + background.blue() * (1 - a)),
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 to 21."""
    light, dark = sorted((luminance(on(foreground, background)), luminance(background)))[::-1]
    return (light + 0.05) / (dark + 0.05)


def test_contrast_of_known_colours() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def _palettes() -> dict[str, QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    applied = {}
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            applied[theme] = QPalette(app.palette())
    finally:
        app.setPalette(original)
    return applied


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_links_and_hints_meet_aa(qapp: QApplication, theme: str) -> None:
    palette = _palettes()[theme]
    # The two palettes are what apply_theme installs, not copies made for the test.
    made = light_palette() if theme == "light" else dark_palette()
    assert palette.color(Role.Base) == made.color(Role.Base)
    pairs = {
        "text on page": (Role.Text, Role.Base),
        "text on alternate rows": (Role.Text, Role.AlternateBase),
        "window text": (Role.WindowText, Role.Window),
        "link": (Role.Link, Role.Base),
        "link on window": (Role.Link, Role.Window),
        "visited link": (Role.LinkVisited, Role.Base),
        "hint on page": (Role.PlaceholderText, Role.Base),
        "hint on window": (Role.PlaceholderText, Role.Window),
        "hint on alternate rows": (Role.PlaceholderText, Role.AlternateBase),
        "selected text": (Role.HighlightedText, Role.Highlight),
        "tooltip": (Role.ToolTipText, Role.ToolTipBase),
    }
    low = {
        name: round(contrast(palette.color(fg), palette.color(bg)), 2)
        for name, (fg, bg) in pairs.items()
        if contrast(palette.color(fg), palette.color(bg)) < AA
    }
    assert low == {}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_app_s_own_colours_meet_aa(qapp: QApplication, theme: str) -> None:
    palette = _palettes()[theme]
    base = palette.color(Role.Base)
    text = palette.color(Role.Text)
    # Opening status in the finder (open, unknown, closed), and words marked in an article.
    for is_open in (True, None, False):
        assert contrast(status_colour(is_open, palette), base) >= AA, is_open
    assert contrast(text, _mark_colour(palette)) >= AA


def test_form_hints_follow_a_theme_change(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    spec = FieldSpec(name="order", label="Order", help="Starts with LK-")
    editor = FieldEditor(spec, load_content(tmp_path), dt.date.today)
    qtbot.addWidget(editor)
    editor.help_label.setParent(editor)
    editor.show()
    qtbot.waitExposed(editor)
    try:
        apply_theme(app, "light")
        app.processEvents()
        light = editor.help_label.palette().color(editor.help_label.foregroundRole())
        apply_theme(app, "dark")
        app.processEvents()
        dark = editor.help_label.palette().color(editor.help_label.foregroundRole())
        # A style sheet colour would be painted instead, and Qt reads it once.
        assert "color" not in editor.help_label.styleSheet()
        assert editor.help_label.foregroundRole() == QPalette.ColorRole.PlaceholderText
        assert light != dark
        assert dark == dark_palette().color(QPalette.ColorRole.PlaceholderText)
    finally:
        apply_theme(app, "light")


def test_form_labels_and_hints_grow_with_the_text_size(qtbot: QtBot, tmp_path: Path) -> None:
    from kbassist.ui.composer.form import FieldForm
    from kbassist.ui.theme import apply_text_scale

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    form = FieldForm(dt.date.today)
    qtbot.addWidget(form)
    spec = FieldSpec(name="order", label="Order number", required=True, help="Starts with LK-")
    template = ReplyTemplate(id="t", path=tmp_path / "t.md", title="T", body="", fields=(spec,))
    form.set_template(template, load_content(tmp_path))
    form.show()
    labels = [w for w in form.findChildren(QLabel) if w.text().startswith(("Order", "Starts"))]
    assert len(labels) == 2
    try:
        apply_text_scale(app, 1.0)
        app.processEvents()
        before = [w.font().pointSizeF() for w in labels]
        apply_text_scale(app, 1.3)
        app.processEvents()
        after = [w.font().pointSizeF() for w in labels]
        assert all(a > b * 1.2 for a, b in zip(after, before, strict=True)), (before, after)
    finally:
        apply_text_scale(app, 1.0)
