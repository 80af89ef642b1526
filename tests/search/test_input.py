"""Whatever an agent types or pastes, search answers: bad input degrades to a word search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbassist.search.engine import MAX_CORRECTED_LETTERS, SearchIndex
from kbassist.search.query import MAX_QUERY_CHARS, parse
from tests.searchkit import labelled_content


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """The labelled set, indexed once for this module."""
    root = labelled_content(tmp_path_factory.mktemp("content"))
    opened = SearchIndex.open(root, tmp_path_factory.mktemp("cache"))
    yield opened
    opened.close()


BAD = [
    # (case, query, an id that must still be found, or None for "no hits, no error")
    ("unbalanced quote", '"refund policy', "refunds/refund-policy"),
    ("unbalanced quote at the end", 'refund "', "refunds/refund-policy"),
    ("lone operator", "kind:", None),
    ("lone operator and a word", "kind: refund", "refunds/refund-policy"),
    ("unknown operator", "colour:red refund", "refunds/refund-policy"),
    ("unknown kind", "kind:banana refund", "refunds/refund-policy"),
    ("Whoosh syntax", "refund AND (policy OR ^2~ *) [a TO b]", "refunds/refund-policy"),
    ("control characters", "re\x00fund\x07 \x1b[31mpolicy", "refunds/refund-policy"),
    ("emoji", "🙂 refund 💸", "refunds/refund-policy"),
    ("only emoji", "💸💸", None),
    ("only punctuation", "!!! ??? ::: ---", None),
    ("only stop words", "the and of", None),
    ("empty", "", None),
    ("blank", "   \t ", None),
    ("a time", "10:30 refund", "refunds/refund-policy"),
    ("a web address", "https://example.com/refund", "refunds/refund-policy"),
    ("mixed scripts", "refund退款ανατροφοδότηση", "refunds/refund-policy"),
    ("surrogate escapes", "refund \udcff", "refunds/refund-policy"),
]


@pytest.mark.parametrize(("case", "query", "expected"), BAD, ids=[c[0] for c in BAD])
def test_bad_input_degrades(
    index: SearchIndex, case: str, query: str, expected: str | None
) -> None:
    result = index.search(query)
    assert result.query == query
    if expected is None:
        assert (result.hits, result.total, result.suggestion) == ([], 0, None), case
    else:
        assert expected in [hit.id for hit in result.hits], case


def test_a_long_paste_is_searched_by_its_words(index: SearchIndex) -> None:
    paste = "Hello, I never got my refund for the parcel. " * 250
    assert len(paste) > 10_000
    result = index.search(paste)
    assert {"refunds/refund-policy", "delivery/lost-parcels"} <= {h.id for h in result.hits}


def test_a_long_single_word_is_harmless(index: SearchIndex) -> None:
    before = index.spelling_candidates
    result = index.search("a" * 10_000)
    assert result.hits == [] and result.truncated
    # Too long to be a misspelt word: no correction is even attempted.
    assert index.spelling_candidates == before


def test_spelling_work_is_bounded_by_the_word_length_cap(index: SearchIndex) -> None:
    typo = "refundx" + "q" * (MAX_CORRECTED_LETTERS - 7)
    assert len(typo) == MAX_CORRECTED_LETTERS
    before = index.spelling_candidates
    index.search(typo)
    spent = index.spelling_candidates - before
    # One-edit candidates of a word of n letters: about (2n + 1) * alphabet; at the cap
    # that is a few thousand, whatever the agent pastes.
    assert 0 < spent <= (2 * MAX_CORRECTED_LETTERS + 1) * 40
    index.search(typo + "q")
    assert index.spelling_candidates - before == spent  # one letter over: not corrected


def test_an_over_long_query_is_searched_by_its_beginning_and_says_so(
    index: SearchIndex,
) -> None:
    query = "refund policy " + "lorem " * 200
    assert len(query) > MAX_QUERY_CHARS
    result = index.search(query)
    assert result.truncated
    assert "refunds/refund-policy" in [hit.id for hit in result.hits]
    assert not index.search("refund policy").truncated


def test_limit_zero_and_negative(index: SearchIndex) -> None:
    assert index.search("refund", limit=0).hits == []
    assert index.search("refund", limit=-5).hits == []


def test_operators_are_parsed() -> None:
    parsed = parse('kind:articles lang:SL tag:"money back" category:Refunds refund')
    assert parsed.filters == {
        "kind": ("article",),
        "lang": ("sl",),
        "tag": ("money back",),
        "category": ("refunds",),
    }
    assert [w.folded for w in parsed.words] == ["refund"]


def test_last_word_is_a_prefix_only_while_typed() -> None:
    assert parse("late deliv").words[-1].prefix
    assert not parse("late deliv ").words[-1].prefix
    assert not parse("late deliv").words[0].prefix


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_search_never_raises(index: SearchIndex, query: str) -> None:
    result = index.search(query, limit=5)
    assert len(result.hits) <= 5


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            ['"', "kind:", "lang:", "tag:", ":", "refund", "退", "ά", " ", "*", "\x00"]
        ),
        max_size=12,
    ).map("".join),
    st.sampled_from([None, "article", "reply", "facility", "nonsense"]),
    st.sampled_from([None, "en", "sl", ""]),
)
def test_operator_soup_never_raises(
    index: SearchIndex, query: str, kind: str | None, lang: str | None
) -> None:
    index.search(query, kind=kind, lang=lang, prefer_language=lang)
