"""Ranking on a small labelled set: each query must put its answer first (or in the top 3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kbassist.search.engine import SearchIndex
from tests.contentkit import article
from tests.searchkit import labelled_content


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """One index of the labelled set, shared by the read-only ranking tests."""
    root = labelled_content(tmp_path_factory.mktemp("content"))
    opened = SearchIndex.open(root, tmp_path_factory.mktemp("cache"))
    yield opened
    opened.close()


def _ids(index: SearchIndex, query: str, **options: str) -> list[str]:
    return [hit.id for hit in index.search(query, **options).hits]  # type: ignore[arg-type]


FIRST = [
    # (case, query, the id that must come first)
    ("word", "refund", "refunds/refund-policy"),
    ("title beats a passing mention", "refund returns", "refunds/refund-policy"),
    ("prefix while typing", "refu", "refunds/refund-policy"),
    ("prefix of the second word", "lost parc", "delivery/lost-parcels"),
    ("transposed letters", "refnud", "refunds/refund-policy"),
    ("wrong letter", "warrenty", "warranty/warranty-policy"),
    ("synonym phrase", "money back", "refunds/refund-policy"),
    ("synonym word", "package", "delivery/lost-parcels"),
    ("heading outweighs body text", "chargeback", "billing/card-disputes"),
    ("quoted phrase", '"original packaging"', "returns/packaging"),
    ("Croatian without diacritics", "ispricati", "complaints/apology.hr"),
    ("Croatian with diacritics, any case", "ISPRIČATI", "complaints/apology.hr"),
    ("Slovenian other word form", "vračila", "refunds/refund-policy.sl"),
    ("Slovenian form typed in ASCII", "vracila", "refunds/refund-policy.sl"),
    ("Greek without tonos", "ανατροφοδοτηση", "complaints/feedback.el"),
    ("Greek capitals", "ΑΝΑΤΡΟΦΟΔΟΤΗΣΗ", "complaints/feedback.el"),
    ("Chinese word inside a sentence", "退款", "refunds/refund-policy.zh"),
    ("kind operator", "kind:reply late", "apology/late-delivery"),
    ("kind alias", "kind:templates courier", "apology/late-delivery"),
    ("tag operator alone", "tag:courier kind:replies", "apology/late-delivery"),
    ("category operator", "category:billing letters", "billing/bank-letters"),
    ("lang operator", "lang:el σχόλια", "complaints/feedback.el"),
    ("facility by city", "kind:facility ljubljana", "lj-center"),
]


@pytest.mark.parametrize(("case", "query", "expected"), FIRST, ids=[c[0] for c in FIRST])
def test_answer_comes_first(index: SearchIndex, case: str, query: str, expected: str) -> None:
    ids = _ids(index, query)
    assert ids, f"{case}: no hits for {query!r}"
    assert ids[0] == expected, f"{case}: {query!r} gave {ids}"


def test_typo_suggests_the_corrected_query(index: SearchIndex) -> None:
    assert index.search("refnud policy").suggestion == "refund policy"
    assert index.search("warrenty").suggestion == "warranty"


def test_no_suggestion_when_the_words_are_known(index: SearchIndex) -> None:
    assert index.search("refund").suggestion is None
    assert index.search("vračila").suggestion is None


def test_short_words_are_not_corrected(index: SearchIndex) -> None:
    # Three letters: too short to tell a typo from another word.
    result = index.search("rfu ")
    assert result.hits == [] and result.suggestion is None


def test_preferred_language_wins_a_close_call(index: SearchIndex) -> None:
    assert _ids(index, "click collect", prefer_language="sl")[0] == (
        "in-person/click-and-collect.sl"
    )
    assert _ids(index, "click collect", prefer_language="en")[0] == "in-person/click-and-collect"


def test_preference_does_not_bury_a_better_answer(index: SearchIndex) -> None:
    assert _ids(index, "refund policy", prefer_language="sl")[0] == "refunds/refund-policy"


def test_kind_and_lang_parameters_filter(index: SearchIndex) -> None:
    assert _ids(index, "courier", kind="reply") == ["apology/late-delivery"]
    assert set(_ids(index, "refund", lang="sl")) == {"refunds/refund-policy.sl"}
    assert _ids(index, "refund", kind="no-such-kind") == []


def test_lang_filter_keeps_facilities(index: SearchIndex) -> None:
    # Facilities have no language, so an agent's language filter never hides them.
    assert "lj-center" in _ids(index, "ljubljana", lang="sl")


def test_phrase_needs_the_words_together(index: SearchIndex) -> None:
    assert "returns/gift-wrap" not in _ids(index, '"original packaging"')
    assert "returns/gift-wrap" in _ids(index, "original packaging")


def test_snippet_marks_the_matched_words(index: SearchIndex) -> None:
    hit = index.search("refund").hits[0]
    assert "<b>" in hit.snippet
    assert hit.snippet.count("<b>") == hit.snippet.count("</b>")


def test_snippet_marks_synonyms_and_corrections(index: SearchIndex) -> None:
    assert "<b>parcel</b>" in index.search("package").hits[0].snippet
    assert "<b>warranty</b>" in index.search("warrenty").hits[0].snippet.lower()


def test_snippet_is_html_escaped(tmp_path: Path) -> None:
    root = tmp_path / "content"
    article(root, "a/escape", "Escaping", "If 5 < 10 & 7 > 3, use the refund form.")
    with_index = SearchIndex.open(root, tmp_path / "cache")
    snippet = with_index.search("refund").hits[0].snippet
    with_index.close()
    assert "&lt;" in snippet and "&amp;" in snippet and "&gt;" in snippet
    assert "<b>refund</b>" in snippet


def test_hit_fields(index: SearchIndex) -> None:
    hit = index.search("late", kind="reply").hits[0]
    assert hit.kind == "reply"
    assert hit.summary == "Your order [order number] is on its way"
    assert hit.path.endswith("replies/apology/late-delivery.md")
    assert hit.language == "en"
    facility = index.search("ljubljana").hits[0]
    assert facility.summary == "Slovenska cesta 1, 1000 Ljubljana"
