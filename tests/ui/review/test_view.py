"""The Review view: groups with counts, owner and window filters, Enter opens, Edit edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kbassist.content.folder import Content, load_content
from kbassist.review.report import Reason, ReviewItem
from kbassist.ui.article.answer_card import WARNING_ON_LIGHT
from kbassist.ui.review.model import ArticleIdRole, Grouping
from kbassist.ui.review.view import ALL_OWNERS, NOTHING_LOADED, NOTHING_TO_REVIEW, ReviewView
from kbassist.ui.settings import REVIEW_WINDOW_DAYS, AppSettings
from kbassist.ui.theme import apply_theme
from tests.contentkit import article

TODAY = dt.date(2026, 12, 1)
CARE = "Customer Care"
BILLING = "Billing Team"


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini", tmp_path / "shared.json")


@pytest.fixture
def content(tmp_path: Path) -> Content:
    root = tmp_path / "content"
    article(
        root,
        "refunds/policy",
        "Refund policy",
        summary="30 days.",
        owner=CARE,
        review_by="2026-10-01",
    )
    article(
        root, "refunds/late", "Late refunds", summary="5 days.", owner=CARE, review_by="2026-12-15"
    )
    article(
        root,
        "billing/invoices",
        "Invoices",
        summary="Monthly.",
        owner=BILLING,
        review_by="2027-01-20",
    )
    article(
        root,
        "billing/credit",
        "Account credit",
        owner=BILLING,
        review_by="2027-06-01",
        status="draft",
    )
    article(root, "misc/orphan", "Orphan", summary="Nobody keeps it.", review_by="2027-06-01")
    return load_content(root, TODAY)


@pytest.fixture
def view(qtbot: QtBot, settings: AppSettings) -> ReviewView:
    widget = ReviewView(settings)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def _texts(view: ReviewView) -> list[str]:
    return [row.text for row in view.model.rows()]


def test_groups_by_owner_with_counts_and_chooses_the_first_item(
    view: ReviewView, content: Content
) -> None:
    assert view.summary.text() == NOTHING_LOADED
    view.refresh(content, TODAY)
    assert _texts(view) == [
        "Billing Team (2)",
        "Account credit — Draft: agents see it marked as a draft. Publish it (status: published)",
        "Account credit — No summary: agents have no one-line answer to read out. Add 'summary:'",
        "Customer Care (2)",
        "Refund policy — Review overdue since 2026-10-01 (61 days)",
        "Late refunds — Review due 2026-12-15 (in 14 days)",
        "No owner (1)",
        "Orphan — No owner: nobody is asked to keep it right. Add 'owner:'",
    ]
    assert view.summary.text() == (
        "4 articles to look at — Review overdue: 1 · Review due soon: 1 · Draft: 1 · "
        "No summary: 1 · No owner: 1"
    )
    heading = view.model.index(0)
    assert not view.model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert view.model.flags(view.model.index(1)) & Qt.ItemFlag.ItemIsSelectable
    assert view.list.currentIndex().row() == 1
    chosen = view.selected_item()
    assert chosen is not None and chosen.article_id == "billing/credit"
    assert "articles/billing/credit.md (billing/credit)" in view.model.rows()[1].tip


def test_grouped_by_reason_most_urgent_first_with_the_owner(
    view: ReviewView, content: Content
) -> None:
    view.refresh(content, TODAY)
    view.grouping.setCurrentIndex(view.grouping.findData(Grouping.REASON))
    headings = [row.text for row in view.model.rows() if row.item is None]
    assert headings == [
        "Review overdue (1)",
        "Review due soon (1)",
        "Draft (1)",
        "No summary (1)",
        "No owner (1)",
    ]
    assert _texts(view)[1] == (
        "Refund policy — Review overdue since 2026-10-01 (61 days) · Customer Care"
    )


def test_the_owner_filter_lists_every_owner_and_keeps_its_choice(
    view: ReviewView, content: Content
) -> None:
    view.refresh(content, TODAY)
    owners = [view.owner_filter.itemText(i) for i in range(view.owner_filter.count())]
    assert owners == [ALL_OWNERS, BILLING, CARE, "No owner"]
    view.owner_filter.setCurrentIndex(view.owner_filter.findText(CARE))
    assert _texts(view)[0] == "Customer Care (2)"
    assert len(_texts(view)) == 3
    view.refresh(content, TODAY)  # a content reload keeps the owner chosen
    assert view.owner_filter.currentText() == CARE
    assert len(_texts(view)) == 3
    view.owner_filter.setCurrentIndex(view.owner_filter.findText("No owner"))
    assert [r.item.article_id for r in view.model.rows() if r.item] == ["misc/orphan"]


def test_the_window_spin_box_widens_due_soon_and_is_remembered(
    view: ReviewView, content: Content, settings: AppSettings, qtbot: QtBot
) -> None:
    assert view.window_days.value() == 30
    view.refresh(content, TODAY)
    assert "Invoices — Review due 2027-01-20 (in 50 days)" not in _texts(view)
    view.window_days.setValue(60)
    assert "Invoices — Review due 2027-01-20 (in 50 days)" in _texts(view)
    assert view.report is not None and view.report.within_days == 60
    assert settings.get(REVIEW_WINDOW_DAYS) == 60
    again = ReviewView(settings)
    qtbot.addWidget(again)
    assert again.window_days.value() == 60


def test_enter_and_double_click_open_and_edit_edits(
    view: ReviewView, content: Content, qtbot: QtBot
) -> None:
    view.refresh(content, TODAY)
    row = _texts(view).index("Refund policy — Review overdue since 2026-10-01 (61 days)")
    view.list.setCurrentIndex(view.model.index(row))
    view.list.setFocus()
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert opened.args == ["article", "refunds/policy"]
    seen: list[tuple[str, str]] = []
    view.open_requested.connect(lambda kind, ident: seen.append((kind, ident)))
    rect = view.list.visualRect(view.model.index(row))
    # As a mouse sends it: a click, then the double-click; it opens once.
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == [("article", "refunds/policy")]
    with qtbot.waitSignal(view.edit_requested) as edit:
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert edit.args == ["refunds/policy"]
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["article", "refunds/policy"]
    # A heading opens nothing.
    view.list.setCurrentIndex(view.model.index(0))
    seen.clear()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert seen == []
    assert view.model.data(view.model.index(0), ArticleIdRole) is None


def test_a_reload_keeps_the_chosen_item_and_takes_items_from_elsewhere(
    view: ReviewView, content: Content
) -> None:
    view.refresh(content, TODAY)
    row = _texts(view).index("Late refunds — Review due 2026-12-15 (in 14 days)")
    view.list.setCurrentIndex(view.model.index(row))
    stale = ReviewItem.of(
        content.articles["billing/invoices"],
        Reason.STALE_TRANSLATION,
        "Source 'billing/invoices.en' changed on 2026-11-20, after this translation.",
        source_id="billing/invoices.en",
    )
    view.refresh(content, TODAY, [stale])
    chosen = view.selected_item()
    assert chosen is not None and chosen.article_id == "refunds/late"
    assert "Billing Team (3)" in _texts(view)
    assert "Translation older than its source: 1" in view.summary.text()


def test_nothing_to_review(view: ReviewView, tmp_path: Path) -> None:
    root = tmp_path / "tidy"
    article(root, "a", "A", summary="Yes.", owner=CARE, review_by="2027-06-01")
    view.refresh(load_content(root, TODAY), TODAY)
    assert view.model.rows() == []
    assert view.summary.text() == NOTHING_TO_REVIEW
    assert not view.open_button.isEnabled() and not view.edit_button.isEnabled()


@pytest.fixture
def light() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QPalette(app.palette())
    apply_theme(app, "light")
    app.processEvents()
    yield app
    app.setPalette(original)


def test_overdue_rows_are_drawn_in_the_warning_colour(
    light: QApplication, view: ReviewView, content: Content
) -> None:
    view.refresh(content, TODAY)
    view.list.clearSelection()
    view.list.setCurrentIndex(view.model.index(0))  # the heading: no row highlighted
    light.processEvents()

    def colours(row: int) -> set[str]:
        rect = view.list.visualRect(view.model.index(row))
        image = view.list.viewport().grab(rect).toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
        }

    texts = _texts(view)
    overdue = texts.index("Refund policy — Review overdue since 2026-10-01 (61 days)")
    due = texts.index("Late refunds — Review due 2026-12-15 (in 14 days)")
    assert QColor(WARNING_ON_LIGHT).name() in colours(overdue)
    assert QColor(WARNING_ON_LIGHT).name() not in colours(due)
