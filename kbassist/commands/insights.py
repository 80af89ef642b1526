"""`kbassist insights`: what agents searched and could not find, from the configured usage log."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from pathlib import Path

from kbassist.analytics.config import database_url, open_database
from kbassist.analytics.database import AnalyticsDatabaseError
from kbassist.analytics.export import FORMATS, export_events
from kbassist.analytics.insights import Count, Insights, read_insights
from kbassist.analytics.postgres import (
    KEYRING_SERVICE,
    is_postgres_url,
    keyring_host,
    shown_url,
)
from kbassist.commands import Subparsers, examples, positive_int
from kbassist.common.i18n import _
from kbassist.content.folder import load_content
from kbassist.mail.credentials import SecretError, delete_password, set_password
from kbassist.shared_settings import ANALYTICS_DATABASE_KEY, resolve_content, shared_value

EXIT_UNAVAILABLE = 2
DEFAULT_LIMIT = 10


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the insights command and its export subcommand."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--since", metavar="DATE", type=_date, help="only events on or after DATE (YYYY-MM-DD)"
    )
    options.add_argument(
        "--database",
        metavar="URL",
        help="postgresql://user@host/db for the team's log (default: the app's setting, "
        "$KBASSIST_ANALYTICS_DATABASE, else the log on this computer)",
    )
    parser = subparsers.add_parser(
        "insights",
        parents=[common, options],
        help="searches that found nothing, top articles, ratings, suggestions",
        description="Summarise the usage log: searches that found nothing, searches where "
        "nothing was opened, top searches and articles, articles rated 'No', templates and "
        "facilities by use, and questions to add to articles. Exit 2 when the log cannot "
        "be read.",
        **examples(
            (_("What agents could not find this month:"), "kbassist insights --since 2026-11-01"),
            (
                _("The team's log, as JSON:"),
                "kbassist insights --json --database postgresql://kb@db.example/kb",
            ),
        ),
    )
    parser.add_argument("--json", action="store_true", help="print the insights as JSON")
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"rows per list (default {DEFAULT_LIMIT})",
    )
    parser.set_defaults(run=run)
    inner = parser.add_subparsers(title="subcommands", metavar="SUBCOMMAND")
    export = inner.add_parser(
        "export",
        parents=[options],
        help="write every event as CSV or JSON Lines",
        description="Write the usage log, oldest first, for other tools. Query texts are "
        "stored scrubbed; no reply text or field value is ever in the log.",
        **examples(
            (_("Every event as CSV:"), "kbassist insights export --output usage.csv"),
            (
                _("JSON Lines since a day:"),
                "kbassist insights export --format jsonl --since 2026-11-01",
            ),
        ),
    )
    export.add_argument("--format", choices=FORMATS, default="csv", help="csv or jsonl")
    export.add_argument("--output", metavar="FILE", help="write to FILE instead of standard output")
    export.set_defaults(run=run_export)
    password = inner.add_parser(
        "password",
        parents=[options],
        help="keep the team database's password in the system keyring",
        description="Read the team database's password (typed, or one line on standard "
        "input) and keep it in the system keyring, never in a file. --forget removes it.",
        **examples(
            (
                _("Save the team database's password:"),
                "kbassist insights password --database postgresql://kb@db.example/kb",
            ),
            (_("Forget it again:"), "kbassist insights password --forget"),
        ),
    )
    password.add_argument("--forget", action="store_true", help="remove the saved password")
    password.set_defaults(run=run_password)


def _date(text: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date; write it as YYYY-MM-DD").format(text=text)
        ) from None
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _url(args: argparse.Namespace) -> str:
    return database_url(args.database, shared_value(ANALYTICS_DATABASE_KEY))


def run(args: argparse.Namespace) -> int:
    """Print the insights of the configured log."""
    try:
        database = open_database(_url(args))
    except AnalyticsDatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNAVAILABLE
    # Suggestions leave out questions the articles already have.
    root = resolve_content(args.content)
    content = load_content(root) if root.is_dir() else None
    questions = {a.id: list(a.questions) for a in content.articles.values()} if content else None
    try:
        insights = read_insights(database, args.since, limit=args.limit, questions=questions)
    except Exception as exc:  # a damaged file or a dropped connection: say so, never a traceback
        print(
            _("Cannot read the usage log {where}: {error}").format(where=database.where, error=exc),
            file=sys.stderr,
        )
        return EXIT_UNAVAILABLE
    finally:
        database.close()
    if args.json:
        json.dump(insights.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_text(insights)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the log as CSV or JSON Lines."""
    try:
        database = open_database(_url(args))
    except AnalyticsDatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNAVAILABLE
    try:
        if args.output:
            target = Path(args.output)
            with target.open("w", encoding="utf-8", newline="") as out:
                written = export_events(database, out, args.format, args.since)
            print(
                _("{count} events written to {file}").format(count=written, file=target),
                file=sys.stderr,
            )
        else:
            export_events(database, sys.stdout, args.format, args.since)
    except OSError as exc:
        print(
            _("Cannot write {file}: {error}").format(file=args.output, error=exc.strerror),
            file=sys.stderr,
        )
        return EXIT_UNAVAILABLE
    except Exception as exc:  # a damaged file or a dropped connection
        print(
            _("Cannot read the usage log {where}: {error}").format(where=database.where, error=exc),
            file=sys.stderr,
        )
        return EXIT_UNAVAILABLE
    finally:
        database.close()
    return 0


