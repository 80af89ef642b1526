"""The repository's .pre-commit-hooks.yaml: a valid pre-commit manifest whose hooks, run as
pre-commit runs them (staged files matched by `files`, passed after entry and args), are real
`kbassist` commands that pass good commits and stop bad ones in a real git repository."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.commands.conftest import git
from tests.contentkit import article, write

HOOKS_FILE = Path(__file__).parents[2] / ".pre-commit-hooks.yaml"
KBASSIST = Path(sys.executable).with_name("kbassist")
# pre-commit's manifest schema (pre_commit/clientlib.py): what a hook must and may have.
REQUIRED = {"id", "name", "entry", "language"}
OPTIONAL = {
    "alias",
    "files",
    "exclude",
    "types",
    "types_or",
    "exclude_types",
    "additional_dependencies",
    "args",
    "always_run",
    "fail_fast",
    "pass_filenames",
    "description",
    "language_version",
    "log_file",
    "minimum_pre_commit_version",
    "require_serial",
    "stages",
    "verbose",
}
CARD_TEMPLATE = """---
title: Refund sent
kind: information
language: en
---
We refunded the card 4111 1111 1111 1111 today.
"""


def _hooks() -> dict[str, dict[str, Any]]:
    loaded = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return {hook["id"]: hook for hook in loaded}


def _run_hook(hook: dict[str, Any], repo: Path, *, all_files: bool = False) -> tuple[int, str]:
    """Run hook on repo as `pre-commit run` would; (-1, "") when pre-commit would skip it."""
    listed = ["ls-files"] if all_files else ["diff", "--staged", "--name-only"]
    # pre-commit's own choice of files: staged, deleted ones left out.
    names = git(repo, *listed, "--diff-filter=ACMRTUXB" if not all_files else "--cached")
    files = [n for n in names.splitlines() if re.search(hook.get("files", ""), n)]
    if hook.get("exclude"):
        files = [n for n in files if not re.search(hook["exclude"], n)]
    if not files and not hook.get("always_run", False):
        return -1, ""
    command = shlex.split(hook["entry"]) + list(hook.get("args", []))
    if hook.get("pass_filenames", True):
        command += files
    assert command[0] == "kbassist"
    done = subprocess.run(
        [str(KBASSIST), *command[1:]], cwd=repo, capture_output=True, text=True, timeout=300
    )
    return done.returncode, done.stdout + done.stderr


def test_the_hooks_file_is_a_valid_pre_commit_manifest() -> None:
    hooks = _hooks()
    assert set(hooks) == {"kbassist-check", "kbassist-tone"}
    for hook in hooks.values():
        assert set(hook) >= REQUIRED, hook
        assert set(hook) <= REQUIRED | OPTIONAL, set(hook) - REQUIRED - OPTIONAL
        assert hook["language"] == "python"  # pre-commit installs this repository for it
        re.compile(hook["files"])
        assert shlex.split(hook["entry"])[:2] == ["kbassist", hook["name"].split()[1]]


@pytest.mark.parametrize(
    ("name", "matches"),
    [
        ("articles/returns/how-to-return.md", True),
        ("kb/articles/a.md", True),
        ("replies/apology/late.sl.md", True),
        ("facilities/stores.yaml", True),
        ("facilities/places.csv", True),
        ("kbassist.toml", True),
        ("tone/team.yaml", True),
        ("README.md", False),
        ("docs/notes.md", False),
        ("facilities/old/stores.yaml", False),
    ],
)
def test_check_runs_on_the_files_it_reads(name: str, matches: bool) -> None:
    assert bool(re.search(_hooks()["kbassist-check"]["files"], name)) is matches


def test_a_good_commit_passes_both_hooks(content_repo: Path) -> None:
    assert KBASSIST.is_file(), "kbassist must be installed in the environment under test"
    article(content_repo, "refunds", "Refunds", body="Refunds take five working days.")
    git(content_repo, "add", "--all")
    hooks = _hooks()
    code, output = _run_hook(hooks["kbassist-check"], content_repo)
    assert code == 0, output
    # Warnings elsewhere (a stale article, tone in a template) do not concern this commit.
    assert "stale-article" not in output
    assert _run_hook(hooks["kbassist-tone"], content_repo) == (-1, "")  # no reply changed
    code, output = _run_hook(hooks["kbassist-check"], content_repo, all_files=True)
    assert code == 0, output
    assert "stale-article" in output  # every file named: every warning shown


def test_a_broken_link_stops_the_commit(content_repo: Path) -> None:
    article(content_repo, "refunds", "Refunds", related="[returns, gone]")
    git(content_repo, "add", "--all")
    code, output = _run_hook(_hooks()["kbassist-check"], content_repo)
    assert code == 1
    assert "articles/refunds.md:3: error: 'related' points to 'gone'" in output


def test_deleting_a_linked_article_stops_the_commit(content_repo: Path) -> None:
    git(content_repo, "rm", "--quiet", "articles/refunds.md")
    code, output = _run_hook(_hooks()["kbassist-check"], content_repo)
    assert code == 1
    assert "articles/returns.md:3: error: 'related' points to 'refunds'" in output


def test_a_card_number_in_a_template_stops_the_commit_at_the_tone_hook(
    content_repo: Path,
) -> None:
    write(content_repo, "replies/refund-sent.md", CARD_TEMPLATE)
    git(content_repo, "add", "--all")
    hooks = _hooks()
    code, output = _run_hook(hooks["kbassist-check"], content_repo)
    assert code == 0, output  # to `kbassist check` a tone finding is a warning
    assert "replies/refund-sent.md:6: warning: This looks like a payment card number" in output
    code, output = _run_hook(hooks["kbassist-tone"], content_repo)
    assert code == 1
    assert "replies/refund-sent.md:6:" in output
    assert "[card-number]" in output
