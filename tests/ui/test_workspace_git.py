"""The window over a content folder kept in git: last change, branch status, review, history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kbassist.review.report import Reason
from kbassist.ui.main_window import MainWindow
from tests.revisions.repokit import RepoBuilder, history_repo, isolate_git_config
from tests.ui.test_workspace import _open_window


@pytest.fixture(autouse=True)
def git_config_of_the_test_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git_config(tmp_path, monkeypatch)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[RepoBuilder]:
    builder = history_repo(tmp_path / "team-content")
    # As after a fetch: origin/main one commit behind the local branch.
    builder.track(builder.tip("main").decode())
    builder.commit("Refunds in 4 days", {"articles/refunds.md": "# Refunds\n\n4 days.\n"})
    builder.checkout()
    yield builder
    builder.close()


@pytest.fixture
def window(qtbot: QtBot, repo: RepoBuilder) -> Iterator[MainWindow]:
    win = _open_window(qtbot, repo.content_root)
    yield win
    win.close()


def test_an_opened_article_says_who_changed_it_last(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("article", "policies/returns")
    label = window.article_view.last_change
    # The merge brought Bor's receipt change in last; the walk runs on the git thread.
    qtbot.waitUntil(lambda: label.text().startswith("Last changed by"), timeout=10_000)
    assert label.isVisibleTo(window.article_view)
    assert "Ana Novak" in label.text() or "Bor Kralj" in label.text()


def test_history_and_commit_are_offered_only_for_a_folder_in_git(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    actions = window.actions_by_name
    qtbot.waitUntil(lambda: actions["article_history"].isEnabled(), timeout=10_000)
    assert actions["commit_content"].isEnabled()
    expected = "main is 1 commit ahead of origin/main — push with your git tool"
    qtbot.waitUntil(lambda: window.tracking_label.text() == expected, timeout=10_000)
    plain = tmp_path / "plain-content"
    (plain / "articles").mkdir(parents=True)
    (plain / "articles" / "a.md").write_text("---\ntitle: A\n---\n# A\n\nText.\n", "utf-8")
    with qtbot.waitSignal(window.content_reloaded, timeout=20_000):
        window.use_content(plain)
    qtbot.waitUntil(lambda: not actions["article_history"].isEnabled(), timeout=10_000)
    assert not actions["commit_content"].isEnabled()
    assert window.tracking_label.text() == ""


def test_the_review_panel_lists_a_translation_older_than_its_source(
    qtbot: QtBot, repo: RepoBuilder
) -> None:
    repo.commit(
        "Add the Slovenian refunds",
        {
            "articles/refunds.md": "---\ntitle: Refunds\nsummary: 5 days.\n"
            "translations: {sl: refunds.sl}\n---\n# Refunds\n\n5 days.\n",
            "articles/refunds.sl.md": "---\ntitle: Vračila\nsummary: 5 dni.\nlanguage: sl\n"
            "---\n# Vračila\n\n5 dni.\n",
        },
    )
    repo.commit(
        "Refunds in 3 days",
        {
            "articles/refunds.md": "---\ntitle: Refunds\nsummary: 3 days.\n"
            "translations: {sl: refunds.sl}\n---\n# Refunds\n\n3 days.\n"
        },
    )
    repo.checkout()
    window = _open_window(qtbot, repo.content_root)
    window.toggle_review()
    assert window.review_dock.isVisible()

    def listed() -> None:
        report = window.review_view.report
        assert report is not None
        stale = [i.article_id for i in report.items if i.reason is Reason.STALE_TRANSLATION]
        assert stale == ["refunds.sl"]

    # The translation dates come from the git thread, after the list first shows.
    qtbot.waitUntil(listed, timeout=10_000)
    window.toggle_review()
    assert not window.review_dock.isVisible()
    window.close()
