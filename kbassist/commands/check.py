"""`kbassist check`: validate a content folder and list every problem with file and line."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from kbassist.commands import Subparsers, examples
from kbassist.commands.changed import ChangedFilesError, files_changed_since
from kbassist.commands.report_formats import (
    GITHUB,
    JSON,
    JUNIT,
    Annotation,
    add_format_option,
    github_annotations,
    junit_report,
)
from kbassist.common.i18n import _, ngettext
from kbassist.content import Content
from kbassist.content.files import list_content_files
from kbassist.content.settings import SETTINGS_FILE
from kbassist.content.synonyms import SYNONYMS_FILE
from kbassist.facilities.placestore import PlaceStore
from kbassist.problems import Problem, ProblemList, Severity
from kbassist.shared_settings import resolve_content
from kbassist.tone.content_checks import check_tone
from kbassist.tone.pack import TONE_DIR
from kbassist.validation import load_checked

EXIT_ERRORS = 1
EXIT_BAD_USE = 2
# Problems one file can cause in another: deleting an article breaks the links to it, a new
# article can take a question or an id another one has. They are reported wherever they are,
# whichever files were chosen, so a check of the changed files alone still catches them.
ACROSS_FILES = frozenset(
    {
        "duplicate-id",
        "duplicate-facility",
        "unknown-related",
        "unknown-translation",
        "unknown-fact",
        "shared-question",
        "unplaced-facility",
    }
)
# Files that change how every other file is read: when one is chosen, everything is reported.
_WHOLE_FOLDER_FILES = (SETTINGS_FILE, SYNONYMS_FILE)


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the check command."""
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help=_("validate the content and report every problem"),
        description=_(
            "Validate every article, reply template and facility. Exit 1 on errors. "
            "With FILE names or --changed, the whole folder is still read (so links, ids "
            "and questions are checked across files), but only the problems of those files "
            "are reported, plus any problem across files wherever it is."
        ),
        **examples(
            (_("Check a content folder:"), "kbassist check --content ~/kb"),
            (
                _("Before a commit, check what changed since the last one:"),
                "kbassist check --content . --changed",
            ),
            (
                _("In a pull request, annotate the files changed on the branch:"),
                "kbassist check --content . --changed origin/main --format github",
            ),
            (
                _("Write a JUnit report for a CI server:"),
                "kbassist check --content . --format junit > kbassist-check.xml",
            ),
        ),
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=_("report the problems of these content files only (pre-commit passes them)"),
    )
    parser.add_argument(
        "--changed",
        nargs="?",
        const="HEAD",
        metavar="REV",
        help=_(
            "report the problems of content files changed since the git revision REV "
            "(default HEAD), uncommitted and untracked changes included"
        ),
    )
    add_format_option(parser, json_help=_("print a JSON list of problems (as --format json)"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the content and print its problems; 1 when any is an error."""
    started = time.perf_counter()
    root = resolve_content(args.content)
    chosen = _chosen_files(args, root)
    if isinstance(chosen, str):
        print(f"kbassist check: {chosen}", file=sys.stderr)
        return EXIT_BAD_USE
    with PlaceStore() as places:
        content = load_checked(root, places=places)
    if chosen is None:
        check_tone(content)
    else:
        # Tone is checked per reply template: only the chosen ones need it.
        replies = {k: r for k, r in content.replies.items() if _real(r.path) in chosen}
        if replies:
            check_tone(dataclasses.replace(content, replies=replies))
    problems = sorted(content.problems, key=lambda p: (str(p.path), p.line or 0))
    if chosen is not None:
        # Besides the chosen files: problems across files, and of the folder itself (missing).
        chosen.add(_real(root))
        problems = [p for p in problems if p.code in ACROSS_FILES or _real(p.path) in chosen]
    has_errors = any(p.severity is Severity.ERROR for p in problems)
    if args.format == JSON:
        json.dump([p.as_dict(root) for p in problems], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == GITHUB:
        for line in github_annotations(map(_annotation, problems), Path.cwd()):
            print(line)
    elif args.format == JUNIT:
        # A deleted file has no test case: what its removal broke is reported where it shows.
        files = _checked_files(root) if chosen is None else sorted(p for p in chosen if p.is_file())
        seconds = time.perf_counter() - started
        report = junit_report(
            "kbassist check", files, [_annotation(p) for p in problems], seconds, Path.cwd()
        )
        sys.stdout.flush()
        sys.stdout.buffer.write(report)
    else:
        _print_text(problems, content, root)
    return EXIT_ERRORS if has_errors else 0


def _chosen_files(args: argparse.Namespace, root: Path) -> set[Path] | str | None:
    """The real paths whose problems to report; None for every file; a message on bad use."""
    if args.changed is not None and args.files:
        return _(
            "give either FILE names or --changed, not both. (A FILE right after --changed "
            "is read as a revision: put --changed last.)"
        )
    if args.changed is not None:
        try:
            chosen = files_changed_since(root, args.changed)
        except ChangedFilesError as exc:
            return str(exc)
    elif args.files:
        missing = [name for name in args.files if not os.path.lexists(name)]
        if missing:
            return _("{file}: no such file. Check the path.").format(file=missing[0])
        chosen = set()
        for name in args.files:
            path = _real(Path(name))
            # A folder stands for every file in it: `kbassist check articles/billing`.
            found = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
            chosen.update(found)
    else:
        return None
    real_root = _real(root)
    for path in chosen:
        whole = path.parent == real_root and path.name in _WHOLE_FOLDER_FILES
        if whole or path.is_relative_to(real_root / TONE_DIR):
            return None  # settings and tone rules shape every file's problems
    return chosen


def _checked_files(root: Path) -> list[Path]:
    """Every file `kbassist check` reads, for the test cases of a JUnit report."""
    files = [f.path for f in list_content_files(root, ProblemList())]
    files += [root / name for name in _WHOLE_FOLDER_FILES if (root / name).is_file()]
    return files


def _annotation(problem: Problem) -> Annotation:
    return Annotation(
        problem.path, problem.line, None, problem.severity.value, problem.code, problem.message
    )


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _print_text(problems: Sequence[Problem], content: Content, root: Path) -> None:
    for problem in problems:
        where = problem.location(root)
        print(f"{where}: {problem.severity.value}: {problem.message} [{problem.code}]")
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    articles, replies = len(content.articles), len(content.replies)
    facilities, places = len(content.facilities), len(content.places)
    loaded = [
        ngettext("{n} article", "{n} articles", articles).format(n=articles),
        ngettext("{n} reply template", "{n} reply templates", replies).format(n=replies),
        ngettext("{n} facility", "{n} facilities", facilities).format(n=facilities),
        ngettext("{n} place", "{n} places", places).format(n=places),
    ]
    found = ", ".join(
        [
            ngettext("{n} error", "{n} errors", errors).format(n=errors),
            ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
        ]
    )
    summary = _("{loaded} in {root}: {found}.").format(
        loaded=", ".join(loaded), root=root, found=found
    )
    print(summary, file=sys.stderr)
