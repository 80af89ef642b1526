"""The article view: answer card, copy, facts, translations, links and text scale."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFontInfo,
    QGuiApplication,
    QImage,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from kbassist.content.folder import Content, load_content
from kbassist.search.snippets import Highlight
from kbassist.ui.article.browser import _mark_colour
from kbassist.ui.article.facts_table import FactNameRole
from kbassist.ui.article.view import ArticleView
from kbassist.ui.theme import apply_text_scale, apply_theme, dark_palette
from tests.contentkit import article, write

SUMMARY = "Customers get a full refund within 30 days of delivery if the item is unused."
POLICY = f"""
---
title: Refund policy
summary: {SUMMARY}
category: refunds
owner: Customer Care Policy Team
review_by: 2027-03-31
facts:
  refund_days: 30
  refund_processing_days: "5 to 10 working days"
  gift_receipt_needed: false
translations:
  sl: refunds/refund-policy.sl
  zh: refunds/refund-policy.zh
related:
  - returns/how-to-return
---
# Refund policy

Start with [how to return](../returns/how-to-return.md), read the
[consumer guide](https://consumer.example/refunds) or the [old page](../gone.md).

![Returns label](https://cdn.example/label.png)

## Details
- The 30 days start on delivery.
"""


@pytest.fixture
def content(tmp_path: Path) -> Content:
    write(tmp_path, "articles/refunds/refund-policy.md", POLICY)
    article(tmp_path, "refunds/refund-policy.sl", "Politika vračil", language="sl")
    article(tmp_path, "refunds/refund-policy.zh", "退款政策", language="zh")
    article(tmp_path, "returns/how-to-return", "How to return")
    loaded = load_content(tmp_path)
    assert not loaded.problems.has_errors, list(loaded.problems)
    return loaded


@pytest.fixture
def opened() -> list[QUrl]:
    return []


def _embedded(qtbot: QtBot, widget: QWidget) -> QWidget:
    """widget inside a plain window, as the main window holds it.

    A top-level widget with a layout makes the offscreen platform warn that it cannot pass
    on size hints; a window without a layout does not.
    """
    window = QWidget()
    qtbot.addWidget(window)
    widget.setParent(window)
    window.resize(900, 700)
    widget.setGeometry(0, 0, 900, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def view(qtbot: QtBot, content: Content, opened: list[QUrl]) -> Iterator[ArticleView]:
    widget = ArticleView(open_external=opened.append, today=lambda: dt.date(2026, 5, 1))
    widget.show_article(content.articles["refunds/refund-policy"], content)
    window = _embedded(qtbot, widget)
    yield widget
    window.close()


def _link_position(document: QTextDocument, href: str) -> int:
    """A cursor position in the middle of the link to href."""
    cursor = QTextCursor(document)
    inside = []
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)
        if cursor.charFormat().anchorHref() == href:
            inside.append(position)
    assert inside, f"no link to {href}"
    return inside[len(inside) // 2]


def _click_link(qtbot: QtBot, view: ArticleView, href: str) -> None:
    cursor = QTextCursor(view.browser.document())
    cursor.setPosition(_link_position(view.browser.document(), href))
    view.browser.ensureCursorVisible()
    point = view.browser.cursorRect(cursor).center()
    assert view.browser.anchorAt(point) == href
    QTest.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_answer_card_shows_title_summary_and_details(view: ArticleView) -> None:
    card = view.card
    assert card.title.text() == "Refund policy"
    assert card.summary.text() == SUMMARY
    assert card.summary.isVisible()
    assert card.meta.text() == "Refunds · Customer Care Policy Team · English"
    assert card.freshness.text() == "Reviewed until 31 Mar 2027"
    assert card.copy_button.toolTip() == "Copy the answer (Ctrl+Shift+C)"


def test_an_overdue_review_date_is_called_out(qtbot: QtBot, content: Content) -> None:
    widget = ArticleView(today=lambda: dt.date(2027, 4, 1))
    window = _embedded(qtbot, widget)
    widget.show_article(content.articles["refunds/refund-policy"], content)
    assert widget.card.freshness.text() == "Review overdue since 31 Mar 2027"
    assert "Review" not in widget.card.meta.text()  # said once, on its own line
    window.close()


def test_copy_puts_the_summary_on_the_clipboard(qtbot: QtBot, view: ArticleView) -> None:
    QGuiApplication.clipboard().setText("something else")
    with qtbot.waitSignal(view.copied) as copied:
        QTest.mouseClick(view.card.copy_button, Qt.MouseButton.LeftButton)
    assert copied.args == [SUMMARY]
    assert QApplication.clipboard().text() == SUMMARY


def test_copy_answer_does_nothing_without_an_answer(qtbot: QtBot, view: ArticleView) -> None:
    view.show_item_readonly("Late delivery", "Dear {{ customer_name }},", "Reply template")
    QGuiApplication.clipboard().setText("kept")
    with qtbot.assertNotEmitted(view.copied):
        view.copy_answer()
    assert QApplication.clipboard().text() == "kept"


def test_facts_table_has_a_row_per_fact_with_readable_names(view: ArticleView) -> None:
    model = view.facts.model()
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert rows == [
        ("Refund days", "30"),
        ("Refund processing days", "5 to 10 working days"),
        ("Gift receipt needed", "No"),
    ]
    assert model.index(0, 0).data(FactNameRole) == "refund_days"
    assert view.facts.isVisible()


def test_translation_buttons_open_the_translation(qtbot: QtBot, view: ArticleView) -> None:
    buttons = view.translation_buttons
    assert [b.text() for b in buttons] == ["Slovenščina", "中文"]
    with qtbot.waitSignal(view.open_item) as opened:
        QTest.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert opened.args == ["refunds/refund-policy.zh"]


def test_following_a_translation_button_shows_the_translation(
    qtbot: QtBot, view: ArticleView, content: Content
) -> None:
    # The window answers open_item by showing the article, which rebuilds these very buttons.
    view.open_item.connect(lambda ident: view.show_article(content.articles[ident], content))
    QTest.mouseClick(view.translation_buttons[0], Qt.MouseButton.LeftButton)
    assert view.card.title.text() == "Politika vračil"
    QTest.mouseClick(view.translation_buttons[0], Qt.MouseButton.LeftButton)
    assert view.card.title.text() == "Refund policy"


def test_a_translation_offers_the_original_and_its_siblings(
    qtbot: QtBot, view: ArticleView, content: Content
) -> None:
    view.show_article(content.articles["refunds/refund-policy.sl"], content)
    buttons = view.translation_buttons
    assert sorted(b.text() for b in buttons) == ["English", "中文"]
    assert all(b.isEnabled() for b in buttons)


def test_clicking_an_article_link_opens_the_article(qtbot: QtBot, view: ArticleView) -> None:
    with qtbot.waitSignal(view.open_item) as opened:
        _click_link(qtbot, view, "kb:returns/how-to-return")
    assert opened.args == ["returns/how-to-return"]


def test_clicking_a_web_link_hands_it_to_the_system(
    qtbot: QtBot, view: ArticleView, opened: list[QUrl]
) -> None:
    with qtbot.assertNotEmitted(view.open_item):
        _click_link(qtbot, view, "https://consumer.example/refunds")
    assert opened == [QUrl("https://consumer.example/refunds")]


def test_a_link_to_a_heading_scrolls_to_it(
    qtbot: QtBot, view: ArticleView, content: Content, tmp_path: Path
) -> None:
    filler = "\n\n".join(f"Paragraph {n}." for n in range(60))
    article(
        tmp_path, "refunds/long", "Long", f"[Jump to the end](#the-end)\n\n{filler}\n\n## The end"
    )
    longer = load_content(tmp_path)
    view.show_article(longer.articles["refunds/long"], longer)
    scroll = view.browser.verticalScrollBar()
    assert scroll.value() == 0
    with qtbot.assertNotEmitted(view.open_item):
        _click_link(qtbot, view, "#the-end")
    assert scroll.value() > 0


def test_missing_articles_and_images_are_plain_text(view: ArticleView) -> None:
    text = view.browser.toPlainText()
    assert "old page (missing article)" in text
    assert "[image: Returns label]" in text
    assert "Refund policy" not in text  # the title is on the card, not repeated


def test_remote_and_file_resources_are_never_loaded(
    qtbot: QtBot, view: ArticleView, tmp_path: Path
) -> None:
    image = tmp_path / "pixel.png"
    pixel = QImage(1, 1, QImage.Format.Format_RGB32)
    pixel.fill(0)
    assert pixel.save(str(image))
    plain = QTextBrowser()
    qtbot.addWidget(plain)
    kind = QTextDocument.ResourceType.ImageResource.value
    assert plain.loadResource(kind, QUrl.fromLocalFile(str(image))) is not None
    assert view.browser.loadResource(kind, QUrl.fromLocalFile(str(image))) is None
    for url in ("https://cdn.example/label.png", "http://cdn.example/x.css", "pixel.png"):
        for resource in QTextDocument.ResourceType:
            assert view.browser.loadResource(resource.value, QUrl(url)) is None


def test_text_scale_enlarges_the_answer_and_the_article(view: ArticleView) -> None:
    summary_before = QFontInfo(view.card.summary.font()).pointSizeF()
    base_before = QFontInfo(view.font()).pointSizeF()
    assert summary_before == pytest.approx(base_before * 1.4, rel=0.1)
    body_before = view.browser.document().defaultFont().pointSizeF()
    view.set_text_scale(1.5)
    assert view.card.summary.font().pointSizeF() == pytest.approx(summary_before * 1.5, rel=0.05)
    assert view.browser.document().defaultFont().pointSizeF() == pytest.approx(body_before * 1.5)
    assert view.facts.font().pointSizeF() > view.font().pointSizeF()


def test_read_only_items_show_text_as_is_in_monospace(view: ArticleView) -> None:
    body = "Dear {{ customer_name }},\n<b>not bold</b>"
    view.show_item_readonly("Late delivery apology", body, "Reply template")
    assert view.card.title.text() == "Late delivery apology"
    assert view.card.meta.text() == "Reply template"
    assert not view.card.copy_button.isVisible()
    assert not view.facts.isVisible()
    assert not view.translations.isVisible()
    assert view.browser.toPlainText() == body
    assert QFontInfo(view.browser.document().defaultFont()).fixedPitch()


def test_every_control_is_named_and_reached_with_tab(qtbot: QtBot, view: ArticleView) -> None:
    view.window().activateWindow()
    qtbot.waitActive(view.window())
    view.card.summary.setFocus()
    reached: list[QWidget] = []
    for _ in range(8):
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    buttons = view.translation_buttons
    expected = [view.card.summary, view.card.copy_button, view.edit_button, view.facts]
    expected += [*buttons, view.browser]
    assert reached[: len(expected)] == expected
    for widget in expected:
        assert widget.accessibleName(), widget


def test_fact_names_keep_their_units_and_codes() -> None:
    from kbassist.ui.article.facts_table import humanise_fact_name

    assert humanise_fact_name("refund_days") == "Refund days"
    assert humanise_fact_name("immediate_resend_limit_gbp") == "Immediate resend limit (£)"
    assert humanise_fact_name("store_hours_uk") == "Store hours UK"


def test_related_articles_are_links_under_the_article(qtbot: QtBot, view: ArticleView) -> None:
    text = view.browser.toPlainText()
    assert text.rstrip().endswith("Related articles\nHow to return")
    with qtbot.waitSignal(view.open_item) as opened:
        _click_link(qtbot, view, "kb:returns/how-to-return")
    assert opened.args == ["returns/how-to-return"]


def test_an_article_without_related_ones_has_no_related_heading(
    view: ArticleView, content: Content
) -> None:
    view.show_article(content.articles["returns/how-to-return"], content)
    assert "Related articles" not in view.browser.toPlainText()


def _background(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() - 4)


def test_a_theme_change_restyles_the_card_and_the_marks_at_once(
    qtbot: QtBot, view: ArticleView, content: Content
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view.show_article(
        content.articles["refunds/refund-policy"],
        content,
        highlight=Highlight(exact=frozenset({"delivery"})),
    )
    assert view.marked_words >= 1
    original = app.palette()
    light_base = original.color(QPalette.ColorRole.Base)
    assert _background(view.card) == light_base
    dark = dark_palette()
    app.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: _background(view.card) == dark.color(QPalette.ColorRole.Base))
        marks = view.browser.extraSelections()
        assert marks and all(
            mark.format.background().color() == _mark_colour(dark) for mark in marks
        )
    finally:
        app.setPalette(original)
    qtbot.waitUntil(lambda: _background(view.card) == light_base)


def test_a_view_built_after_the_text_scale_is_scaled_once(qtbot: QtBot, content: Content) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QFontInfo(app.font()).pointSizeF()
    apply_text_scale(app, 1.3)
    try:
        # As app.py does it: the application's scale first, then the view with the same.
        widget = ArticleView()
        qtbot.addWidget(widget)
        widget.set_text_scale(1.3)
        widget.show_article(content.articles["refunds/refund-policy"], content)
        meta = widget.card.meta.font().pointSizeF()
        assert meta == pytest.approx(normal * 0.9 * 1.3, rel=0.03)
        summary = widget.card.summary.font().pointSizeF()
        assert summary == pytest.approx(normal * 1.4 * 1.3, rel=0.03)
    finally:
        apply_text_scale(app, 1.0)


def test_a_long_summary_is_never_cut_off_in_a_short_window(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "content"
    summary = "A long answer to read aloud, clause after clause, " * 12
    article(root, "a/long", "Long answer", "Body.\n\n" + "Text. " * 400, summary=summary)
    content = load_content(root)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_text_scale(1.3)
    view.show_article(content.articles["a/long"], content)
    qtbot.wait(50)
    label = view.card.summary
    # The label gets the height its wrapped text needs; the pane scrolls instead.
    assert label.height() >= label.heightForWidth(label.width())
    assert view.browser.height() >= 200


HOSTILE_BODY = "[" * 20000 + "](" * 20000


def test_a_pathological_article_formats_off_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    article(tmp_path, "a/hostile", "Hostile", body=HOSTILE_BODY)
    content = load_content(tmp_path)
    widget = ArticleView()
    window = _embedded(qtbot, widget)
    with qtbot.waitSignal(widget.text_shown, timeout=30_000):
        widget.show_article(content.articles["a/hostile"], content)
        # Too long to format inline: the GUI thread returned before the text was ready.
        assert widget.browser.toPlainText() == ""
    assert not widget.showing_plain_text
    assert "[[[" in widget.browser.toPlainText()
    window.close()


def test_an_article_over_the_time_budget_shows_its_text_with_a_note(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from kbassist.ui.article.view import TOO_COMPLEX_NOTE

    article(tmp_path, "a/slow", "Slow", body="Some *slow* text. " * 10)
    content = load_content(tmp_path)
    release = threading.Event()

    def stuck(*_: object) -> str:
        release.wait(30)  # a formatter that never finishes in time
        return "<p>late</p>"

    widget = ArticleView(render=stuck, render_budget_ms=50, inline_chars=0)
    window = _embedded(qtbot, widget)
    with qtbot.waitSignal(widget.text_shown, timeout=10_000):
        widget.show_article(content.articles["a/slow"], content)
    assert widget.showing_plain_text
    text = widget.browser.toPlainText()
    assert text.startswith(TOO_COMPLEX_NOTE) and "Some *slow* text." in text
    release.set()
    # The late result is dropped: the fallback stays.
    qtbot.wait(100)
    assert widget.browser.toPlainText() == text
    window.close()


def test_an_article_over_the_size_budget_shows_its_text_with_a_note(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from kbassist.content.markdown_html import MAX_MARKDOWN_CHARS
    from kbassist.ui.article.view import TOO_COMPLEX_NOTE

    article(tmp_path, "a/huge", "Huge", body="word " * (MAX_MARKDOWN_CHARS // 4))
    content = load_content(tmp_path)
    widget = ArticleView()
    window = _embedded(qtbot, widget)
    with qtbot.waitSignal(widget.text_shown, timeout=10_000):
        widget.show_article(content.articles["a/huge"], content)
    assert widget.showing_plain_text
    assert widget.browser.toPlainText().startswith(TOO_COMPLEX_NOTE)
    window.close()


def _link_colour(view: ArticleView) -> QColor | None:
    block = view.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor() and fragment.charFormat().anchorHref():
                return fragment.charFormat().foreground().color()
            fragments += 1
        block = block.next()
    return None


def test_links_take_the_new_theme_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "content"
    article(root, "a/one", "One", "See [our site](https://larkspur.example) for more.")
    content = load_content(root)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view = ArticleView()
    qtbot.addWidget(view)
    view.show()
    try:
        apply_theme(app, "dark")
        view.show_article(content.articles["a/one"], content)
        app.processEvents()
        dark = _link_colour(view)
        apply_theme(app, "light")
        app.processEvents()
        light = _link_colour(view)
        assert dark is not None and light is not None
        assert dark != light
        assert light == app.palette().color(QPalette.ColorRole.Link)
    finally:
        apply_theme(app, "light")
