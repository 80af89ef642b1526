"""The values a template's preview is rendered with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbassist.content.folder import Content
from kbassist.content.replies import FieldSpec
from kbassist.ui.editor.samples import sample_value

TODAY = dt.date(2026, 12, 1)


def test_sample_wins_over_default_and_types_fill_the_rest() -> None:
    content = Content(root=Path())
    assert sample_value(FieldSpec("n", "N", sample="Ada", default="X"), content, TODAY) == "Ada"
    assert sample_value(FieldSpec("n", "N", default="X"), content, TODAY) == "X"
    assert sample_value(FieldSpec("d", "D", type="date"), content, TODAY) == "2026-12-01"
    choice = FieldSpec("c", "C", type="choice", choices=("red", "blue"))
    assert sample_value(choice, content, TODAY) == "red"
    # A text without a sample shows its marker in the preview: where the value goes.
    assert sample_value(FieldSpec("t", "T"), content, TODAY) is None
