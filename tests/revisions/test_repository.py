"""History, versions, differences, working-tree changes, commits and tracking on real repos."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from dulwich.object_store import iter_tree_contents
from dulwich.objects import Commit, ObjectID
from dulwich.repo import Repo

from kbassist.revisions.repository import (
    CommitRefusedError,
    ConfigFileError,
    ContentRepository,
    DamagedRepositoryError,
    FileChange,
    FileStatus,
    IdentityMissingError,
    RevisionsError,
    UnknownRevisionError,
    open_repository,
)
from tests.revisions.repokit import BOR, START, RepoBuilder, history_repo

RETURNS = "articles/policies/returns.md"


@pytest.fixture
def built(tmp_path: Path) -> Iterator[RepoBuilder]:
    builder = history_repo(tmp_path / "team-repo")
    yield builder
    builder.close()


@pytest.fixture
def repo(built: RepoBuilder) -> Iterator[ContentRepository]:
    opened = open_repository(built.content_root)
    assert opened is not None
    yield opened
    opened.close()


def test_a_folder_outside_any_repository_has_none(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    assert open_repository(folder) is None


def test_the_repository_is_found_from_a_content_subfolder(repo: ContentRepository) -> None:
    assert repo.content_root.name == "content"
    assert repo.root == repo.content_root.parent


def test_a_damaged_repository_is_named_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "content").mkdir()
    with pytest.raises(DamagedRepositoryError, match=r"cannot be read.*git fsck"):
        open_repository(tmp_path / "content")


def test_history_is_newest_first_across_the_rename_and_the_merged_branch(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    history = repo.history(built.path(RETURNS))
    assert [c.summary for c in history] == [
        "A receipt by e-mail is enough",
        "Move returns under policies",
        "Allow 30 days",
        "Add the returns article",
    ]
    assert [c.path for c in history] == [
        built.path(RETURNS),
        built.path(RETURNS),
        built.path("articles/returns.md"),
        built.path("articles/returns.md"),
    ]
    assert history[0].author_name == "Bor Kralj"
    assert history[0].author_email == "bor@example.com"
    assert history[-1].author_name == "Ana Novak"
    assert history[-1].when == START + dt.timedelta(hours=1)
    assert history[-1].when.utcoffset() == dt.timedelta(hours=1)
    assert len(history[0].commit_id) == 40
    assert history[0].short_id == history[0].commit_id[:7]


def test_history_of_a_file_never_committed_is_empty(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    assert repo.history(built.path("articles/new.md")) == []
    assert repo.last_change(built.path("articles/new.md")) is None


def test_last_change_is_the_newest_commit_and_follows_head(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    refunds = built.path("articles/refunds.md")
    change = repo.last_change(refunds)
    assert change is not None
    assert change.summary == "Refunds in 5 days"
    built.commit("Refunds in 3 days", {"articles/refunds.md": "# Refunds\n\n3 days.\n"}, author=BOR)
    moved = repo.last_change(refunds)
    assert moved is not None and moved.summary == "Refunds in 3 days"
    assert moved.author_name == "Bor Kralj"


def _content_files(built: RepoBuilder) -> list[Path]:
    return sorted(path for path in built.content_root.rglob("*") if path.is_file())


def test_last_changes_agree_with_last_change_across_the_rename_and_the_merge(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    files = _content_files(built)
    assert len(files) == 2
    never = built.path("articles/new.md")
    changes = repo.last_changes([*files, never, built.path("articles/returns.md")])
    for path in files:
        alone = open_repository(built.content_root)
        assert alone is not None
        with alone:
            assert changes[path] == alone.last_change(path)
    assert changes[built.path(RETURNS)].summary == "A receipt by e-mail is enough"
    assert changes[built.path("articles/refunds.md")].summary == "Refunds in 5 days"
    # The file before its rename: last touched by the commit that moved it away.
    assert changes[built.path("articles/returns.md")].summary == "Move returns under policies"
    assert never not in changes


def test_last_changes_agree_with_last_change_after_every_commit(tmp_path: Path) -> None:
    builder = RepoBuilder(tmp_path / "repo")
    try:
        edits: list[dict[str, str | None]] = [
            {"articles/a.md": "a1\n", "articles/b.md": "b1\n", "replies/r.md": "r1\n"},
            {"articles/a.md": "a2\n"},
            {"replies/r.md": None, "articles/c.md": "c1\n"},
            {"articles/b.md": "b2\n", "articles/c.md": "c2\n"},
        ]
        names = ["articles/a.md", "articles/b.md", "articles/c.md", "replies/r.md"]
        for number, files in enumerate(edits):
            builder.commit(f"Edit {number}", files)
            repo = open_repository(builder.content_root)
            assert repo is not None
            with repo:
                many = repo.last_changes(builder.path(name) for name in names)
            for name in names:
                alone = open_repository(builder.content_root)
                assert alone is not None
                with alone:
                    assert many.get(builder.path(name)) == alone.last_change(builder.path(name))
        assert {p.name: c.summary for p, c in many.items()} == {
            "a.md": "Edit 1",
            "b.md": "Edit 3",
            "c.md": "Edit 3",
            "r.md": "Edit 2",
        }
    finally:
        builder.close()


def test_last_changes_follow_head(built: RepoBuilder, repo: ContentRepository) -> None:
    refunds = built.path("articles/refunds.md")
    assert repo.last_changes([refunds])[refunds].summary == "Refunds in 5 days"
    built.commit("Refunds in 3 days", {"articles/refunds.md": "# Refunds\n\n3 days.\n"})
    assert repo.last_changes([refunds])[refunds].summary == "Refunds in 3 days"
    assert repo.last_change(refunds) == repo.last_changes([refunds])[refunds]


def _remove_every_commit(built: RepoBuilder) -> None:
    for entry in built.repo.get_walker():
        commit = entry.commit.id.decode()
        (built.root / ".git" / "objects" / commit[:2] / commit[2:]).unlink()


def test_files_looked_up_together_are_not_looked_up_again(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    files = _content_files(built)
    before = repo.last_changes(files)
    _remove_every_commit(built)
    # With every commit gone, only what was remembered can answer.
    assert repo.last_changes(files) == before
    assert [repo.last_change(path) for path in files] == [before[path] for path in files]


def test_last_change_notes_the_other_files_it_passes(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    returns, refunds = _content_files(built)
    # The walk meets "Refunds in 5 days" before the branch commit that last changed returns.
    assert repo.last_change(returns) is not None
    _remove_every_commit(built)
    change = repo.last_change(refunds)
    assert change is not None and change.summary == "Refunds in 5 days"


def test_last_change_walks_back_no_further_than_the_change(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    first = repo.history(built.path(RETURNS))[-1].commit_id
    (built.root / ".git" / "objects" / first[:2] / first[2:]).unlink()
    change = repo.last_change(built.path("articles/refunds.md"))
    assert change is not None and change.summary == "Refunds in 5 days"
    with pytest.raises(DamagedRepositoryError):
        repo.last_changes([built.path("articles/new.md")])


def test_last_changes_of_a_path_outside_the_repository_say_so(
    tmp_path: Path, repo: ContentRepository
) -> None:
    with pytest.raises(RevisionsError, match="is not in the git repository"):
        repo.last_changes([tmp_path / "elsewhere.md"])


def test_text_at_a_revision_by_full_short_and_relative_ids(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    history = repo.history(built.path(RETURNS))
    first = history[-1]
    assert "14 days" in repo.text_at(first.path, first.commit_id)
    assert "14 days" in repo.text_at(first.path, first.short_id)
    # HEAD is the merge; its first parent is "Refunds in 5 days", then the rename, then 30 days.
    assert "30 days" in repo.text_at(built.path("articles/returns.md"), "HEAD~3")
    assert "printed or by e-mail" in repo.text_at(built.path(RETURNS), "HEAD")
    assert repo.resolve("HEAD^2") == history[0].commit_id


def test_unknown_revisions_say_how_to_name_one(built: RepoBuilder, repo: ContentRepository) -> None:
    for revision in ("deadbeef", "HEAD~40", "no such thing", "HEAD^3"):
        with pytest.raises(UnknownRevisionError, match="kbassist history"):
            repo.text_at(built.path(RETURNS), revision)


def test_text_at_a_revision_without_the_file_says_so(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    first = repo.history(built.path(RETURNS))[-1]
    with pytest.raises(Exception, match="did not exist"):
        repo.text_at(built.path(RETURNS), first.commit_id)


def test_diff_between_revisions_finds_the_file_under_its_old_name(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    history = repo.history(built.path(RETURNS))
    lines = repo.diff(built.path(RETURNS), history[-1].short_id, history[0].short_id)
    assert lines[0].startswith("--- a/content/articles/returns.md (")
    assert lines[1].startswith(f"+++ b/content/{RETURNS} (")
    assert "-Return any item within 14 days." in lines
    assert "+Return any item within 30 days." in lines
    assert "+Bring the receipt, printed or by e-mail." in lines


def test_diff_against_the_working_copy(built: RepoBuilder, repo: ContentRepository) -> None:
    path = built.path(RETURNS)
    path.write_text(path.read_text("utf-8").replace("30 days", "60 days"), "utf-8")
    lines = repo.diff(path, "HEAD")
    assert lines[1].endswith("(working copy)")
    assert [line for line in lines if line[:1] in "+-" and line[:3] not in ("+++", "---")] == [
        "-Return any item within 30 days.",
        "+Return any item within 60 days.",
    ]
    versions = repo.versions(path, "HEAD")
    assert "30 days" in versions.old.text and "60 days" in versions.new.text
    assert versions.new.commit_id is None


def test_a_clean_checkout_has_no_changes(repo: ContentRepository) -> None:
    assert repo.changed_content_files() == []


def test_changes_list_edits_new_and_removed_and_renamed_files(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    built.path(RETURNS).write_text("Changed.\n", "utf-8")
    built.path("articles/money").mkdir()
    built.path("articles/refunds.md").rename(built.path("articles/money/refunds.md"))
    (built.path("articles/new.md")).write_text("# New\n", "utf-8")
    (built.path("replies")).mkdir()
    (built.path("replies/thanks.md")).write_text("Thanks\n", "utf-8")
    (built.path("notes.txt")).write_text("not content\n", "utf-8")
    (built.root / "README.md").write_text("outside the content folder\n", "utf-8")
    assert repo.changed_content_files() == [
        FileChange(
            built.path("articles/money/refunds.md"),
            FileStatus.RENAMED,
            built.path("articles/refunds.md"),
        ),
        FileChange(built.path("articles/new.md"), FileStatus.ADDED),
        FileChange(built.path(RETURNS), FileStatus.MODIFIED),
        FileChange(built.path("replies/thanks.md"), FileStatus.ADDED),
    ]
    built.path(RETURNS).unlink()
    assert FileChange(built.path(RETURNS), FileStatus.DELETED) in repo.changed_content_files()


def test_an_edited_file_is_seen_even_when_its_size_is_unchanged(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    path = built.path("articles/refunds.md")
    before = path.stat()
    path.write_text(path.read_text("utf-8").replace("5", "6"), "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert repo.changed_content_files() == [FileChange(path, FileStatus.MODIFIED)]


def test_commit_uses_the_configured_author_and_only_the_chosen_files(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    returns, refunds = built.path(RETURNS), built.path("articles/refunds.md")
    returns.write_text(returns.read_text("utf-8") + "\nAsk in store.\n", "utf-8")
    refunds.write_text("# Refunds\n\n7 days.\n", "utf-8")
    change = repo.commit([returns], "Mention stores\n\nAgents asked where to go.")
    assert change.author_name == "Cleo Mlakar"
    assert change.author_email == "cleo@example.com"
    assert change.summary == "Mention stores"
    raw = Repo(str(built.root))
    try:
        commit = raw[raw.head()]
        assert isinstance(commit, Commit)
        assert commit.author == commit.committer == b"Cleo Mlakar <cleo@example.com>"
        assert commit.message == b"Mention stores\n\nAgents asked where to go.\n"
    finally:
        raw.close()
    assert repo.history(returns)[0].commit_id == change.commit_id
    assert "Ask in store." in repo.text_at(returns, "HEAD")
    assert "5 days" in repo.text_at(refunds, "HEAD")
    assert repo.changed_content_files() == [FileChange(refunds, FileStatus.MODIFIED)]


def test_commit_of_everything_takes_renames_and_new_files(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    built.path("articles/refunds.md").rename(built.path("articles/money.md"))
    built.path("articles/new.md").write_text("# New\n", "utf-8")
    (built.root / "README.md").write_text("outside\n", "utf-8")
    repo.commit(None, "Tidy articles")
    assert repo.changed_content_files() == []
    assert repo.text_at(built.path("articles/new.md"), "HEAD") == "# New\n"
    with pytest.raises(Exception, match="did not exist"):
        repo.text_at(built.path("articles/refunds.md"), "HEAD")
    with pytest.raises(Exception, match="did not exist"):
        repo.text_at(built.root / "README.md", "HEAD")


def test_a_file_staged_outside_the_content_folder_stays_out_of_the_commit(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    (built.root / "deploy.sh").write_text("echo hi\n", "utf-8")
    built.repo.get_worktree().stage(["deploy.sh"])
    built.path("articles/refunds.md").write_text("# Refunds\n\nNow.\n", "utf-8")
    repo.commit(None, "Refunds now")
    with pytest.raises(Exception, match="did not exist"):
        repo.text_at(built.root / "deploy.sh", "HEAD")
    with pytest.raises(CommitRefusedError, match="not in the content folder"):
        repo.commit([built.root / "deploy.sh"], "Sneak it in")


def test_commit_without_an_identity_says_how_to_set_one(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    config = built.repo.get_config()
    config.remove((b"user",), b"email")
    config.write_to_path()
    built.path("articles/refunds.md").write_text("# Refunds\n\nNow.\n", "utf-8")
    with pytest.raises(IdentityMissingError, match=r"user\.email is not set.*git config"):
        repo.commit(None, "Refunds now")


def test_commit_refuses_an_empty_message_and_nothing_to_commit(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    with pytest.raises(CommitRefusedError, match="Nothing to commit"):
        repo.commit(None, "Nothing")
    built.path("articles/refunds.md").write_text("# Refunds\n\nNow.\n", "utf-8")
    with pytest.raises(CommitRefusedError, match="message"):
        repo.commit(None, "  \n")


def test_tracking_counts_commits_ahead_and_behind(built: RepoBuilder) -> None:
    repo = open_repository(built.content_root)
    assert repo is not None
    with repo:
        rename = repo.resolve("HEAD~2")
        built.track(rename)
        status = repo.tracking_status()
        assert status is not None
        # On main since the rename: the branch commit, "Refunds in 5 days" and the merge.
        assert tuple(status) == (3, 0, "main", "origin/main")
        built.branch("fetched", at=rename)
        built.track(built.commit("Only on the remote", {"articles/x.md": "x\n"}, branch="fetched"))
        status = repo.tracking_status()
        assert status is not None and (status.ahead, status.behind) == (3, 1)


def test_no_tracking_branch_means_no_status(repo: ContentRepository) -> None:
    assert repo.tracking_status() is None


def test_a_missing_object_is_a_damaged_repository(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    first = repo.history(built.path(RETURNS))[-1].commit_id
    (built.root / ".git" / "objects" / first[:2] / first[2:]).unlink()
    with pytest.raises(DamagedRepositoryError, match=r"cannot be read.*git fsck"):
        repo.history(built.path(RETURNS))


def test_a_content_folder_that_is_the_repository_itself(tmp_path: Path) -> None:
    builder = RepoBuilder(tmp_path / "content", content=".")
    try:
        builder.set_identity("Ana Novak", "ana@example.com")
        builder.commit("First", {"articles/a.md": "# A\n"})
        builder.checkout()
        (tmp_path / "content" / "articles" / "b.md").write_text("# B\n", "utf-8")
        repo = open_repository(tmp_path / "content")
        assert repo is not None
        with repo:
            a, b = (tmp_path / "content" / "articles" / name for name in ("a.md", "b.md"))
            assert [c.summary for c in repo.history(a)] == ["First"]
            assert repo.changed_content_files() == [FileChange(b, FileStatus.ADDED)]
            assert repo.commit(None, "Add B").summary == "Add B"
            assert repo.changed_content_files() == []
    finally:
        builder.close()


def _shallow_clone_of_three_commits(tmp_path: Path) -> tuple[RepoBuilder, list[str]]:
    """Three commits of one article, cut off below the second as `git clone --depth 2` does:
    the second is listed in .git/shallow and the first commit's object is not there."""
    builder = RepoBuilder(tmp_path / "shallow-repo")
    ids = [
        builder.commit("First", {"articles/returns.md": "# Returns\n\nOne.\n"}),
        builder.commit("Second", {"articles/returns.md": "# Returns\n\nTwo.\n"}),
        builder.commit("Third", {"articles/returns.md": "# Returns\n\nThree.\n"}),
    ]
    builder.checkout()
    builder.repo.update_shallow({ObjectID(ids[1].encode())}, None)
    first = ids[0]
    (builder.root / ".git" / "objects" / first[:2] / first[2:]).unlink()
    return builder, ids


