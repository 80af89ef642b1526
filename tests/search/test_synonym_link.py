"""synonyms.txt that links outside the content folder is not read by the index."""

from __future__ import annotations

from pathlib import Path

from kbassist.content.folder import load_content
from kbassist.search.engine import SearchIndex
from tests.contentkit import article, write


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.id for hit in index.search(query).hits]


def test_synonyms_linked_from_outside_are_ignored(tmp_path: Path) -> None:
    root = tmp_path / "content"
    article(root, "refunds/policy", "Refund policy", "A full refund within 30 days.")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("refund, zebra\n", encoding="utf-8")
    (root / "synonyms.txt").symlink_to(outside)
    index = SearchIndex.open(root, tmp_path / "cache")
    try:
        assert _ids(index, "refund")[0] == "refunds/policy"
        assert _ids(index, "zebra") == []
        index.update()
        assert _ids(index, "zebra") == []
        index.update(load_content(root))
        assert _ids(index, "zebra") == []
    finally:
        index.close()
    # check names the link as a problem.
    assert any(p.code == "link-outside" for p in load_content(root).problems)


def test_synonyms_inside_the_folder_still_work(tmp_path: Path) -> None:
    root = tmp_path / "content"
    article(root, "refunds/policy", "Refund policy", "A full refund within 30 days.")
    write(root, "synonyms.txt", "refund, zebra\n")
    index = SearchIndex.open(root, tmp_path / "cache")
    try:
        assert _ids(index, "zebra") == ["refunds/policy"]
    finally:
        index.close()
