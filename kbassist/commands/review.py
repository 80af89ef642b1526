"""`kbassist review`: the articles that need an editor, grouped by owner, for people and CI."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from kbassist.analytics.config import database_url, local_usage_file, open_database
from kbassist.analytics.database import AnalyticsDatabaseError
from kbassist.analytics.insights import articles_not_opened
from kbassist.commands import Subparsers, examples, existing_content, positive_int
from kbassist.common.i18n import _
from kbassist.common.plural import count
from kbassist.content.files import ARTICLES_DIR
from kbassist.content.folder import Content, load_content
from kbassist.content.last_good import LastGoodStore
from kbassist.facilities.placestore import PlaceStore
from kbassist.problems import Severity, shown_path
from kbassist.review.report import (
    DEFAULT_WINDOW_DAYS,
    UNOPENED_DAYS,
    ReviewItem,
    ReviewReport,
    build_report,
    owner_key,
    owner_label,
    unopened_items,
)
from kbassist.review.translations import content_stale_translations
from kbassist.shared_settings import ANALYTICS_DATABASE_KEY, shared_value

EXIT_OVERDUE = 1
EXIT_UNREADABLE = 2


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the review command."""
    parser = subparsers.add_parser(
        "review",
        parents=[common],
        help="list the articles that need review, by owner",
        description="List articles whose review is overdue or due soon, drafts, articles "
        "without a summary or an owner, and translations older than their source. Exit 1 "
        "when a review is overdue, 2 when the content folder cannot be read.",
        **examples(
            (_("What needs review in the next month:"), "kbassist review --content ~/kb"),
            (
                _("One owner's articles, due within a week:"),
                "kbassist review --owner Ana --within 7",
            ),
        ),
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--owner", metavar="NAME", help="only this owner's articles")
    parser.add_argument(
        "--within",
        metavar="DAYS",
        type=positive_int,
        default=DEFAULT_WINDOW_DAYS,
        help=f"'due soon' means within this many days (default {DEFAULT_WINDOW_DAYS})",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the review report; 1 when something is overdue."""
    root = existing_content(args.content)
    if root is None:
        return EXIT_UNREADABLE
    today = dt.date.today()
    # As agents see it: a broken article is reviewed as its last valid version, like the app.
    with PlaceStore() as places:
        content = load_content(root, today, last_good=LastGoodStore(root), places=places)
    if _unreadable(content):
        for problem in content.problems:
            print(f"{problem.location()}: {problem.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    stale, note = content_stale_translations(content)
    if note:
        print(note, file=sys.stderr)
    unopened = _unopened(content)
    report = build_report(
        content, today, within_days=args.within, owner=args.owner, more=[*stale, *unopened]
    )
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_text(report)
    _say_what_is_missing(content, args.owner)
    return EXIT_OVERDUE if report.has_overdue else 0


def _unopened(content: Content) -> list[ReviewItem]:
    """Articles no search opened lately, from the usage log the app records to (none when
    there is no log, or it does not reach back that far)."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=UNOPENED_DAYS)
    url = database_url(None, shared_value(ANALYTICS_DATABASE_KEY))
    if not url and not local_usage_file().is_file():
        return []  # nothing recorded on this computer: no log is made just to say so
    try:
        database = open_database(url)
    except AnalyticsDatabaseError as exc:
        print(exc, file=sys.stderr)
        return []
    try:
        ids = articles_not_opened(database, content.articles.keys(), since)
    except AnalyticsDatabaseError as exc:
        print(exc, file=sys.stderr)
        return []
    finally:
        database.close()
    return unopened_items(content, ids or (), UNOPENED_DAYS)


def _unreadable(content: Content) -> bool:
    """True when the folder itself, or its articles folder, could not be read."""
    top = (content.root, content.root / ARTICLES_DIR)
    return any(p.code in ("no-content", "unreadable") and p.path in top for p in content.problems)


def _print_text(report: ReviewReport) -> None:
    if not report.items:
        print("Nothing to review: every article is owned, summarised and within its dates.")
        return
    for owner, items in report.by_owner():
        print(f"{owner_label(owner)} ({count(len(items), 'item')})")
        for item in items:
            where = shown_path(item.path, report.root).as_posix()
            print(f"  {where}: {item.title}: {item.message} [{item.reason.value}]")
        print()
    print(f"{report.summary()} (due soon: within {count(report.within_days, 'day')}).")


def _say_what_is_missing(content: Content, owner: str | None) -> None:
    """On stderr: articles left out because they are broken, and an owner nobody has."""
    loaded = {article.path for article in content.articles.values()}
    articles = content.root / ARTICLES_DIR
    broken = {
        p.path
        for p in content.problems
        if p.severity is Severity.ERROR and p.path not in loaded and articles in p.path.parents
    }
    if broken:
        print(
            f"Not in this review, as it cannot be read: {count(len(broken), 'article file')}. "
            "`kbassist check` says why.",
            file=sys.stderr,
        )
    owners = sorted({a.owner for a in content.articles.values() if a.owner})
    if owner and owner_key(owner) not in map(owner_key, owners):
        print(
            f"No article has the owner '{owner}'. Owners: {', '.join(owners) or 'none'}.",
            file=sys.stderr,
        )
