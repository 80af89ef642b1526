"""`kbassist render`: fill in a reply template from the command line and print the reply."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import sys
from pathlib import Path

from kbassist.commands import Subparsers, examples, existing_content
from kbassist.common.i18n import _
from kbassist.content.folder import REPLIES_DIR, Content
from kbassist.content.last_good import LastGoodStore
from kbassist.content.replies import ReplyTemplate
from kbassist.content.settings import SETTINGS_FILE
from kbassist.facilities.placestore import PlaceStore
from kbassist.mail.delivery import MailError, build_message, parse_address, save_eml
from kbassist.problems import shown_path
from kbassist.replies.render import AGENT_MARKER, Rendered, render
from kbassist.shared_settings import AGENT_NAME_KEY, shared_value
from kbassist.validation import load_checked

EXIT_BLOCKED = 1
EXIT_TEMPLATE = 2


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the render command."""
    parser = subparsers.add_parser(
        "render",
        parents=[common],
        help="fill in a reply template and print the subject and body",
        description="Render a reply template with the given field values. Exit 1 when a required "
        "field is missing or a value is invalid, 2 when the template itself is broken or unknown.",
        **examples(
            (
                _("Fill in a reply:"),
                "kbassist render apology/late-delivery --set customer_name=Ana --set "
                "order_number=LK-100234 --set new_date=2026-12-10 --agent Sam",
            ),
            (
                _("Save it as an e-mail draft too:"),
                "kbassist render apology/late-delivery --set customer_name=Ana --set "
                "order_number=LK-100234 --set new_date=2026-12-10 --agent Sam --eml reply.eml "
                "--to ana@example.com",
            ),
        ),
    )
    parser.add_argument("template_id", metavar="TEMPLATE_ID", help="e.g. apology/late-delivery")
    parser.add_argument(
        "--set",
        dest="values",
        metavar="FIELD=VALUE",
        action="append",
        default=[],
        help="a field value (repeatable); dates as YYYY-MM-DD, facilities and articles by id",
    )
    parser.add_argument("--agent", metavar="NAME", help="your name (default: the app's setting)")
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="render as if today were this date (default: today)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--eml", metavar="FILE", type=Path, help="also save the reply as .eml")
    parser.add_argument("--to", metavar="ADDRESS", default="", help="recipient for --eml")
    parser.set_defaults(run=run)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def run(args: argparse.Namespace) -> int:
    """Render the template; 0 when the reply is complete, 1 when blocked, 2 when broken."""
    if args.to:
        # Checked before anything is rendered, so a typo costs no work and says what is wrong.
        try:
            parse_address(args.to, "--to address")
        except MailError as exc:
            print(f"--to: {exc.message}", file=sys.stderr)
            return EXIT_TEMPLATE
        if args.eml is None:
            print(
                "--to is used only with --eml FILE; add --eml to save the reply.", file=sys.stderr
            )
            return EXIT_TEMPLATE
    root = existing_content(args.content)
    if root is None:
        return EXIT_TEMPLATE
    # A broken article's facts come from its last valid version, as in the app.
    with PlaceStore() as places:
        content = load_checked(root, last_good=LastGoodStore(root), places=places)
    # The settings feed every template ({{ org.name }}); a broken file explains odd errors.
    for problem in content.problems:
        if problem.path == root / SETTINGS_FILE:
            print(
                f"{problem.location(root)}: {problem.severity.value}: {problem.message}",
                file=sys.stderr,
            )
    template = content.replies.get(args.template_id)
    if template is None:
        _unknown_template(args.template_id, content)
        return EXIT_TEMPLATE
    values, unknown = _parse_values(args.values, template)
    agent = args.agent if args.agent is not None else shared_value(AGENT_NAME_KEY)
    result = render(template, values, content, agent, args.date or dt.date.today())
    where = shown_path(template.path, root).as_posix()
    messages = [f"{where}:{e.line or 1}: error: {e.message}" for e in result.errors]
    messages += unknown + [f"{where}: {reason}" for reason in _blocking(result)]
    if args.json:
        json.dump(_as_json(template, result, unknown), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif result.sendable and not unknown:
        print(f"Subject: {result.subject}\n\n{result.body}")
    for message in messages:
        print(message, file=sys.stderr)
    if result.errors:
        return EXIT_TEMPLATE
    if unknown or not result.sendable:
        return EXIT_BLOCKED
    if args.eml is not None:
        return _save(args, content, result)
    return 0


def _blocking(result: Rendered) -> list[str]:
    """Each reason the reply is blocked, naming the field to --set."""
    if result.errors:
        return []
    found = []
    for issue in result.field_issues:
        if issue.missing:
            found.append(
                f"missing required field '{issue.field}' ({issue.label}); "
                f"give it with --set {issue.field}=..."
            )
        else:
            found.append(f"invalid value for '{issue.field}' ({issue.label}): {issue.message}")
    shown = [result.markers.get(i.field, "") for i in result.field_issues]
    for problem in result.problems:
        if AGENT_MARKER in problem:
            found.append(
                "your name is not set; give it with --agent NAME (or in the app's settings)"
            )
        elif not any(m and m in problem for m in shown):
            found.append(problem)
    return found


def _as_json(template: ReplyTemplate, result: Rendered, unknown: list[str]) -> dict[str, object]:
    return {
        "template": template.id,
        "subject": result.subject,
        "body": result.body,
        "sendable": result.sendable and not unknown,
        "missing": result.missing,
        "invalid": [
            {"field": i.field, "label": i.label, "message": i.message}
            for i in result.field_issues
            if not i.missing
        ],
        "errors": [{"line": e.line, "message": e.message} for e in result.errors],
        "problems": result.problems + unknown,
    }


def _parse_values(pairs: list[str], template: ReplyTemplate) -> tuple[dict[str, str], list[str]]:
    values: dict[str, str] = {}
    unknown: list[str] = []
    names = [f.name for f in template.fields]
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep:
            unknown.append(f"--set {pair}: write it as FIELD=VALUE.")
        elif name not in names:
            close = difflib.get_close_matches(name, names, n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            unknown.append(
                f"--set {name}: the template has no such field.{hint} "
                f"Its fields: {', '.join(names) or 'none'}."
            )
        else:
            values[name] = value
    return values, unknown


def _unknown_template(ident: str, content: Content) -> None:
    path = content.root / REPLIES_DIR / f"{ident}.md"
    broken = [p for p in content.problems if p.path == path]
    if broken:
        for problem in broken:
            where = problem.location(content.root)
            print(f"{where}: {problem.severity.value}: {problem.message}", file=sys.stderr)
        print(f"The template '{ident}' cannot be loaded; fix the problems above.", file=sys.stderr)
        return
    ids = sorted(content.replies)
    close = difflib.get_close_matches(ident, ids, n=5, cutoff=0.4)
    close += [i for i in ids if ident.lower() in i.lower() and i not in close][: 5 - len(close)]
    if close:
        hint = "Did you mean: " + ", ".join(close) + "?"
    elif ids:
        hint = f"Template ids look like {ids[0]}; there are {len(ids)} in {content.root}."
    else:
        hint = f"There are no reply templates in {content.root / REPLIES_DIR}."
    print(f"Unknown template '{ident}'. {hint}", file=sys.stderr)


def _save(args: argparse.Namespace, content: Content, result: Rendered) -> int:
    org = content.settings.org
    sender = org.get("email", "")
    if not sender:
        print(
            "--eml needs a sender: set email in the [org] table of kbassist.toml.", file=sys.stderr
        )
        return EXIT_BLOCKED
    try:
        message = build_message(
            sender=sender,
            sender_name=org.get("name", ""),
            to=args.to,
            subject=result.subject,
            body=result.body,
            now=dt.datetime.now(dt.UTC).astimezone(),
        )
        backup = save_eml(message, args.eml)
    except MailError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_BLOCKED
    kept = f" (the previous file is kept as {backup.name})" if backup else ""
    print(f"Saved {args.eml}{kept}.", file=sys.stderr)
    return 0
