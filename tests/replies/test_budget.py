"""Hostile templates: nesting, huge arithmetic and runaway output or loops become problems."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from kbassist.replies.budget import Budget
from kbassist.replies.render import render
from kbassist.validation import load_checked
from tests.contentkit import write

TODAY = dt.date(2026, 3, 10)

NESTED = {
    "brackets": "{{ " + "(" * 3000 + "x" + ")" * 3000 + " }}",
    "ifs": "{% if x %}" * 2000 + "y" + "{% endif %}" * 2000,
    "filters": "{{ x" + "|upper" * 3000 + " }}",
    "sums": "{{ " + " + ".join(["x"] * 3000) + " }}",
    "nots": "{{ " + "not " * 3000 + "x }}",
}


def _reply(root: Path, name: str, body: str) -> None:
    write(
        root,
        f"replies/{name}.md",
        f"---\ntitle: {name}\nfields:\n  x: {{label: X}}\n---\nDear customer,\n\n{body}\n",
    )


@pytest.mark.parametrize("name", sorted(NESTED))
def test_a_template_nested_thousands_deep_is_a_problem_with_its_line(
    tmp_path: Path, name: str
) -> None:
    root = tmp_path / "content"
    _reply(root, name, NESTED[name])
    _reply(root, "good", "Thank you, {{ x }}.")
    content = load_checked(root)
    found = [p for p in content.problems if p.path.name == f"{name}.md"]
    assert [(p.code, p.line) for p in found] == [("template-too-deep", 8)]
    result = render(content.replies[name], {"x": "a"}, content, "Maja", TODAY)
    assert result.body == ""
    assert result.errors and result.errors[0].line == 8
    assert "nests too deep" in result.errors[0].message
    good = render(content.replies["good"], {"x": "Ann"}, content, "Maja", TODAY)
    assert good.body.endswith("Thank you, Ann.")


@pytest.mark.parametrize(
    "expression",
    ["9**(9**10)", "(9**9)**(9**9)", "2**100000", "10**4000 * 10**4000"],
)
def test_huge_arithmetic_is_refused_by_check_and_render_without_hanging(
    tmp_path: Path, expression: str
) -> None:
    root = tmp_path / "content"
    _reply(root, "bomb", "{{ x }}\n{{ " + expression + " }}")
    start = time.monotonic()
    content = load_checked(root)
    found = [p for p in content.problems if p.code == "template-too-big"]
    assert [p.line for p in found] == [9]
    result = render(content.replies["bomb"], {"x": "a"}, content, "Maja", TODAY)
    assert time.monotonic() - start < 5
    assert result.body == "" and result.errors[0].line == 9
    assert "too big" in result.errors[0].message


@pytest.mark.parametrize(
    "body",
    [
        "{{ x * 10**8 }}",
        "{{ x|center(10**9) }}",
        "{{ x.ljust(10**9) }}",
        "{{ '%0999999999d' % 1 }}",
        "{{ '{:>999999999}'.format(x) }}",
        "{% set a = 'y' * 999999 %}{{ a ~ a }}",
        "{% set a = 'y' * 999999 %}{{ a|replace('y', a) }}",
        "{% set a = 'y' * 999999 %}{{ [a, a, a]|join }}",
        "{{ [x]|batch(10**9, 'z')|list }}",
        "{% for i in range(100000) %}{{ 'y' * 20 }}{% endfor %}",
    ],
)
def test_a_template_that_would_write_too_much_renders_nothing(tmp_path: Path, body: str) -> None:
    root = tmp_path / "content"
    _reply(root, "big", "{{ x }}\n" + body)
    content = load_checked(root)
    result = render(content.replies["big"], {"x": "a"}, content, "Maja", TODAY)
    assert result.body == ""
    assert result.errors and result.errors[0].line == 9
    assert not result.sendable


def test_a_loop_too_long_is_stopped_by_steps_and_by_time(tmp_path: Path) -> None:
    root = tmp_path / "content"
    loops = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    _reply(root, "loops", "{{ x }}\n" + loops)
    content = load_checked(root)
    template = content.replies["loops"]
    start = time.monotonic()
    steps = render(template, {"x": "a"}, content, "Maja", TODAY, Budget(max_steps=10_000))
    assert "steps" in steps.errors[0].message and steps.body == ""
    timed = render(template, {"x": "a"}, content, "Maja", TODAY, Budget(seconds=0.2))
    assert "longer than 0.2 s" in timed.errors[0].message and timed.body == ""
    default = render(template, {"x": "a"}, content, "Maja", TODAY)
    assert default.errors and default.body == ""
    assert time.monotonic() - start < 10


def test_ordinary_arithmetic_and_formats_still_work(tmp_path: Path) -> None:
    root = tmp_path / "content"
    body = (
        "{{ x }}: {{ 2**10 }} {{ 3 * 4 }} {{ 'ab' ~ 'cd' }} {{ '%.2f'|format(3.14159) }} "
        "{{ '{:>4}'.format(7) }} {{ [1, 2]|join(',') }} {{ 'ab'.replace('a', 'c') }}"
    )
    _reply(root, "fine", body)
    content = load_checked(root)
    assert [p for p in content.problems if p.path.name == "fine.md"] == []
    result = render(content.replies["fine"], {"x": "a"}, content, "Maja", TODAY)
    assert result.errors == []
    assert result.body.endswith("a: 1024 12 abcd 3.14    7 1,2 cb")
