"""Checking one file's unsaved text with the same checks as `kbassist check`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbassist.content.folder import load_content
from kbassist.validation import check_source
from tests.contentkit import article, write

TODAY = dt.date(2026, 12, 1)


def test_an_edited_article_is_cross_checked_against_the_rest(tmp_path: Path) -> None:
    article(tmp_path, "a/one", "One", questions="[where is my parcel]")
    path = article(tmp_path, "a/two", "Two")
    content = load_content(tmp_path, TODAY)
    text = (
        "---\ntitle: Two\nrelated: [a/one, a/missing]\nquestions: [Where is my parcel]\n"
        "review_by: 2020-01-01\n---\nBody.\n"
    )
    checked = check_source(text, path, content, TODAY)
    assert checked.article is not None and checked.article.related == ("a/one", "a/missing")
    codes = {(p.code, p.line) for p in checked.problems}
    assert ("unknown-related", 3) in codes
    assert ("shared-question", 4) in codes
    assert ("stale-article", None) in codes
    # Only this file's problems: the other article is not blamed for the shared question.
    assert {p.path for p in checked.problems} == {path}


def test_unreadable_front_matter_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = article(tmp_path, "a/one", "One")
    content = load_content(tmp_path, TODAY)
    checked = check_source("---\ntitle: One\nsummary: [open\n---\nBody.\n", path, content, TODAY)
    assert checked.article is None
    assert checked.problems.has_errors
    assert all(p.path == path and p.line for p in checked.problems)


def test_a_reply_template_gets_the_template_checks(tmp_path: Path) -> None:
    path = write(tmp_path, "replies/late.md", "---\ntitle: Late\n---\nHi.\n")
    content = load_content(tmp_path, TODAY)
    checked = check_source("---\ntitle: Late\n---\nHi {{ name }\n", path, content, TODAY)
    assert checked.reply is not None
    assert [p.code for p in checked.problems if p.severity.value == "error"]
