"""Real git repositories for tests, written with dulwich: commits with chosen authors and
times, renames, branches and merges, and remote-tracking branches set by hand."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
from dulwich.index import build_index_from_tree, commit_tree
from dulwich.object_store import iter_tree_contents
from dulwich.objects import Blob, Commit, ObjectID
from dulwich.refs import Ref
from dulwich.repo import Repo

ANA = "Ana Novak <ana@example.com>"
BOR = "Bor Kralj <bor@example.com>"
START = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))

RETURNS_V1 = """
---
title: Returns
---
# Returns

Return any item within 14 days.

Bring the receipt.
"""
RETURNS_V2 = RETURNS_V1.replace("14 days", "30 days")


def article_text(text: str) -> str:
    """A dedented article text as tests write it."""
    return textwrap.dedent(text).lstrip("\n")


class RepoBuilder:
    """A repository under root whose history is written commit by commit, without git."""

    def __init__(self, root: Path, content: str = "content") -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root
        self.content = content
        self.repo = Repo.init(str(root))
        self.repo.refs.set_symbolic_ref(Ref(b"HEAD"), Ref(b"refs/heads/main"))
        self.branches: dict[str, dict[str, str]] = {"main": {}}
        self._forks: dict[str, dict[str, str]] = {}
        self._clock = START

    @property
    def content_root(self) -> Path:
        """The content folder inside the repository."""
        return self.root / self.content

    def path(self, rel: str) -> Path:
        """The working-tree path of a file under the content folder."""
        return self.content_root / rel

    def set_identity(self, name: str | None, email: str | None) -> None:
        """Write user.name and user.email into the repository's own config."""
        config = self.repo.get_config()
        for key, value in (("name", name), ("email", email)):
            if value is not None:
                config.set((b"user",), key.encode(), value.encode())
        config.write_to_path()

    def commit(
        self,
        message: str,
        files: dict[str, str | None],
        *,
        author: str = ANA,
        branch: str = "main",
        renames: dict[str, str] | None = None,
        when: dt.datetime | None = None,
        merge_from: str | None = None,
    ) -> str:
        """Commit on branch: files (under the content folder) written, or removed when None,
        renames moved old -> new; merge_from adds that branch tip as a second parent."""
        tree_files = dict(self.branches[branch])
        for old, new in (renames or {}).items():
            tree_files[new] = tree_files.pop(old)
        for rel, text in files.items():
            if text is None:
                tree_files.pop(rel, None)
            else:
                tree_files[rel] = article_text(text)
        self.branches[branch] = tree_files
        parents = [self.tip(branch)] if self.tip(branch) else []
        if merge_from is not None:
            parents.append(self.tip(merge_from))
        return self._write_commit(branch, message, tree_files, parents, author, when)

    def branch(self, name: str, start: str = "main", at: str | None = None) -> None:
        """A new branch at start's tip, or at commit at (with start's files)."""
        self.branches[name] = dict(self.branches[start])
        self._forks[name] = dict(self.branches[start])
        target = ObjectID(at.encode()) if at else self.tip(start)
        self.repo.refs[Ref(f"refs/heads/{name}".encode())] = target

    def merge(self, other: str, message: str, *, into: str = "main") -> str:
        """A merge commit of other into into, taking every file other changed since the fork."""
        fork = self._forks[other]
        result = dict(self.branches[into])
        for rel, text in self.branches[other].items():
            if fork.get(rel) != text:
                result[rel] = text
        for rel in fork.keys() - self.branches[other].keys():
            result.pop(rel, None)
        self.branches[into] = result
        parents = [self.tip(into), self.tip(other)]
        return self._write_commit(into, message, result, parents, ANA, None)

    def checkout(self) -> None:
        """Write main's files and index, as a fresh clone would have them."""
        tree = self._commit(self.tip("main")).tree
        build_index_from_tree(str(self.root), self.repo.index_path(), self.repo.object_store, tree)

    def track(self, commit_id: str, remote: str = "origin", branch: str = "main") -> None:
        """A remote-tracking branch at commit_id, as a fetch would leave it, tracked by branch."""
        self.repo.refs[Ref(f"refs/remotes/{remote}/{branch}".encode())] = ObjectID(
            commit_id.encode()
        )
        config = self.repo.get_config()
        config.set((b"branch", branch.encode()), b"remote", remote.encode())
        config.set((b"branch", branch.encode()), b"merge", f"refs/heads/{branch}".encode())
        config.write_to_path()

    def commit_link(self, rel: str, target: str, message: str = "Add a link") -> str:
        """Commit a symbolic link at rel (under the content folder) as git does (mode 120000,
        the target as the blob) and make it in the working tree and index; the commit id."""
        blob = Blob.from_string(target.encode())
        self.repo.object_store.add_object(blob)
        entries = [
            (e.path, e.sha, e.mode)
            for e in iter_tree_contents(self.repo.object_store, self._commit(self.tip("main")).tree)
            if e.path is not None and e.sha is not None and e.mode is not None
        ]
        path = f"{self.content}/{rel}".encode()
        entries.append((path, blob.id, 0o120000))
        tree = commit_tree(self.repo.object_store, entries)
        who = ANA.encode()
        commit_id = self.repo.get_worktree().commit(
            message=message.encode() + b"\n", author=who, committer=who, tree=tree
        )
        self.path(rel).symlink_to(target)
        self.repo.get_worktree().stage([path])
        return commit_id.decode()

    def spoil_author_date(self, branch: str = "main") -> str:
        """Give the branch tip an author time past the year 9999, as a broken tool might
        write it (the commit time, which the walk goes by, stays right); its new id."""
        commit = self._commit(self.tip(branch))
        commit.author_time = 10**15
        self.repo.object_store.add_object(commit)
        self.repo.refs[Ref(f"refs/heads/{branch}".encode())] = commit.id
        return commit.id.decode()

    def close(self) -> None:
        """Release the repository's files."""
        self.repo.close()

    def tip(self, branch: str) -> ObjectID:
        """The commit a branch points at (empty before its first commit)."""
        try:
            return self.repo.refs[Ref(f"refs/heads/{branch}".encode())]
        except KeyError:
            return ObjectID(b"")

    def _commit(self, commit_id: bytes) -> Commit:
        commit = self.repo.object_store[ObjectID(commit_id)]
        assert isinstance(commit, Commit)
        return commit

    def _write_commit(
        self,
        branch: str,
        message: str,
        files: dict[str, str],
        parents: list[ObjectID],
        author: str,
        when: dt.datetime | None,
    ) -> str:
        store = self.repo.object_store
        entries = []
        for rel, text in files.items():
            blob = Blob.from_string(text.encode("utf-8"))
            store.add_object(blob)
            path = rel if self.content in ("", ".") else f"{self.content}/{rel}"
            entries.append((path.encode(), blob.id, 0o100644))
        if when is None:
            self._clock += dt.timedelta(hours=1)
            when = self._clock
        offset = when.utcoffset() or dt.timedelta()
        commit = Commit()
        commit.tree = commit_tree(store, entries)
        commit.parents = parents
        commit.author = commit.committer = author.encode()
        commit.author_time = commit.commit_time = int(when.timestamp())
        commit.author_timezone = commit.commit_timezone = int(offset.total_seconds())
        commit.message = message.encode() + b"\n"
        store.add_object(commit)
        self.repo.refs[Ref(f"refs/heads/{branch}".encode())] = commit.id
        return commit.id.decode()


