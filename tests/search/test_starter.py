"""The starter content answers the questions agents ask most."""

from __future__ import annotations

from pathlib import Path

from kbassist.search.engine import SearchIndex
from tests.conftest import STARTER


def test_refund_finds_the_refund_policy_first(tmp_path: Path) -> None:
    index = SearchIndex.open(STARTER, tmp_path / "cache")
    try:
        hits = index.search("refund").hits
        assert hits[0].id == "refunds/refund-policy"
        assert hits[0].kind == "article"
        assert "<b>" in hits[0].snippet
    finally:
        index.close()


def test_snippets_do_not_repeat_the_title(tmp_path: Path) -> None:
    index = SearchIndex.open(STARTER, tmp_path / "cache")
    hit = index.search("lost parcel", limit=1).hits[0]
    assert hit.id == "delivery/lost-parcels"
    assert not hit.snippet.replace("<b>", "").replace("</b>", "").startswith(hit.title)
    index.close()
