"""The status-bar and article-view lines about git."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbassist.revisions.repository import Change, TrackingStatus
from kbassist.ui.revisions.status_text import last_change_text, tracking_text


def test_last_change_names_the_author_and_the_day() -> None:
    when = dt.datetime(2026, 11, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    change = Change("a" * 40, "Ana Novak", "ana@example.com", when, "Edit\n", Path("x.md"))
    assert last_change_text(change) == "Last changed by Ana Novak on 3 Nov 2026"
    assert last_change_text(None) == "Not committed to git yet"


def test_tracking_says_what_to_do() -> None:
    assert tracking_text(None) == ""
    assert tracking_text(TrackingStatus(0, 2, "main", "origin/main")) == (
        "main is 2 commits behind origin/main — pull with your git tool"
    )
    assert tracking_text(TrackingStatus(1, 0, "main", "origin/main")) == (
        "main is 1 commit ahead of origin/main — push with your git tool"
    )
    assert "pull, then push" in tracking_text(TrackingStatus(1, 3, "main", "origin/main"))
    assert tracking_text(TrackingStatus(0, 0, "main", "origin/main")) == (
        "main is up to date with origin/main"
    )
