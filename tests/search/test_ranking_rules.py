"""The ranking rules, each on content made to tell it apart: coverage, fields, forms, sections."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kbassist.search.engine import SearchIndex
from kbassist.search.groups import correction_min_documents
from tests.contentkit import article, write

PADDING = (
    "Agents confirm the order number and the customer's postcode before anything else. "
    "Notes go on the customer record so the next agent can see what was agreed. "
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    root = tmp_path_factory.mktemp("content")
    write(root, "synonyms.txt", "refund, money back\n")
    # Titles in the form help centres use: they must not win on "how do I" alone.
    article(root, "account/change-address", "How do I change my address?", "Open Account.")
    article(root, "account/delete", "How do I delete my account?", "Ask us to close it.")
    article(
        root,
        "refunds/policy",
        "Refund policy",
        "A full refund within 30 days.\n\n" + PADDING,
        summary="Refunds within 30 days of delivery.",
    )
    # Two rare words of a question against one common word repeated everywhere.
    article(
        root,
        "billing/duplicate-payment",
        "Charged twice",
        "When the bank shows a duplicate payment, the second one is reversed.\n\n" + PADDING,
    )
    article(
        root,
        "billing/payments",
        "Payments and payment cards",
        ("We take card payments. Payment cards are charged on dispatch. " * 6) + PADDING,
        summary="Card payment, payment methods and payment dates.",
        tags="[payment, card]",
    )
    # Snowball keeps "cancelling" with "cancellation".
    article(
        root,
        "orders/cancellation",
        "Order cancellation",
        "A cancellation before dispatch is free.\n\n" + PADDING,
    )
    # questions: at title weight; description: read as the summary.
    write(
        root,
        "articles/billing/statements.md",
        "---\ntitle: Statements\ndescription: Where to find a statement of account.\n"
        "questions: [why is there a strange amount on my bank statement]\n---\nSee Billing.\n",
    )
    # A long document whose answer is one section deep down.
    sections = "".join(
        f"\n\n## {name}\n\n{PADDING * 3}" for name in ("Scope", "Definitions", "Payment terms")
    )
    article(
        root,
        "legal/terms",
        "Terms of sale",
        "These terms apply to every order."
        + sections
        + "\n\n## Furniture returns\n\nA sofa can be returned within 14 days of delivery, "
        "collected by our two-person team for a fee of £39."
        + "".join(f"\n\n## Clause {n}\n\n{PADDING * 2}" for n in range(1, 6)),
    )
    # Proximity: both have both words, only one has them together.
    article(root, "delivery/next-day", "Delivery options", "Next day delivery costs £6.")
    article(
        root,
        "delivery/apart",
        "Delivery notes",
        "The next step is ours. " + PADDING + "Delivery in the day window.",
    )
    # Compounds: "check out" typed, "checkout" written.
    article(root, "orders/checkout", "Checkout errors", "If the checkout page freezes, retry.")
    # The prefix of a word being typed: three letters match titles and tags only.
    article(root, "misc/body-only", "Store notes", "Recycling bins are at the back.\n" + PADDING)
    article(root, "misc/recycling", "Recycling old furniture", "We take old sofas away.")
    opened = SearchIndex.open(root, tmp_path_factory.mktemp("cache"))
    yield opened
    opened.close()


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.id for hit in index.search(query).hits]


def test_question_words_do_not_decide_the_answer(index: SearchIndex) -> None:
    assert _ids(index, "how do I get a refund")[0] == "refunds/policy"
    # Only function words: they are searched as they are rather than dropped.
    assert set(_ids(index, "how do I")[:2]) == {"account/change-address", "account/delete"}


def test_a_document_missing_a_word_still_ranks(index: SearchIndex) -> None:
    # No article has "wardrobe": the refund policy still answers.
    assert _ids(index, "refund for a wardrobe")[0] == "refunds/policy"


def test_rare_words_covered_beat_a_common_word_repeated(index: SearchIndex) -> None:
    ids = _ids(index, "duplicate payment charged twice")
    assert ids[0] == "billing/duplicate-payment"
    assert "billing/payments" in ids  # still found, below


def test_word_families_stay_together(index: SearchIndex) -> None:
    assert _ids(index, "cancelling an order")[0] == "orders/cancellation"


def test_questions_rank_like_titles_and_description_is_the_summary(index: SearchIndex) -> None:
    hit = index.search("strange amount on my statement").hits[0]
    assert hit.id == "billing/statements"
    assert hit.summary == "Where to find a statement of account."


def test_the_answering_section_comes_with_the_hit(index: SearchIndex) -> None:
    hit = index.search("return a sofa within how many days").hits[0]
    assert hit.id == "legal/terms"
    assert hit.section is not None
    assert hit.section.heading == "Furniture returns"
    assert hit.section.anchor == "furniture-returns"
    assert "<b>sofa</b>" in hit.section.snippet
    assert "<b>sofa</b>" in hit.snippet  # the snippet shows the passage, not the opening


def test_words_next_to_each_other_rank_higher(index: SearchIndex) -> None:
    ids = _ids(index, "next day delivery")
    assert ids.index("delivery/next-day") < ids.index("delivery/apart")


def test_a_compound_matches_its_two_words(index: SearchIndex) -> None:
    assert _ids(index, "check out freezes")[0] == "orders/checkout"


def test_a_short_prefix_matches_titles_only(index: SearchIndex) -> None:
    ids = _ids(index, "rec")
    assert ids[0] == "misc/recycling"
    assert "misc/body-only" not in ids
    assert _ids(index, "recycling bins")[0] == "misc/body-only"


def test_explain_says_which_words_matched_where(index: SearchIndex) -> None:
    hit = index.search("refund for a wardrobe", explain=True).hits[0]
    assert hit.explanation is not None
    words = {w["word"]: w for w in hit.explanation["words"]}
    assert set(words) == {"refund"}
    assert "title" in words["refund"]["fields"]
    assert 0 < hit.explanation["coverage"] < 1
    assert hit.as_dict()["explain"] == hit.explanation
    assert index.search("refund").hits[0].explanation is None


def test_corrections_need_a_word_several_documents_use() -> None:
    # A real knowledge base: a typo is corrected only to a word in three documents or more.
    assert correction_min_documents(10_000) == 3
    assert correction_min_documents(150) == 3
    # A handful of articles: every word is rare, so one document is enough.
    assert correction_min_documents(20) == 1


def test_no_correction_to_a_word_only_one_document_has(tmp_path: Path) -> None:
    root = tmp_path / "content"
    for n in range(160):
        article(root, f"a/bed-{n}", f"Bed frame {n}", "A bed frame is assembled on site.")
    article(root, "a/wardrobe", "Wardrobes", "A wardrobe is assembled on site.")
    with_index = SearchIndex.open(root, tmp_path / "cache")
    try:
        # "wardrobd" is one edit from "wardrobe", which only one document holds.
        assert with_index.search("wardrobd").suggestion is None
        # "bedd" is one edit from "bed", which 160 documents hold.
        assert with_index.search("frame bedd ").suggestion == "frame bed"
    finally:
        with_index.close()


def test_a_filter_never_loses_matches_to_the_candidate_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "content"
    for n in range(30):
        article(root, f"a/en-{n}", f"Kettle {n}", "A kettle recall notice.")
    for n in range(5):
        article(root, f"a/sl-{n}", f"Recall {n}", "Odpoklic: recall.", language="sl")
    monkeypatch.setattr("kbassist.search.ranking.CANDIDATE_BUDGET", 10)
    with_index = SearchIndex.open(root, tmp_path / "cache")
    try:
        # "kettle" is rarer and fills the budget with English articles the filter rules out.
        result = with_index.search("kettle recall", lang="sl", limit=20)
        assert {h.id for h in result.hits} == {f"a/sl-{n}" for n in range(5)}
        assert result.total == 5
    finally:
        with_index.close()


def test_ranking_stays_right_after_many_updates(tmp_path: Path) -> None:
    root = tmp_path / "content"
    for n in range(12):
        article(root, f"a/n{n}", f"Note {n}", "delivery refund note")
    article(root, "a/both", "Sofa delivery refund", "sofa delivery refund")
    with_index = SearchIndex.open(root, tmp_path / "cache")
    try:
        for round_ in range(3):  # editors saving: old versions stay as deleted documents
            for n in range(12):
                article(root, f"a/n{n}", f"Note {n}", f"delivery refund note {round_}")
            with_index.update()
        hits = with_index.search("sofa delivery refund").hits
        assert hits[0].id == "a/both"
        assert all(hit.score > 0 for hit in hits)
    finally:
        with_index.close()


def test_a_synonym_holding_a_function_word_still_matches(tmp_path: Path) -> None:
    root = tmp_path / "content"
    write(root, "synonyms.txt", "late, delayed, still waiting\n")
    article(root, "a/late", "Late orders", "When an order is delayed.")
    article(root, "a/sofa", "Sofa care", "Brush the sofa.")
    with_index = SearchIndex.open(root, tmp_path / "cache")
    try:
        assert with_index.search("still waiting for my order").hits[0].id == "a/late"
    finally:
        with_index.close()


def test_a_pair_close_in_two_fields_counts_once(index: SearchIndex) -> None:
    hit = index.search("next day delivery", explain=True).hits[0]
    assert hit.explanation is not None
    assert hit.explanation["proximity_bonus"] <= 0.3 + 1e-9


def test_the_form_the_caller_used_wins_a_tie(tmp_path: Path) -> None:
    root = tmp_path / "content"
    article(root, "a/cancellation", "Cancellation", "Orders can be stopped.")
    article(root, "a/cancelled", "Cancelled", "Orders can be stopped.")
    with_index = SearchIndex.open(root, tmp_path / "cache")
    try:
        assert [h.id for h in with_index.search("cancelled ").hits][:2] == [
            "a/cancelled",
            "a/cancellation",
        ]
        assert [h.id for h in with_index.search("cancellation ").hits][:2] == [
            "a/cancellation",
            "a/cancelled",
        ]
    finally:
        with_index.close()
