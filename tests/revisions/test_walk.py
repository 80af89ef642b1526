"""Walking history for one file and for many at once, on real repositories."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from dulwich.object_store import iter_tree_contents
from dulwich.objects import Commit, ObjectID

from kbassist.revisions.walk import file_commits, newest_changes
from tests.revisions.repokit import BOR, START, RepoBuilder, history_repo

PREFIX = b"content/"


@pytest.fixture
def tangled(tmp_path: Path) -> Iterator[RepoBuilder]:
    """history_repo, then: a file deleted and added again, a file that becomes a folder, a
    branch committed with an older clock, a merge that writes a third version, an empty
    commit."""
    builder = history_repo(tmp_path / "repo")
    builder.commit("Drop refunds", {"articles/refunds.md": None})
    builder.commit("Notes as a file", {"articles/notes": "notes\n"})
    builder.branch("late")
    builder.commit(
        "Refunds again, on a slow clock",
        {"articles/refunds.md": "# Refunds\n\nBack.\n"},
        branch="late",
        author=BOR,
        when=START - dt.timedelta(days=3),
    )
    builder.commit("Notes become a folder", {"articles/notes": None, "articles/notes/a.md": "a\n"})
    builder.commit(
        "Merge late, with other refunds",
        {"articles/refunds.md": "# Refunds\n\nMerged.\n"},
        merge_from="late",
    )
    builder.commit("Nothing changed", {})
    yield builder
    builder.close()


def _every_path(builder: RepoBuilder) -> list[bytes]:
    """Every file path any commit on main ever held, and two no commit did."""
    store = builder.repo.object_store
    paths = {b"content/articles/never.md", b"content/articles/policies"}
    for entry in builder.repo.get_walker():
        paths.update(
            item.path for item in iter_tree_contents(store, entry.commit.tree) if item.path
        )
    return sorted(paths)


def _newest_alone(builder: RepoBuilder, rel: bytes) -> bytes | None:
    store = builder.repo.object_store
    first = itertools.islice(file_commits(store, builder.tip("main"), rel, follow=False), 1)
    return next((commit.id for commit, _ in first), None)


def test_one_walk_finds_for_every_file_what_a_walk_for_that_file_alone_finds(
    tangled: RepoBuilder,
) -> None:
    paths = _every_path(tangled)
    assert len(paths) >= 6
    found: dict[bytes, bytes] = {}
    for commit, rels in newest_changes(tangled.repo.object_store, tangled.tip("main"), paths):
        assert rels, commit.id
        for rel in rels:
            assert rel not in found
            found[rel] = commit.id
    alone = {rel: _newest_alone(tangled, rel) for rel in paths}
    assert found == {rel: commit for rel, commit in alone.items() if commit is not None}
    summaries = {rel: _summary(tangled, commit) for rel, commit in found.items()}
    assert summaries[PREFIX + b"articles/refunds.md"] == "Merge late, with other refunds"
    assert summaries[PREFIX + b"articles/notes/a.md"] == "Notes become a folder"
    assert summaries[PREFIX + b"articles/notes"] == "Notes become a folder"
    assert summaries[PREFIX + b"articles/returns.md"] == "Move returns under policies"
    assert summaries[PREFIX + b"articles/policies/returns.md"] == "A receipt by e-mail is enough"
    assert PREFIX + b"articles/never.md" not in found
    assert PREFIX + b"articles/policies" not in found  # a folder, never a file


def test_the_walk_stops_once_every_file_is_found(tangled: RepoBuilder) -> None:
    first = _oldest(tangled)
    (tangled.root / ".git" / "objects" / first[:2] / first[2:]).unlink()
    store = tangled.repo.object_store
    wanted = [PREFIX + b"articles/refunds.md", PREFIX + b"articles/notes/a.md"]
    found = [rels for _, rels in newest_changes(store, tangled.tip("main"), wanted)]
    assert sorted(itertools.chain(*found)) == sorted(wanted)
    with pytest.raises(KeyError):
        list(newest_changes(store, tangled.tip("main"), [PREFIX + b"articles/never.md"]))


def test_nothing_wanted_reads_nothing(tangled: RepoBuilder) -> None:
    assert list(newest_changes(tangled.repo.object_store, tangled.tip("main"), [])) == []


def _summary(builder: RepoBuilder, commit_id: bytes) -> str:
    commit = builder.repo.object_store[ObjectID(commit_id)]
    assert isinstance(commit, Commit)
    message: bytes = commit.message
    return message.decode().strip()


def _oldest(builder: RepoBuilder) -> str:
    """The root commit of main."""
    roots: list[bytes] = [e.commit.id for e in builder.repo.get_walker() if not e.commit.parents]
    assert len(roots) == 1
    return roots[0].decode()
