"""Source lines matched to preview pixels through headings."""

from __future__ import annotations

from kbassist.ui.editor.scroll_sync import ScrollMap, body_start, source_headings

LINES = [
    "---",
    "title: A",
    "---",
    "# A",
    "",
    "text",
    "## One",
    "```",
    "# not a heading",
    "```",
    "## Two",
    "end",
]


def test_headings_are_found_after_the_front_matter_and_outside_fences() -> None:
    assert body_start(LINES) == 3
    assert body_start(["no front matter"]) == 0
    assert source_headings(LINES) == [3, 6, 10]


def test_a_heading_line_maps_to_its_heading_and_between_them_lines_interpolate() -> None:
    # The preview shows the title, then One at 300 and Two at 900 px; 1000 px in all.
    scroll = ScrollMap.build(
        LINES, [0.0, 300.0, 900.0], 1000.0, title_shown=True, title_dropped=True
    )
    assert scroll.preview_y(0) == 0.0
    assert scroll.preview_y(6) == 300.0
    assert scroll.preview_y(10) == 900.0
    assert scroll.preview_y(8) == 600.0
    assert scroll.preview_y(11) == 1000.0
    assert scroll.source_line(600.0) == 8.0


def test_points_out_of_order_are_dropped_so_the_map_never_folds() -> None:
    scroll = ScrollMap([(0, 0), (5, 500), (6, 100), (10, 1000)])
    assert scroll.points == [(0, 0), (5, 500), (10, 1000)]
    assert scroll.preview_y(7.5) == 750.0
