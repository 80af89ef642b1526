"""The parts of Whoosh the index builder relies on beyond its public API are still there."""

from __future__ import annotations

from importlib.metadata import version

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.writing import SegmentWriter

# The parallel build writes segments in worker processes and commits them in one go
# (search/store.py); Whoosh offers no public way to do that, so these private methods
# are part of our contract with the pinned version.
PRIVATE_WRITER_METHODS = (
    "_finalize_segment",
    "_close_segment",
    "_commit_toc",
    "_merge_segments",
    "_finish",
)


def test_the_pinned_whoosh_release_is_installed() -> None:
    assert version("whoosh-reloaded") == "2.7.5"


def test_the_private_segment_writer_methods_exist() -> None:
    missing = [
        name for name in PRIVATE_WRITER_METHODS if not callable(getattr(SegmentWriter, name, None))
    ]
    assert missing == [], f"Whoosh no longer has {missing}: update search/store.py"


def test_the_private_block_reading_the_scorer_uses_exists() -> None:
    # search/ranking.py reads posting blocks whole (several times faster than the matcher).
    for name in ("_read_ids", "_read_weights", "_next_block", "is_active"):
        assert callable(getattr(W3LeafMatcher, name, None)), name
    source = W3LeafMatcher._read_ids.__code__.co_names + W3LeafMatcher._goto.__code__.co_names
    assert "_ids" in source and "_weights" in source
    # FilterMatcher keeps the wrapped matcher as .child (set by its base class) and the
    # deleted documents as ._ids.
    assert "_ids" in FilterMatcher.__init__.__code__.co_names
    assert "child" in FilterMatcher.__mro__[1].__init__.__code__.co_names
