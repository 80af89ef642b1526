"""`kbassist render`: exit codes, messages naming each field, --json, --eml, the starter content."""

from __future__ import annotations

import datetime as dt
import email
import json
from email import policy
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.replies.render import render
from kbassist.validation import load_checked
from tests.conftest import STARTER
from tests.contentkit import ORG_SETTINGS, write

TEMPLATE = """
---
title: Late delivery
subject: "Order {{ order_number }}"
fields:
  customer_name: {label: Customer's first name, required: true}
  order_number:
    label: Order number
    required: true
    pattern: "LK-[0-9]{6}"
  new_date: {label: New delivery date, type: date}
---
Dear {{ customer_name }},

Order {{ order_number }}{% if new_date %} arrives by {{ new_date | format_date }}{% endif %}.

{{ agent.name }}
{{ org.name }}
"""

BROKEN = """
---
title: Broken
subject: Hello
fields:
  customer_name: {label: Name, required: true}
---
Dear {{ customer_name }},
{{ custmer_name }}
"""

# Every field of a late-delivery reply, and the writer's name.
LATE_DELIVERY_VALUES = [
    "--set",
    "customer_name=Ana",
    "--set",
    "order_number=LK-123456",
    "--set",
    "new_date=2026-03-14",
    "--agent",
    "Maja",
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    write(folder, "kbassist.toml", ORG_SETTINGS)
    write(folder, "replies/apology/late.md", TEMPLATE)
    write(folder, "replies/broken.md", BROKEN)
    return folder


def _run(root: Path, *args: str) -> int:
    return main(["render", "--content", str(root), *args])


def test_complete_reply_prints_subject_and_body(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(root, "apology/late", *LATE_DELIVERY_VALUES)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out == (
        "Subject: Order LK-123456\n\nDear Ana,\n\n"
        "Order LK-123456 arrives by 14 March 2026.\n\nMaja\nLarkspur Home\n"
    )


def test_missing_and_invalid_fields_exit_1_naming_each(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(root, "apology/late", "--set", "order_number=LK-1", "--set", "new_date=tomorrow")
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert "missing required field 'customer_name' (Customer's first name)" in err
    assert "invalid value for 'order_number' (Order number)" in err
    assert "invalid value for 'new_date' (New delivery date)" in err
    assert "your name is not set; give it with --agent NAME" in err
    assert err.count("replies/apology/late.md") == 4


def test_unknown_field_exits_1_with_a_suggestion(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        root, "apology/late", "--set", "customer_nam=Ana", "--set", "order_number=LK-123456"
    )
    err = capsys.readouterr().err
    assert code == 1
    assert (
        "--set customer_nam: the template has no such field. Did you mean 'customer_name'?" in err
    )


def test_template_error_exits_2_with_file_and_line(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(root, "broken", "--set", "customer_name=Ana", "--agent", "M")
    err = capsys.readouterr().err
    assert code == 2
    assert "replies/broken.md:8: error: Line 8: 'custmer_name' is not defined" in err


def test_unknown_template_exits_2_listing_close_ids(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(root, "apology/lat") == 2
    assert "Unknown template 'apology/lat'. Did you mean: apology/late" in capsys.readouterr().err


def test_missing_content_folder_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path / "nowhere", "apology/late") == 2
    assert f"The content folder {tmp_path / 'nowhere'} does not exist." in capsys.readouterr().err


def test_broken_settings_are_named_before_the_errors_they_cause(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(root, "kbassist.toml", '[org\nname = "Larkspur Home"\n')
    args = ["apology/late", "--set", "customer_name=Ana", "--set", "order_number=LK-123456"]
    assert _run(root, *args, "--agent", "M") == 2
    err = capsys.readouterr().err
    assert err.startswith("kbassist.toml:1: error: TOML syntax error")
    assert "replies/apology/late.md:17: error: Line 17: org has no 'name'" in err


def test_json_shape(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = _run(root, "apology/late", "--set", "order_number=LK-123456", "--json", "--agent", "M")
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert data["subject"] == "Order LK-123456"
    assert data["body"].startswith("Dear [Customer's first name],")
    assert data["missing"] == ["customer_name"]
    assert data["errors"] == []
    assert data["sendable"] is False
    assert _run(root, "broken", "--json") == 2
    broken = json.loads(capsys.readouterr().out)
    assert broken["errors"] == [
        {
            "line": 8,
            "message": "Line 8: 'custmer_name' is not defined — declare it under fields or fix "
            "the spelling.",
        }
    ]
    assert (broken["subject"], broken["body"]) == ("", "")


def test_eml_is_saved_and_keeps_the_previous_file(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "reply.eml"
    args = ["apology/late", "--set", "customer_name=Ana", "--set", "order_number=LK-123456"]
    args += ["--agent", "Maja", "--to", "ana@example.com", "--eml", str(target)]
    assert _run(root, *args) == 0
    first = target.read_bytes()
    assert _run(root, *args) == 0
    assert target.with_name("reply.eml.bak").read_bytes() == first
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["To"] == "ana@example.com"
    assert message["From"] == "Larkspur Home <help@larkspur.example>"
    assert message["Subject"] == "Order LK-123456"
    capsys.readouterr()


def test_starter_content_templates_render(capsys: pytest.CaptureFixture[str]) -> None:
    content = load_checked(STARTER)
    assert len(content.replies) >= 10
    code = _run(STARTER, "apology/late-delivery", *LATE_DELIVERY_VALUES, "--json")
    data = json.loads(capsys.readouterr().out)
    assert code == 0, data
    assert data["subject"] == "Your order LK-123456 is on its way"
    assert "14 March 2026" in data["body"]
    # Every starter template renders without a template error, its fields empty or filled.
    facility, article_id = next(iter(content.facilities)), next(iter(content.articles))
    sample = {"date": "2026-03-14", "number": "2", "facility": facility, "article": article_id}
    for template in content.replies.values():
        values = {
            f.name: f.choices[-1] if f.choices else sample.get(f.type, "Ana")
            for f in template.fields
        }
        for given in ({}, values):
            result = render(template, given, content, "Maja", dt.date(2026, 3, 10))
            assert result.errors == [], (template.id, result.errors)
            assert "None" not in result.body
