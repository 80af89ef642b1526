"""`kbassist check --changed [REV]` and `kbassist check FILE...`: the problems of the chosen
files, and every problem across files wherever it lands, from a real git repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kbassist.cli import main
from tests.commands.conftest import git
from tests.contentkit import article, write


def _problems(capsys: pytest.CaptureFixture[str]) -> set[tuple[str, str]]:
    return {(p["path"], p["code"]) for p in json.loads(capsys.readouterr().out)}


def test_a_clean_working_copy_reports_nothing_though_old_files_have_warnings(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--content", ".", "--changed", "--json"]) == 0
    assert _problems(capsys) == set()
    assert main(["check", "--content", ".", "--json"]) == 0
    assert ("articles/old.md", "stale-article") in _problems(capsys)


def test_only_the_changed_files_problems_are_reported(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article(content_repo, "returns", "Returns", related="[refunds, gone]")
    assert main(["check", "--content", ".", "--changed", "--format", "json"]) == 1
    # Not the stale article nor the template's tone warnings: those files did not change.
    assert _problems(capsys) == {("articles/returns.md", "unknown-related")}


def test_a_deleted_article_is_caught_in_the_unchanged_files_that_link_to_it(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(content_repo, "rm", "--quiet", "articles/refunds.md")
    assert main(["check", "--content", ".", "--changed", "--json"]) == 1
    assert _problems(capsys) == {("articles/returns.md", "unknown-related")}


def test_new_untracked_and_staged_files_count_as_changed(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(content_repo, "articles/new.md", "---\nsummary: no title\n---\nBody\n")
    write(content_repo, "replies/late.md", (content_repo / "replies/late.md").read_text() + "\n")
    git(content_repo, "add", "replies/late.md")
    assert main(["check", "--content", ".", "--changed", "--json"]) == 1
    assert _problems(capsys) == {
        ("articles/new.md", "missing-title"),
        # A changed template is tone-checked again.
        ("replies/late.md", "tone-apology-missing"),
        ("replies/late.md", "tone-condescension"),
    }


def test_changed_since_a_revision_takes_in_the_commits_after_it(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = git(content_repo, "rev-parse", "HEAD").strip()
    write(content_repo, "articles/untitled.md", "---\nsummary: no title\n---\nBody\n")
    git(content_repo, "add", "--all")
    git(content_repo, "commit", "--quiet", "--message=Add an article")
    git(content_repo, "branch", "review")
    assert main(["check", "--content", ".", "--changed", "--json"]) == 0
    assert _problems(capsys) == set()
    for since in ("HEAD~1", first[:8], "main~1"):
        assert main(["check", "--content", ".", "--changed", since, "--json"]) == 1
        assert _problems(capsys) == {("articles/untitled.md", "missing-title")}
    assert main(["check", "--content", ".", "--changed", "review", "--json"]) == 0


def test_a_settings_change_reports_the_whole_folder(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(content_repo, "kbassist.toml", "[tone]\nmax_words = 30\n")
    assert main(["check", "--content", ".", "--changed", "--json"]) == 0
    assert ("articles/old.md", "stale-article") in _problems(capsys)


def test_named_files_are_what_pre_commit_passes(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (content_repo / "articles/refunds.md").unlink()
    assert main(["check", "--content", ".", "articles/old.md", "--json"]) == 1
    assert _problems(capsys) == {
        ("articles/old.md", "stale-article"),
        ("articles/returns.md", "unknown-related"),  # across files: reported wherever it is
    }


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--changed", "nowhere~3"], "No version 'nowhere~3' in the repository"),
        (["--changed", "HEAD", "articles/old.md"], "give either FILE names or --changed"),
        (["articles/missing.md"], "articles/missing.md: no such file. Check the path."),
    ],
)
def test_bad_use_is_a_clear_message_and_exit_2(
    content_repo: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(["check", "--content", ".", *arguments]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""


def test_changed_outside_a_git_repository_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article(tmp_path, "a", "A")
    assert main(["check", "--content", str(tmp_path), "--changed"]) == 2
    assert "is not in a git repository, so --changed cannot tell" in capsys.readouterr().err


def test_a_named_folder_stands_for_the_files_in_it(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(content_repo, "replies/other/untitled.md", "---\nsubject: S\n---\nHello\n")
    assert main(["check", "--content", ".", "replies", "--json"]) == 1
    # Not articles/old.md's stale review: it is not in the folder named.
    assert {path for path, _code in _problems(capsys)} == {
        "replies/late.md",
        "replies/other/untitled.md",
    }


def test_a_missing_content_folder_is_still_an_error_with_changed(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--content", "nowhere", "--changed", "--json"]) == 1
    assert _problems(capsys) == {(str(content_repo / "nowhere"), "no-content")}


def test_a_fact_taken_out_of_an_article_is_caught_in_the_template_that_uses_it(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article(content_repo, "refunds", "Refunds", facts="{refund_days: 5}")
    write(
        content_repo,
        "replies/refund.md",
        '---\ntitle: Refund\n---\nYour money is back in {{ kb["refunds"].refund_days }} days.\n',
    )
    git(content_repo, "add", "--all")
    git(content_repo, "commit", "--quiet", "--message=A fact and a template using it")
    article(content_repo, "refunds", "Refunds")
    assert main(["check", "--content", ".", "--changed", "--json"]) == 1
    assert _problems(capsys) == {("replies/refund.md", "unknown-fact")}
