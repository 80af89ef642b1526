"""The parts of Whoosh the index builder relies on beyond its public API are still there."""

from __future__ import annotations

from importlib.metadata import version

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
