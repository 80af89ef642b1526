"""`kbassist tone`: check drafts' tone and print each finding with its line and a fix."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kbassist.commands import Subparsers, examples, positive_int
from kbassist.commands.report_formats import (
    GITHUB,
    JSON,
    JUNIT,
    Annotation,
    add_format_option,
    github_annotations,
    junit_report,
)
from kbassist.common.fields import FieldReader
from kbassist.common.i18n import _, ngettext
from kbassist.content.frontmatter import split_document
from kbassist.content.settings import load_settings
from kbassist.problems import Problem, ProblemList, Severity
from kbassist.shared_settings import resolve_content
from kbassist.tone.checker import ToneChecker, ToneReport
from kbassist.tone.pack import TONE_DIR

EXIT_FINDING_ERROR = 1
EXIT_BAD_INPUT = 2
STDIN = "-"
# The tone checker's severities as GitHub's annotation levels.
_LEVELS = {"error": "error", "warning": "warning", "suggestion": "notice"}


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the tone command."""
    parser = subparsers.add_parser(
        "tone",
        parents=[common],
        help=_("check the tone of a draft reply"),
        description=_(
            "Check drafts (or reply templates) for risky or unkind wording. "
            "Reads standard input when FILE is '-' or left out. Exit 1 when a finding is an "
            "error (such as a card number), 2 when a file cannot be read (the others are "
            "still checked)."
        ),
        **examples(
            (_("Check a draft:"), "kbassist tone draft.txt"),
            (
                _("Check text from the clipboard as a Slovenian apology:"),
                "wl-paste | kbassist tone --lang sl --kind apology",
            ),
            (
                _("Annotate reply templates in GitHub Actions:"),
                "kbassist tone --content . --format github replies/*/*.md",
            ),
        ),
    )
    parser.add_argument(
        "files",
        nargs="*",
        default=[STDIN],
        metavar="FILE",
        help=_("drafts or reply templates, or - for standard input (the default)"),
    )
    parser.add_argument("--kind", help=_("reply kind: apology, escalation, information, ..."))
    parser.add_argument("--lang", help=_("language of the draft, e.g. en or sl-SI"))
    parser.add_argument(
        "--max-words",
        type=positive_int,
        metavar="N",
        help=_("length target (default from settings)"),
    )
    add_format_option(parser, json_help=_("print findings and metrics as JSON (as --format json)"))
    parser.set_defaults(run=run)


@dataclass
class _Draft:
    """The text to check and, for a reply template, its settings and place in the file."""

    text: str
    line_offset: int = 0
    char_offset: int = 0
    language: str | None = None
    kind: str | None = None
    max_words: int | None = None


@dataclass
class _Checked:
    """One file's draft and what the checker found in it."""

    name: str
    path: Path | None  # None for standard input
    draft: _Draft
    report: ToneReport


