"""`kbassist check`: each broken file is named with its line, and never hides the good ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.problems import Problem, Severity
from kbassist.validation import load_checked
from tests.contentkit import article, write

GOOD_REPLY = """
---
title: Good reply
kind: apology
fields:
  customer_name: {label: Name, type: text, required: true}
---
Dear {{ customer_name }},
Kind regards,
{{ agent.name }}
"""


def _good(root: Path) -> None:
    article(root, "good/fine", "A fine article", summary="Fine.")
    write(root, "replies/good.md", GOOD_REPLY)


def _only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [f"{p.code}: {p.message}" for p in problems]
    return found[0]


CASES: list[tuple[str, str, str | bytes, str, int | None]] = [
    # (case, file, text, expected code, expected line)
    (
        "yaml syntax",
        "articles/bad.md",
        "---\ntitle: Ok\ntags: [a, b\nsummary: x\n---\nBody\n",
        "yaml-syntax",
        4,
    ),
    (
        "missing title",
        "articles/bad.md",
        "---\nsummary: No title here\n---\nBody\n",
        "missing-title",
        2,
    ),
    (
        "wrong type",
        "articles/bad.md",
        "---\ntitle: T\ntags:\n  nested: map\n---\nB\n",
        "wrong-type",
        3,
    ),
    (
        "invalid date",
        "articles/bad.md",
        "---\ntitle: T\nreview_by: 2027-02-30\n---\nB\n",
        "invalid-date",
        3,
    ),
    (
        "bad enum",
        "articles/bad.md",
        "---\ntitle: T\naudience: everyone\n---\nB\n",
        "invalid-value",
        3,
    ),
    (
        "related nowhere",
        "articles/bad.md",
        "---\ntitle: T\nrelated:\n  - good/fine\n  - gone/away\n---\nB\n",
        "unknown-related",
        5,
    ),
    (
        "translation nowhere",
        "articles/bad.md",
        "---\ntitle: T\ntranslations:\n  sl: bad.sl\n---\nB\n",
        "unknown-translation",
        4,
    ),
    ("not utf-8", "articles/bad.md", b"---\ntitle: T\n---\nline\ncaf\xe9\n", "not-utf8", 5),
    ("empty file", "articles/bad.md", "", "empty-file", None),
    (
        "unclosed front matter",
        "articles/bad.md",
        "---\ntitle: T\nBody\n",
        "unclosed-front-matter",
        1,
    ),
    (
        "template syntax",
        "replies/bad.md",
        "---\ntitle: T\n---\nHello\n{% if x %}\nno end\n",
        "template-syntax",
        6,
    ),
    (
        "unknown name",
        "replies/bad.md",
        "---\ntitle: T\n---\nHello\n{{ custmer_name }}\n",
        "unknown-name",
        5,
    ),
    (
        "unused required field",
        "replies/bad.md",
        "---\ntitle: T\nfields:\n  order:\n    required: true\n---\nHello\n",
        "unused-field",
        4,
    ),
    (
        "unknown fact",
        "replies/bad.md",
        '---\ntitle: T\n---\nWithin {{ kb["good/fine"].days }} days\n',
        "unknown-fact",
        4,
    ),
    (
        "fact of missing article",
        "replies/bad.md",
        '---\ntitle: T\n---\n{{ kb["nope"].days }}\n',
        "unknown-fact",
        4,
    ),
    (
        "bad pattern",
        "replies/bad.md",
        "---\ntitle: T\nfields:\n  a:\n    pattern: '[unclosed'\n---\n{{ a }}\n",
        "invalid-pattern",
        5,
    ),
    (
        "invalid hours",
        "facilities/list.yaml",
        "- id: a\n  name: A\n  lat: 1\n  lon: 2\n  hours:\n    mon: 9-5\n",
        "invalid-hours",
        6,
    ),
    (
        "coordinates out of range",
        "facilities/list.yaml",
        "- id: a\n  name: A\n  lat: 91\n  lon: 2\n",
        "invalid-coordinates",
        3,
    ),
    (
        "duplicate facility",
        "facilities/list.yaml",
        "- id: a\n  name: A\n  lat: 1\n  lon: 2\n- id: a\n  name: B\n  lat: 1\n  lon: 2\n",
        "duplicate-facility",
        5,
    ),
    (
        "bad timezone",
        "facilities/list.yaml",
        "- id: a\n  name: A\n  lat: 1\n  lon: 2\n  timezone: Mars/Base\n",
        "invalid-timezone",
        5,
    ),
    (
        "gazetteer row",
        "facilities/places.csv",
        "place,lat,lon\nLondon,51.5,-0.1\nNowhere,north,0\n",
        "bad-gazetteer-row",
        3,
    ),
    (
        "csv facility hours",
        "facilities/more.csv",
        "id,name,lat,lon,mon\nb,B,1,2,25:00-26:00\n",
        "invalid-hours",
        2,
    ),
    ("broken settings", "kbassist.toml", "[org\nname = 'x'\n", "toml-syntax", 1),
    ("settings not UTF-8", "kbassist.toml", b"[org]\nname = 'Caf\xe9'\n", "not-utf8", 2),
]


@pytest.mark.parametrize(
    ("case", "relative", "text", "code", "line"), CASES, ids=[c[0] for c in CASES]
)
def test_each_broken_file_is_named_and_good_files_still_load(
    tmp_path: Path, case: str, relative: str, text: str | bytes, code: str, line: int | None
) -> None:
    _good(tmp_path)
    path = write(tmp_path, relative, text)
    content = load_checked(tmp_path)
    problem = _only(content.problems, code)
    assert problem.path == path
    assert problem.line == line
    assert problem.severity is Severity.ERROR
    assert "good/fine" in content.articles
    assert "good" in content.replies


def test_duplicate_ids_differing_only_by_case(tmp_path: Path) -> None:
    article(tmp_path, "refunds/Policy", "One")
    article(tmp_path, "refunds/policy", "Two")
    problem = _only(load_checked(tmp_path).problems, "duplicate-id")
    assert "clashes" in problem.message


def test_unknown_keys_warn_but_the_article_loads(tmp_path: Path) -> None:
    article(tmp_path, "a", "Imported", zendesk_id="123")
    content = load_checked(tmp_path)
    problem = _only(content.problems, "unknown-key")
    assert problem.severity is Severity.WARNING
    assert problem.line == 3
    assert content.articles["a"].title == "Imported"


def test_article_without_front_matter_takes_its_title_from_the_first_heading(
    tmp_path: Path,
) -> None:
    write(tmp_path, "articles/plain.md", "Intro\n\n# Lost parcels\n\nText.\n")
    write(tmp_path, "articles/bare-notes.md", "Just text.\n")
    content = load_checked(tmp_path)
    assert content.articles["plain"].title == "Lost parcels"
    assert content.articles["bare-notes"].title == "Bare notes"
    assert all(p.severity is Severity.WARNING for p in content.problems)
    assert len([p for p in content.problems if p.code == "no-front-matter"]) == 2


def test_stale_article_is_a_warning(tmp_path: Path) -> None:
    article(tmp_path, "old", "Old", review_by="2020-01-01", owner="Billing team")
    problem = _only(load_checked(tmp_path).problems, "stale-article")
    assert problem.severity is Severity.WARNING
    assert "Billing team" in problem.message


def test_cli_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _good(tmp_path)
    assert main(["check", "--content", str(tmp_path)]) == 0
    write(tmp_path, "articles/broken.md", "---\ntitle: [unclosed\n---\n")
    write(tmp_path, "articles/warned.md", "No front matter\n")
    capsys.readouterr()
    assert main(["check", "--content", str(tmp_path), "--json"]) == 1
    listed = json.loads(capsys.readouterr().out)
    assert {
        "path": "articles/broken.md",
        "line": 2,
        "severity": "error",
        "code": "yaml-syntax",
    }.items() <= listed[0].items()
    assert {p["code"] for p in listed} == {"yaml-syntax", "no-front-matter"}


def test_warnings_alone_do_not_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "articles/warned.md", "No front matter\n")
    assert main(["check", "--content", str(tmp_path)]) == 0
    assert "warned.md:1: warning:" in capsys.readouterr().out


def test_missing_content_folder_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--content", str(tmp_path / "nowhere")]) == 1
    out, err = capsys.readouterr()
    assert f"{tmp_path / 'nowhere'}: error: The content folder does not exist." in out
    assert err.endswith(f"0 places in {tmp_path / 'nowhere'}: 1 error, 0 warnings.\n")
    settings = write(tmp_path, "kbassist.toml", "[org]\n")
    assert main(["check", "--content", str(settings)]) == 1
    assert f"{settings}: error: The content folder is a file, not a folder." in (
        capsys.readouterr().out
    )


def test_an_empty_settings_file_means_the_defaults(tmp_path: Path) -> None:
    _good(tmp_path)
    write(tmp_path, "kbassist.toml", "\n")
    content = load_checked(tmp_path)
    assert list(content.problems) == []
    assert content.settings.max_words == 200


def test_a_question_listed_by_two_articles_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "articles/a.md", "---\ntitle: A\nquestions: [Money back?]\n---\nA\n")
    write(
        tmp_path,
        "articles/b.md",
        "---\ntitle: B\nquestions:\n  - other\n  - money  BACK?\n---\nB\n",
    )
    content = load_checked(tmp_path)
    problem = _only(content.problems, "shared-question")
    assert problem.path.name == "b.md" and problem.line == 5
    assert problem.severity.value == "warning"
    assert "also listed by 'a'" in problem.message
