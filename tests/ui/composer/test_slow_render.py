"""A template that takes too long to render never holds the window: the composer says so,
stays usable, and a late result from the abandoned render is dropped."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator, Mapping

import pytest
from pytestqt.qtbot import QtBot

from kbassist.content.folder import Content
from kbassist.content.replies import ReplyTemplate
from kbassist.drafts import DraftStore
from kbassist.replies.render import Rendered, render
from kbassist.ui.composer.composer import ComposerWidget
from tests.ui.composer.test_composer import NOW, Settings

# The composer tests' content, drafts and settings fixtures, used here as they are.
from tests.ui.composer.test_composer import content as content
from tests.ui.composer.test_composer import drafts as drafts
from tests.ui.composer.test_composer import settings as settings

DEADLINE_S = 0.4
TOO_LONG = "This template takes too long to fill in; nothing was rendered."


class SlowRender:
    """Renders for real, except the slow template: that one blocks until released."""

    def __init__(self, slow_id: str) -> None:
        self.slow_id = slow_id
        self.release = threading.Event()
        self.started = threading.Event()
        self.finished = threading.Event()

    def __call__(
        self,
        template: ReplyTemplate,
        values: Mapping[str, object],
        content: Content,
        agent_name: str,
        today: dt.date,
    ) -> Rendered:
        if template.id != self.slow_id:
            return render(template, values, content, agent_name, today)
        self.started.set()
        self.release.wait(30)
        try:
            return Rendered("LATE SUBJECT", "LATE BODY")
        finally:
            self.finished.set()


@pytest.fixture
def slow() -> Iterator[SlowRender]:
    slow = SlowRender("apology/late")
    yield slow
    slow.release.set()  # no thread outlives the test


def make(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings, slow: SlowRender
) -> ComposerWidget:
    widget = ComposerWidget(
        content,
        None,
        drafts,
        settings,
        None,
        lambda: NOW,
        render_reply=slow,
        render_deadline_s=DEADLINE_S,
    )
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_a_slow_template_is_given_up_on_and_the_ui_stays_usable(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings, slow: SlowRender
) -> None:
    composer = make(qtbot, content, drafts, settings, slow)
    began = time.monotonic()
    composer.open_template("apology/late")
    assert time.monotonic() - began < DEADLINE_S  # the GUI thread did not wait for it
    assert slow.started.is_set()
    assert composer.renderer.busy
    assert not composer.sendable
    # While it renders, the other fields can still be filled in.
    qtbot.keyClicks(composer.form.editors["customer_name"].input, "Ana")
    assert composer.form.values()["customer_name"] == "Ana"
    qtbot.waitUntil(lambda: TOO_LONG in composer.status_label.text(), timeout=5000)
    assert "late.md" in composer.status_label.text()  # the template to tell them about
    assert not composer.renderer.busy
    assert not composer.sendable
    assert composer.body_edit.toPlainText() == ""  # nothing was rendered
    # A second template opens and renders at once.
    composer.open_template("referral/visit")
    qtbot.keyClicks(composer.form.editors["customer_name"].input, "Bo")
    qtbot.waitUntil(lambda: "Dear Bo," in composer.body_edit.toPlainText())
    # The abandoned render finishes late: its result is dropped.
    slow.release.set()
    assert slow.finished.wait(5)
    qtbot.wait(100)
    assert "LATE" not in composer.body_edit.toPlainText()
    assert "LATE" not in composer.subject_edit.text()
    assert TOO_LONG not in composer.status_label.text()


def test_a_late_result_after_the_deadline_is_dropped(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings, slow: SlowRender
) -> None:
    composer = make(qtbot, content, drafts, settings, slow)
    composer.open_template("apology/late")
    qtbot.waitUntil(lambda: TOO_LONG in composer.status_label.text(), timeout=5000)
    slow.release.set()
    assert slow.finished.wait(5)
    qtbot.wait(100)
    assert composer.body_edit.toPlainText() == ""
    assert TOO_LONG in composer.status_label.text()


def test_a_slow_render_within_the_deadline_arrives_and_keeps_the_writers_edits(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings, slow: SlowRender
) -> None:
    slow.slow_id = "none"  # the first rendering is quick
    composer = make(qtbot, content, drafts, settings, slow)
    composer.open_template("referral/visit")
    qtbot.keyClicks(composer.form.editors["customer_name"].input, "Bo")
    qtbot.waitUntil(lambda: "Dear Bo," in composer.body_edit.toPlainText())
    slow.slow_id = "referral/visit"
    composer.form.editors["customer_name"].set_value("Cy")
    qtbot.waitUntil(lambda: composer.renderer.busy)
    # The writer edits while the render is under way; the merge happens when it arrives.
    composer.body_edit.appendPlainText("P.S. Thank you.")
    slow.release.set()
    qtbot.waitUntil(lambda: not composer.renderer.busy, timeout=5000)
    assert composer.body_edit.toPlainText() == "LATE BODY\nP.S. Thank you."
    assert composer.subject_edit.text() == "LATE SUBJECT"
