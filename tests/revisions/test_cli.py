"""`kbassist history`, `diff` and `commit`, through the command line's own entry point."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.revisions.repository import open_repository
from tests.revisions.repokit import RepoBuilder, history_repo

RETURNS = "policies/returns"


@pytest.fixture
def built(tmp_path: Path) -> Iterator[RepoBuilder]:
    builder = history_repo(tmp_path / "team-repo")
    yield builder
    builder.close()


def _run(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    status = main([*argv, "--content", str(built.content_root)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_history_lists_date_id_author_and_message(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(built, capsys, "history", RETURNS)
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[0].endswith("Bor Kralj  A receipt by e-mail is enough")
    assert lines[-1].startswith("2026-11-01 10:00  ")
    assert lines[-1].endswith("Ana Novak  Add the returns article  (as articles/returns.md)")


def test_history_as_json(built: RepoBuilder, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(built, capsys, "history", RETURNS, "--json")
    assert status == 0
    rows = json.loads(out)
    assert [r["summary"] for r in rows][-2:] == ["Allow 30 days", "Add the returns article"]
    assert rows[-1]["path"] == "articles/returns.md"
    assert rows[0]["email"] == "bor@example.com"
    assert rows[0]["date"] == "2026-11-01T13:00:00+01:00"
    assert len(rows[0]["commit"]) == 40 and rows[0]["commit"].startswith(rows[0]["short_id"])


def test_diff_between_two_versions_and_against_the_working_copy(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = json.loads(_run(built, capsys, "history", RETURNS, "--json")[1])
    status, out, _ = _run(built, capsys, "diff", RETURNS, rows[-1]["short_id"], rows[0]["short_id"])
    assert status == 0
    assert "-Return any item within 14 days." in out.splitlines()
    assert "+Return any item within 30 days." in out.splitlines()
    path = built.path(f"articles/{RETURNS}.md")
    path.write_text(path.read_text("utf-8").replace("30 days", "45 days"), "utf-8")
    status, out, _ = _run(built, capsys, "diff", RETURNS, "HEAD")
    assert status == 0
    assert "+Return any item within 45 days." in out.splitlines()
    assert "\033[" not in out


def test_unknown_article_revision_and_folder_outside_git(
    built: RepoBuilder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(built, capsys, "history", "no/such-article")
    assert status == 2 and "no article 'no/such-article'" in err
    status, _, err = _run(built, capsys, "history", "../../etc/passwd")
    assert status == 2 and "no article" in err
    status, _, err = _run(built, capsys, "diff", RETURNS, "HEAD~99")
    assert status == 2 and "No version 'HEAD~99'" in err
    plain = tmp_path / "plain"
    (plain / "articles").mkdir(parents=True)
    status = main(["history", "x", "--content", str(plain)])
    assert status == 2 and "not in a git repository" in capsys.readouterr().err


def test_commit_named_articles_prints_what_went_in(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    returns, refunds = built.path(f"articles/{RETURNS}.md"), built.path("articles/refunds.md")
    returns.write_text(returns.read_text("utf-8") + "\nAsk in store.\n", "utf-8")
    refunds.write_text("# Refunds\n\n7 days.\n", "utf-8")
    status, out, _ = _run(built, capsys, "commit", "-m", "Mention stores", RETURNS)
    assert status == 0
    assert out.startswith("Committed ")
    assert "by Cleo Mlakar <cleo@example.com>: Mention stores" in out
    assert f"  modified  articles/{RETURNS}.md" in out
    assert "refunds" not in out
    repo = open_repository(built.content_root)
    assert repo is not None
    with repo:
        assert [c.path for c in repo.changed_content_files()] == [refunds]


def test_commit_everything_then_nothing_left(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    built.path("articles/new.md").write_text("# New\n", "utf-8")
    built.path("articles/refunds.md").unlink()
    status, out, _ = _run(built, capsys, "commit", "-m", "New and gone")
    assert status == 0
    assert "  added     articles/new.md" in out and "  deleted   articles/refunds.md" in out
    assert "2 files committed." in out
    status, _, err = _run(built, capsys, "commit", "-m", "Again")
    assert status == 1 and "Nothing to commit" in err


def test_commit_without_an_identity_fails_with_the_fix(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    config = built.repo.get_config()
    config.remove((b"user",), b"name")
    config.write_to_path()
    built.path("articles/new.md").write_text("# New\n", "utf-8")
    status, _, err = _run(built, capsys, "commit", "-m", "New")
    assert status == 1
    assert "user.name is not set" in err and 'git config --global user.name "Your Name"' in err


def test_a_damaged_repository_fails_with_a_message(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = json.loads(_run(built, capsys, "history", RETURNS, "--json")[1])
    first = rows[-1]["commit"]
    (built.root / ".git" / "objects" / first[:2] / first[2:]).unlink()
    status, _, err = _run(built, capsys, "history", RETURNS)
    assert status == 1
    assert "cannot be read" in err and "Traceback" not in err


def test_history_and_diff_show_control_characters_as_escapes(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    # An ESC sequence that would clear the screen, a C1 control and a right-to-left override.
    sneaky = "\x1b[2J\x1b]0;owned\x07\x9b\u202e"
    built.commit(
        f"Hide {sneaky} this",
        {"articles/policies/returns.md": f"# Returns\n\nThirty days.{sneaky}\n"},
        author=f"Eve{sneaky} <eve@example.com>",
    )
    built.checkout()
    for argv in (("history", RETURNS), ("diff", RETURNS, "HEAD~1", "HEAD")):
        status, out, _ = _run(built, capsys, *argv)
        assert status == 0
        assert not any(c in out for c in "\x1b\x07\x9b\u202e"), argv
        assert "\\x1b[2J" in out
    _, history, _ = _run(built, capsys, "history", RETURNS)
    assert "Hide \\x1b[2J\\x1b]0;owned\\x07\\x9b\\u202e this" in history.splitlines()[0]


def test_history_notes_a_commit_it_cannot_read_and_lists_the_rest(
    built: RepoBuilder, capsys: pytest.CaptureFixture[str]
) -> None:
    built.commit("Broken date", {"articles/policies/returns.md": "# Returns\n\nNow.\n"})
    bad = built.spoil_author_date()
    status, out, err = _run(built, capsys, "history", RETURNS)
    assert status == 0
    assert len(out.splitlines()) == 4
    assert bad[:7] in err and "left out" in err
