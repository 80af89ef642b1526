"""The field reader every YAML format reads through: values, defaults and problems by line."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from kbassist.common.fields import FieldReader
from kbassist.common.yamlio import parse_yaml
from kbassist.problems import Problem, ProblemList, Severity

PATH = Path("file.yaml")


def _reader(text: str) -> FieldReader:
    parsed = parse_yaml(textwrap.dedent(text).lstrip("\n"), PATH, ProblemList())
    assert parsed is not None
    data, lines = parsed
    return FieldReader(data, PATH, lines, ProblemList())


def _only(reader: FieldReader) -> Problem:
    assert len(reader.problems) == 1, reader.problems
    problem = reader.problems[0]
    assert problem.path == PATH
    return problem


def test_text_is_trimmed_numbers_are_text_and_absent_is_the_default() -> None:
    reader = _reader("title: '  Refunds  '\ncode: 30\nratio: 1.5\nempty:\n")
    assert reader.text("title") == "Refunds"
    assert reader.text("code") == "30"
    assert reader.text("ratio") == "1.5"
    assert reader.text("empty", "fallback") == "fallback"
    assert reader.text("missing") == ""
    assert reader.text("missing", None) is None
    assert reader.problems == []


@pytest.mark.parametrize(
    ("value", "shown"), [("yes", "yes/no (True)"), ("[a, b]", "a list"), ("{a: b}", "a set of")]
)
def test_text_of_another_type_is_a_wrong_type_at_its_line(value: str, shown: str) -> None:
    reader = _reader(f"first: ok\ntitle: {value}\n")
    assert reader.text("title", "default") == "default"
    problem = _only(reader)
    assert (problem.line, problem.code, problem.severity) == (2, "wrong-type", Severity.ERROR)
    assert problem.message.startswith(f"'title' must be text, not {shown}")
    assert reader.wrong_values == 1


def test_text_list_takes_one_text_as_a_list_and_leaves_out_blank_items() -> None:
    reader = _reader("tags: refund\nrelated:\n  - ' a '\n  - ''\n  - b\n")
    assert reader.text_list("tags") == ("refund",)
    assert reader.text_list("related") == ("a", "b")
    # Each item keeps its own line, blank ones left out or not.
    assert reader.text_items("related") == (("a", 3), ("b", 5))
    assert reader.text_list("missing") == ()
    assert reader.problems == []


def test_a_list_with_a_nested_item_is_a_wrong_type() -> None:
    reader = _reader("tags: [a, [b]]\n")
    assert reader.text_list("tags") == ()
    assert _only(reader).message == (
        "'tags' must be a list of text, like [refund, returns], not a list."
    )


def test_text_mapping() -> None:
    reader = _reader(
        "swap:\n  ' in order to ': ' to '\n  '': dropped\n  24: seven\nbad: {a: [b]}\n"
    )
    assert reader.text_mapping("swap", "phrases") == {"in order to": "to", "24": "seven"}
    assert reader.text_mapping("bad", "a set of 'phrase: better phrase' lines") == {}
    assert _only(reader).message == (
        "'bad' must be a set of 'phrase: better phrase' lines, not a set of key: value pairs."
    )


def test_choice() -> None:
    reader = _reader("audience: internal\nstatus: everyone\n")
    assert reader.choice("audience", ("public", "internal"), "public") == "internal"
    assert reader.choice("missing", ("public", "internal"), "public") == "public"
    assert reader.choice("missing", ("public", "internal"), None) is None
    assert reader.choice("status", ("published", "draft"), "published") == "published"
    problem = _only(reader)
    assert (problem.line, problem.code) == (2, "invalid-value")
    assert problem.message == "'status' is 'everyone'; use one of: published, draft."
    assert reader.wrong_values == 1


def test_date() -> None:
    reader = _reader("review_by: 2027-03-31\nbad: 2027-02-30\n")
    assert reader.date("review_by") == dt.date(2027, 3, 31)
    assert reader.date("missing") is None
    assert reader.date("bad") is None
    assert (_only(reader).line, _only(reader).code) == (2, "invalid-date")


def test_whole_number() -> None:
    reader = _reader("words: 120\nquoted: '40'\nzero: 0\n")
    assert reader.whole_number("words") == 120
    # As a CSV cell or a quoted YAML value writes it.
    assert reader.whole_number("quoted") == 40
    assert reader.whole_number("zero", minimum=0) == 0
    assert reader.whole_number("missing") is None
    assert reader.problems == []


@pytest.mark.parametrize(
    ("value", "minimum", "expected"),
    [
        ("0", 1, "a whole number above zero"),
        ("-2", 0, "a whole number, 0 or more"),
        ("2.5", 0, "a whole number, 0 or more"),
        ("lots", 1, "a whole number above zero"),
        ("true", 1, "a whole number above zero"),
    ],
)
def test_a_wrong_whole_number_says_what_is_allowed(value: str, minimum: int, expected: str) -> None:
    reader = _reader(f"words: {value}\n")
    assert reader.whole_number("words", minimum) is None
    assert _only(reader).code == "wrong-type"
    assert _only(reader).message.startswith(f"'words' must be {expected}, not ")


def test_number() -> None:
    reader = _reader("lat: 51.5\nlon: '-0.14'\ncount: 3\n")
    assert reader.number("lat") == 51.5
    assert reader.number("lon") == -0.14
    assert reader.number("count", minimum=0) == 3.0
    assert reader.number("missing") is None
    assert reader.problems == []


@pytest.mark.parametrize(
    ("value", "minimum", "expected"),
    [
        ("lots", None, "a number"),
        ("yes", None, "a number"),
        ("[1]", None, "a number"),
        # Not a number anything can be compared with.
        (".nan", None, "a number"),
        ("'inf'", None, "a number"),
        ("-1", 0, "a number, 0 or more"),
        ("0.5", 1.5, "a number, 1.5 or more"),
    ],
)
def test_a_wrong_number_says_what_is_allowed(
    value: str, minimum: float | None, expected: str
) -> None:
    reader = _reader(f"max: {value}\n")
    assert reader.number("max", minimum) is None
    assert _only(reader).code == "wrong-type"
    assert _only(reader).message.startswith(f"'max' must be {expected}, not ")


def test_flag() -> None:
    reader = _reader("required: true\nregex: maybe\n")
    assert reader.flag("required") is True
    assert reader.flag("missing") is False
    assert reader.flag("missing", None) is None
    assert reader.flag("regex") is False
    assert _only(reader).message == "'regex' must be true or false, not 'maybe'."


def test_mapping_and_entries() -> None:
    reader = _reader("facts: {days: 30}\nrules: [a, b]\nhours: [mon]\nitems: {a: b}\n")
    assert reader.mapping("facts", "a set of name: value pairs") == {"days": 30}
    assert reader.entries("rules", "a list of rules") == ["a", "b"]
    assert reader.mapping("hours", "a set of weekday: hours pairs") == {}
    assert reader.entries("items", "a list of rules") == []
    assert [(p.line, p.message) for p in reader.problems] == [
        (3, "'hours' must be a set of weekday: hours pairs, not a list."),
        (4, "'items' must be a list of rules, not a set of key: value pairs."),
    ]


def test_nested_readers_find_the_lines_of_their_keys() -> None:
    parsed = parse_yaml("fields:\n  name:\n    type: vibe\n", PATH, ProblemList())
    assert parsed is not None
    data, lines = parsed
    reader = FieldReader(data["fields"]["name"], PATH, lines, ProblemList(), ("fields", "name"))
    assert reader.choice("type", ("text", "date"), "text") == "text"
    assert _only(reader).line == 3


def test_unknown_keys_are_warnings_that_do_not_count_as_wrong_values() -> None:
    reader = _reader("title: T\ncolour: blue\n")
    reader.unknown_keys(("title",), "article")
    problem = _only(reader)
    assert (problem.line, problem.code, problem.severity) == (2, "unknown-key", Severity.WARNING)
    assert problem.message == "Unknown article field 'colour' is ignored. Known fields: title."
    assert reader.wrong_values == 0
