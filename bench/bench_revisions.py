"""Newest change of many content files: one walk of history against one walk per file.

Builds a real repository with dulwich (300 articles in 12 folders; 500 commits editing one
to three articles each, with renames and merged branches), packs it as a clone would have it,
and prints one JSON line per measurement. Never passes or fails on time.

Usage: .venv/bin/python -m bench.bench_revisions [--files 300] [--commits 500] [--no-per-file]
(--no-per-file leaves out the walk per file, which takes minutes on 10,000 commits)
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import tempfile
import time
from pathlib import Path

from kbassist.revisions.repository import ContentRepository, open_repository
from kbassist.revisions.walk import file_commits
from tests.revisions.repokit import BOR, RepoBuilder

FOLDERS = 12
BRANCH_EVERY = 100  # commits; the branch gets five commits and is merged back
RENAME_EVERY = 50


def build(root: Path, files: int, commits: int, seed: int = 5) -> RepoBuilder:
    """The repository: one commit adding every article, then edits, renames and merges."""
    rng = random.Random(seed)
    builder = RepoBuilder(root)
    names = [f"articles/topic-{i % FOLDERS}/article-{i}.md" for i in range(files)]
    builder.commit("Add the articles", {name: _text(name, 0) for name in names})
    made = 1
    while made < commits:
        if made % BRANCH_EVERY == 0 and commits - made > 6:
            builder.branch("side")
            for step in range(5):
                name = rng.choice(names)
                builder.commit(f"Side {made}", {name: _text(name, made)}, branch="side", author=BOR)
                made += 1
                if step == 1:  # main moves on meanwhile, so the merge has two sides
                    other = rng.choice(names)
                    builder.commit(f"Main {made}", {other: _text(other, made)})
                    made += 1
            builder.merge("side", f"Merge side at {made}")
            made += 1
            continue
        if made % RENAME_EVERY == 0:
            old = rng.choice(names)
            new = old.replace(".md", f"-r{made}.md")
            names[names.index(old)] = new
            builder.commit(f"Rename {old}", {}, renames={old: new})
        else:
            picked = rng.sample(names, rng.randint(1, 3))
            builder.commit(f"Edit {made}", {name: _text(name, made) for name in picked})
        made += 1
    builder.checkout()
    builder.repo.object_store.pack_loose_objects()
    return builder


def _text(name: str, version: int) -> str:
    return f"# {name}\n\nVersion {version}.\n"


def _open(builder: RepoBuilder) -> ContentRepository:
    repository = open_repository(builder.content_root)
    assert repository is not None
    return repository


def _seconds(start: float) -> float:
    return round(time.perf_counter() - start, 4)


def measure(builder: RepoBuilder, per_file: bool) -> list[dict[str, object]]:
    """Each way of finding the newest change of every article, on a fresh repository each."""
    paths = sorted(p for p in builder.content_root.rglob("*.md"))
    rows: list[dict[str, object]] = []
    commits = sum(1 for _ in builder.repo.get_walker())
    common = {"files": len(paths), "commits": commits}

    with _open(builder) as repository:
        start = time.perf_counter()
        many = repository.last_changes(paths)
        rows.append({**common, "measure": "last_changes_all", "seconds": _seconds(start)})

    if per_file:
        # What last_change did before the one walk: a walk of its own for each file.
        store = builder.repo.object_store
        head = builder.tip("main")
        start = time.perf_counter()
        alone: dict[Path, str] = {}
        for path in paths:
            rel = path.relative_to(builder.root).as_posix().encode()
            newest = itertools.islice(file_commits(store, head, rel, follow=False), 1)
            for commit, _ in newest:
                alone[path] = commit.id.decode()
        rows.append({**common, "measure": "walk_per_file", "seconds": _seconds(start)})
        assert alone == {path: change.commit_id for path, change in many.items()}

    with _open(builder) as repository:
        start = time.perf_counter()
        for path in paths:
            repository.last_change(path)
        rows.append({**common, "measure": "last_change_each_file", "seconds": _seconds(start)})

    newest_first = sorted(paths, key=lambda p: many[p].when, reverse=True)
    for label, path in (("newest", newest_first[0]), ("oldest", newest_first[-1])):
        with _open(builder) as repository:
            start = time.perf_counter()
            repository.last_change(path)
            rows.append(
                {**common, "measure": f"last_change_one_{label}", "seconds": _seconds(start)}
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--no-per-file", dest="per_file", action="store_false")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kbassist-bench-git-") as folder:
        start = time.perf_counter()
        builder = build(Path(folder) / "repo", args.files, args.commits)
        print(json.dumps({"measure": "build", "seconds": _seconds(start)}), flush=True)
        try:
            for row in measure(builder, args.per_file):
                print(json.dumps(row), flush=True)
        finally:
            builder.close()


if __name__ == "__main__":
    main()
