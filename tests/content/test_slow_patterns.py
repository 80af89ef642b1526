"""A field pattern that backtracks catastrophically is a content problem, never a hang."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from kbassist.content.folder import Content
from kbassist.content.replies import FieldSpec, ReplyTemplate, pattern_matches
from kbassist.replies.render import render
from kbassist.validation import load_checked
from tests.contentkit import write


def test_a_catastrophic_pattern_is_reported_and_dropped(tmp_path: Path) -> None:
    root = tmp_path / "content"
    write(
        root,
        "replies/slow.md",
        "---\ntitle: Slow\nfields:\n  code:\n    label: Code\n    pattern: '(a|aa)+'\n"
        "  order:\n    label: Order\n    pattern: 'LK-\\d{6}'\n---\n{{ code }} {{ order }}\n",
    )
    start = time.monotonic()
    content = load_checked(root)
    found = [p for p in content.problems if p.code == "invalid-pattern"]
    assert [p.line for p in found] == [6]
    assert "too long" in found[0].message
    template = content.replies["slow"]
    assert template.field("code") is not None and template.field("code").pattern == ""  # type: ignore[union-attr]
    assert template.field("order").pattern == r"LK-\d{6}"  # type: ignore[union-attr]
    assert time.monotonic() - start < 5


def test_a_slow_pattern_at_render_time_is_a_field_issue_within_the_time_limit() -> None:
    spec = FieldSpec(name="code", label="Code", pattern=r"(a|a)+")
    template = ReplyTemplate(
        id="t", path=Path("t.md"), title="T", body="{{ code }}", fields=(spec,)
    )
    start = time.monotonic()
    assert pattern_matches(spec.pattern, "a" * 40 + "!") is None
    result = render(template, {"code": "a" * 40 + "!"}, Content(root=Path()), "M", dt.date.today())
    assert time.monotonic() - start < 2
    assert [i.field for i in result.field_issues] == ["code"]
    assert "too long" in result.field_issues[0].message
    assert pattern_matches(r"LK-\d+", "LK-12") is True
    assert pattern_matches(r"LK-\d+", "LK-") is False
