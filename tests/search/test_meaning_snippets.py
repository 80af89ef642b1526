"""With search by meaning, snippets are made for the fused results shown, and every one has one."""

from __future__ import annotations

from pathlib import Path

from kbassist.search.engine import SearchIndex
from tests.search.test_semantic import small_content

# Loose questions: the words match several articles weakly, so meaning reorders them.
QUESTIONS = [
    "money back after the return",
    "the parcel stopped and I want a refund",
    "guarantee on faults or my money",
    "when do stores open for a return",
]


def test_a_word_hit_that_meaning_brings_into_view_gets_its_snippet(tmp_path: Path) -> None:
    index = SearchIndex.open(small_content(tmp_path / "content"), tmp_path / "cache")
    try:
        report = index.embed()
        assert report is not None and report.complete
        promoted = 0
        for question in QUESTIONS:
            words = [hit.id for hit in index.search(question, limit=10).hits]
            for limit in (1, 2, 3):
                result = index.search(question, semantic=True, limit=limit)
                assert len(result.hits) <= limit
                for hit in result.hits:
                    assert hit.snippet, (question, limit, hit.id)
                    if not hit.by_meaning and words.index(hit.id) >= limit:
                        promoted += 1  # made after the fusion, not with the word hits
        assert result.meaning_used
        assert promoted, "no word hit was brought into view by meaning: nothing was tested"
    finally:
        index.close()
