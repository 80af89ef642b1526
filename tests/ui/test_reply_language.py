"""The customer's language follows the article the agent opened: the next reply is filled in
in that language, and a reply already being written is left as it is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.main_window import MainWindow
from tests.conftest import STARTER
from tests.ui.test_workspace import _open_window


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = _open_window(qtbot, STARTER)
    yield win
    win.close()


def _template_id(window: MainWindow) -> str:
    assert isinstance(window.composer, ComposerWidget)
    template = window.composer.template
    assert template is not None
    return template.id


def test_after_a_slovenian_article_the_next_reply_is_the_slovenian_variant(
    window: MainWindow,
) -> None:
    window.open_item("article", "refunds/refund-policy.sl")
    window.open_item("reply", "apology/late-delivery")
    assert _template_id(window) == "apology/late-delivery.sl"


def test_an_english_article_keeps_english_replies(window: MainWindow) -> None:
    window.open_item("article", "refunds/refund-policy")
    window.open_item("reply", "apology/late-delivery")
    assert _template_id(window) == "apology/late-delivery"


def test_a_reply_being_written_does_not_switch_language_when_an_article_opens(
    window: MainWindow,
) -> None:
    window.open_item("reply", "apology/late-delivery")
    window.open_item("article", "refunds/refund-policy.zh")
    assert _template_id(window) == "apology/late-delivery"
