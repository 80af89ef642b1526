"""Markdown split into blocks and two versions compared block by block."""

from __future__ import annotations

from kbassist.revisions.blocks import Block, BlockChange, block_diff, markdown_blocks

OLD = """---
title: Returns
---
# Returns

Return any item within 14 days.

```
code with a blank line

inside
```

- a list
- of two
"""


def test_blocks_are_front_matter_paragraphs_and_whole_fences() -> None:
    assert markdown_blocks(OLD) == [
        Block("title: Returns", front_matter=True),
        Block("# Returns"),
        Block("Return any item within 14 days."),
        Block("```\ncode with a blank line\n\ninside\n```"),
        Block("- a list\n- of two"),
    ]


def test_a_changed_paragraph_is_removed_then_added_in_place() -> None:
    new = OLD.replace("14 days", "30 days").replace("- of two\n", "- of two\n\nNew closing line.\n")
    changes = [(d.change, d.block.text) for d in block_diff(OLD, new)]
    assert changes == [
        (BlockChange.SAME, "title: Returns"),
        (BlockChange.SAME, "# Returns"),
        (BlockChange.REMOVED, "Return any item within 14 days."),
        (BlockChange.ADDED, "Return any item within 30 days."),
        (BlockChange.SAME, "```\ncode with a blank line\n\ninside\n```"),
        (BlockChange.SAME, "- a list\n- of two"),
        (BlockChange.ADDED, "New closing line."),
    ]


def test_text_without_front_matter_and_an_unclosed_one() -> None:
    assert markdown_blocks("One.\n\n\nTwo.") == [Block("One."), Block("Two.")]
    assert markdown_blocks("---\ntitle: x\n") == [Block("---\ntitle: x")]