def test_a_shallow_clone_has_the_history_it_holds(tmp_path: Path) -> None:
    builder, ids = _shallow_clone_of_three_commits(tmp_path)
    with ContentRepository(builder.repo, builder.content_root) as repo:
        path = builder.path("articles/returns.md")
        assert [c.message.strip() for c in repo.history(path)] == ["Third", "Second"]
        change = repo.last_change(path)
        assert change is not None and change.commit_id == ids[2]
        assert repo.resolve("HEAD~1") == ids[1]
        with pytest.raises(UnknownRevisionError):
            repo.resolve("HEAD~2")
        with pytest.raises(UnknownRevisionError):
            repo.resolve(f"{ids[1]}^")


def test_a_same_size_edit_in_the_second_of_the_commit_is_seen(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    path = built.path("articles/refunds.md")
    path.write_text("# Refunds\n\n6 days.\n", "utf-8")
    repo.commit([path], "Refunds in 6 days")
    assert repo.changed_content_files() == []
    # A clock that ticks once a second gives the edit, the entry and the index one time.
    committed = path.stat().st_mtime_ns
    path.write_text("# Refunds\n\n7 days.\n", "utf-8")
    os.utime(path, ns=(committed, committed))
    index = built.root / ".git" / "index"
    os.utime(index, ns=(committed, committed))
    assert repo.changed_content_files() == [FileChange(path, FileStatus.MODIFIED)]


def test_a_file_older_than_the_index_is_trusted_by_size_and_time(
    built: RepoBuilder, repo: ContentRepository
) -> None:
    # The other side of the racy rule: an entry older than the index is not read again, so
    # a same-size edit that kept the old time goes unseen, as in git.
    path = built.path("articles/refunds.md")
    path.write_text("# Refunds\n\n6 days.\n", "utf-8")
    repo.commit([path], "Refunds in 6 days")
    committed = path.stat().st_mtime_ns
    index = built.root / ".git" / "index"
    os.utime(index, ns=(committed + 2_000_000_000, committed + 2_000_000_000))
    path.write_text("# Refunds\n\n7 days.\n", "utf-8")
    os.utime(path, ns=(committed, committed))
    assert repo.changed_content_files() == []


def test_a_tracked_symbolic_link_is_listed_and_never_deleted(tmp_path: Path) -> None:
    builder = RepoBuilder(tmp_path / "link-repo")
    builder.set_identity("Cleo Mlakar", "cleo@example.com")
    builder.commit("Add returns", {"articles/returns.md": "# Returns\n\nOne.\n"})
    builder.checkout()
    builder.commit_link("articles/latest.md", "returns.md")
    link = builder.path("articles/latest.md")
    with ContentRepository(builder.repo, builder.content_root) as repo:
        assert repo.changed_content_files() == []
        link.unlink()
        link.symlink_to("elsewhere.md")
        assert repo.changed_content_files() == [FileChange(link, FileStatus.UNSUPPORTED)]
        builder.path("articles/returns.md").write_text("# Returns\n\nTwo.\n", "utf-8")
        repo.commit(None, "Edit returns")
        head = builder.repo[builder.tip("main")]
        assert isinstance(head, Commit)
        tree_paths = [e.path for e in iter_tree_contents(builder.repo.object_store, head.tree)]
        assert b"content/articles/latest.md" in tree_paths
        assert repo.changed_content_files() == [FileChange(link, FileStatus.UNSUPPORTED)]


def test_a_new_symbolic_link_is_not_added(tmp_path: Path) -> None:
    builder = RepoBuilder(tmp_path / "link-repo")
    builder.set_identity("Cleo Mlakar", "cleo@example.com")
    builder.commit("Add returns", {"articles/returns.md": "# Returns\n\nOne.\n"})
    builder.checkout()
    link = builder.path("articles/latest.md")
    link.symlink_to("returns.md")
    with ContentRepository(builder.repo, builder.content_root) as repo:
        assert repo.changed_content_files() == []
        with pytest.raises(CommitRefusedError, match="Nothing to commit"):
            repo.commit(None, "Add the link")


def test_a_commit_with_an_unreadable_date_is_left_out_with_a_note(tmp_path: Path) -> None:
    builder = RepoBuilder(tmp_path / "dates-repo")
    first = builder.commit("First", {"articles/returns.md": "# Returns\n\nOne.\n"})
    builder.commit("Second", {"articles/returns.md": "# Returns\n\nTwo.\n"})
    bad = builder.spoil_author_date()
    third = builder.commit("Third", {"articles/returns.md": "# Returns\n\nThree.\n"})
    builder.checkout()
    with ContentRepository(builder.repo, builder.content_root) as repo:
        skipped: list[str] = []
        history = repo.history(builder.path("articles/returns.md"), skipped)
        assert [c.commit_id for c in history] == [third, first]
        assert len(skipped) == 1
        assert bad[:7] in skipped[0] and "date" in skipped[0]
        # The file whose newest change is fine is not affected at all.
        change = repo.last_change(builder.path("articles/returns.md"))
        assert change is not None and change.commit_id == third


def test_a_typo_in_the_global_git_config_names_that_file(built: RepoBuilder) -> None:
    global_config = Path(os.environ["GIT_CONFIG_GLOBAL"])
    global_config.write_text("[user\n  name = Ana\n", "utf-8")
    with ContentRepository(built.repo, built.content_root) as repo:
        with pytest.raises(ConfigFileError, match=re.escape(str(global_config))) as caught:
            repo.changed_content_files()
        assert "clone" not in str(caught.value)
        built.path("articles/refunds.md").write_text("# Refunds\n\nNow.\n", "utf-8")
        with pytest.raises(ConfigFileError, match=re.escape(str(global_config))):
            repo.commit(None, "Refunds now")


def test_a_typo_in_the_repository_config_names_that_file(built: RepoBuilder) -> None:
    config = built.root / ".git" / "config"
    config.write_text("[core\n" + config.read_text("utf-8"), "utf-8")
    with pytest.raises(ConfigFileError, match=re.escape(str(config))):
        open_repository(built.content_root)