def run_password(args: argparse.Namespace) -> int:
    """Save (or forget) the team database's password in the keyring."""
    url = _url(args)
    if not is_postgres_url(url):
        print(
            _("No team database is set: give it with --database postgresql://user@host/db."),
            file=sys.stderr,
        )
        return EXIT_UNAVAILABLE
    try:
        user, host = keyring_host(url)
        if not user:
            print(_("The address names no user: write postgresql://user@host/db."), file=sys.stderr)
            return EXIT_UNAVAILABLE
        if args.forget:
            removed = delete_password(user, host, service=KEYRING_SERVICE)
            print(_("Password removed.") if removed else _("No password was saved."))
            return 0
        if sys.stdin.isatty():
            secret = getpass.getpass(_("Password for {where}: ").format(where=shown_url(url)))
        else:
            secret = sys.stdin.readline().rstrip("\r\n")
        if not secret:
            print(_("No password given; nothing saved."), file=sys.stderr)
            return EXIT_UNAVAILABLE
        set_password(user, host, secret, service=KEYRING_SERVICE)
    except (SecretError, AnalyticsDatabaseError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNAVAILABLE
    print(_("Password for {where} saved in the system keyring.").format(where=shown_url(url)))
    return 0


def _print_text(insights: Insights) -> None:
    since = insights.since.date().isoformat() if insights.since else _("the start of the log")
    print(
        # Counts after a colon: no noun has to agree with a number in any language.
        _(
            "Since {since}: searches: {searches} · agents: {agents} · found nothing: {rate:.0%}"
        ).format(
            searches=insights.searches,
            agents=insights.agents,
            since=since,
            rate=insights.no_result_rate,
        )
    )
    counted: list[tuple[str, list[Count]]] = [
        (_("Searches that found nothing"), insights.no_result),
        (_("Searches where nothing was opened"), insights.nothing_opened),
        (_("Top searches"), insights.top_searches),
        (_("Top articles"), insights.top_articles),
        (_("Templates by use"), insights.templates),
        (_("Facilities looked up most"), insights.facilities),
    ]
    sections = [(title, [f"{r.count:>5}  {r.label}" for r in rows]) for title, rows in counted]
    sections.append(
        (
            _("Articles rated 'No' most"),
            [
                _("{no:>5} no, {yes} yes  {article}").format(
                    no=rating.no, yes=rating.yes, article=rating.article_id
                )
                for rating in insights.rated_no
            ],
        )
    )
    sections.append(
        (
            _("Suggestions"),
            [
                _("add '{query}' to {article}'s questions ({times}×)").format(
                    query=s.query, article=s.article_id, times=s.times
                )
                for s in insights.suggestions
            ],
        )
    )
    for title, lines in sections:
        print(f"\n{title}")
        for line in lines or [_("(none)")]:
            print(f"  {line}")
