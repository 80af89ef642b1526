"""Merging the text being edited with the file as changed on disk."""

from __future__ import annotations

from kbassist.ui.editor.conflict import clash_count, merge_versions

BASE = "title: A\n\nOne.\n\nTwo.\n"


def test_changes_in_different_places_both_survive() -> None:
    mine = BASE.replace("One.", "One, mine.")
    theirs = BASE.replace("Two.", "Two, theirs.")
    assert clash_count(BASE, mine, theirs) == 0
    merged = merge_versions(BASE, mine, theirs, prefer_mine=True)
    assert merged == "title: A\n\nOne, mine.\n\nTwo, theirs.\n"


def test_the_same_words_changed_on_both_sides_follow_the_choice() -> None:
    mine = BASE.replace("One.", "Mine.")
    theirs = BASE.replace("One.", "Theirs.")
    assert clash_count(BASE, mine, theirs) == 1
    assert "Mine." in merge_versions(BASE, mine, theirs, prefer_mine=True)
    assert "Theirs." in merge_versions(BASE, mine, theirs, prefer_mine=False)
