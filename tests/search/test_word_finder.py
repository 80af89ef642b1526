"""Snippets find a query's words with one pattern pass: the same words as testing each word."""

from __future__ import annotations

import re

import pytest

from kbassist.common.folding import fold
from kbassist.content import load_content
from kbassist.search.analysis import stem
from kbassist.search.schema import article_body
from kbassist.search.snippets import (
    SCAN_CHARS,
    Highlight,
    WordFinder,
    _folded_in_place,
    find_spans,
    snippet,
)
from tests.conftest import STARTER

# What agents type: callers' words in five languages, irregular forms, capitals, accents,
# and the word still being typed (its last letters missing).
TYPED = [
    "my parcel never came",
    "I paid twice and want my MONEY back",
    "the kettle broke after a week",
    "deliveries delayed",
    "subscription cancelled",
    "dying battery",
    "hoping for a refu",
    "vračilo kupnine",
    "vracilo",
    "pošiljka nije stigla",
    "između potvrđujemo",
    "επιστροφή χρημάτων",
    "επιστροφη",
    "退款 包裹",
    "wa",
]


def highlight_of(typed: str) -> Highlight:
    """The forms a search marks for what was typed: each word and its stem, the last one
    also as the beginning of a word."""
    words = [fold(w) for w in re.findall(r"\w+", typed)]
    return Highlight(
        exact=frozenset(words),
        stems=frozenset(stem(w) for w in words),
        starts=frozenset(words[-1:]),
    )


@pytest.fixture(scope="module")
def texts() -> list[str]:
    content = load_content(STARTER)
    found = []
    for article in content.articles.values():
        body, _sections = article_body(article)
        found += [body, article.title, article.summary]
    return found


@pytest.mark.parametrize("typed", TYPED)
def test_the_pattern_finds_the_words_that_testing_each_word_finds(
    typed: str, texts: list[str]
) -> None:
    highlight = highlight_of(typed)
    finder = WordFinder(highlight)
    found = 0
    for text in texts:
        expected = find_spans(text, highlight.matches(), highlight.cjk_terms())
        assert finder.spans(text) == expected, (typed, text[:80])
        found += bool(expected)
    assert found, f"{typed!r} marks nothing in the starter content: the test tests nothing"


def test_a_long_text_is_searched_in_its_first_characters_only() -> None:
    finder = WordFinder(highlight_of("refund"))
    text = "word " * (SCAN_CHARS // 5) + "refund"
    assert finder.spans(text) == []
    assert finder.spans("A refund, refunded.") == [(2, 8), (10, 18)]


def test_folding_in_place_is_folding_when_it_keeps_every_character_in_place(
    texts: list[str],
) -> None:
    kept = 0
    for text in texts:
        folded = _folded_in_place(text)
        if folded is not None:
            assert folded == fold.__wrapped__(text)
            kept += 1
    assert kept > len(texts) * 0.9
    assert _folded_in_place("Straße") is None  # "ß" folds to two letters
    assert _folded_in_place("退款") is None  # Chinese is cut by its dictionary


def test_a_snippet_marks_accented_and_capitalised_forms() -> None:
    finder = WordFinder(highlight_of("vracilo"))
    assert snippet(["Za VRAČILO kupnine pokličite."], finder) == (
        "Za <b>VRAČILO</b> kupnine pokličite."
    )
