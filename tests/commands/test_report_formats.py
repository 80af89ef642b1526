"""GitHub annotations keep to the documented grammar and escaping; JUnit reports to the XSD."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbassist.commands.report_formats import (
    Annotation,
    escape_data,
    escape_property,
    github_annotation,
    junit_report,
)
from tests.commands.annotations import parse_annotation, valid_junit

HOSTILE = "50% off, see: the box\r\nthen %0A and ::error:: and a, b"


def test_an_annotation_has_file_line_column_and_title(tmp_path: Path) -> None:
    item = Annotation(tmp_path / "replies" / "late.md", 12, 4, "warning", "tone-blame", "Blame")
    line = github_annotation(item, tmp_path)
    assert line == "::warning file=replies/late.md,line=12,col=4,title=kbassist tone-blame::Blame"
    parsed = parse_annotation(line)
    assert parsed.properties == {
        "file": "replies/late.md",
        "line": "12",
        "col": "4",
        "title": "kbassist tone-blame",
    }


def test_percent_newlines_colons_and_commas_are_escaped_as_documented(tmp_path: Path) -> None:
    path = tmp_path / "articles" / "a,b: c%.md"
    line = github_annotation(Annotation(path, 3, None, "error", "x:y,z", HOSTILE), tmp_path)
    assert "\n" not in line and "\r" not in line
    assert "file=articles/a%2Cb%3A c%25.md," in line
    assert line.endswith("::50%25 off, see: the box%0D%0Athen %250A and ::error:: and a, b")
    parsed = parse_annotation(line)
    assert parsed.properties["file"] == "articles/a,b: c%.md"
    assert parsed.properties["title"] == "kbassist x:y,z"
    assert parsed.message == HOSTILE


def test_a_file_outside_the_working_folder_is_named_in_full(tmp_path: Path) -> None:
    item = Annotation(tmp_path / "kb" / "x.md", None, None, "notice", "c", "m")
    line = github_annotation(item, tmp_path / "elsewhere")
    assert parse_annotation(line).properties == {
        "file": (tmp_path / "kb" / "x.md").as_posix(),
        "title": "kbassist c",
    }


def test_standard_input_has_no_file_and_a_column_needs_a_line(tmp_path: Path) -> None:
    line = github_annotation(Annotation(None, None, 7, "error", "c", "m"), tmp_path)
    assert line == "::error title=kbassist c::m"


@given(st.text())
def test_any_message_survives_escaping(text: str) -> None:
    assert parse_annotation(f"::notice::{escape_data(text)}").message == text


@given(st.text())
def test_any_property_value_survives_escaping(text: str) -> None:
    parsed = parse_annotation(f"::notice title={escape_property(text)}::m")
    assert parsed.properties["title"] == text


def test_the_junit_report_is_valid_and_fails_only_files_with_errors(tmp_path: Path) -> None:
    good, bad, warned = (tmp_path / n for n in ("good.md", "bad.md", "warned.md"))
    items = [
        Annotation(bad, 2, None, "error", "unknown-related", "'related' points nowhere"),
        Annotation(bad, 5, None, "error", "missing-title", "No title"),
        Annotation(warned, 1, 3, "warning", "stale-article", "Review date passed"),
    ]
    now = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    report = junit_report("kbassist check", [good, bad, warned], items, 1.5, tmp_path, now)
    tree = valid_junit(report)
    suite = tree.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "0")
    assert suite.get("timestamp") == "2026-12-01T09:30:00"
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert sorted(cases) == ["bad.md", "good.md", "warned.md"]
    assert len(cases["good.md"]) == 0
    failures = cases["bad.md"].findall("failure")
    assert [f.get("type") for f in failures] == ["unknown-related", "missing-title"]
    assert failures[0].text == "bad.md:2: error: 'related' points nowhere [unknown-related]"
    assert cases["warned.md"].find("failure") is None
    assert cases["warned.md"].findtext("system-out") == (
        "warned.md:1:3: warning: Review date passed [stale-article]"
    )


@pytest.mark.parametrize("text", [HOSTILE, "nul\x00 bell\x07 <tag> & \ud800 \ufffe", "é 中文 🙂"])
def test_junit_carries_any_text_as_valid_xml(tmp_path: Path, text: str) -> None:
    path = tmp_path / "draft.md"
    report = junit_report(
        "kbassist tone", [path], [Annotation(path, 1, 1, "error", text, text)], 0.0, tmp_path
    )
    failure = valid_junit(report).find("testsuite/testcase/failure")
    shown = text.replace("\x00", "\ufffd").replace("\x07", "\ufffd")
    shown = shown.replace("\ud800", "\ufffd").replace("\ufffe", "\ufffd")
    # Attributes keep line breaks too: ElementTree writes them as character references.
    assert failure.get("message") == shown
    assert failure.get("type") == shown
