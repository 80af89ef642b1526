"""The `kbassist` command: no subcommand starts the app; each subcommand is a core feature."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kbassist.commands import (
    add_version_option,
    check,
    desktop,
    examples,
    facilities,
    index,
    insights,
    places,
    render,
    review,
    revisions,
    search,
    tone,
)
from kbassist.logs import start_logging

# Each command module offers register(subparsers, common) and sets args.run.
COMMANDS = (
    check,
    index,
    search,
    render,
    facilities,
    places,
    tone,
    review,
    revisions,
    insights,
    desktop,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    content_help = (
        "content folder (default: $KBASSIST_CONTENT, the app's setting, or the starter content)"
    )
    parser = argparse.ArgumentParser(
        prog="kbassist",
        description="Knowledge-base search and reply assistant. Without a command, starts the app.",
        **examples(
            ("Start the app on a content folder:", "kbassist --content ~/kb"),
            ("Search from the terminal:", 'kbassist search "refund without receipt"'),
            ("Help on one command:", "kbassist check --help"),
        ),
    )
    parser.add_argument("--content", metavar="DIR", help=content_help)
    add_version_option(parser)
    # Subcommands accept --content too; SUPPRESS keeps a value given before the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--content", metavar="DIR", default=argparse.SUPPRESS, help=content_help)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    # Agents paste text from anywhere; never die on a console that cannot show it.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    start_logging()
    run = getattr(args, "run", None)
    if run is None:
        # A running app takes the request (`kbassist open`) or just comes forward.
        status, request = desktop.hand_over(args)
        if status is not None:
            return status
        from kbassist.ui.app import run_app  # Qt is loaded only when the app starts

        return run_app(args.content, request)
    try:
        return int(run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
