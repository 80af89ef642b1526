"""The rendered comparison: unchanged front matter left out, changes boxed and named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from kbassist.revisions.repository import Version, Versions
from kbassist.ui.revisions.diff_view import Comparison, SourceDiffView, compare, rendered_html
from kbassist.ui.theme import dark_palette

OLD = "---\ntitle: Returns\n---\n# Returns\n\nWithin [14 days](refunds).\n"


def _comparison(old: str, new: str) -> Comparison:
    path = Path("returns.md")
    versions = Versions(Version("a", old, "a" * 40, path), Version("now", new, None, path))
    return compare(versions, Path("/nowhere"), {"refunds"}, "returns")


def test_unchanged_front_matter_is_left_out_and_links_are_safe() -> None:
    html = rendered_html(_comparison(OLD, OLD.replace("14", "30")), QPalette())
    assert "title: Returns" not in html
    assert "<b>Removed</b>" in html and "<b>Added</b>" in html
    assert 'href="kb:refunds"' in html


def test_a_front_matter_change_is_named_as_such() -> None:
    html = rendered_html(
        _comparison(OLD, OLD.replace("title: Returns", "title: Returns policy")), dark_palette()
    )
    assert "Added in the details (front matter)" in html
    assert "title: Returns policy" in html


def test_no_differences_says_so(qtbot: QtBot) -> None:
    same = _comparison(OLD, OLD)
    assert same.source == []
    assert "No differences." in rendered_html(same, QPalette())
    view = SourceDiffView()
    qtbot.addWidget(view)
    view.show_lines([])
    assert view.toPlainText() == "No differences."
    view.show_lines(["--- a", "+++ b", "@@ -1 +1 @@", "-old", "+new"])
    assert len(view.extraSelections()) == 3
