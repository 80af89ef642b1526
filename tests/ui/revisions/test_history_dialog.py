"""The history dialog on a real repository: versions, differences, restoring a version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kbassist.revisions.repository import ContentRepository
from kbassist.ui.jobs import JobRunner
from kbassist.ui.revisions.history_dialog import ChangeRole, HistoryDialog
from tests.revisions.repokit import RETURNS_V2, RepoBuilder, article_text, history_repo

RETURNS = "articles/policies/returns.md"


@pytest.fixture
def built(tmp_path: Path) -> Iterator[RepoBuilder]:
    builder = history_repo(tmp_path / "team-repo")
    yield builder
    builder.close()


@pytest.fixture
def dialog(
    qtbot: QtBot, built: RepoBuilder, repo: ContentRepository, runner: JobRunner
) -> HistoryDialog:
    shown = HistoryDialog(
        repo, built.path(RETURNS), "Returns", runner, {"refunds"}, "policies/returns"
    )
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.status.text().startswith("From "))
    return shown


def _summaries(dialog: HistoryDialog) -> list[str]:
    model = dialog.model
    return [
        model.data(model.index(row), Qt.ItemDataRole.DisplayRole).split("\n")[-1]
        for row in range(model.rowCount())
    ]


def test_the_list_is_the_working_copy_then_commits_newest_first(dialog: HistoryDialog) -> None:
    assert _summaries(dialog) == [
        "Working copy — the file as it is now",
        "A receipt by e-mail is enough",
        "Move returns under policies",
        "Allow 30 days",
        "Add the returns article",
    ]
    first = dialog.model.data(dialog.model.index(1), Qt.ItemDataRole.DisplayRole)
    assert first.startswith("1 Nov 2026 13:00  ·  Bor Kralj")
    assert dialog.model.data(dialog.model.index(0), ChangeRole) is None


def test_at_first_the_last_change_is_shown(dialog: HistoryDialog) -> None:
    source = dialog.source.toPlainText()
    assert "+Bring the receipt, printed or by e-mail." in source
    assert "-Bring the receipt." in source
    rendered = dialog.rendered.toPlainText()
    assert "Removed" in rendered and "Added" in rendered
    assert "printed or by e-mail" in rendered


def test_two_chosen_versions_show_the_changed_line_across_the_rename(
    qtbot: QtBot, dialog: HistoryDialog
) -> None:
    dialog.select_rows([2, 4])  # the rename and the first version
    qtbot.waitUntil(lambda: "14 days" in dialog.source.toPlainText())
    source = dialog.source.toPlainText().splitlines()
    assert "-Return any item within 14 days." in source
    assert "+Return any item within 30 days." in source
    assert dialog.status.text().startswith("From ")
    assert "(then articles/returns.md) to " in dialog.status.text()
    assert not dialog.restore_button.isEnabled()


def test_one_version_is_compared_with_the_working_copy(
    qtbot: QtBot, built: RepoBuilder, dialog: HistoryDialog
) -> None:
    path = built.path(RETURNS)
    path.write_text(path.read_text("utf-8").replace("30 days", "60 days"), "utf-8")
    dialog.select_rows([1])
    qtbot.waitUntil(lambda: "60 days" in dialog.source.toPlainText())
    assert "+Return any item within 60 days." in dialog.source.toPlainText().splitlines()
    assert dialog.status.text().endswith("to working copy")


def test_restore_emits_the_old_text(qtbot: QtBot, dialog: HistoryDialog) -> None:
    dialog.select_rows([3])  # "Allow 30 days", when the file was articles/returns.md
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restore_requested, timeout=5000) as signal:
        dialog.restore_button.click()
    assert signal.args == [article_text(RETURNS_V2)]


def test_a_file_without_commits_says_so(
    qtbot: QtBot, built: RepoBuilder, repo: ContentRepository, runner: JobRunner
) -> None:
    fresh = built.path("articles/fresh.md")
    fresh.write_text("# Fresh\n", "utf-8")
    shown = HistoryDialog(repo, fresh, "Fresh", runner)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: "not been committed" in shown.status.text())
    assert shown.model.rowCount() == 1


def test_a_commit_that_cannot_be_read_is_named_and_the_rest_listed(
    qtbot: QtBot, built: RepoBuilder, repo: ContentRepository, runner: JobRunner
) -> None:
    built.commit("Broken date", {"articles/policies/returns.md": "# Returns\n\nBroken.\n"})
    bad = built.spoil_author_date()
    built.commit("After it", {"articles/policies/returns.md": "# Returns\n\nLater.\n"})
    shown = HistoryDialog(repo, built.path(RETURNS), "Returns", runner, set(), "policies/returns")
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.status.text().startswith("From "))
    assert shown.skipped.isVisibleTo(shown)
    assert bad[:7] in shown.skipped.text()
    assert "Broken date" not in _summaries(shown)
    assert _summaries(shown)[1] == "After it"
