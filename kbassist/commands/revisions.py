"""`kbassist history`, `diff` and `commit`: an article's git history, and committing edits."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kbassist.commands import Subparsers, examples, existing_content
from kbassist.common.i18n import _
from kbassist.common.plural import count
from kbassist.content.files import ARTICLES_DIR
from kbassist.problems import shown_path
from kbassist.revisions.repository import (
    Change,
    ContentRepository,
    DamagedRepositoryError,
    RevisionsError,
    UnknownRevisionError,
    open_repository,
)

# Exit statuses: 1 when git could not do it, 2 when the request names something that is not there.
FAILED, BAD_REQUEST = 1, 2
_COLOURS = {"+": "\033[32m", "-": "\033[31m", "@": "\033[36m"}
_RESET = "\033[0m"
# Control characters (ESC starts terminal commands; C1 controls too) and the bidirectional
# overrides that reorder what a terminal shows; a tab is left alone.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the history, diff and commit commands."""
    history = subparsers.add_parser(
        "history",
        parents=[common],
        help="list the commits that changed an article",
        description="The commits that changed an article, newest first, across renames.",
        **examples(
            (_("Who changed an article, and when:"), "kbassist history returns/how-to-return"),
        ),
    )
    history.add_argument("article", metavar="ARTICLE_ID", help="e.g. returns/how-to-return")
    history.add_argument("--json", action="store_true", help="print a JSON list of commits")
    history.set_defaults(run=run_history)
    diff = subparsers.add_parser(
        "diff",
        parents=[common],
        help="show how an article changed between two versions",
        description="A unified diff of an article between REV and REV2, or between REV and "
        "the file as it is now. A REV is a commit id from `kbassist history` (the first "
        "characters are enough), HEAD, or HEAD~N.",
        **examples(
            (_("What changed since the last commit:"), "kbassist diff returns/how-to-return HEAD"),
            (
                _("Between two versions:"),
                "kbassist diff returns/how-to-return HEAD~2 HEAD",
            ),
        ),
    )
    diff.add_argument("article", metavar="ARTICLE_ID")
    diff.add_argument("old", metavar="REV", help="the older version")
    diff.add_argument("new", metavar="REV2", nargs="?", help="the newer version (default: now)")
    diff.set_defaults(run=run_diff)
    commit = subparsers.add_parser(
        "commit",
        parents=[common],
        help="commit changed content files to git",
        description="Commit the named articles, or every changed content file, with your "
        "name and e-mail from git config. Files outside the content folder are never "
        "committed.",
        **examples(
            (
                _("Commit one article:"),
                'kbassist commit returns/how-to-return -m "Returns: 30 days, not 28"',
            ),
            (_("Commit every changed content file:"), 'kbassist commit -m "Spring review"'),
        ),
    )
    commit.add_argument("-m", "--message", required=True, help="what changed and why")
    commit.add_argument("articles", metavar="ARTICLE_ID", nargs="*")
    commit.set_defaults(run=run_commit)


def run_history(args: argparse.Namespace) -> int:
    """Print the article's commits."""
    return _with_repository(args, lambda repo, root: _history(repo, root, args))


def run_diff(args: argparse.Namespace) -> int:
    """Print the unified diff of the article between two versions."""
    return _with_repository(args, lambda repo, root: _diff(repo, root, args))


def run_commit(args: argparse.Namespace) -> int:
    """Commit changed content files and print what went in."""
    return _with_repository(args, lambda repo, root: _commit(repo, root, args))


def _with_repository(
    args: argparse.Namespace, work: Callable[[ContentRepository, Path], int]
) -> int:
    root = existing_content(args.content)
    if root is None:
        return BAD_REQUEST
    try:
        repo = open_repository(root)
    except DamagedRepositoryError as exc:
        print(f"kbassist: {exc}", file=sys.stderr)
        return FAILED
    if repo is None:
        print(
            f"kbassist: the content folder {root} is not in a git repository, so it has no "
            "history. Clone the team's content repository and point --content at it.",
            file=sys.stderr,
        )
        return BAD_REQUEST
    with repo:
        try:
            return work(repo, root)
        except UnknownRevisionError as exc:
            print(f"kbassist: {exc}", file=sys.stderr)
            return BAD_REQUEST
        except RevisionsError as exc:
            print(f"kbassist: {exc}", file=sys.stderr)
            return FAILED


