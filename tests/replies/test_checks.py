"""Static template checks: a block tag that ends a line of text swallows its line break."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbassist.problems import Severity
from kbassist.replies.render import render
from kbassist.validation import load_checked
from tests.conftest import STARTER
from tests.contentkit import write

SWALLOWING = """
---
title: Steps
fields:
  free: {label: Free label, type: choice, choices: ["yes", "no"]}
---
Dear customer,

1. Pack the item.{% if free == "yes" %} The label is free.{% endif %}
2. Take it to the post office.
{% if free == "no" %}
The label costs £3.
{% endif %}
3. Keep the receipt.{% if free == "yes" %} Thanks.{% endif +%}
4. Wait for the refund.
"""


def test_a_block_tag_ending_a_line_of_text_is_warned_about(tmp_path: Path) -> None:
    root = tmp_path / "content"
    write(root, "replies/steps.md", SWALLOWING)
    content = load_checked(root)
    found = [p for p in content.problems if p.code == "swallowed-newline"]
    # Only line 8: the tag-only lines are meant to vanish, and "+%}" keeps its line break.
    assert [(p.line, p.severity) for p in found] == [(8, Severity.WARNING)]
    assert "{% endif %}" in found[0].message
    assert "{% endif +%}" in found[0].message


def test_the_starter_templates_keep_their_line_breaks() -> None:
    content = load_checked(STARTER)
    assert [p for p in content.problems if p.code == "swallowed-newline"] == []
    template = content.replies["information/return-instructions.zh"]
    result = render(
        template,
        {"customer_name": "王女士", "order_number": "LK-123456"},
        content,
        "Maja",
        dt.date(2026, 3, 10),
    )
    lines = result.body.splitlines()
    assert any(line.startswith("2. ") for line in lines)
    assert any(line.startswith("3. ") for line in lines)  # no longer run into step 2
