"""Ranking regression guard: caller-style queries over the starter content find their answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.relevance import kbassist_ranker, load_set, score
from kbassist.search.engine import SearchIndex
from tests.conftest import STARTER

GUARD = Path(__file__).with_name("relevance_guard.yaml")
# The figures per set are in bench/relevance.py's output; this only stops a regression.
RECALL_AT_3 = 0.9


def test_the_guard_set_finds_its_answers_in_the_top_three(tmp_path: Path) -> None:
    queries = load_set(GUARD)
    assert len(queries) >= 20
    index = SearchIndex.open(STARTER, tmp_path / "cache")
    try:
        result = score(queries, kbassist_ranker(index))
    finally:
        index.close()
    assert result.recall_at_3 >= RECALL_AT_3, result.misses


def test_the_scorer_counts_what_it_should() -> None:
    queries = load_set(GUARD)[:2]
    perfect = score(queries, lambda q: sorted(next(x.relevant for x in queries if x.query == q)))
    assert (perfect.recall_at_1, perfect.recall_at_3, perfect.mrr_at_10) == (1.0, 1.0, 1.0)
    nothing = score(queries, lambda q: ["no/such-article"] * 10)
    assert (nothing.recall_at_3, nothing.mrr_at_10) == (0.0, 0.0)
    assert len(nothing.misses) == 2


def test_a_query_without_an_answer_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "set.yaml"
    broken.write_text("queries:\n  - q: refund\n    relevant: []\n", "utf-8")
    with pytest.raises(ValueError, match="no relevant ids"):
        load_set(broken)
