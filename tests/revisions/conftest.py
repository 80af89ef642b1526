"""Every test here sees only the git config of the repositories it builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.revisions.repokit import isolate_git_config


@pytest.fixture(autouse=True)
def git_config_of_the_test_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No ~/.gitconfig, /etc/gitconfig or GIT_AUTHOR_* of this machine."""
    isolate_git_config(tmp_path, monkeypatch)
