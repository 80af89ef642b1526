"""Reports for CI: GitHub Actions workflow-command annotations and JUnit XML, from findings."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kbassist.common.i18n import _
from kbassist.problems import shown_path

TEXT, JSON, GITHUB, JUNIT = "text", "json", "github", "junit"
FORMATS = (TEXT, JSON, GITHUB, JUNIT)
# GitHub's three annotation levels; a finding's severity maps onto one of them.
LEVELS = ("error", "warning", "notice")
STDIN_NAME = "<stdin>"
# Characters XML 1.0 cannot hold at all, even escaped (control characters, lone surrogates).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class Annotation:
    """One finding to report: a file, where in it (when known), how bad, and what."""

    path: Path | None  # None for standard input
    line: int | None
    column: int | None
    level: str  # one of LEVELS
    code: str
    message: str


def add_format_option(parser: argparse.ArgumentParser, json_help: str) -> None:
    """--format text|json|github|junit, and --json as its older spelling of --format json."""
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=TEXT,
        help=_(
            "how to print the results: text for people, json, github (GitHub Actions "
            "annotations) or junit (a JUnit XML report for CI); default text"
        ),
    )
    parser.add_argument("--json", dest="format", action="store_const", const=JSON, help=json_help)


def shown(path: Path | None, base: Path) -> str:
    """path relative to base (the working directory, where CI resolves file names) when it
    lies inside it, else in full; with / separators either way. None is standard input."""
    if path is None:
        return STDIN_NAME
    real, real_base = Path(os.path.realpath(path)), Path(os.path.realpath(base))
    return shown_path(real, real_base).as_posix()


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit does (% first)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: the message escapes plus : and , which would
    otherwise end the value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(item: Annotation, base: Path) -> str:
    """`::error file=…,line=…,col=…,title=…::message`, one line, for the GitHub Actions log."""
    properties = [] if item.path is None else [("file", shown(item.path, base))]
    if item.line:
        properties.append(("line", str(item.line)))
        if item.column:
            properties.append(("col", str(item.column)))
    properties.append(("title", f"kbassist {item.code}"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{item.level} {joined}::{escape_data(item.message)}"


def github_annotations(items: Iterable[Annotation], base: Path) -> list[str]:
    """One annotation line per item, in the order given."""
    return [github_annotation(item, base) for item in items]


def junit_report(
    suite: str,
    files: Sequence[Path | None],
    items: Sequence[Annotation],
    seconds: float,
    base: Path,
    now: dt.datetime | None = None,
) -> bytes:
    """A JUnit XML report (the Jenkins/Ant junit-10 schema): one test case per checked file,
    failing with one <failure> per error; warnings and notes go to its <system-out>, so
    they show without failing the build (as they do not fail the command)."""
    by_file: dict[str, list[Annotation]] = {shown(path, base): [] for path in files}
    for item in items:
        by_file.setdefault(shown(item.path, base), []).append(item)
    failed = sum(any(i.level == "error" for i in found) for found in by_file.values())
    timestamp = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0, tzinfo=None)
    counts = {"tests": str(len(by_file)), "failures": str(failed), "errors": "0"}
    time = f"{seconds:.3f}"
    root = ET.Element("testsuites", {"name": suite, "time": time, **counts})
    testsuite = ET.SubElement(
        root,
        "testsuite",
        {**counts, "name": suite, "skipped": "0", "time": time, "timestamp": timestamp.isoformat()},
    )
    for name in sorted(by_file):
        case = ET.SubElement(testsuite, "testcase", {"name": _xml(name), "classname": suite})
        notes = []
        for item in by_file[name]:
            where = ":".join(str(n) for n in (name, item.line, item.column) if n)
            text = _xml(f"{where}: {item.level}: {item.message} [{item.code}]")
            if item.level == "error":
                failure = ET.SubElement(
                    case, "failure", {"type": _xml(item.code), "message": _xml(item.message)}
                )
                failure.text = text
            else:
                notes.append(text)
        if notes:
            ET.SubElement(case, "system-out").text = "\n".join(notes)
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def _xml(text: str) -> str:
    """text with the characters XML cannot carry shown as U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)
