"""Man-page style Markdown for every command, written from the argument parser itself.

`scripts/cli_docs.py` regenerates docs/cli/ with it; `scripts/cli_docs.py --check` says
whether the pages are out of date.
"""

from __future__ import annotations

import argparse
import html
import sys
from collections.abc import Sequence
from pathlib import Path

from kbassist.commands import HelpFormatter, Subparsers
from kbassist.common.i18n import _

# The same width on every machine: the pages must not depend on the terminal they were made in.
_WIDTH = 88
_GENERATED = (
    "<!-- Generated from the argument parser by scripts/cli_docs.py; "
    "edit the command's help in kbassist/commands/ instead. -->"
)


def pages(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Page file name -> Markdown text, for the command and each of its subcommands."""
    found: dict[str, str] = {}
    _add_pages(parser, None, None, found)
    return found


def subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser, str]]:
    """(name, parser, one-line help) of each command directly under parser."""
    found = []
    for action in parser._actions:
        if isinstance(action, Subparsers):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            found += [(name, sub, helps.get(name, "")) for name, sub in action.choices.items()]
    return found


def all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """parser and every command and subcommand under it."""
    found = [parser]
    for _name, child, _help in subcommands(parser):
        found += all_parsers(child)
    return found


def page_name(prog: str) -> str:
    """`kbassist facilities near` -> kbassist-facilities-near.md"""
    return "-".join(prog.split()) + ".md"


def _add_pages(
    parser: argparse.ArgumentParser,
    summary: str | None,
    parent: str | None,
    found: dict[str, str],
) -> None:
    formatter = HelpFormatter(parser.prog, width=_WIDTH)
    lines = [f"# {parser.prog}", "", _GENERATED, ""]
    if summary:
        lines += [f"{parser.prog} — {_prose(summary)}", ""]
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, "")
    lines += ["## Synopsis", "", "```", formatter.format_help().strip(), "```", ""]
    if parser.description:
        lines += ["## Description", "", _prose(parser.description), ""]
    arguments = [a for a in parser._actions if not a.option_strings]
    arguments = [a for a in arguments if not isinstance(a, Subparsers)]
    options = [a for a in parser._actions if a.option_strings]
    for title, actions in (("Arguments", arguments), ("Options", options)):
        listed = [_action_line(formatter, a) for a in actions if a.help != argparse.SUPPRESS]
        if listed:
            lines += [f"## {title}", "", *listed, ""]
    children = subcommands(parser)
    if children:
        lines += ["## Commands", ""]
        for name, child, help_text in children:
            lines.append(f"- [`{name}`]({page_name(child.prog)}) — {_prose(help_text)}")
        lines.append("")
    if parser.epilog:
        lines += ["## Examples", "", *_examples(parser.epilog), ""]
    if parent is not None:
        lines += ["## See also", "", f"[{parent}]({page_name(parent)})", ""]
    found[page_name(parser.prog)] = "\n".join(lines)
    for _name, child, help_text in children:
        _add_pages(child, help_text, parser.prog, found)


def _action_line(formatter: HelpFormatter, action: argparse.Action) -> str:
    invocation = formatter._format_action_invocation(action)
    help_text = _prose(formatter._expand_help(action)) if action.help else ""
    return f"- `{invocation}` — {help_text}" if help_text else f"- `{invocation}`"


def _prose(text: str) -> str:
    """Help text as Markdown shows it: `facilities/<name>.yaml` is no HTML tag."""
    return html.escape(text, quote=False)


def _examples(epilog: str) -> list[str]:
    """An epilog made by commands.examples() as Markdown: what it does, then the command."""
    lines = epilog.splitlines()[1:]
    if not lines or not all(line.startswith("  ") for line in lines):
        return ["```", epilog, "```"]  # not made by examples(): shown as written
    out: list[str] = []
    for line in lines:
        if line.startswith("    "):
            out += ["```sh", line.strip(), "```", ""]
        else:
            out += [_prose(line.strip()), ""]
    return out[:-1]


def write_pages(folder: Path, parser: argparse.ArgumentParser) -> list[Path]:
    """Write every page into folder and remove pages of commands that no longer exist;
    returns the files written or removed."""
    wanted = pages(parser)
    folder.mkdir(parents=True, exist_ok=True)
    touched = []
    for name, text in wanted.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            touched.append(path)
    for path in sorted(folder.glob("kbassist*.md")):
        if path.name not in wanted:
            path.unlink()
            touched.append(path)
    return touched


def stale_pages(folder: Path, parser: argparse.ArgumentParser) -> list[str]:
    """The page names in folder that differ from what the parser gives, are missing, or
    belong to no command any more."""
    wanted = pages(parser)
    stale = []
    for name, text in wanted.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    stale += [p.name for p in sorted(folder.glob("kbassist*.md")) if p.name not in wanted]
    return stale


def main(parser: argparse.ArgumentParser, folder: Path, argv: Sequence[str] | None = None) -> int:
    """Regenerate parser's pages in folder (or, with --check, say which are out of date and
    exit 1); the command line of scripts/cli_docs.py."""
    options = argparse.ArgumentParser(
        prog="scripts/cli_docs.py",
        description=_("Write the command-line reference pages from the argument parser."),
    )
    options.add_argument(
        "--output",
        type=Path,
        default=folder,
        metavar="DIR",
        help=_("where the pages go (default: docs/cli in the repository)"),
    )
    options.add_argument(
        "--check", action="store_true", help=_("only report out-of-date pages; exit 1 if any")
    )
    args = options.parse_args(argv)
    if args.check:
        stale = stale_pages(args.output, parser)
        for name in stale:
            print(_("{page} is out of date").format(page=args.output / name), file=sys.stderr)
        if stale:
            print(_("Run: .venv/bin/python scripts/cli_docs.py"), file=sys.stderr)
        return 1 if stale else 0
    for path in write_pages(args.output, parser):
        print(path)
    return 0
