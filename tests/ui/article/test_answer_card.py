"""The answer card's marks: how fresh the answer is, and that an older version is being fixed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kbassist.content.articles import Article
from kbassist.content.folder import load_content
from kbassist.ui.article.answer_card import (
    BEING_FIXED_TIP,
    WARNING_ON_DARK,
    WARNING_ON_LIGHT,
    AnswerCard,
)
from kbassist.ui.theme import apply_theme
from tests.contentkit import article
from tests.ui.test_theme import contrast

TODAY = dt.date(2026, 12, 1)
Role = QPalette.ColorRole


def _article(root: Path, **meta: str) -> Article:
    article(root, "refunds/policy", "Refund policy", summary="30 days.", **meta)
    return load_content(root, TODAY).articles["refunds/policy"]


@pytest.fixture
def card(qtbot: QtBot) -> AnswerCard:
    widget = AnswerCard()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    return widget


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application, its palette put back after a test switches themes."""
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    original = QPalette(instance.palette())
    yield instance
    instance.setPalette(original)


def _theme(app: QApplication, name: str) -> None:
    apply_theme(app, name)
    app.processEvents()  # the new palette reaches the widgets by posted events


def _shown(card: AnswerCard, item: Article, today: dt.date = TODAY) -> None:
    card.show_answer(item.title, item.summary, "Refunds · Customer Care")
    card.show_marks(item, today)


def _text_colour(card: AnswerCard, label_name: str) -> QColor:
    label = getattr(card, label_name)
    assert isinstance(label, QLabel)
    return label.palette().color(label.foregroundRole())


def test_a_review_date_ahead_is_shown_muted(card: AnswerCard, tmp_path: Path) -> None:
    _shown(card, _article(tmp_path, review_by="2027-03-01"))
    assert card.freshness.isVisible()
    assert card.freshness.text() == "Reviewed until 1 Mar 2027"
    assert card.freshness.foregroundRole() == Role.PlaceholderText
    assert _text_colour(card, "freshness") == card.palette().color(Role.PlaceholderText)
    assert not card.being_fixed.isVisible()


def test_the_review_date_itself_is_still_in_date(card: AnswerCard, tmp_path: Path) -> None:
    _shown(card, _article(tmp_path, review_by="2026-12-01"))
    assert card.freshness.text() == "Reviewed until 1 Dec 2026"


@pytest.mark.parametrize(
    ("theme", "expected"), [("light", WARNING_ON_LIGHT), ("dark", WARNING_ON_DARK)]
)
def test_an_overdue_review_is_a_warning_readable_in_either_theme(
    card: AnswerCard, app: QApplication, tmp_path: Path, theme: str, expected: str
) -> None:
    _theme(app, theme)
    _shown(card, _article(tmp_path, review_by="2026-10-01"))
    assert card.freshness.text() == "Review overdue since 1 Oct 2026"
    colour = _text_colour(card, "freshness")
    assert colour == QColor(expected)
    assert contrast(colour, card.palette().color(Role.Base)) >= 4.5
    # Drawn so, not only set: the label's pixels carry the warning colour.
    image = card.freshness.grab().toImage()
    pixels = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert expected in pixels


def test_a_new_theme_recolours_the_marks(
    card: AnswerCard, app: QApplication, tmp_path: Path
) -> None:
    _theme(app, "light")
    _shown(card, _article(tmp_path, review_by="2026-10-01"))
    assert _text_colour(card, "freshness") == QColor(WARNING_ON_LIGHT)
    _theme(app, "dark")
    assert _text_colour(card, "freshness") == QColor(WARNING_ON_DARK)
    assert _text_colour(card, "being_fixed") == QColor(WARNING_ON_DARK)


def test_a_kept_older_version_says_it_is_being_fixed_in_local_time(
    card: AnswerCard, app: QApplication, tmp_path: Path
) -> None:
    _theme(app, "light")
    kept_at = dt.datetime(2026, 11, 30, 13, 5, tzinfo=dt.UTC)
    kept = dataclasses.replace(_article(tmp_path, review_by="2027-03-01"), kept_from=kept_at)
    _shown(card, kept)
    local = kept_at.astimezone()
    assert card.being_fixed.isVisible()
    assert card.being_fixed.text() == (
        f"Being fixed: this is the version from {local:%Y-%m-%d} {local:%H:%M}"
    )
    assert card.being_fixed.toolTip() == BEING_FIXED_TIP
    assert _text_colour(card, "being_fixed") == QColor(WARNING_ON_LIGHT)
    # Above the answer, where the agent looks first; the review mark stays below.
    assert card.being_fixed.geometry().bottom() < card.summary.geometry().top()
    assert card.freshness.geometry().top() > card.meta.geometry().bottom()
    assert card.freshness.text() == "Reviewed until 1 Mar 2027"


def test_the_next_item_starts_without_the_last_ones_marks(card: AnswerCard, tmp_path: Path) -> None:
    kept = dataclasses.replace(
        _article(tmp_path, review_by="2026-10-01"),
        kept_from=dt.datetime(2026, 11, 30, 13, 5, tzinfo=dt.UTC),
    )
    _shown(card, kept)
    assert card.being_fixed.isVisible() and card.freshness.isVisible()
    card.show_heading("Late delivery apology", "Reply template")
    assert not card.being_fixed.isVisible() and not card.freshness.isVisible()
    assert card.freshness.text() == card.being_fixed.text() == ""
    undated = _article(tmp_path / "other")
    _shown(card, undated)
    assert not card.freshness.isVisible()
    assert card.freshness.foregroundRole() == Role.PlaceholderText
