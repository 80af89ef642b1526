"""Subcommands of the `kbassist` command line, one module each."""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from kbassist.common.i18n import _
from kbassist.shared_settings import resolve_content

# argparse exposes no public name for the object add_subparsers() returns.
Subparsers = argparse._SubParsersAction


class HelpFormatter(argparse.HelpFormatter):
    """Wraps descriptions as argparse does, but prints an epilog of examples line by line."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" not in text:
            return super()._fill_text(text, width, indent)
        return "".join(indent + line for line in text.splitlines(keepends=True))


def examples(*pairs: tuple[str, str]) -> dict[str, Any]:
    """add_parser() arguments that end a command's --help with examples: (what, command)."""
    lines = [_("examples:")]
    for what, command in pairs:
        lines += [f"  {what}", f"    {command}"]
    return {"epilog": "\n".join(lines), "formatter_class": HelpFormatter}


def add_version_option(parser: argparse.ArgumentParser) -> None:
    """--version, printing the installed package's version."""
    try:
        installed = version("kbassist")
    except PackageNotFoundError:  # run from a source tree that was never installed
        installed = _("(not installed)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {installed}")


def existing_content(option: str | None) -> Path | None:
    """The content folder to use; None, after saying so on stderr, when it is not a folder."""
    root = resolve_content(option)
    if root.is_dir():
        return root
    print(
        f"The content folder {root} does not exist. Give the folder that holds articles/ "
        "and replies/ with --content DIR.",
        file=sys.stderr,
    )
    return None


def positive_int(text: str) -> int:
    """An argparse type: a whole number above zero."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number above zero")
    return value


def add_column_options(parser: argparse.ArgumentParser, *, map_help: str, set_help: str) -> None:
    """--map FIELD=COLUMN ... and --set FIELD=VALUE ..., as every CSV import takes them."""
    parser.add_argument(
        "--map", action="extend", nargs="+", default=[], metavar="FIELD=COLUMN", help=map_help
    )
    parser.add_argument(
        "--set", action="extend", nargs="+", default=[], metavar="FIELD=VALUE", help=set_help
    )
