"""Search by meaning: a vector per article section, kept beside the index, ranked by cosine.

Words find an article when the caller uses its words; a vector finds it when the caller means
the same thing in other words ("my parcel never came" → *Lost parcels*) or in another
language. Every section the index keeps for an article (and the article's title and summary
as a card of its own) gets a vector from the embedding model. The vectors are computed off
the GUI thread, only for sections whose text changed, and kept in the index's cache folder;
a question's vector is compared with all of them in one matrix-vector product.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from kbassist.common.i18n import _
from kbassist.search.embedder import DIMENSIONS, Embedder, EmbedderUnavailableError, Vectors
from kbassist.search.schema import SectionSpan, item_key

log = logging.getLogger(__name__)

# Bump when the text made from a section changes: stored vectors are then recomputed.
# 2: passages cut at PASSAGE_TOKENS tokens; each of an article's `questions:` a passage.
UNIT_VERSION = 2
POINTER_FILE = "vectors.json"
MATRIX_PREFIX = "vectors-"
# Sections embedded per call to the model: small enough that an edit made meanwhile, or
# closing the window, waits at most a second or so.
BATCH = 8
# The model reads a passage of this many tokens at most (the heading path and the start of a
# section). Its time grows with every token it reads (1.6-2 ms a token, and faster than that
# past 128: a section of 256 tokens takes 0.6 s), and the start of a section says what it is
# about: cut at 32 tokens, the starter content embeds five times faster, and recall@3 by
# meaning over every bench set is no lower (bench/relevance.py, see docs/search.md).
PASSAGE_TOKENS = 64
# An article's card and its questions are read further: they say what the article is for.
CARD_TOKENS = 128
# Text kept before the model's own cut (which counts tokens): enough for PASSAGE_TOKENS.
MAX_UNIT_CHARS = 1000
# The section number of an article's `questions:`, read as one passage under its title.
QUESTIONS = -2
# The section number of an article's card (its title, summary and tags).
CARD = -1
# A question whose vector takes longer than this counts as slow; after SLOW_LIMIT slow ones
# in a row search by meaning pauses for PAUSE_SECONDS (a busy or very old computer).
SLOW_SECONDS = 0.25
SLOW_LIMIT = 3
PAUSE_SECONDS = 60.0
# Questions whose vectors are kept (the same question is asked again when more results load
# or the content changes).
QUERY_CACHE = 64

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Unit:
    """One passage to embed: an article's section (or its card) and the text the model reads,
    with where its article is in the index version it was read from."""

    key: str
    section: int
    text: str
    docnum: int = -1
    language: str = ""
    # The key shared by an article and its translations (the source article's).
    family: str = ""

    @property
    def tokens(self) -> int:
        """How many tokens of the text the model reads."""
        return PASSAGE_TOKENS if self.section >= 0 else CARD_TOKENS

    @property
    def digest(self) -> str:
        """The hash of the text and of how it is made: a vector is reused while it holds."""
        data = f"{UNIT_VERSION}\n{self.tokens}\n{self.text}".encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, digest_size=12).hexdigest()


def article_units(
    ident: str,
    title: str,
    summary: str,
    tags: Sequence[str],
    body: str,
    spans: list[SectionSpan],
    *,
    questions: Sequence[str] = (),
    docnum: int = -1,
    language: str = "",
    family: str = "",
) -> list[Unit]:
    """The passages of one article: its card, its `questions:`, then each section under its
    headings.

    The questions are callers' own phrasings, so they are a passage of their own, under the
    title (in the card, they would be averaged with the summary; one passage per question did
    worse on every bench set but one). Each section's text starts with the article title and
    its heading path, so a section that says "Call the billing team first" is still about
    *Card disputes › Chargeback*."""
    key = item_key("article", ident)
    card = ". ".join(p for p in (title, summary, ", ".join(tags)) if p)
    family = family or key
    units = [Unit(key, CARD, card[:MAX_UNIT_CHARS], docnum, language, family)]
    asked = [q.strip() for q in questions if q.strip()]
    if asked:
        text = "\n".join((title, *asked))[:MAX_UNIT_CHARS]
        units.append(Unit(key, QUESTIONS, text, docnum, language, family))
    for number, span in enumerate(spans):
        text = body[span.start : span.end].strip()
        place = " › ".join((title, *span.path)) if span.path else title
        if not text and not span.path:
            continue
        units.append(
            Unit(key, number, f"{place}\n{text}"[:MAX_UNIT_CHARS], docnum, language, family)
        )
    return units


def units_of_index(searcher: Any) -> list[Unit]:
    """Every article passage in an index, read from what the index stores."""
    units: list[Unit] = []
    documents = [(d, searcher.stored_fields(d)) for d in searcher.document_numbers(kind="article")]
    # A translation's family is its source: the source names its translations.
    family: dict[str, str] = {}
    for _docnum, stored in documents:
        translations = (stored.get("data") or {}).get("translations") or {}
        if isinstance(translations, dict):
            source = item_key("article", str(stored.get("id", "")))
            for target in translations.values():
                family.setdefault(item_key("article", str(target)), source)
    for docnum, stored in documents:
        data = stored.get("data") or {}
        try:
            spans = [SectionSpan.from_data(s) for s in data.get("sections", ())]
        except (KeyError, TypeError, ValueError):
            spans = []
        ident = str(stored.get("id", ""))
        units.extend(
            article_units(
                ident,
                str(stored.get("title", "")),
                str(stored.get("summary", "")),
                [str(t) for t in data.get("tags", ())],
                str(stored.get("body", "")),
                spans,
                questions=[str(q) for q in data.get("questions", ())],
                docnum=docnum,
                language=str(data.get("language", "")),
                family=family.get(item_key("article", ident), ""),
            )
        )
    return units


@dataclass(frozen=True)
class SectionMatch:
    """An article found by meaning: its best passage, that passage's cosine, and its rank."""

    key: str
    docnum: int
    section: int
    cosine: float
    rank: int
    language: str = ""
    family: str = ""


