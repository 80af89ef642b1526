"""`kbassist check` and `kbassist tone` with --format github|junit|json, read back by the
GitHub workflow-command grammar and validated against the junit-10 schema."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from kbassist.cli import main
from tests.commands.annotations import parse_annotation, valid_junit
from tests.contentkit import write

DRAFT = """Dear Anna,

Your card 4111 1111 1111 1111 was charged twice: 50% of it comes back.
As I already said, kindly wait.
"""
CARD_MESSAGE = "This looks like a payment card number."


@pytest.fixture
def broken(content_repo: Path) -> Path:
    """The content with an error too: an article whose related link goes nowhere."""
    write(content_repo, "articles/returns.md", "---\ntitle: Returns\nrelated: [gone]\n---\nB\n")
    return content_repo


def test_check_github_annotations_say_what_json_says(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--content", ".", "--json"]) == 1
    expected = json.loads(capsys.readouterr().out)
    assert main(["check", "--content", ".", "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    parsed = [parse_annotation(line) for line in lines]
    seen = [
        {
            "path": a.properties["file"],
            "line": int(a.properties["line"]) if "line" in a.properties else None,
            "severity": a.level,
            "code": a.properties["title"].removeprefix("kbassist "),
            "message": a.message,
        }
        for a in parsed
    ]
    assert seen == expected
    assert {(a["path"], a["severity"]) for a in seen} == {
        ("articles/returns.md", "error"),
        ("articles/old.md", "warning"),
        ("replies/late.md", "warning"),
    }


def test_github_file_names_are_relative_to_the_working_folder(
    broken: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In GitHub Actions the job runs at the repository root, above a content subfolder.
    monkeypatch.chdir(broken.parent)
    assert main(["check", "--content", "kb", "--format", "github"]) == 1
    files = {
        parse_annotation(x).properties["file"] for x in capsys.readouterr().out.split("\n")[:-1]
    }
    assert files == {"kb/articles/returns.md", "kb/articles/old.md", "kb/replies/late.md"}


def test_check_junit_has_a_case_per_file_failing_on_errors(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--content", ".", "--format", "junit"]) == 1
    tree = valid_junit(capsys.readouterr().out.encode())
    cases = {case.get("name"): case for case in tree.iter("testcase")}
    assert sorted(cases) == [
        "articles/old.md",
        "articles/refunds.md",
        "articles/returns.md",
        "replies/late.md",
    ]
    assert tree.get("failures") == "1"
    failure = cases["articles/returns.md"].find("failure")
    assert failure.get("type") == "unknown-related"
    assert "'related' points to 'gone'" in failure.get("message")
    assert "[stale-article]" in cases["articles/old.md"].findtext("system-out")
    assert cases["articles/refunds.md"].find("failure") is None


def test_check_junit_of_changed_files_lists_those_files(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--content", ".", "--changed", "--format", "junit"]) == 1
    tree = valid_junit(capsys.readouterr().out.encode())
    assert [case.get("name") for case in tree.iter("testcase")] == ["articles/returns.md"]


def test_a_clean_folder_gives_no_annotations_and_a_passing_report(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--content", ".", "--changed", "--format", "github"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", "--content", ".", "--changed", "--format", "junit"]) == 0
    tree = valid_junit(capsys.readouterr().out.encode())
    assert (tree.get("tests"), tree.get("failures")) == ("0", "0")


def test_json_is_as_before(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--content", ".", "--json"]) == 1
    old = capsys.readouterr().out
    assert main(["check", "--content", ".", "--format", "json"]) == 1
    assert capsys.readouterr().out == old
    assert set(json.loads(old)[0]) == {"path", "line", "severity", "code", "message"}


def test_tone_github_annotations_point_at_line_and_column(
    tmp_path: Path, content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(content_repo, "draft.txt", DRAFT)
    assert main(["tone", str(draft), "--content", "."]) == 1
    text_places = re.findall(r"^.*draft\.txt:(\d+:\d+): ", capsys.readouterr().out, re.M)
    assert main(["tone", str(draft), "--content", ".", "--format", "github"]) == 1
    parsed = [parse_annotation(line) for line in capsys.readouterr().out.splitlines()]
    assert [a.level for a in parsed] == ["error", "warning", "notice"]
    card = parsed[0]
    assert card.properties == {
        "file": "draft.txt",
        "line": "3",
        "col": "11",
        "title": "kbassist tone-card-number",
    }
    assert card.message.startswith(CARD_MESSAGE)
    where = [f"{a.properties['line']}:{a.properties['col']}" for a in parsed]
    assert where == text_places == ["3:11", "4:1", "4:20"]


def test_tone_reports_a_template_finding_at_its_line_in_the_file(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tone", "replies/late.md", "--content", ".", "--format", "github"]) == 0
    parsed = [parse_annotation(line) for line in capsys.readouterr().out.splitlines()]
    assert {(a.properties["line"], a.properties["title"]) for a in parsed} >= {
        ("12", "kbassist tone-condescension")
    }


def test_tone_checks_every_file_and_a_bad_one_hides_none(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(content_repo, "draft.txt", DRAFT)
    files = [str(draft), "missing.txt", "replies/late.md"]
    assert main(["tone", *files, "--content", ".", "--format", "junit"]) == 2
    captured = capsys.readouterr()
    assert "kbassist tone: missing.txt: no such file. Check the path." in captured.err
    tree = valid_junit(captured.out.encode())
    cases = {case.get("name"): case for case in tree.iter("testcase")}
    assert sorted(cases) == ["draft.txt", "missing.txt", "replies/late.md"]
    assert cases["missing.txt"].find("failure").get("type") == "unreadable"
    assert cases["draft.txt"].find("failure").get("type") == "tone-card-number"
    assert cases["replies/late.md"].find("failure") is None
    assert "[tone-condescension]" in cases["replies/late.md"].findtext("system-out")


def test_tone_json_of_several_files_is_a_list_and_of_one_as_before(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(content_repo, "draft.txt", DRAFT)
    assert main(["tone", str(draft), "--content", ".", "--json"]) == 1
    one = json.loads(capsys.readouterr().out)
    assert set(one) == {"findings", "metrics", "notes"}
    assert main(["tone", str(draft), "replies/late.md", "--content", ".", "--json"]) == 1
    several = json.loads(capsys.readouterr().out)
    assert [d["file"] for d in several] == [str(draft), "replies/late.md"]
    assert several[0]["findings"] == one["findings"]
    # Named several, read one: still a list, so a script reads every run the same way.
    assert main(["tone", str(draft), "missing.txt", "--content", ".", "--json"]) == 2
    assert [d["file"] for d in json.loads(capsys.readouterr().out)] == [str(draft)]


def test_tone_text_of_several_files_says_which_file_each_summary_is_for(
    content_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(content_repo, "draft.txt", DRAFT)
    assert main(["tone", str(draft), "replies/late.md", "--content", "."]) == 1
    summaries = [line for line in capsys.readouterr().out.splitlines() if " words, " in line]
    assert [line.split(": ")[0] for line in summaries] == [str(draft), "replies/late.md"]
    assert summaries[1].startswith("replies/late.md: 28 / 40 words, ")


def test_tone_from_standard_input_is_annotated_without_a_file(
    content_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DRAFT.encode())))
    assert main(["tone", "--content", ".", "--format", "github"]) == 1
    first = parse_annotation(capsys.readouterr().out.splitlines()[0])
    assert "file" not in first.properties
    assert first.properties["line"] == "3"
