"""`kbassist check`: validate a content folder and list every problem with file and line."""

from __future__ import annotations

import argparse
import json
import sys

from kbassist.commands import Subparsers
from kbassist.common.plural import count
from kbassist.facilities.placestore import PlaceStore
from kbassist.problems import Severity
from kbassist.shared_settings import resolve_content
from kbassist.tone.content_checks import check_tone
from kbassist.validation import load_checked


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the check command."""
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="validate the content and report every problem",
        description="Validate every article, reply template and facility. Exit 1 on errors.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list of problems")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load the content and print its problems; 1 when any is an error."""
    root = resolve_content(args.content)
    with PlaceStore() as places:
        content = load_checked(root, places=places)
    check_tone(content)
    problems = sorted(content.problems, key=lambda p: (str(p.path), p.line or 0))
    if args.json:
        json.dump([p.as_dict(root) for p in problems], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for problem in problems:
            where = problem.location(root)
            print(f"{where}: {problem.severity.value}: {problem.message} [{problem.code}]")
        errors = sum(p.severity is Severity.ERROR for p in problems)
        loaded = [
            count(len(content.articles), "article"),
            count(len(content.replies), "reply template"),
            count(len(content.facilities), "facility", "facilities"),
            count(len(content.places), "place"),
        ]
        found = f"{count(errors, 'error')}, {count(len(problems) - errors, 'warning')}"
        print(f"{', '.join(loaded)} in {root}: {found}.", file=sys.stderr)
    return 1 if content.problems.has_errors else 0