@dataclass(frozen=True)
class MeaningRanking:
    """The articles closest to a question, twice: by cosine, and by cosine measured against
    the other articles of the same language.

    The model rates any two texts in one language a little closer than a text and its
    translation, so a Slovenian question finds Slovenian articles first whatever they are
    about; the second ranking compares each article with its own language's, so the English
    article that answers a Slovenian question ranks high too."""

    by_cosine: list[SectionMatch]
    across_languages: list[SectionMatch]


@dataclass(frozen=True)
class EmbedReport:
    """What bringing the vectors up to date did."""

    embedded: int
    reused: int
    removed: int
    total: int
    seconds: float
    complete: bool


@dataclass
class _Matrix:
    """Vectors in memory: one row per passage, with the passage each row belongs to."""

    model: str
    rows: list[tuple[str, int, str]]
    vectors: Vectors
    # The index version these rows were brought up to date with ("" when never).
    version: str = ""
    # Each key's rows, and each row's position in the list of keys (for the max per article).
    keys: list[str] = field(default_factory=list)
    owners: Any = None
    # Per key, for the index version: (document number, language, family).
    places: dict[str, tuple[int, str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        positions: dict[str, int] = {}
        owners = []
        for key, _section, _digest in self.rows:
            owners.append(positions.setdefault(key, len(positions)))
        self.keys = list(positions)
        self.owners = np.asarray(owners, dtype=np.int64)
        # An article's rows are next to each other (they are made article by article), so
        # the best row per article is one reduceat over where each article's rows start.
        starts = np.flatnonzero(np.diff(self.owners, prepend=-1))
        self._grouped = len(starts) == len(self.keys)
        self._bounds = np.append(starts, len(self.rows))
        self._languages: list[Any] | None = None

    def best_per_key(self, cosines: Any) -> Any:
        """The highest cosine of each key's rows, in the order of keys."""
        if self._grouped:
            return np.maximum.reduceat(cosines, self._bounds[:-1]) if len(cosines) else cosines
        best = np.full(len(self.keys), -2.0, dtype=np.float32)
        np.maximum.at(best, self.owners, cosines)
        return best

    def best_row(self, owner: int, cosines: Any) -> int:
        """The row of one key with the highest cosine."""
        if self._grouped:
            start, end = int(self._bounds[owner]), int(self._bounds[owner + 1])
            return start + int(np.argmax(cosines[start:end]))
        rows = np.flatnonzero(self.owners == owner)
        return int(rows[int(np.argmax(cosines[rows]))])

    def language_groups(self) -> list[Any]:
        """The positions of the keys of each language (computed once per matrix)."""
        if self._languages is None:
            groups: dict[str, list[int]] = {}
            for position, key in enumerate(self.keys):
                groups.setdefault(self.places.get(key, (-1, "", key))[1], []).append(position)
            self._languages = [np.asarray(g, dtype=np.int64) for g in groups.values()]
        return self._languages

    @classmethod
    def empty(cls, model: str) -> _Matrix:
        return cls(model, [], np.zeros((0, DIMENSIONS), dtype=np.float32))


class VectorStore:
    """The vectors of one content folder on disk: a matrix file and a JSON pointer naming it.

    A save writes a new matrix under a new name, then swaps the pointer (as the index does),
    so a reader never sees half of one; a pointer or matrix that does not add up is damage,
    and the vectors are computed again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load(self, model: str) -> _Matrix:
        """The stored vectors of this model, or none (missing, damaged, or another model)."""
        pointer = self.folder / POINTER_FILE
        try:
            data = json.loads(pointer.read_text("utf-8"))
        except FileNotFoundError:
            return _Matrix.empty(model)
        except (OSError, ValueError) as exc:
            log.warning("Search-by-meaning vectors %s unreadable (%s): recomputing", pointer, exc)
            return _Matrix.empty(model)
        try:
            if data.get("model") != model or data.get("units") != UNIT_VERSION:
                log.info("Search-by-meaning vectors are from %s: recomputing", data.get("model"))
                return _Matrix.empty(model)
            name = str(data["matrix"])
            if not name.startswith(MATRIX_PREFIX) or "/" in name or "\\" in name:
                raise ValueError(_("bad matrix name {name!r}").format(name=name))
            rows = [(str(k), int(s), str(d)) for k, s, d in data["rows"]]
            vectors = np.load(self.folder / name, allow_pickle=False)
            if vectors.dtype != np.float32 or vectors.shape != (len(rows), DIMENSIONS):
                raise ValueError(
                    _("matrix of shape {shape} for {rows} rows").format(
                        shape=vectors.shape, rows=len(rows)
                    )
                )
            if not np.isfinite(vectors).all():
                raise ValueError(_("matrix holds numbers that are not finite"))
            places = {
                str(key): (int(docnum), str(language), str(family))
                for key, (docnum, language, family) in data.get("places", {}).items()
            }
            # Without a place for every article the rows are of no use until the next refresh.
            complete = places.keys() >= {key for key, _section, _digest in rows}
            version = str(data.get("version", "")) if complete else ""
        except Exception as exc:  # any damage means "compute them again", never a crash
            log.warning("Search-by-meaning vectors in %s damaged: %r", self.folder, exc)
            return _Matrix.empty(model)
        matrix = _Matrix(model, rows, vectors, version)
        matrix.places = places
        return matrix

    def save(self, matrix: _Matrix) -> None:
        """Write the vectors under a new name and point at them; the old matrix goes."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{MATRIX_PREFIX}{secrets.token_hex(6)}.npy"
        temp = self.folder / f"{name}.tmp"
        pointer_temp = self.folder / f"{POINTER_FILE}.{secrets.token_hex(4)}.tmp"
        data = {
            "model": matrix.model,
            "units": UNIT_VERSION,
            "matrix": name,
            "rows": [list(row) for row in matrix.rows],
            # The index version the rows are complete for, and where each article is in it:
            # a new process can search by meaning at once.
            "version": matrix.version,
            "places": {key: list(place) for key, place in matrix.places.items()},
        }
        try:
            with temp.open("wb") as stream:
                np.save(stream, matrix.vectors, allow_pickle=False)
            temp.replace(self.folder / name)
            pointer_temp.write_text(json.dumps(data), "utf-8")
            pointer_temp.replace(self.folder / POINTER_FILE)
        except BaseException:
            temp.unlink(missing_ok=True)
            pointer_temp.unlink(missing_ok=True)
            (self.folder / name).unlink(missing_ok=True)
            raise
        for old in self.folder.glob(f"{MATRIX_PREFIX}*.npy"):
            if old.name != name:
                with contextlib.suppress(OSError):
                    old.unlink()


class SemanticLayer:
    """Vectors for the sections of one index, brought up to date in the background, and the
    articles closest in meaning to a question.

    refresh() runs on the index's thread and replaces the matrix in one assignment; rank()
    runs on the search thread and reads whichever matrix is current."""

    def __init__(
        self,
        folder: Path,
        embedder: Embedder,
        *,
        slow_seconds: float = SLOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = VectorStore(folder)
        self.embedder = embedder
        self.slow_seconds = slow_seconds
        self._clock = clock
        self._matrix: _Matrix | None = None
        self._load_lock = threading.Lock()
        self._slow_in_a_row = 0
        self._paused_until = 0.0
        self._queries: dict[str, Vectors] = {}
        # The question being embedded on the model's own thread while the words are ranked.
        self._pending: tuple[str, Future[Vectors | None]] | None = None
        self._pool: ThreadPoolExecutor | None = None
        # Sections still to embed for the version being brought up to date (for the status).
        self.pending = 0
        self.total = 0

    def _current(self) -> _Matrix:
        matrix = self._matrix
        if matrix is None:
            with self._load_lock:
                if self._matrix is None:
                    self._matrix = self.store.load(self.embedder.name)
                matrix = self._matrix
        return matrix

    def ready_for(self, version: str) -> bool:
        """True when every section of this index version has its vector."""
        return self._current().version == version and version != ""

    def status(self, version: str) -> str:
        """Why search by meaning is not answering now; "" when it is."""
        failure = getattr(self.embedder, "failure", None)
        if failure:
            return _("Search by meaning is unavailable on this computer.")
        if self._clock() < self._paused_until:
            return _("Search by meaning is paused: this computer is busy.")
        if not self.ready_for(version):
            if self.total:
                done = self.total - self.pending
                return _("Search by meaning is getting ready ({done} of {total} sections).").format(
                    done=done, total=self.total
                )
            return _("Search by meaning is getting ready.")
        return ""

    def unchanged_report(self) -> EmbedReport:
        """The report of a refresh with nothing to do."""
        total = len(self._current().rows)
        return EmbedReport(0, total, 0, total, 0.0, complete=True)

    def family_of(self, key: str) -> str:
        """The key an article shares with its translations (its own when it has none)."""
        place = self._current().places.get(key)
        return place[2] if place is not None else key

    def refresh(
        self,
        units: Iterable[Unit],
        version: str,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> EmbedReport:
        """Give every unit a vector, reusing each one whose text is unchanged; save them.

        Raises EmbedderUnavailableError when sections need vectors and the model cannot load."""
        start = time.perf_counter()
        wanted = list(units)
        old = self._current()
        known = {(k, s, d): n for n, (k, s, d) in enumerate(old.rows)}
        rows = [(u.key, u.section, u.digest) for u in wanted]
        todo = [n for n, row in enumerate(rows) if row not in known]
        vectors = np.zeros((len(rows), DIMENSIONS), dtype=np.float32)
        reused = [(n, known[row]) for n, row in enumerate(rows) if row in known]
        if reused:
            new_at, old_at = zip(*reused, strict=True)
            vectors[list(new_at)] = old.vectors[list(old_at)]
        removed = len(old.rows) - len(reused)
        self.total, self.pending = len(rows), len(todo)
        have = np.ones(len(rows), dtype=bool)
        have[todo] = False
        complete = True
        for first in range(0, len(todo), BATCH):
            if should_stop is not None and should_stop():
                complete = False
                break
            batch = todo[first : first + BATCH]
            texts = [wanted[n].text for n in batch]
            vectors[batch] = self.embedder.passages(texts, [wanted[n].tokens for n in batch])
            have[batch] = True
            self.pending -= len(batch)
            if progress is not None:
                progress(first + len(batch), len(todo))
        if not complete:
            # What was embedded before the stop is kept: the next refresh goes on from there.
            rows = [row for row, kept in zip(rows, have, strict=True) if kept]
            vectors = vectors[have]
        matrix = _Matrix(self.embedder.name, rows, vectors, version if complete else "")
        matrix.places = {u.key: (u.docnum, u.language, u.family or u.key) for u in wanted}
        if todo or removed or old.version != matrix.version:
            try:
                self.store.save(matrix)
            except OSError as exc:
                # Kept in memory: search by meaning works until the window closes.
                log.warning("Cannot save search-by-meaning vectors: %s", exc)
            self._matrix = matrix
        embedded = len(todo) if complete else len(todo) - self.pending
        seconds = round(time.perf_counter() - start, 3)
        return EmbedReport(embedded, len(reused), removed, len(rows), seconds, complete)

    def rank(self, question: str, version: str, limit: int) -> MeaningRanking | None:
        """The articles closest in meaning to the question, best first; None when search by
        meaning cannot answer now (not ready for this index version, no model, paused)."""
        if self._clock() < self._paused_until or not self.ready_for(version):
            return None
        matrix = self._current()
        if not matrix.rows:
            return MeaningRanking([], [])
        vector = self._question_vector(question)
        if vector is None:
            return None
        cosines = matrix.vectors @ vector
        best = matrix.best_per_key(cosines)
        balanced = best.copy()
        for members in matrix.language_groups():
            values = best[members]
            balanced[members] = (values - values.mean()) / (values.std() + 1e-6)
        return MeaningRanking(
            self._top(matrix, best, best, cosines, limit),
            self._top(matrix, balanced, best, cosines, limit),
        )

    @staticmethod
    def _top(
        matrix: _Matrix, order: Any, best: Any, cosines: Any, limit: int
    ) -> list[SectionMatch]:
        count = min(limit, len(order))
        if count <= 0:
            return []
        top = np.argpartition(-order, count - 1)[:count]
        top = top[np.argsort(-order[top], kind="stable")]
        found = []
        for rank, owner in enumerate(top.tolist(), 1):
            key, section, _digest = matrix.rows[matrix.best_row(owner, cosines)]
            docnum, language, family = matrix.places.get(key, (-1, "", key))
            found.append(
                SectionMatch(key, docnum, section, float(best[owner]), rank, language, family)
            )
        return found

    def prefetch(self, question: str, version: str) -> None:
        """Start embedding the question on another thread (the model's C code runs without
        Python's lock), so it is ready when rank() asks for it; the words are ranked
        meanwhile. Only the latest question is kept."""
        if self._clock() < self._paused_until or not self.ready_for(version):
            return
        if question in self._queries:
            return
        pending = self._pending
        if pending is not None and pending[0] == question:
            return
        if pending is not None:
            # Typed on: the question not yet started is dropped, so the model's thread is
            # never more than one question behind the typing.
            pending[1].cancel()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="kbassist-meaning")
        self._pending = (question, self._pool.submit(self._query_vector, question))

    def anticipate(self, question: str, version: str) -> None:
        """Start the question's vector while it is being typed, once the model is loaded: the
        search run when typing pauses then finds it ready. Never loads the model itself (a
        search by words alone stays free of it)."""
        if getattr(self.embedder, "loaded", False):
            self.prefetch(question, version)

    def _question_vector(self, question: str) -> Vectors | None:
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] == question:
            return pending[1].result()
        return self._query_vector(question)

    def forget_questions(self) -> None:
        """Drop the questions' vectors kept so far (they are computed again when asked)."""
        with self._load_lock:
            self._queries.clear()
        self._pending = None

    def close(self) -> None:
        """End the model's thread (a question being embedded finishes first)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _query_vector(self, question: str) -> Vectors | None:
        cached = self._queries.get(question)
        if cached is not None:
            return cached
        # Loading the model is paid once: only a loaded model's time says the computer is slow.
        loaded = bool(getattr(self.embedder, "loaded", True))
        started = self._clock()
        try:
            vector = self.embedder.query(question)
        except EmbedderUnavailableError:
            return None
        took = self._clock() - started
        if loaded and took > self.slow_seconds:
            self._slow_in_a_row += 1
            log.info("A question took %.0f ms to embed", took * 1000)
            if self._slow_in_a_row >= SLOW_LIMIT:
                log.warning("Search by meaning is too slow here: paused for %.0f s", PAUSE_SECONDS)
                self._paused_until = self._clock() + PAUSE_SECONDS
                self._slow_in_a_row = 0
        else:
            self._slow_in_a_row = 0
        with self._load_lock:  # the search thread and the model's thread both add
            if self._queries and len(self._queries) >= QUERY_CACHE:
                self._queries.pop(next(iter(self._queries)))
            self._queries[question] = vector
        return vector
