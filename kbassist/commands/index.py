"""`kbassist index`: build or update the search index of a content folder."""

from __future__ import annotations

import argparse
import sys

from kbassist.commands import Subparsers
from kbassist.search.engine import SearchIndex
from kbassist.search.store import IndexBusyError, IndexWriteError
from kbassist.shared_settings import resolve_content


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the index command."""
    parser = subparsers.add_parser(
        "index",
        parents=[common],
        help="build or update the search index",
        description="Index the files added, changed or removed since the last run "
        "(everything on the first run). The index lives in the user's cache folder.",
    )
    parser.add_argument("--rebuild", action="store_true", help="build the index from scratch")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build or update, then print what changed and how long it took."""
    root = resolve_content(args.content)
    if not root.is_dir():
        print(f"kbassist: {root}: no such content folder. Check --content.", file=sys.stderr)
        return 2
    try:
        index = SearchIndex.open(root)
        try:
            # Without --rebuild the whole index is read, so damaged files are found and
            # the index rebuilt (a search only finds the damage it happens to read).
            report = (
                index.rebuild()
                if args.rebuild
                else index.open_report or index.update(thorough=True)
            )
        finally:
            index.close()
    except (IndexBusyError, IndexWriteError) as exc:
        print(f"kbassist: {exc}", file=sys.stderr)
        return 1
    how = "built" if report.rebuilt else "updated"
    print(
        f"Index {how} in {report.seconds:.2f} s: {report.added} added, {report.changed} changed, "
        f"{report.removed} removed; {report.total} items in {root}."
    )
    return 0
