"""The scorer's building blocks: block-wise postings equal Whoosh's, caches stay bounded."""

from __future__ import annotations

from pathlib import Path

from kbassist.search.engine import SearchIndex
from kbassist.search.ranking import SizedCache, postings_blocks
from tests.contentkit import article


def test_postings_read_by_block_equal_the_matchers_with_deletions_and_segments(
    tmp_path: Path,
) -> None:
    root = tmp_path / "content"
    for n in range(40):
        article(root, f"a/item-{n}", f"Refund case {n}", "A refund is paid. " * (n % 4 + 1))
    index = SearchIndex.open(root, tmp_path / "cache")
    try:
        # An update writes a second segment and deletes the old versions of changed files.
        for n in range(0, 40, 3):
            article(root, f"a/item-{n}", f"Refund case {n}", "No money here.")
        article(root, "a/new", "Refund new", "refund refund refund")
        index.update()
        snap = index._current()
        assert snap is not None
        reader = snap.searcher.reader()
        assert len(list(reader.leaf_readers())) > 1 or reader.has_deletions()
        for field in ("body", "title"):
            expected = dict(reader.postings(field, "refund").items_as("weight"))
            found = {
                d: w
                for ids, weights in postings_blocks(reader, field, "refund")
                for d, w in zip(ids, weights, strict=True)
            }
            assert found == expected
            assert found  # the test would pass on nothing otherwise
    finally:
        index.close()


def test_the_cache_is_bounded_by_count_and_by_size() -> None:
    cache: SizedCache[str, list[int]] = SizedCache(max_items=3, max_size=10)
    for key in "abc":
        cache.put(key, [1], 1)
    assert cache.get("a") == [1]  # now the most recent
    cache.put("d", [1], 1)
    assert cache.get("b") is None and cache.get("a") == [1] and len(cache) == 3
    cache.put("big", [0] * 9, 9)
    assert cache.size <= 10
    assert cache.get("big") is not None
    cache.put("huge", [0] * 50, 50)  # larger than the whole cache: not kept at all
    assert cache.get("huge") is None and cache.size <= 10