def isolate_git_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a repository's own config counts: this machine's ~/.gitconfig never leaks in."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for kind in ("AUTHOR", "COMMITTER"):
        for part in ("NAME", "EMAIL"):
            monkeypatch.delenv(f"GIT_{kind}_{part}", raising=False)


def history_repo(root: Path) -> RepoBuilder:
    """The shared history: an article edited by two people, renamed, and edited on a branch
    that was merged back, plus a second article; checked out; tracking origin/main."""
    builder = RepoBuilder(root)
    builder.set_identity("Cleo Mlakar", "cleo@example.com")
    builder.commit(
        "Add the returns article",
        {"articles/returns.md": RETURNS_V1, "articles/refunds.md": "# Refunds\n\nAsk us.\n"},
    )
    builder.commit("Allow 30 days", {"articles/returns.md": RETURNS_V2}, author=BOR)
    builder.commit(
        "Move returns under policies",
        {},
        renames={"articles/returns.md": "articles/policies/returns.md"},
    )
    builder.branch("receipts")
    builder.commit(
        "A receipt by e-mail is enough",
        {
            "articles/policies/returns.md": RETURNS_V2.replace(
                "Bring the receipt.", "Bring the receipt, printed or by e-mail."
            )
        },
        branch="receipts",
        author=BOR,
    )
    builder.commit("Refunds in 5 days", {"articles/refunds.md": "# Refunds\n\n5 days.\n"})
    builder.merge("receipts", "Merge the receipts branch")
    builder.checkout()
    return builder
