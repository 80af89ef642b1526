"""GitHub Actions workflow-command annotations read back by their documented grammar, and
JUnit reports checked against the Jenkins junit-10 schema kept beside the tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

JUNIT_XSD = Path(__file__).with_name("data") / "junit-10.xsd"

# `::{command} {key}={value},{key}={value}::{message}`, one per line (GitHub's "Workflow
# commands for GitHub Actions"); the properties an annotation takes are these six.
_COMMAND = re.compile(r"::(?P<level>error|warning|notice)(?: (?P<props>[^:\r\n]*))?::(?P<msg>.*)")
_PROPERTY = re.compile(r"(?P<key>title|file|col|endColumn|line|endLine)=(?P<value>[^,:\r\n]*)")
_NUMBERS = ("line", "endLine", "col", "endColumn")
# The only % sequences the runner turns back into characters.
_DATA_ESCAPES = {"%25": "%", "%0D": "\r", "%0A": "\n"}
_PROPERTY_ESCAPES = {**_DATA_ESCAPES, "%3A": ":", "%2C": ","}


@dataclass(frozen=True)
class ParsedAnnotation:
    """One workflow command, unescaped."""

    level: str
    properties: dict[str, str]
    message: str


def parse_annotation(line: str) -> ParsedAnnotation:
    """The annotation line as the runner reads it; AssertionError where it breaks the grammar."""
    match = _COMMAND.fullmatch(line)
    assert match, f"not a workflow command: {line!r}"
    properties: dict[str, str] = {}
    if match["props"]:
        for part in match["props"].split(","):
            prop = _PROPERTY.fullmatch(part)
            assert prop, f"bad property {part!r} in {line!r}"
            assert prop["key"] not in properties, f"{prop['key']} given twice in {line!r}"
            properties[prop["key"]] = _unescape(prop["value"], _PROPERTY_ESCAPES)
    for key in _NUMBERS:
        if key in properties:
            assert properties[key].isdigit() and int(properties[key]) >= 1, line
    if "col" in properties:
        assert "line" in properties, f"a column without a line: {line!r}"
    return ParsedAnnotation(match["level"], properties, _unescape(match["msg"], _DATA_ESCAPES))


def _unescape(text: str, escapes: dict[str, str]) -> str:
    # A % that starts no known escape would be read as itself by the runner but cannot come
    # from escaping: the writer must have forgotten to escape it.
    for stray in re.finditer("%", text):
        assert text[stray.start() : stray.start() + 3] in escapes, f"unescaped % in {text!r}"
    return re.sub("%(25|0D|0A|3A|2C)", lambda m: escapes[m[0]], text)


@cache
def _junit_schema() -> Any:
    return etree.XMLSchema(etree.parse(str(JUNIT_XSD)))


def valid_junit(document: bytes) -> Any:
    """The parsed report; AssertionError with the schema's complaints when it is not valid."""
    tree = etree.fromstring(document)
    schema = _junit_schema()
    assert schema.validate(tree), str(schema.error_log)
    return tree
