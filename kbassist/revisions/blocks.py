"""Two versions of an article compared block by block, for a rendered view of what changed.

A block is what markdown renders as one piece: the front matter, a paragraph, a list, a
table, a heading, or a fenced code block (kept whole, blank lines and all).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FRONT_MATTER_ENDS = ("---", "...")


class BlockChange(StrEnum):
    """Whether a block is in both versions, only the old one, or only the new one."""

    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class Block:
    """One markdown block; front_matter marks the YAML between the `---` lines."""

    text: str
    front_matter: bool = False


@dataclass(frozen=True)
class DiffBlock:
    """A block of the comparison and how it changed."""

    change: BlockChange
    block: Block


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a markdown file, in order, without the blank lines between them."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks: list[Block] = []
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in _FRONT_MATTER_ENDS), 0)
        if end:
            blocks.append(Block("\n".join(lines[1:end]), front_matter=True))
            start = end + 1
    run: list[str] = []
    fence: str | None = None
    for line in lines[start:]:
        opener = _FENCE.match(line)
        if fence is not None:
            run.append(line)
            if opener and opener.group(1).startswith(fence):
                fence = None
            continue
        if opener:
            fence = opener.group(1)[0] * 3
        if not line.strip() and fence is None:
            if run:
                blocks.append(Block("\n".join(run)))
                run = []
            continue
        run.append(line)
    if run:
        blocks.append(Block("\n".join(run)))
    return blocks


def block_diff(old: str, new: str) -> list[DiffBlock]:
    """Every block of both versions in reading order, each marked same, removed or added."""
    old_blocks, new_blocks = markdown_blocks(old), markdown_blocks(new)
    matcher = difflib.SequenceMatcher(None, old_blocks, new_blocks, autojunk=False)
    result: list[DiffBlock] = []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            result += [DiffBlock(BlockChange.SAME, b) for b in old_blocks[old_start:old_end]]
            continue
        result += [DiffBlock(BlockChange.REMOVED, b) for b in old_blocks[old_start:old_end]]
        result += [DiffBlock(BlockChange.ADDED, b) for b in new_blocks[new_start:new_end]]
    return result
