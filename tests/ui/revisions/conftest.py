"""Every test here sees only the git config of the repositories it builds; the repository
each dialog opens and the git thread it reads on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kbassist.revisions.repository import ContentRepository, open_repository
from kbassist.ui.jobs import JobRunner
from tests.revisions.repokit import RepoBuilder, isolate_git_config


@pytest.fixture(autouse=True)
def git_config_of_the_test_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No ~/.gitconfig, /etc/gitconfig or GIT_AUTHOR_* of this machine."""
    isolate_git_config(tmp_path, monkeypatch)


@pytest.fixture
def repo(built: RepoBuilder) -> Iterator[ContentRepository]:
    """The test module's built repository, opened as the app opens it."""
    opened = open_repository(built.content_root)
    assert opened is not None
    yield opened
    opened.close()


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    """A git thread of the dialog's own."""
    git_runner = JobRunner("test-git")
    yield git_runner
    git_runner.stop()
