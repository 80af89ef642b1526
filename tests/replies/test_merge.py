"""Three-way merge of the writer's edits with a re-rendered reply."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from kbassist.replies.merge import Conflict, ConflictHunk, Merged, _Clash, _merge3, merge_edits

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
def test_diff3_laws(base: str, other: str) -> None:
    """The line merge itself (not merge_edits' shortcuts) keeps the side that changed."""
    b, o = tuple(base.splitlines(keepends=True)), tuple(other.splitlines(keepends=True))
    for ours, theirs in ((b, o), (o, b), (o, o)):
        chunks = _merge3(b, ours, theirs)
        assert not any(isinstance(c, _Clash) for c in chunks)
        assert "".join("".join(c) for c in chunks if not isinstance(c, _Clash)) == other


@st.composite
def separate_edits(draw: st.DrawFn) -> tuple[list[str], dict[int, str], dict[int, str]]:
    """Lines of a reply, and edits on each side to lines at least one line apart."""
    count = draw(st.integers(min_value=3, max_value=12))
    lines = [
        f"Line {n} says {word}"
        for n, word in enumerate(
            draw(
                st.lists(
                    st.sampled_from(["sorry", "refund", "order", "thanks"]),
                    min_size=count,
                    max_size=count,
                )
            )
        )
    ]
    picks = draw(
        st.lists(st.sampled_from(["ours", "theirs", None]), min_size=count, max_size=count)
    )
    ours: dict[int, str] = {}
    theirs: dict[int, str] = {}
    previous_side = None
    for n, side in enumerate(picks):
        # Next to an edit of the other side there is no unchanged line to anchor the merge.
        if side is None or (previous_side not in (None, side)):
            previous_side = None
            continue
        (ours if side == "ours" else theirs)[n] = f"{side} changed line {n}"
        previous_side = side
    assume(ours and theirs)
    return lines, ours, theirs


@given(separate_edits())
def test_edits_to_different_lines_both_survive_a_real_merge(
    case: tuple[list[str], dict[int, str], dict[int, str]],
) -> None:
    lines, ours, theirs = case
    previous = "\n".join(lines)
    edited = "\n".join(ours.get(n, line) for n, line in enumerate(lines))
    rendered = "\n".join(theirs.get(n, line) for n, line in enumerate(lines))
    expected = "\n".join(ours.get(n, theirs.get(n, line)) for n, line in enumerate(lines))
    assert edited not in (previous, rendered) and rendered != previous  # no shortcut
    assert merge_edits(previous, edited, rendered) == Merged(expected)


@given(texts, texts)
def test_merge_shortcuts(base: str, other: str) -> None:
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
