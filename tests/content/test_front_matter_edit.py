"""Editing front matter in place: untouched bytes stay, comments stay, nothing unsafe runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbassist.content.front_matter_edit import (
    FrontMatterEdit,
    FrontMatterError,
    read_fields,
    scalar_from_text,
    scalar_to_text,
    update_front_matter,
)
from kbassist.content.frontmatter import split_document
from kbassist.problems import ProblemList
from tests.conftest import STARTER

STARTER_ARTICLES = sorted((STARTER / "articles").rglob("*.md"))

COMMENTED = """\
---
# Reviewed by Customer Relations each spring.
title: "Complaints procedure"
summary: We acknowledge every complaint within 24 hours and aim to give a full response
  within 10 working days.
tags: [complaint, feedback]  # what agents type
questions:
  - I want to make a complaint  # the usual opening
  - who do I complain to
owner: Customer Relations
review_by: 2027-03-31
# The numbers below are quoted in replies.
facts:
  complaint_ack_hours: 24  # hours, not working hours
  complaint_final_response_weeks: 8
x-imported-from: zendesk/123
translations:
  sl: complaints/complaints-procedure.sl
---
# Complaints procedure

Body text --- with a rule below.

---
Not front matter.
"""


def _body(source: str) -> str:
    return source.split("\n---\n", 1)[1]


@pytest.mark.parametrize("path", STARTER_ARTICLES, ids=lambda p: p.stem)
def test_setting_every_field_to_its_value_keeps_each_starter_article_byte_identical(
    path: Path,
) -> None:
    source = path.read_text("utf-8")
    edit = FrontMatterEdit(source)
    for key, value in edit.fields.items():
        edit.set(key, value)
    assert not edit.changed
    assert edit.text() == source


@settings(max_examples=60, deadline=None)
@given(
    path=st.sampled_from(STARTER_ARTICLES),
    title=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40),
)
def test_a_changed_title_touches_only_the_title_line_of_a_starter_article(
    path: Path, title: str
) -> None:
    source = path.read_text("utf-8")
    edited = update_front_matter(source, {"title": title})
    assert read_fields(edited)["title"] == title
    assert _body(edited) == _body(source)
    before = source.split("\n---\n", 1)[0].split("\n")
    after = edited.split("\n---\n", 1)[0].split("\n")
    assert [line for line in before if not line.startswith("title:")] == [
        line for line in after if not line.startswith("title:")
    ]
    # Setting it back gives the original file again, byte for byte.
    original_title = read_fields(source)["title"]
    assert (
        update_front_matter(edited, {"title": original_title}).split("\n", 2)[2]
        == (source.split("\n", 2)[2])
    )


def test_fields_are_plain_values() -> None:
    fields = read_fields(COMMENTED)
    assert fields["title"] == "Complaints procedure"
    assert type(fields["title"]) is str
    assert fields["summary"].startswith("We acknowledge every complaint within 24 hours and aim")
    assert fields["tags"] == ["complaint", "feedback"]
    assert fields["review_by"] == dt.date(2027, 3, 31)
    assert fields["facts"] == {"complaint_ack_hours": 24, "complaint_final_response_weeks": 8}
    assert fields["translations"] == {"sl": "complaints/complaints-procedure.sl"}
    assert fields["x-imported-from"] == "zendesk/123"


def test_editing_keeps_comments_quotes_unknown_keys_and_the_body() -> None:
    edited = update_front_matter(
        COMMENTED,
        {
            "title": "Complaints",
            "facts": {"complaint_ack_hours": 48, "complaint_final_response_weeks": 8},
            "review_by": dt.date(2028, 1, 15),
            "tags": ["complaint", "feedback", "unhappy"],
        },
    )
    assert 'title: "Complaints"\n' in edited  # the double quotes the writer chose stay
    assert "# Reviewed by Customer Relations each spring.\n" in edited
    assert "# The numbers below are quoted in replies.\nfacts:\n" in edited
    assert "complaint_ack_hours: 48  # hours, not working hours\n" in edited
    assert "review_by: 2028-01-15\n" in edited
    assert "tags: [complaint, feedback, unhappy]" in edited
    assert "  - I want to make a complaint  # the usual opening\n" in edited
    assert "x-imported-from: zendesk/123\n" in edited
    assert _body(edited) == _body(COMMENTED)
    fields = read_fields(edited)
    assert fields["facts"]["complaint_ack_hours"] == 48
    assert fields["review_by"] == dt.date(2028, 1, 15)


def test_unchanged_fields_keep_their_exact_lines() -> None:
    edited = update_front_matter(COMMENTED, {"owner": "Complaints Team"})
    assert edited == COMMENTED.replace("owner: Customer Relations", "owner: Complaints Team")


def test_a_removed_field_goes_and_the_comment_above_the_next_field_stays() -> None:
    edited = update_front_matter(COMMENTED, {}, remove=["review_by", "questions"])
    assert "review_by" not in edited
    assert "I want to make a complaint" not in edited
    assert "# The numbers below are quoted in replies.\nfacts:" in edited
    assert _body(edited) == _body(COMMENTED)


def test_a_new_field_goes_where_the_house_order_puts_it() -> None:
    edited = update_front_matter(COMMENTED, {"status": "draft", "category": "complaints"})
    lines = edited.split("\n")
    assert lines.index("status: draft") == lines.index("review_by: 2027-03-31") + 1
    assert lines.index("category: complaints") < lines.index("owner: Customer Relations")


def test_lists_and_mappings_are_written_in_the_house_style() -> None:
    edited = update_front_matter(
        "---\ntitle: Refunds\n---\nBody\n",
        {
            "questions": ["can I have my money back", "refund: how long"],
            "related": ["refunds/refund-methods"],
            "translations": {"sl": "refunds/refunds.sl"},
        },
    )
    assert edited == (
        "---\ntitle: Refunds\nquestions:\n  - can I have my money back\n  - 'refund: how long'\n"
        "related: [refunds/refund-methods]\ntranslations:\n  sl: refunds/refunds.sl\n---\nBody\n"
    )


def test_a_file_without_front_matter_gets_one_and_keeps_its_text() -> None:
    source = "# Opening hours\n\nWe open at nine.\n"
    edit = FrontMatterEdit(source)
    assert not edit.has_front_matter
    assert edit.fields == {}
    assert edit.text() == source
    edit.set("title", "Opening hours")
    assert edit.text() == "---\ntitle: Opening hours\n---\n" + source


def test_crlf_files_stay_crlf() -> None:
    source = COMMENTED.replace("\n", "\r\n")
    edited = update_front_matter(source, {"owner": "Complaints Team"})
    assert edited == source.replace("owner: Customer Relations", "owner: Complaints Team")


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("---\ntitle: Refunds\nsummary: [unclosed\n---\nBody\n", 3, "YAML syntax error"),
        ("---\ntitle: Refunds\n", 1, "no closing '---'"),
        ("---\n- a list\n---\nBody\n", 2, "key: value"),
        ("---\ntitle: a\ntitle: b\n---\nBody\n", 3, "duplicate key"),
        ("---\na: &a [*a]\n---\n", 2, "alias"),
    ],
)
def test_broken_front_matter_is_refused_with_its_line(source: str, line: int, words: str) -> None:
    with pytest.raises(FrontMatterError) as caught:
        FrontMatterEdit(source)
    assert caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"Line {line}: ")


def test_a_bad_date_or_number_is_read_as_text_so_the_article_can_be_fixed() -> None:
    source = "---\ntitle: Refunds\nreview_by: 2027-02-30\nfacts:\n  days: !!int abc\n---\nB\n"
    edit = FrontMatterEdit(source)
    assert edit.get("review_by") == "2027-02-30"
    assert edit.get("facts") == {"days": "abc"}
    edit.set("review_by", dt.date(2027, 2, 28))
    assert edit.text() == source.replace("2027-02-30", "2027-02-28")


def test_python_tags_are_kept_as_text_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    source = (
        "---\ntitle: Refunds\n"
        f'hook: !!python/object/apply:os.system ["touch {marker}"]\n'
        "name: !!python/name:os.system\n"
        "custom: !local value\n---\nBody\n"
    )
    edit = FrontMatterEdit(source)
    assert edit.get("hook") == [f"touch {marker}"]
    assert edit.get("name") == ""
    assert edit.get("custom") == "value"
    edit.set("title", "Refund rules")
    edited = edit.text()
    assert not marker.exists()
    assert "!!python/object/apply:os.system" in edited
    assert "custom: !local value" in edited
    # What was written still loads with the content loader, tags and all.
    problems = ProblemList()
    document = split_document(edited, Path("a.md"), problems)
    assert document is not None
    assert document.meta["title"] == "Refund rules"


def test_yaml_one_one_words_keep_their_meaning() -> None:
    # The content loader reads `yes` as true, so a fact typed as the text 'yes' is quoted.
    edited = update_front_matter("---\ntitle: T\n---\n", {"facts": {"ok": "yes", "on": True}})
    assert read_fields(edited)["facts"] == {"ok": "yes", "on": True}
    problems = ProblemList()
    document = split_document(edited, Path("a.md"), problems)
    assert document is not None
    assert document.meta["facts"] == {"ok": "yes", "on": True}


def test_line_of_points_at_keys_and_items() -> None:
    edit = FrontMatterEdit(COMMENTED)
    lines = COMMENTED.split("\n")
    assert lines[edit.line_of("owner") - 1] == "owner: Customer Relations"
    assert "who do I complain to" in lines[edit.line_of("questions", 1) - 1]
    assert lines[edit.line_of("translations", "sl") - 1].strip().startswith("sl:")


@pytest.mark.parametrize(
    ("text", "value"),
    [("24", 24), ("2.5", 2.5), ("true", True), ("no", False), ("£39", "£39"), ("", "")],
)
def test_form_text_reads_as_yaml_would(text: str, value: object) -> None:
    assert scalar_from_text(text) == value
    assert type(scalar_from_text(text)) is type(value)


@pytest.mark.parametrize("value", [24, 2.5, True, "£39", "24", "yes", 'say "hi"', ""])
def test_form_text_round_trips(value: object) -> None:
    back = scalar_from_text(scalar_to_text(value))
    assert back == value
    assert type(back) is type(value)


# Plain scalars where YAML 1.1 readers disagree: `y`/`n` are text to PyYAML, `0o12` and
# `1e3` are text in YAML 1.1, `2026-12-01T10:00` (no seconds) is not a timestamp.
TRICKY_SCALARS = [
    "y", "n", "Y", "N", "on", "off", "yes", "no", "0o12", "012", "1_000", "1e3",
    ".inf", "~", "2026-12-01", "2026-12-01T10:00",
]  # fmt: skip


def _tricky_source(first_key: str) -> str:
    lines = [f"{first_key}: x", "title: y"]
    lines += [f"value_{index}: {text}" for index, text in enumerate(TRICKY_SCALARS)]
    lines.append(f"tags: [{', '.join(TRICKY_SCALARS)}]")
    return "---\n" + "\n".join(lines) + "\n---\nBody.\n"


@pytest.mark.parametrize("first_key", ["owner", "1"])
def test_scalars_read_as_the_content_loader_reads_them(first_key: str) -> None:
    import yaml

    source = _tricky_source(first_key)
    expected = yaml.safe_load(source.split("---\n")[1])
    fields = read_fields(source)
    # repr() tells True from 1 and "10" from 10, inside lists too.
    assert {key: repr(value) for key, value in fields.items()} == {
        str(key): repr(value) for key, value in expected.items()
    }


@pytest.mark.parametrize("first_key", ["owner", "1"])
def test_editing_another_key_keeps_tricky_scalars_as_written(first_key: str) -> None:
    source = _tricky_source(first_key)
    edited = update_front_matter(source, {"summary": "Changed."})
    assert source.split("\n")[1:-3] == [
        line for line in edited.split("\n")[1:-3] if not line.startswith("summary:")
    ]
    assert "summary: Changed." in edited


def test_adding_a_tag_keeps_y_and_n_as_text() -> None:
    source = "---\n1: x\ntitle: y\ntags: [y, n, returns]\n---\nBody.\n"
    edited = update_front_matter(source, {"tags": ["y", "n", "returns", "new"]})
    assert edited == "---\n1: x\ntitle: y\ntags: [y, n, returns, new]\n---\nBody.\n"


def test_a_rewritten_list_keeps_its_old_items_as_written() -> None:
    source = "---\ntitle: T\nflags: [yes, on, ~, 0x1f, 1:30, +12, 1_000.5, y]\n---\nBody.\n"
    edit = FrontMatterEdit(source)
    edit.set("flags", [*edit.get("flags"), "new"])
    assert edit.text() == (
        "---\ntitle: T\nflags: [yes, on, ~, 0x1f, 1:30, +12, 1_000.5, y, new]\n---\nBody.\n"
    )


def test_a_whole_rewrite_keeps_untouched_scalars_as_written() -> None:
    # A merge key at the top makes splicing unsafe, so the front matter is written anew.
    source = "---\nbase: &base {on_call: yes}\n<<: *base\ncount: 0x1f\ntitle: y\n---\nB\n"
    edited = update_front_matter(source, {"title": "n"})
    assert edited == "---\nbase: &base {on_call: yes}\n<<: *base\ncount: 0x1f\ntitle: n\n---\nB\n"
