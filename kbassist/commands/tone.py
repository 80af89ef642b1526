"""`kbassist tone`: check a draft's tone and print each finding with its line and a fix."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from kbassist.commands import Subparsers, positive_int
from kbassist.common.fields import FieldReader
from kbassist.content.frontmatter import split_document
from kbassist.content.settings import load_settings
from kbassist.problems import Problem, ProblemList, Severity
from kbassist.shared_settings import resolve_content
from kbassist.tone.checker import ToneChecker, ToneReport
from kbassist.tone.pack import TONE_DIR

EXIT_FINDING_ERROR = 1
EXIT_BAD_INPUT = 2
STDIN = "-"


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the tone command."""
    parser = subparsers.add_parser(
        "tone",
        parents=[common],
        help="check the tone of a draft reply",
        description="Check a draft (or a reply template) for risky or unkind wording. "
        "Reads standard input when FILE is '-' or left out. Exit 1 when a finding is an "
        "error (such as a card number), 2 when the file cannot be read.",
    )
    parser.add_argument("file", nargs="?", default=STDIN, metavar="FILE", help="the draft, or -")
    parser.add_argument("--kind", help="reply kind: apology, escalation, information, ...")
    parser.add_argument("--lang", help="language of the draft, e.g. en or sl-SI")
    parser.add_argument(
        "--max-words", type=positive_int, metavar="N", help="length target (default from settings)"
    )
    parser.add_argument("--json", action="store_true", help="print findings and metrics as JSON")
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


def run(args: argparse.Namespace) -> int:
    """Check the draft; print findings and metrics."""
    name = "<stdin>" if args.file == STDIN else args.file
    raw = _read(args.file)
    if isinstance(raw, str):
        print(f"kbassist tone: {name}: {raw}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        print(
            f"kbassist tone: {name}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}). "
            "Save the file with UTF-8 encoding and try again.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    root = resolve_content(args.content)
    if args.content and not root.is_dir():
        print(f"kbassist tone: {root}: the content folder does not exist.", file=sys.stderr)
        return EXIT_BAD_INPUT
    problems = ProblemList()
    settings = load_settings(root, problems) if root.is_dir() else None
    checker = ToneChecker.load(root if root.is_dir() else None, settings, problems)
    draft = _template_draft(text, Path(name), problems)
    _print_problems(problems, root)
    language = args.lang or draft.language or checker.settings.default_language
    report = checker.check(
        draft.text,
        language=language,
        kind=args.kind or draft.kind,
        max_words=args.max_words or draft.max_words,
    )
    if args.json:
        _print_json(report, draft)
    else:
        _print_text(report, draft, name)
    return EXIT_FINDING_ERROR if report.has_errors else 0


def _read(file: str) -> bytes | str:
    """The file's bytes, or a message saying why it cannot be read."""
    if file == STDIN:
        return sys.stdin.buffer.read()
    path = Path(file)
    if not path.exists():
        return "no such file. Check the path."
    if path.is_dir():
        return "is a folder, not a file. Name a draft or a reply template."
    try:
        return path.read_bytes()
    except OSError as exc:
        return f"cannot be read ({exc.strerror}). Check its permissions."


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
        print("Broken tone rules were skipped; the rest were checked.", file=sys.stderr)


def _print_text(report: ToneReport, draft: _Draft, name: str) -> None:
    for f in report.findings:
        suggestion = f" (suggest: {f.replacement})" if f.replacement is not None else ""
        print(
            f"{name}:{f.line + draft.line_offset}:{f.column}: {f.severity}: {f.message} "
            f"[{f.rule}]{suggestion}"
        )
    for note in report.notes:
        print(f"note: {note}")
    m = report.metrics
    reading = (
        f"{m.reading_measure} {m.reading_score}"
        if m.reading_score is not None
        else "no reading score for this language"
    )
    print(
        f"{m.words} / {m.max_words} words, {m.sentences} sentences, "
        f"{m.avg_sentence_length} words per sentence, {reading} "
        f"[{m.language if m.language != '*' else 'generic rules'}]"
    )


def _print_json(report: ToneReport, draft: _Draft) -> None:
    findings = []
    for f in report.findings:
        item = f.as_dict()
        item["start"] = f.start + draft.char_offset
        item["end"] = f.end + draft.char_offset
        item["line"] = f.line + draft.line_offset
        findings.append(item)
    data = {
        "findings": findings,
        "metrics": report.metrics.as_dict(),
        "notes": list(report.notes),
    }
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
