"""`kbassist index`: build or update the search index of a content folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kbassist.commands import Subparsers, examples
from kbassist.common.i18n import _
from kbassist.content.folder import Content, load_content
from kbassist.content.last_good import LastGoodStore
from kbassist.facilities.placestore import PlaceStore
from kbassist.search.engine import SearchIndex, UpdateReport
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
        **examples(
            (_("Bring the index up to date:"), "kbassist index --content ~/kb"),
            (_("Build it again from scratch:"), "kbassist index --content ~/kb --rebuild"),
        ),
    )
    parser.add_argument("--rebuild", action="store_true", help="build the index from scratch")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build or update, then print what changed and how long it took."""
    root = resolve_content(args.content)
    if not root.is_dir():
        print(f"kbassist: {root}: no such content folder. Check --content.", file=sys.stderr)
        return 2
    content = load_keeping(root)
    try:
        index = SearchIndex.open(root)
        try:
            # Without --rebuild the whole index is read, so damaged files are found and
            # the index rebuilt (a search only finds the damage it happens to read).
            report = (
                index.rebuild(content)
                if args.rebuild
                else bring_up_to_date(index, content, thorough=True)
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


def load_keeping(root: Path) -> Content:
    """The content as agents see it: a broken article as its last valid version."""
    with PlaceStore() as places:
        return load_content(root, last_good=LastGoodStore(root), places=places)


def bring_up_to_date(
    index: SearchIndex, content: Content | None, *, thorough: bool = False
) -> UpdateReport:
    """Update index from content (else from the files), so that a broken article is found
    as its kept version."""
    built = index.open_report
    if built is None:
        return index.update(content, thorough=thorough)
    if content is not None and any(a.kept_from is not None for a in content.articles.values()):
        # The build when the index was opened read the broken files themselves.
        return index.rebuild(content)
    return built
