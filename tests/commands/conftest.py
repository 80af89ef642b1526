"""A small content folder with one problem of each kind the CLI tests look for, in real git."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.contentkit import LATE_TEMPLATE, article, write


def git(repo: Path, *args: str) -> str:
    """Run the git command in repo with this test's identity and no user or system config."""
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Ana Novak",
        "GIT_AUTHOR_EMAIL": "ana@example.com",
        "GIT_COMMITTER_NAME": "Ana Novak",
        "GIT_COMMITTER_EMAIL": "ana@example.com",
    }
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout


def write_content(root: Path) -> Path:
    """Two linked articles, one past its review date, and a template with tone warnings."""
    article(root, "returns", "Returns", related="[refunds]")
    article(root, "refunds", "Refunds")
    article(root, "old", "Old", review_by="2020-01-01", owner="Billing team")
    write(root, "replies/late.md", LATE_TEMPLATE)
    return root


@pytest.fixture
def content_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The content, committed as the first commit of a git repository; the working folder."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    root = write_content(tmp_path / "kb")
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "--message=Starting content")
    monkeypatch.chdir(root)
    return root
