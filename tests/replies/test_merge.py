"""Three-way merge of the writer's edits with a re-rendered reply."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kbassist.replies.merge import Conflict, ConflictHunk, Merged, merge_edits

PREVIOUS = (
    "Dear Ana,\n\n"
    "Your order LK-111111 did not arrive on time.\n"
    "It will now arrive by 3 March 2026.\n\n"
    "Kind regards,\nMaja"
)
RENDERED = PREVIOUS.replace("LK-111111", "LK-222222").replace("3 March", "5 March")


def test_untouched_text_takes_the_new_rendering() -> None:
    assert merge_edits(PREVIOUS, PREVIOUS, RENDERED) == Merged(RENDERED)


def test_edits_in_other_lines_survive() -> None:
    edited = PREVIOUS.replace("Kind regards,", "With warm regards,") + "\nTeam lead"
    result = merge_edits(PREVIOUS, edited, RENDERED)
    assert result == Merged(
        "Dear Ana,\n\n"
        "Your order LK-222222 did not arrive on time.\n"
        "It will now arrive by 5 March 2026.\n\n"
        "With warm regards,\nMaja\nTeam lead"
    )


def test_edits_in_the_same_line_merge_by_words() -> None:
    edited = PREVIOUS.replace("did not arrive on time.", "did not arrive on time, and I am sorry.")
    result = merge_edits(PREVIOUS, edited, RENDERED)
    assert isinstance(result, Merged)
    assert "Your order LK-222222 did not arrive on time, and I am sorry.\n" in result.text
    assert "5 March 2026" in result.text


def test_added_paragraph_survives() -> None:
    edited = PREVIOUS.replace("\n\nKind", "\n\nI have also refunded the delivery charge.\n\nKind")
    result = merge_edits(PREVIOUS, edited, RENDERED)
    assert isinstance(result, Merged)
    assert "LK-222222" in result.text
    assert "\n\nI have also refunded the delivery charge.\n\nKind regards," in result.text


def test_deleted_line_stays_deleted() -> None:
    edited = PREVIOUS.replace("It will now arrive by 3 March 2026.\n", "")
    new = PREVIOUS.replace("LK-111111", "LK-222222")
    result = merge_edits(PREVIOUS, edited, new)
    assert result == Merged(edited.replace("LK-111111", "LK-222222"))


def test_same_words_changed_on_both_sides_is_a_conflict() -> None:
    edited = PREVIOUS.replace("3 March 2026", "the third of March")
    result = merge_edits(PREVIOUS, edited, RENDERED)
    assert isinstance(result, Conflict)
    assert result.hunks == (
        ConflictHunk(
            "It will now arrive by 3 March 2026.\n",
            "It will now arrive by the third of March.\n",
            "It will now arrive by 5 March 2026.\n",
        ),
    )
    # The writer chooses whole lines; the change that did not clash is carried over either way.
    assert "It will now arrive by the third of March.\n" in result.keep_edits
    assert "It will now arrive by 5 March 2026.\n" in result.take_new
    assert "LK-222222" in result.keep_edits and "LK-222222" in result.take_new


def test_shared_spaces_do_not_anchor_a_merge() -> None:
    previous = "Late because of a courier delay."
    edited = "Late because of a delay at our courier's depot."
    rendered = "Late because of bad weather."
    result = merge_edits(previous, edited, rendered)
    assert isinstance(result, Conflict)
    assert result.keep_edits == edited
    assert result.take_new == rendered


def test_same_edit_on_both_sides_is_no_conflict() -> None:
    edited = RENDERED.replace("Maja", "Maja Novak")
    new = RENDERED.replace("Maja", "Maja Novak")
    assert merge_edits(PREVIOUS, edited, new) == Merged(new)


def test_nothing_new_keeps_the_edits() -> None:
    edited = PREVIOUS + "\nP.S. Thanks!"
    assert merge_edits(PREVIOUS, edited, PREVIOUS) == Merged(edited)


texts = st.text(alphabet="ab \n.", max_size=40)


@given(texts, texts)
def test_merge_laws(base: str, other: str) -> None:
    assert merge_edits(base, base, other) == Merged(other)
    assert merge_edits(base, other, base) == Merged(other)
    assert merge_edits(base, other, other) == Merged(other)


@given(st.lists(st.sampled_from(["Dear Ana,", "Order 1.", "Thanks.", ""]), max_size=6), texts)
def test_edit_at_the_end_always_survives(lines: list[str], tail: str) -> None:
    previous = "\n".join([*lines, "Regards"])
    rendered = previous.replace("Order 1.", "Order 2.")
    edited = previous + "\nP.S." + tail.replace("\n", " ")
    result = merge_edits(previous, edited, rendered)
    assert isinstance(result, Merged)
    assert result.text == rendered + "\nP.S." + tail.replace("\n", " ")
