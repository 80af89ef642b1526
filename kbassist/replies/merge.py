"""Keeping the writer's own edits when a field change re-renders the reply (a three-way merge)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Merged:
    """The new rendering with every edit of the writer carried over."""

    text: str


@dataclass(frozen=True)
class ConflictHunk:
    """One place where the writer changed the same words the new rendering changes."""

    previous: str
    edited: str
    rendered: str


@dataclass(frozen=True)
class Conflict:
    """Edits and the new rendering disagree somewhere; the writer picks which side wins there.

    Both texts carry every non-conflicting change from both sides.
    """

    hunks: tuple[ConflictHunk, ...]
    keep_edits: str
    take_new: str


@dataclass(frozen=True)
class _Clash:
    base: tuple[str, ...]
    ours: tuple[str, ...]
    theirs: tuple[str, ...]


_Chunk = tuple[str, ...] | _Clash


def merge_edits(previous: str, edited: str, rendered: str) -> Merged | Conflict:
    """Carry the changes from previous to edited over onto rendered.

    previous is the text as rendered before the field change, edited the writer's version of it,
    and rendered the text the template produces now. Lines are merged first; where a line was
    changed on both sides, its words are merged, so an edit and a new order number in the same
    paragraph do not clash. Where words still clash, the conflict is the whole line.
    """
    if edited in (previous, rendered):
        return Merged(rendered)
    if rendered == previous:
        return Merged(edited)
    chunks: list[_Chunk] = []
    for chunk in _merge3(_lines(previous), _lines(edited), _lines(rendered)):
        chunks.extend(_resolve(chunk) if isinstance(chunk, _Clash) else [chunk])
    clashes = [c for c in chunks if isinstance(c, _Clash)]
    if not clashes:
        return Merged("".join("".join(c) for c in chunks if not isinstance(c, _Clash)))
    return Conflict(
        hunks=tuple(
            ConflictHunk("".join(c.base), "".join(c.ours), "".join(c.theirs)) for c in clashes
        ),
        keep_edits="".join("".join(c.ours if isinstance(c, _Clash) else c) for c in chunks),
        take_new="".join("".join(c.theirs if isinstance(c, _Clash) else c) for c in chunks),
    )


def _resolve(clash: _Clash) -> list[_Chunk]:
    """Settle a clash of lines line by line, then word by word, down to the lines that differ."""
    base, ours, theirs = clash.base, clash.ours, clash.theirs
    if ours in (base, theirs):
        return [theirs]
    if theirs == base:
        return [ours]
    if len(base) == len(ours) == len(theirs) > 1:
        # Lines replaced one for one (the usual effect of a field change): settle each alone.
        settled: list[_Chunk] = []
        for old, mine, new in zip(base, ours, theirs, strict=True):
            settled.extend(_resolve(_Clash((old,), (mine,), (new,))))
        return settled
    words = _merge3(_words(base), _words(ours), _words(theirs))
    # A half-merged sentence reads worse than either side: the writer picks whole lines.
    return [clash] if any(isinstance(w, _Clash) for w in words) else words


def _anchors(tokens: Sequence[str]) -> bool:
    """True when tokens hold a word: a shared space, comma or blank line anchors nothing."""
    return any(_WORD.search(token) for token in tokens)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(text.splitlines(keepends=True))


def _words(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(_WORD_TOKENS.findall("".join(tokens)))


def _merge3(base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]) -> list[_Chunk]:
    """diff3: regions unchanged on both sides anchor the merge; between them one side wins."""
    chunks: list[_Chunk] = []
    at_base = at_ours = at_theirs = 0
    for base_start, base_end, ours_start, ours_end, theirs_start, theirs_end in _sync_regions(
        base, ours, theirs
    ):
        old = tuple(base[at_base:base_start])
        mine = tuple(ours[at_ours:ours_start])
        new = tuple(theirs[at_theirs:theirs_start])
        if old or mine or new:
            if mine in (new, old):
                chunks.append(new)
            elif new == old:
                chunks.append(mine)
            else:
                chunks.append(_Clash(old, mine, new))
        chunks.append(tuple(base[base_start:base_end]))
        at_base, at_ours, at_theirs = base_end, ours_end, theirs_end
    return chunks


def _sync_regions(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]
) -> list[tuple[int, int, int, int, int, int]]:
    """Stretches of base that both sides kept, with where they sit on each side."""
    ours_blocks = SequenceMatcher(None, base, ours, autojunk=False).get_matching_blocks()
    theirs_blocks = SequenceMatcher(None, base, theirs, autojunk=False).get_matching_blocks()
    regions = []
    i = j = 0
    while i < len(ours_blocks) and j < len(theirs_blocks):
        ours_base, ours_at, ours_len = ours_blocks[i]
        theirs_base, theirs_at, theirs_len = theirs_blocks[j]
        start = max(ours_base, theirs_base)
        end = min(ours_base + ours_len, theirs_base + theirs_len)
        if start < end and _anchors(base[start:end]):
            in_ours = ours_at + start - ours_base
            in_theirs = theirs_at + start - theirs_base
            regions.append(
                (start, end, in_ours, in_ours + end - start, in_theirs, in_theirs + end - start)
            )
        if ours_base + ours_len < theirs_base + theirs_len:
            i += 1
        else:
            j += 1
    regions.append((len(base), len(base), len(ours), len(ours), len(theirs), len(theirs)))
    return regions


def take_new_keeping_added_lines(hunk: ConflictHunk) -> str:
    """The new rendering of a clash, with the lines the writer added there kept.

    Taking the new text settles only the words both sides changed: a line the writer added
    next to them is not part of what the new rendering changes, so it stays where it was.
    """
    previous, edited = _lines(hunk.previous), _lines(hunk.edited)
    # Lines of edited that stand for a line of previous (kept as is, or edited); the rest
    # were added by the writer.
    stands_for: set[int] = set()
    matcher = SequenceMatcher(None, previous, edited, autojunk=False)
    for tag, base_start, base_end, start, end in matcher.get_opcodes():
        if tag == "equal":
            stands_for.update(range(start, end))
        elif tag == "replace":
            at = start
            for old in previous[base_start:base_end]:
                if at >= end:
                    break
                best = max(range(at, end), key=lambda n: _likeness(old, edited[n]))
                stands_for.add(best)
                at = best + 1
    first = min(stands_for, default=len(edited))
    before = [line for n, line in enumerate(edited[:first]) if n not in stands_for]
    after = [line for n, line in enumerate(edited) if n > first and n not in stands_for]
    new = hunk.rendered
    if after and new and not new.endswith("\n"):
        new += "\n"
    if after and not hunk.edited.endswith("\n") and after[-1].endswith("\n"):
        after[-1] = after[-1][:-1]
    return "".join(before) + new + "".join(after)


def _likeness(old: str, new: str) -> float:
    return SequenceMatcher(None, old, new, autojunk=False).ratio()


def only_added_lines(hunk: ConflictHunk) -> bool:
    """Whether the writer only added lines in this clash, changing none of the old ones: then
    nothing the writer wrote is changed by the new rendering, and there is nothing to ask."""
    # Compared without line ends: a line the writer wrote after the last one ends that one.
    previous = [line.rstrip("\r\n") for line in _lines(hunk.previous)]
    edited = [line.rstrip("\r\n") for line in _lines(hunk.edited)]
    matcher = SequenceMatcher(None, previous, edited, autojunk=False)
    return all(tag in ("equal", "insert") for tag, *_span in matcher.get_opcodes())


def settle_added_lines(conflict: Conflict) -> str | None:
    """The new rendering with the writer's added lines kept, when the writer only added lines
    where the clashes are; None when some clash changes the writer's own words."""
    if not all(only_added_lines(hunk) for hunk in conflict.hunks):
        return None
    text = conflict.keep_edits
    for hunk in conflict.hunks:
        text = text.replace(hunk.edited, take_new_keeping_added_lines(hunk), 1)
    return text


def merged_text(
    base: str, current: str, new: str, *, edited: bool, ask: Callable[[Conflict], bool]
) -> str:
    """The new rendering with the writer's edits to base kept; ask decides where both changed."""
    if not edited:
        return new
    merged = merge_edits(base, current, new)
    if isinstance(merged, Conflict):
        settled = settle_added_lines(merged)
        if settled is not None:
            return settled
        return merged.keep_edits if ask(merged) else merged.take_new
    return merged.text
