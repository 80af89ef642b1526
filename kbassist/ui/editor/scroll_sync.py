"""Which part of the preview shows a line of the source: matched by headings, then by lines."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtGui import QTextDocument

from kbassist.content.sections import FENCE, HEADING


def body_start(lines: Sequence[str]) -> int:
    """The index of the first line after the front matter (0 when there is none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for number in range(1, len(lines)):
        if lines[number].strip() in ("---", "..."):
            return number + 1
    return 0


def source_headings(lines: Sequence[str]) -> list[int]:
    """Line indexes of the body's headings (# lines outside code fences), in order."""
    found: list[int] = []
    fenced = False
    for number in range(body_start(lines), len(lines)):
        line = lines[number]
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced and HEADING.match(line):
            found.append(number)
    return found


def preview_headings(document: QTextDocument) -> list[float]:
    """The top of each heading of a laid-out preview, in pixels, in order."""
    layout = document.documentLayout()
    tops: list[float] = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            tops.append(layout.blockBoundingRect(block).top())
        block = block.next()
    return tops


class ScrollMap:
    """Piecewise-linear map between source lines and preview pixels, through matched points.

    Each heading of the source is matched to the heading of the preview in the same place in
    order, so a long table or list before it shifts nothing after it; between two headings
    the place is interpolated line by line.
    """

    def __init__(self, points: Sequence[tuple[float, float]]) -> None:
        kept: list[tuple[float, float]] = []
        for line, y in sorted(points):
            # Points out of order on either side (an unmatched heading) would fold the map.
            if kept and (line <= kept[-1][0] or y < kept[-1][1]):
                continue
            kept.append((line, y))
        self.points = kept or [(0.0, 0.0)]
        self._lines = [p[0] for p in self.points]
        self._ys = [p[1] for p in self.points]

    @classmethod
    def build(
        cls,
        lines: Sequence[str],
        tops: Sequence[float],
        height: float,
        *,
        title_shown: bool,
        title_dropped: bool,
    ) -> ScrollMap:
        """A map for source lines and a preview with heading tops and total height.

        title_shown: the preview starts with the title as a heading of its own;
        title_dropped: the source's first heading is that title, so it is not rendered again.
        """
        heads = source_headings(lines)
        start = body_start(lines)
        points: list[tuple[float, float]] = [(0.0, 0.0), (float(start), 0.0)]
        preview = list(tops)
        if title_shown and preview:
            first = preview.pop(0)
            if title_dropped and heads:
                points.append((float(heads.pop(0)), first))
        points += [(float(line), y) for line, y in zip(heads, preview, strict=False)]
        points.append((float(max(len(lines) - 1, start + 1)), height))
        return cls(points)

    def preview_y(self, line: float) -> float:
        """The preview's y for a (fractional) source line."""
        return _interpolate(self._lines, self._ys, line)

    def source_line(self, y: float) -> float:
        """The source line shown at the preview's y."""
        return _interpolate(self._ys, self._lines, y)


def _interpolate(xs: Sequence[float], ys: Sequence[float], x: float) -> float:
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    right = bisect.bisect_right(xs, x)
    left = right - 1
    span = xs[right] - xs[left]
    share = (x - xs[left]) / span if span else 0.0
    return ys[left] + share * (ys[right] - ys[left])
