"""The commit dialog on a real repository: files to check, the author, the commit itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from dulwich.objects import Commit
from dulwich.repo import Repo
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kbassist.revisions.repository import ContentRepository, open_repository
from kbassist.ui.jobs import JobRunner
from kbassist.ui.revisions.commit_dialog import CommitDialog
from tests.revisions.repokit import RepoBuilder, history_repo


@pytest.fixture
def built(tmp_path: Path) -> Iterator[RepoBuilder]:
    builder = history_repo(tmp_path / "team-repo")
    builder.path("articles/policies/returns.md").write_text("# Returns\n\nAsk in store.\n")
    builder.path("articles/new.md").write_text("# New\n", "utf-8")
    yield builder
    builder.close()


def _open(qtbot: QtBot, repo: ContentRepository, runner: JobRunner) -> CommitDialog:
    dialog = CommitDialog(repo, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 or "git" in dialog.outcome.text())
    return dialog


def test_changed_files_are_listed_checked_with_the_author(
    qtbot: QtBot, repo: ContentRepository, runner: JobRunner
) -> None:
    dialog = _open(qtbot, repo, runner)
    model = dialog.model
    rows = [model.data(model.index(r), Qt.ItemDataRole.DisplayRole) for r in range(2)]
    assert rows == ["added — articles/new.md", "modified — articles/policies/returns.md"]
    checks = [model.data(model.index(r), Qt.ItemDataRole.CheckStateRole) for r in range(2)]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Checked]
    assert dialog.author.text() == (
        "The commit will be by Cleo Mlakar <cleo@example.com> (from your git config)."
    )
    assert not dialog.commit_button.isEnabled()  # no message yet


def test_commit_of_the_checked_file_uses_the_configured_author(
    qtbot: QtBot, built: RepoBuilder, repo: ContentRepository, runner: JobRunner
) -> None:
    dialog = _open(qtbot, repo, runner)
    dialog.model.setData(
        dialog.model.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.keyClicks(dialog.message, "Returns in store")
    assert dialog.commit_button.isEnabled()
    with qtbot.waitSignal(dialog.committed, timeout=5000) as signal:
        dialog.commit_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.outcome.text().startswith(
        f"Committed {signal.args[0]}: Returns in store (1 file)"
    )
    assert "1 file changed." in dialog.outcome.text()
    raw = Repo(str(built.root))
    try:
        commit = raw[raw.head()]
        assert isinstance(commit, Commit)
        assert commit.author == b"Cleo Mlakar <cleo@example.com>"
        assert commit.message == b"Returns in store\n"
        assert commit.id.decode().startswith(signal.args[0])
    finally:
        raw.close()
    assert [c.path for c in repo.changed_content_files()] == [built.path("articles/new.md")]


def test_without_an_identity_the_dialog_says_how_to_set_one(
    qtbot: QtBot, built: RepoBuilder, repo: ContentRepository, runner: JobRunner
) -> None:
    config = built.repo.get_config()
    config.remove((b"user",), b"name")
    config.write_to_path()
    dialog = _open(qtbot, repo, runner)
    qtbot.waitUntil(lambda: "user.name is not set" in dialog.outcome.text())
    qtbot.keyClicks(dialog.message, "Returns in store")
    assert not dialog.commit_button.isEnabled()


def test_a_changed_symbolic_link_is_shown_without_a_check_box(
    qtbot: QtBot, built: RepoBuilder, runner: JobRunner
) -> None:
    built.commit_link("articles/latest.md", "new.md")
    link = built.path("articles/latest.md")
    link.unlink()
    link.symlink_to("policies/returns.md")
    repo = open_repository(built.content_root)
    assert repo is not None
    with repo:
        dialog = _open(qtbot, repo, runner)
        model = dialog.model
        rows = [model.data(model.index(r), Qt.ItemDataRole.DisplayRole) for r in range(3)]
        assert rows[0] == (
            "symbolic link, not committed — articles/latest.md — use your git tool for it"
        )
        assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) is None
        assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
        assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEnabled
        assert link not in [change.path for change in model.checked()]
        assert len(model.checked()) == 2