def run(args: argparse.Namespace) -> int:
    """Check each draft; print findings and metrics."""
    started = time.perf_counter()
    root = resolve_content(args.content)
    if args.content and not root.is_dir():
        message = _("the content folder does not exist.")
        print(f"kbassist tone: {root}: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    problems = ProblemList()
    settings = load_settings(root, problems) if root.is_dir() else None
    checker = ToneChecker.load(root if root.is_dir() else None, settings, problems)
    _print_problems(problems, root)
    checked: list[_Checked] = []
    unreadable: list[Annotation] = []
    for file in args.files:
        text = _text(file)
        if isinstance(text, Annotation):
            where = text.path or "<stdin>"
            line = f":{text.line}" if text.line else ""
            print(f"kbassist tone: {where}{line}: {text.message}", file=sys.stderr)
            unreadable.append(text)
            continue
        name = "<stdin>" if file == STDIN else file
        path = None if file == STDIN else Path(file)
        file_problems = ProblemList()
        draft = _template_draft(text, Path(name), file_problems)
        _print_problems(file_problems, root)
        language = args.lang or draft.language or checker.settings.default_language
        report = checker.check(
            draft.text,
            language=language,
            kind=args.kind or draft.kind,
            max_words=args.max_words or draft.max_words,
        )
        checked.append(_Checked(name, path, draft, report))
    several = len(args.files) > 1
    _print(args.format, checked, unreadable, several, time.perf_counter() - started)
    if unreadable:
        return EXIT_BAD_INPUT
    return EXIT_FINDING_ERROR if any(c.report.has_errors for c in checked) else 0


def _text(file: str) -> str | Annotation:
    """The file's text, or why it cannot be read (as an error to report)."""
    path = None if file == STDIN else Path(file)
    raw = _read(file)
    if isinstance(raw, str):
        return Annotation(path, None, None, "error", "unreadable", raw)
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        message = _(
            "not UTF-8 text (byte 0x{byte:02x}). Save the file with UTF-8 encoding and try again."
        ).format(byte=raw[exc.start])
        return Annotation(path, line, None, "error", "unreadable", message)


def _print(
    output: str,
    checked: list[_Checked],
    unreadable: list[Annotation],
    several: bool,
    seconds: float,
) -> None:
    """The results in the chosen format; several: more than one FILE was named."""
    if output == JSON:
        if several or checked:
            _print_json(checked, several)
    elif output in (GITHUB, JUNIT):
        found = [*unreadable, *(a for c in checked for a in _annotations(c))]
        if output == GITHUB:
            for line in github_annotations(found, Path.cwd()):
                print(line)
        else:
            files = [c.path for c in checked] + [a.path for a in unreadable]
            report = junit_report("kbassist tone", files, found, seconds, Path.cwd())
            sys.stdout.flush()
            sys.stdout.buffer.write(report)
    else:
        for c in checked:
            _print_text(c.report, c.draft, c.name, prefix=f"{c.name}: " if several else "")


def _annotations(checked: _Checked) -> list[Annotation]:
    """The findings of one file, at their lines in the file (a template's front matter too)."""
    found = []
    for f in checked.report.findings:
        suggestion = _(" (suggest: {fix})").format(fix=f.replacement) if f.replacement else ""
        found.append(
            Annotation(
                checked.path,
                f.line + checked.draft.line_offset,
                f.column,
                _LEVELS.get(f.severity, "notice"),
                f"tone-{f.rule}",
                f"{f.message}{suggestion}",
            )
        )
    return found


def _read(file: str) -> bytes | str:
    """The file's bytes, or a message saying why it cannot be read."""
    if file == STDIN:
        return sys.stdin.buffer.read()
    path = Path(file)
    if not path.exists():
        return _("no such file. Check the path.")
    if path.is_dir():
        return _("is a folder, not a file. Name a draft or a reply template.")
    try:
        return path.read_bytes()
    except OSError as exc:
        return _("cannot be read ({reason}). Check its permissions.").format(reason=exc.strerror)


def _template_draft(text: str, path: Path, problems: ProblemList) -> _Draft:
    """A reply template's body with its language, kind and max_words; other text as it is."""
    if not text.startswith("---"):
        return _Draft(text)
    doc = split_document(text, path, problems)
    if doc is None or not doc.has_front_matter:
        return _Draft(text)
    lines = text.split("\n")
    char_offset = sum(len(line) + 1 for line in lines[: doc.body_line - 1])
    # Read as the content loader reads it; a wrong value is `kbassist check`'s to report,
    # here it only falls back to the command's defaults.
    reader = FieldReader(doc.meta, path, doc.lines, ProblemList())
    return _Draft(
        text=text[char_offset:],
        line_offset=doc.body_line - 1,
        char_offset=char_offset,
        language=reader.text("language") or None,
        kind=reader.text("kind") or None,
        max_words=reader.whole_number("max_words"),
    )


def _print_problems(problems: list[Problem], root: Path) -> None:
    for problem in problems:
        print(
            f"{problem.location(root)}: {problem.severity.value}: {problem.message} "
            f"[{problem.code}]",
            file=sys.stderr,
        )
    rules = root / TONE_DIR
    if any(p.severity is Severity.ERROR and p.path.parent == rules for p in problems):
        print(_("Broken tone rules were skipped; the rest were checked."), file=sys.stderr)


def _print_text(report: ToneReport, draft: _Draft, name: str, prefix: str = "") -> None:
    """Each finding as file:line:column, then notes and metrics (after prefix, when several
    files are checked, so each line says which file it is about)."""
    for f in report.findings:
        suggestion = f" (suggest: {f.replacement})" if f.replacement is not None else ""
        print(
            f"{name}:{f.line + draft.line_offset}:{f.column}: {f.severity}: {f.message} "
            f"[{f.rule}]{suggestion}"
        )
    for note in report.notes:
        print(f"{prefix}note: {note}")
    m = report.metrics
    reading = (
        f"{m.reading_measure} {m.reading_score}"
        if m.reading_score is not None
        else _("no reading score for this language")
    )
    rules = m.language if m.language != "*" else _("generic rules")
    # Chinese is measured in characters, not words (see tone/metrics.py).
    if m.by_character:
        length = _("{words} / {max_words} characters").format(words=m.words, max_words=m.max_words)
        average = _("{average} characters per sentence").format(average=m.avg_sentence_length)
    else:
        length = _("{words} / {max_words} words").format(words=m.words, max_words=m.max_words)
        average = _("{average} words per sentence").format(average=m.avg_sentence_length)
    sentences = ngettext("{n} sentence", "{n} sentences", m.sentences).format(n=m.sentences)
    metrics = f"{length}, {sentences}, {average}, {reading} [{rules}]"
    print(f"{prefix}{metrics}")


def _print_json(checked: list[_Checked], several: bool) -> None:
    """One file: its findings, metrics and notes, as ever; several: a list of those, each
    with its "file" (an unreadable one is left out: the error says why)."""
    documents = [_json(c.report, c.draft) for c in checked]
    if several:
        data: object = [{"file": c.name, **d} for c, d in zip(checked, documents, strict=True)]
    else:
        data = documents[0]
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _json(report: ToneReport, draft: _Draft) -> dict[str, object]:
    findings = []
    for f in report.findings:
        item = f.as_dict()
        item["start"] = f.start + draft.char_offset
        item["end"] = f.end + draft.char_offset
        item["line"] = f.line + draft.line_offset
        findings.append(item)
    return {
        "findings": findings,
        "metrics": report.metrics.as_dict(),
        "notes": list(report.notes),
    }