def _article_path(repo: ContentRepository, root: Path, ident: str) -> Path | None:
    """The article file of ident, when it exists now or ever did; None after saying so."""
    folder = repo.content_root / ARTICLES_DIR
    path = (folder / f"{ident.strip().strip('/').removesuffix('.md')}.md").resolve()
    if path.is_relative_to(folder) and (path.is_file() or repo.last_change(path) is not None):
        return path
    print(
        f"kbassist: no article '{ident}' in {folder}. Give its id: its path under "
        f"{ARTICLES_DIR}/ without .md, as `kbassist search` shows it.",
        file=sys.stderr,
    )
    return None


def _history(repo: ContentRepository, root: Path, args: argparse.Namespace) -> int:
    path = _article_path(repo, root, args.article)
    if path is None:
        return BAD_REQUEST
    skipped: list[str] = []
    changes = repo.history(path, skipped)
    for note in skipped:
        print(f"kbassist: {terminal_safe(note)}", file=sys.stderr)
    if args.json:
        rows = [_as_dict(change, repo.content_root) for change in changes]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not changes:
        print(f"{args.article} has not been committed yet.")
        return 0
    for change in changes:
        moved = "" if change.path == path else f"  (as {_shown(change.path, repo)})"
        line = (
            f"{change.when:%Y-%m-%d %H:%M}  {change.short_id}  {change.author_name}  "
            f"{change.summary}{moved}"
        )
        print(terminal_safe(line))
    return 0


def _as_dict(change: Change, content_root: Path) -> dict[str, str]:
    return {
        "commit": change.commit_id,
        "short_id": change.short_id,
        "author": change.author_name,
        "email": change.author_email,
        "date": change.when.isoformat(),
        "summary": change.summary,
        "message": change.message,
        "path": shown_path(change.path, content_root).as_posix(),
    }


def _diff(repo: ContentRepository, root: Path, args: argparse.Namespace) -> int:
    path = _article_path(repo, root, args.article)
    if path is None:
        return BAD_REQUEST
    lines = repo.diff(path, args.old, args.new)
    if not lines:
        print("No differences.", file=sys.stderr)
        return 0
    _write_diff(lines, sys.stdout)
    return 0


def _write_diff(lines: list[str], out: TextIO) -> None:
    colour = out.isatty()
    for raw in lines:
        line = terminal_safe(raw)
        start = _COLOURS.get(line[:1]) if colour and line[:3] not in ("+++", "---") else None
        print(f"{start}{line}{_RESET}" if start else line, file=out)


def _commit(repo: ContentRepository, root: Path, args: argparse.Namespace) -> int:
    paths: list[Path] | None = None
    if args.articles:
        paths = []
        for ident in args.articles:
            path = _article_path(repo, root, ident)
            if path is None:
                return BAD_REQUEST
            paths.append(path)
    selected = repo.select(paths)
    change = repo.commit(paths, args.message)
    print(
        terminal_safe(
            f"Committed {change.short_id} by {change.author_name} <{change.author_email}>: "
            f"{change.summary}"
        )
    )
    for file in selected:
        moved = f" (from {_shown(file.old_path, repo)})" if file.old_path else ""
        print(terminal_safe(f"  {file.status.value:<9} {_shown(file.path, repo)}{moved}"))
    print(f"{count(len(selected), 'file')} committed. Push with your git tool to share them.")
    return 0


def terminal_safe(text: str) -> str:
    """text with control characters shown as escapes (\\x1b), so a commit message or an
    article cannot move the cursor, recolour or retitle the terminal it is printed to."""
    return _UNSAFE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def _shown(path: Path, repo: ContentRepository) -> str:
    return shown_path(path, repo.content_root).as_posix()
