"""Searching a content folder: the index kept up to date, and ranked hits with snippets."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kbassist.common.languages import normalise_tag, same_language
from kbassist.content.files import safe_file
from kbassist.content.folder import Content
from kbassist.content.settings import SETTINGS_FILE
from kbassist.content.synonyms import SYNONYMS_FILE, load_synonyms
from kbassist.paths import cache_dir
from kbassist.problems import ProblemList
from kbassist.search.analysis import SEGMENTER, is_cjk, stem, word_set
from kbassist.search.groups import MAX_CORRECTED_LETTERS, GroupBuilder, Plan
from kbassist.search.query import (
    ParsedQuery,
    Synonyms,
    bounded,
    corrected_text,
    filter_query,
    kind_value,
    parse,
)
from kbassist.search.ranking import (
    PREFIX_FIELDS,
    TEXT_FIELDS,
    GroupScores,
    Ranked,
    Scorer,
    SizedCache,
    best_sections,
    closeness,
    explain_matches,
    rank,
)
from kbassist.search.schema import KINDS, FileState, SectionSpan, item_key
from kbassist.search.snippets import Highlight, WordFinder, excerpt, snippet
from kbassist.search.store import (
    IndexDamagedError,
    IndexStore,
    IndexWriteError,
    Progress,
    UpdateReport,
    apply_changes,
    find_changes,
    full_build,
    is_damage,
    item_count,
    read_manifest,
    release_files,
    timed,
    verify,
    write_error,
)

if TYPE_CHECKING:
    from kbassist.search.embedder import Embedder
    from kbassist.search.semantic import EmbedReport, MeaningRanking, SectionMatch, SemanticLayer

__all__ = [
    "MAX_CORRECTED_LETTERS",
    "AnsweringSection",
    "Hit",
    "MeaningMatch",
    "SearchIndex",
    "SearchResult",
    "UpdateReport",
]

# How much a hit in the agent's own language gains: enough to win a close call only.
PREFERRED_LANGUAGE_BOOST = 1.25
# Proximity, sections and language are weighed for this many of the best documents only.
RERANK_DEPTH = 50
# Query words next to each other (all neighbouring pairs) multiply the score by 1 + this.
PROXIMITY_WEIGHT = 0.3
# Query words in their exact form in the title or summary multiply the score by 1 + this
# (stemming finds every form; the form the caller used still says a little more).
EXACT_WEIGHT = 0.05
# The best section's score, added to its article's.
SECTION_WEIGHT = 0.25
SECTION_WIDTH = 260
# The fields whose lengths warm_up() reads ahead (every field ranking scores).
WARM_FIELDS = (*TEXT_FIELDS, *PREFIX_FIELDS)
# Another process may have changed the index; look at most this often (seconds).
FRESHNESS_INTERVAL = 0.25
# A reply template scores this much of what an article with the same words would: on a call
# the article is the answer, and a template in the caller's language (every reply kind now
# has variants) would otherwise push it down. Writers find templates in the Reply tab's own
# picker, and "kind:reply" lists them alone. Bench (recall@3, words): 1.0 0.782, 0.7 0.789,
# 0.5 0.793 (multilingual 0.957 -> 1.0).
REPLY_WEIGHT = 0.5
LOCK_TIMEOUT = 120.0
# Search by meaning: this many articles closest in meaning are fused with the word ranking,
# by reciprocal rank fusion (each list adds weight / (RRF_K + rank)). The weights were tuned
# on bench/relevance (see docs/search.md): the word ranking counts whole, the ranking across
# languages (see MeaningRanking) as much, the plain cosine ranking a little under half. A small
# RRF_K lets a first place by meaning outweigh a fifth place by words; every value one step
# around these (K 2-4, cosine 0.3-0.45, across 0.8-1.0) gives paraphrases 0.70-0.76.
MEANING_DEPTH = 40
RRF_K = 3
RRF_WORDS = 1.0
RRF_COSINE = 0.45
RRF_ACROSS = 1.0
# A word ranking whose best score is above this is confident: meaning is not mixed in, as it
# only reorders good answers there (bench: mixed in always, it cost recall in the paraphrase
# and near-duplicate sets; gated here, no set lost recall@3).
WORDS_CONFIDENT = 15.0
# The model rates any two texts about 0.78 alike or more, so nonsense ("asdf qwerty") still
# has "closest" articles at about 0.81: an article no word matched must be closer than this
# to be fused in. Bench (recall@3 by meaning on paraphrases_semantic, with the weights above):
# 0.80-0.815 0.72, 0.825 0.70; 0.85 loses more.
MEANING_ONLY_FLOOR = 0.815
# Stored fields of this many documents (at most this many characters of text in all) are
# kept per index version: the hits of one question come back on every keystroke, and
# Whoosh decompresses and unpickles a document's whole stored record on every read.
STORED_CACHE_DOCUMENTS = 1024
STORED_CACHE_CHARS = 4_000_000
# What a search says while a damaged index is being rebuilt.
DAMAGED_STATUS = "Search index damaged: rebuilding…"

log = logging.getLogger(__name__)
# Words in these fields are what spelling corrections may suggest.
SPELLING_FIELDS = ("title", "body")


@dataclass(frozen=True)
class AnsweringSection:
    """The section of an article that best matches the query: where it is, and a snippet."""

    path: tuple[str, ...]
    anchor: str
    snippet: str

    @property
    def heading(self) -> str:
        """The section's own heading."""
        return self.path[-1] if self.path else ""


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, where it lives, and a snippet showing why it matched."""

    id: str
    kind: str
    title: str
    summary: str
    score: float
    path: str
    language: str
    snippet: str
    tags: tuple[str, ...] = ()
    category: str = ""
    # The passage that answers, for articles with sections.
    section: AnsweringSection | None = None
    # Why it ranks where it does (search(..., explain=True) only).
    explanation: dict[str, Any] | None = None
    # How close in meaning it is, when search by meaning took part and ranked it.
    meaning: MeaningMatch | None = None
    # Found by meaning only: none of the query's words matched it.
    by_meaning: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The JSON form used by `kbassist search --json`."""
        found: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "summary": self.summary,
            "score": round(self.score, 4),
            "path": self.path,
            "language": self.language,
            "snippet": self.snippet,
        }
        if self.section is not None:
            found["section"] = {
                "path": list(self.section.path),
                "anchor": self.section.anchor,
                "snippet": self.section.snippet,
            }
        if self.by_meaning:
            found["found_by_meaning"] = True
        if self.explanation is not None:
            found["explain"] = self.explanation
        return found


@dataclass(frozen=True)
class MeaningMatch:
    """Where search by meaning ranked a hit, and the cosine of its closest passage."""

    rank: int
    cosine: float
    across_languages_rank: int | None = None


@dataclass(frozen=True)
class SearchResult:
    """Hits best first, how many matched in all, and a corrected query when words were unknown."""

    hits: list[Hit]
    total: int
    suggestion: str | None
    query: str
    # The query was longer than MAX_QUERY_CHARS and only its beginning was searched.
    truncated: bool = False
    # The word forms the query matched, to mark them in the article view.
    highlight: Highlight = field(default_factory=Highlight)
    # Why the results may be incomplete (a damaged index being rebuilt); empty when all is well.
    status: str = ""
    # Search by meaning was asked for and took part in the ranking.
    meaning_used: bool = False
    # Why search by meaning was asked for but could not take part ("" when it did, or when
    # it was not asked for, or when the words alone were confident).
    meaning_status: str = ""


@dataclass
class _Snapshot:
    """A searcher on one version of the index, with caches that are valid for it only."""

    folder: str
    searcher: Any
    filters: dict[tuple[tuple[str, tuple[str, ...]], ...], set[int]] = field(default_factory=dict)
    stems: frozenset[str] | None = None
    alphabet: str = ""
    items: set[int] | None = None
    scorer: Scorer | None = None
    sections: dict[int, list[SectionSpan]] = field(default_factory=dict)
    by_title: list[tuple[str, int]] | None = None
    stored: SizedCache[int, dict[str, Any]] = field(
        default_factory=lambda: SizedCache(STORED_CACHE_DOCUMENTS, STORED_CACHE_CHARS)
    )
    # The words of each title and summary read so far (the exact-form bonus compares them).
    head_words: dict[int, frozenset[str]] = field(default_factory=dict)

    def fields(self, docnum: int) -> dict[str, Any]:
        """The stored fields of a document, read once while they stay in the cache."""
        found = self.stored.get(docnum)
        if found is None:
            found = self.searcher.stored_fields(docnum)
            size = sum(len(v) for v in found.values() if isinstance(v, str))
            self.stored.put(docnum, found, size + 1)
        return found

    def title_words(self, docnum: int) -> frozenset[str]:
        """The words of a document's title and summary."""
        found = self.head_words.get(docnum)
        if found is None:
            stored = self.fields(docnum)
            found = frozenset(word_set((stored.get("title", ""), stored.get("summary", ""))))
            self.head_words[docnum] = found
        return found


class SearchIndex:
    """The search index of one content folder. search() may run while update() runs elsewhere."""

    def __init__(
        self,
        store: IndexStore,
        *,
        procs: int = 2,
        lock_timeout: float = LOCK_TIMEOUT,
        semantic: SemanticLayer | None = None,
    ):
        self.store = store
        # Search by meaning (None: words only). Its vectors live beside the index.
        self.semantic = semantic
        self.content_root = store.content_root
        self._root_text = str(store.content_root)
        self.procs = procs
        self.lock_timeout = lock_timeout
        # One-edit spelling candidates generated so far: the work corrections cost.
        self.spelling_candidates = 0
        # Set when open() had to build the index (missing, damaged or from an older version).
        self.open_report: UpdateReport | None = None
        self._snapshot: _Snapshot | None = None
        self._checked = 0.0
        self._stale = True
        self._read_lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._manifest: tuple[tuple[str, int], dict[str, FileState]] | None = None
        self._synonyms = Synonyms()
        # The index folder a search or update found damaged: the next update rebuilds it.
        self._damaged: str | None = None
        # Why open() could not build the index (a full or read-only cache folder).
        self.open_problem: str | None = None

    @classmethod
    def open(
        cls,
        content_root: Path,
        cache_root: Path | None = None,
        *,
        procs: int = 2,
        lock_timeout: float = LOCK_TIMEOUT,
        semantic: bool = True,
        embedder: Embedder | None = None,
    ) -> SearchIndex:
        """Open the index of content_root, building it first when missing, damaged or outdated.

        With semantic, search by meaning is ready to be brought up to date (embed()) and
        asked for (search(..., semantic=True)); the model loads only then. embedder replaces
        the bundled model."""
        root = content_root.expanduser().resolve()
        store = IndexStore(root, cache_root if cache_root is not None else cache_dir() / "index")
        layer = None
        if semantic:
            from kbassist.search.embedder import E5Embedder
            from kbassist.search.semantic import SemanticLayer

            layer = SemanticLayer(store.folder, embedder or E5Embedder())
        index = cls(store, procs=procs, lock_timeout=lock_timeout, semantic=layer)
        index.load_synonyms()
        name = store.pointer()
        try:
            if name is None:
                raise IndexDamagedError("no index yet")
            ix = store.open(name)
        except IndexDamagedError:
            try:
                index.open_report = index._ensure_built()
            except IndexWriteError as exc:
                log.warning("Cannot build the index of %s: %s", root, exc)
                index.open_problem = str(exc)
        else:
            # Checked just now: the first search need not open and check it again.
            index._snapshot = _Snapshot(name, ix.searcher())
            index._checked = time.monotonic()
            index._stale = False
            # A build killed last time (kill -9, power cut) left its folder behind.
            store.clean_abandoned()
        return index

    @property
    def repair_needed(self) -> bool:
        """True when a search found the index damaged and no rebuild has replaced it yet."""
        return self._damaged is not None and self._damaged == self.store.pointer()

    def repair(self, progress: Progress | None = None) -> UpdateReport | None:
        """Rebuild the index when a search found it damaged (None when nothing was to do)."""
        with self._write_lock, self.store.write_lock(self.lock_timeout):
            name = self.store.pointer()
            if name is not None and name != self._damaged:
                self._damaged = None  # another process has rebuilt it meanwhile
                self._stale = True
                return None
            log.info("Rebuilding the damaged index of %s", self.content_root)
            return self._rebuild_locked(None, progress)

    def load_synonyms(self, content: Content | None = None) -> None:
        """Read the synonym groups (from content when given, else synonyms.txt)."""
        if content is not None:
            groups = content.synonyms
        else:
            # Vetted like every content file: a link outside the folder is not read (check says so).
            problems = ProblemList()
            path = self.content_root / SYNONYMS_FILE
            readable = safe_file(self.content_root, path, problems)
            groups = load_synonyms(path, problems) if readable else []
        self._synonyms = Synonyms.from_groups(groups)

    def _ensure_built(self) -> UpdateReport | None:
        with self._write_lock, self.store.write_lock(self.lock_timeout):
            # Another process may have built it while this one waited for the lock.
            name = self.store.pointer()
            if name is not None:
                with contextlib.suppress(IndexDamagedError):
                    self.store.open(name)
                    return None
            return self._rebuild_locked(None, None)

    # Writing

    def update(
        self,
        content: Content | None = None,
        progress: Progress | None = None,
        *,
        thorough: bool = False,
    ) -> UpdateReport:
        """Re-index the files added, changed or removed since the last update.

        A damaged index (found by a search, by this update, or with thorough=True by reading
        all of it) is rebuilt. A cache folder that cannot be written raises IndexWriteError,
        unless the index is up to date: then there is nothing to write."""
        if content is not None:
            self.load_synonyms(content)
        else:
            self.load_synonyms()
        try:
            with self._write_lock, self.store.write_lock(self.lock_timeout):
                return self._update_locked(content, progress, thorough)
        except IndexWriteError:
            report = self._unchanged_report()
            if report is None:
                raise
            return report

    def _unchanged_report(self) -> UpdateReport | None:
        """The report of an update with nothing to do, read without the lock; None otherwise."""
        start = time.perf_counter()
        name = self.store.pointer()
        if name is None or name == self._damaged:
            return None
        try:
            ix = self.store.open(name)
            changes = find_changes(self.content_root, self._read_manifest(name, ix))
            if not changes.empty:
                return None
            with ix.searcher() as searcher:
                total = item_count(searcher)
        except (IndexDamagedError, OSError):
            return None
        return UpdateReport(0, 0, 0, total, timed(start), rebuilt=False)

    def _update_locked(
        self, content: Content | None, progress: Progress | None, thorough: bool
    ) -> UpdateReport:
        start = time.perf_counter()
        name = self.store.pointer()
        try:
            if name is None:
                raise IndexDamagedError("no index yet")
            if name == self._damaged:
                raise IndexDamagedError("a search could not read it")
            ix = self.store.open(name, check=False)
            if thorough:
                try:
                    verify(ix)
                except Exception as exc:
                    if not is_damage(exc):
                        raise
                    raise IndexDamagedError(f"{self.store.folder / name}: {exc!r}") from exc
            manifest = self._read_manifest(name, ix)
        except IndexDamagedError as exc:
            log.info("Rebuilding the index of %s: %s", self.content_root, exc)
            return self._rebuild_locked(content, progress)
        failure: IndexWriteError | None = None
        try:
            return self._apply_locked(name, ix, manifest, content, progress, start)
        except Exception as exc:
            failure = write_error(self.store.folder, exc) if isinstance(exc, OSError) else None
            if failure is None and not is_damage(exc):
                raise
            # repr, not the exception: a kept log record would keep the writer's files.
            log.warning("Cannot update the index of %s: %s", self.content_root, repr(exc))
            release_files(exc)
        self.store.discard_partial(ix)
        if failure is not None:
            raise failure
        log.warning("The index of %s is damaged: rebuilding", self.content_root)
        return self._rebuild_locked(content, progress)

    def _apply_locked(
        self,
        name: str,
        ix: Any,
        manifest: dict[str, FileState],
        content: Content | None,
        progress: Progress | None,
        start: float,
    ) -> UpdateReport:
        # The files as the content was loaded from them: a large folder is not listed again.
        loaded = content if content is not None and content.root == self.content_root else None
        changes = find_changes(self.content_root, manifest, loaded)
        settings = {SETTINGS_FILE} & {
            *(r for r, _ in changes.added + changes.changed),
            *changes.removed,
        }
        if settings:
            # The default language applies to every item without one.
            return self._rebuild_locked(content, progress)
        if changes.empty:
            with ix.searcher() as searcher:
                total = item_count(searcher)
            return UpdateReport(0, 0, 0, total, timed(start), rebuilt=False)
        added, changed, removed, total = apply_changes(
            ix, self.content_root, changes, content, progress
        )
        for rel, state in [*changes.added, *changes.changed, *changes.touched]:
            manifest[rel] = state
        for rel in changes.removed:
            manifest.pop(rel, None)
        generation = ix.latest_generation()
        self._manifest = ((name, generation), manifest)
        self.store.save_manifest(name, generation, manifest)
        self._stale = True
        return UpdateReport(added, changed, removed, total, timed(start), rebuilt=False)

    def rebuild(
        self, content: Content | None = None, progress: Progress | None = None
    ) -> UpdateReport:
        """Build the index again from scratch; searches see the old one until it is done."""
        if content is not None:
            self.load_synonyms(content)
        with self._write_lock, self.store.write_lock(self.lock_timeout):
            return self._rebuild_locked(content, progress)

    def _rebuild_locked(self, content: Content | None, progress: Progress | None) -> UpdateReport:
        start = time.perf_counter()
        name = ""
        failure: IndexWriteError | None = None
        try:
            name, ix = self.store.create()
            count, files = full_build(ix, self.content_root, content, progress, self.procs)
            generation = ix.latest_generation()
            self.store.save_manifest(name, generation, files)
            self.store.publish(name)
        except BaseException as exc:
            failure = write_error(self.store.folder, exc) if isinstance(exc, OSError) else None
            if failure is not None:
                log.warning("Cannot build the index of %s: %s", self.content_root, repr(exc))
                release_files(exc)
            # The old index stays live; the new one's partial segments and temp files go.
            if name:
                shutil.rmtree(self.store.folder / name, ignore_errors=True)
            if failure is None:
                raise
        if failure is not None:
            raise failure
        self._manifest = ((name, generation), files)
        self._damaged = None
        self._stale = True
        return UpdateReport(count, 0, 0, count, timed(start), rebuilt=True)

    def _read_manifest(self, name: str, ix: Any) -> dict[str, FileState]:
        key = (name, ix.latest_generation())
        if self._manifest is not None and self._manifest[0] == key:
            return dict(self._manifest[1])
        saved = self.store.load_manifest(*key)
        if saved is not None:
            self._manifest = (key, saved)
            return dict(saved)
        try:
            with ix.searcher() as searcher:
                manifest = read_manifest(searcher)
        except Exception as exc:  # any read failure means damaged files
            raise IndexDamagedError(repr(exc)) from exc
        self._manifest = (key, manifest)
        self.store.save_manifest(name, key[1], manifest)
        return dict(manifest)

    def embed(
        self,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> EmbedReport | None:
        """Bring the vectors for search by meaning up to date with the live index: only the
        sections whose text changed are embedded. None without search by meaning or index.

        Slow (a tenth of a second per section): run it off the GUI thread, after update().
        Raises EmbedderUnavailableError when sections need vectors and the model cannot load."""
        if self.semantic is None:
            return None
        name = self.store.pointer()
        if name is None:
            return None
        from kbassist.search.semantic import units_of_index

        # A searcher of its own: searches go on meanwhile, and an update may replace the
        # index; these vectors are then for the version they were read from.
        try:
            ix = self.store.open(name)
            with ix.searcher() as searcher:
                version = _version(name, searcher)
                if self.semantic.ready_for(version):
                    return self.semantic.unchanged_report()
                units = units_of_index(searcher)
        except IndexDamagedError:
            return None
        return self.semantic.refresh(units, version, progress, should_stop)

    # Reading

    def _current(self) -> _Snapshot | None:
        """The searcher on the latest index, reopened when this or another process changed it."""
        now = time.monotonic()
        snap = self._snapshot
        if snap is not None and not self._stale and now - self._checked < FRESHNESS_INTERVAL:
            return snap
        self._checked = now
        self._stale = False
        name = self.store.pointer()
        if name is None:
            return snap
        try:
            if snap is None or snap.folder != name or not snap.searcher.up_to_date():
                # A new searcher, not Searcher.refresh(): that reuses segment readers whose
                # cached set of deleted documents is out of date, so deleted items come back.
                # Checked when this index was opened or built; a newer generation written
                # by a writer is whole (Whoosh writes its table of contents last).
                ix = self.store.open(name, check=snap is None or snap.folder != name)
                self._snapshot = _Snapshot(name, ix.searcher())
                if snap is not None:
                    snap.searcher.close()
        except Exception as exc:  # damaged or removed under us: keep the last good searcher
            log.warning(
                "Cannot open the index %s; searching the last good one", name, exc_info=True
            )
            if isinstance(exc, IndexDamagedError):
                self._damaged = name
            self._stale = True
        return self._snapshot

    def warm_up(self) -> None:
        """Load what the first search would otherwise wait for: the searcher, the word list for
        spelling corrections, the Chinese dictionary when the index holds Chinese, and NumPy
        (the ranking's sums)."""
        import numpy  # noqa: F401  (imported here, off the first keystroke)

        try:
            with self._read_lock:
                snap = self._current()
                if snap is None:
                    return
                self._stems(snap)
                if snap.searcher.reader().doc_frequency("lang", "zh"):
                    SEGMENTER.words("中文")
                documents = len(self._items(snap))
            # The ranking's field statistics take a second at 10k articles: read them here,
            # on the caller's (background) thread and without the lock, not on the next
            # keystroke.
            scorer = Scorer(snap.searcher, documents)
            for fieldname in WARM_FIELDS:
                scorer.stats.lengths(fieldname)
        except Exception as exc:
            if not is_damage(exc):
                raise
            # The next search says so and the next update rebuilds it.
            log.warning("Search index %s is damaged: %s", self.content_root, repr(exc))
            self._damaged = self.store.pointer()
            release_files(exc)
            return
        with self._read_lock:
            if self._snapshot is snap and snap.scorer is None:
                snap.scorer = scorer

    def close(self) -> None:
        """Release the searcher's files (and end search by meaning's thread)."""
        if self.semantic is not None:
            self.semantic.close()
        with self._read_lock:
            if self._snapshot is not None:
                self._snapshot.searcher.close()
                self._snapshot = None

    def search(
        self,
        query: str,
        *,
        kind: str | None = None,
        lang: str | None = None,
        limit: int = 20,
        prefer_language: str | None = None,
        explain: bool = False,
        semantic: bool = False,
    ) -> SearchResult:
        """Ranked hits for what the agent typed; bad input gives fewer hits, never an error.

        With semantic, the articles closest in meaning are fused in (when the vectors are
        ready and the words alone are not confident): ask for it once typing pauses, not
        on every keystroke, as the question's vector costs ten to twenty milliseconds."""
        searched, truncated = bounded(query)
        result = self._search_bounded(
            searched, query, kind, lang, limit, prefer_language, explain, semantic
        )
        return replace(result, truncated=True) if truncated else result

    def _search_bounded(
        self,
        searched: str,
        query: str,
        kind: str | None,
        lang: str | None,
        limit: int,
        prefer_language: str | None,
        explain: bool,
        semantic: bool = False,
    ) -> SearchResult:
        parsed = parse(searched)
        filters = dict(parsed.filters)
        if kind:
            wanted = kind_value(kind)
            if wanted is None:
                return SearchResult([], 0, None, query)
            filters["kind"] = (*filters.get("kind", ()), wanted)
        if lang and normalise_tag(lang):
            filters["lang"] = (*filters.get("lang", ()), normalise_tag(lang))
        parsed = ParsedQuery(parsed.text, parsed.words, parsed.phrases, filters)
        if limit <= 0 or parsed.empty:
            return SearchResult([], 0, None, query)
        with self._read_lock:
            snap = self._current()
            if snap is None:
                return SearchResult([], 0, None, query, status=self._status())
            try:
                meaning = semantic and bool(parsed.words) and not parsed.phrases
                # With meaning, more word hits are ranked than shown, to fuse with, while
                # the question's vector is computed on another core.
                depth = max(limit, RERANK_DEPTH) if meaning else limit
                if self.semantic is not None and bool(parsed.words) and not parsed.phrases:
                    version = _version(snap.folder, snap.searcher)
                    if meaning:
                        self.semantic.prefetch(_question(parsed), version)
                    else:
                        # A keystroke's search: the question's vector is started now, on the
                        # model's own thread, so the search once typing pauses has it ready.
                        self.semantic.anticipate(_question(parsed), version)
                # Snippets are made for the hits that can be shown only: with meaning, the
                # fused ranking decides which of the others are (see _with_meaning).
                found, ranked = self._search(
                    snap, parsed, query, depth, prefer_language, explain, extracts=limit
                )
                if meaning:
                    try:
                        found = self._with_meaning(
                            snap, parsed, found, ranked, limit, prefer_language, explain
                        )
                    except Exception:  # never let search by meaning cost the word results
                        log.warning("Search by meaning failed: words only", exc_info=True)
                        found = replace(found, hits=found.hits[:limit])
                # Damage seen elsewhere in this index: these hits may be incomplete.
                return (
                    replace(found, status=DAMAGED_STATUS) if self._damaged == snap.folder else found
                )
            except Exception as exc:
                if not is_damage(exc):
                    raise
                # Damaged files: this search finds nothing, the others may still answer from
                # what is readable, and the next update rebuilds the index.
                log.warning("Search index %s is damaged: %r", snap.folder, exc, exc_info=True)
                self._damaged = snap.folder
        release_files()
        return SearchResult([], 0, None, query, status=DAMAGED_STATUS)

    def _with_meaning(
        self,
        snap: _Snapshot,
        parsed: ParsedQuery,
        found: SearchResult,
        ranked_words: list[Ranked],
        limit: int,
        prefer: str | None,
        explain: bool,
    ) -> SearchResult:
        """The word hits fused with the articles closest in meaning (reciprocal rank fusion).

        Word hits past limit come without snippets (ranked_words has their rankings): the
        snippets of those the fusion shows are made here, for the shown hits only."""
        layer = self.semantic
        words = found.hits
        if layer is None:
            return replace(found, hits=words[:limit])
        if words and words[0].score > WORDS_CONFIDENT:
            return replace(found, hits=words[:limit])
        version = _version(snap.folder, snap.searcher)
        ranking = layer.rank(_question(parsed), version, MEANING_DEPTH)
        if ranking is None:
            return replace(found, hits=words[:limit], meaning_status=layer.status(version))
        allowed = self._allowed(snap, parsed.filters)
        fused = _fuse(words, ranking, allowed)
        families = {key: layer.family_of(key) for key in fused}
        fused = _answers_only(fused, families)
        order = sorted(fused, key=lambda key: -fused[key][0])
        if prefer:
            order = _own_language_first(order, fused, families, prefer)
        marks = _Marks(found.highlight, WordFinder(found.highlight))
        placed = {item_key(hit.kind, hit.id): n for n, hit in enumerate(words)}
        hits = []
        for key in order[:limit]:
            score, hit, match, across = fused[key]
            if hit is not None and placed[key] >= limit:
                hit = self._hit(snap, ranked_words[placed[key]], marks, explain)
            if hit is None:
                assert match is not None
                section = match.section if match.section >= 0 else None
                ranked = Ranked(match.docnum, score, 0.0, 0.0, section_doc=section)
                hit = replace(self._hit(snap, ranked, marks, explain), by_meaning=True)
            closest = match or across
            meaning = (
                MeaningMatch(
                    match.rank if match else 0,
                    round(closest.cosine, 4),
                    across.rank if across else None,
                )
                if closest is not None
                else None
            )
            if explain:
                detail = dict(hit.explanation or {})
                detail["meaning"] = {
                    "cosine_rank": meaning.rank if meaning else None,
                    "across_languages_rank": meaning.across_languages_rank if meaning else None,
                    "cosine": meaning.cosine if meaning else None,
                    "word_score": round(hit.score, 4) if not hit.by_meaning else None,
                    "fused_score": round(score, 4),
                }
                hit = replace(hit, explanation=detail)
            hits.append(replace(hit, score=score, meaning=meaning))
        extra = sum(1 for hit in hits if hit.by_meaning)
        return replace(found, hits=hits, total=found.total + extra, meaning_used=True)

    def _status(self) -> str:
        """Why a search has no index to answer from."""
        if self._damaged is not None:
            return DAMAGED_STATUS
        return self.open_problem or ""

    def _search(
        self,
        snap: _Snapshot,
        parsed: ParsedQuery,
        query: str,
        limit: int,
        prefer: str | None,
        explain: bool,
        extracts: int | None = None,
    ) -> tuple[SearchResult, list[Ranked]]:
        """The word hits, best first, and their rankings; only the first `extracts` hits
        (all by default) come with snippets and answering sections."""
        allowed = self._allowed(snap, parsed.filters)
        scorer = self._scorer(snap)
        if not parsed.words and not parsed.phrases:
            return self._filtered_only(snap, allowed, query, limit), []
        builder = self._group_builder(snap)
        plan = builder.plan(parsed)
        self.spelling_candidates += builder.spelling_candidates
        ranked, matching, scored = rank(scorer, plan.groups, allowed, max(limit, RERANK_DEPTH))
        top = ranked[:RERANK_DEPTH]
        self._rerank(snap, scorer, plan, scored, top, prefer)
        ordered = sorted(top, key=lambda r: (-r.score, r.docnum)) + ranked[RERANK_DEPTH:]
        shown = ordered[:limit]
        if explain:
            explain_matches(scorer, plan.groups, shown)
        marks = _Marks.of(plan)
        complete = limit if extracts is None else extracts
        hits = [self._hit(snap, r, marks, explain, n < complete) for n, r in enumerate(shown)]
        suggestion = self._suggestion(scorer, parsed, plan, shown, explain)
        return SearchResult(hits, matching, suggestion, query, highlight=marks.highlight), shown

    def _rerank(
        self,
        snap: _Snapshot,
        scorer: Scorer,
        plan: Plan,
        scored: list[GroupScores],
        top: list[Ranked],
        prefer: str | None,
    ) -> None:
        """Proximity, the answering section and the agent's language, for the top only."""
        docnums = [r.docnum for r in top]
        near = closeness(scorer, plan.groups, docnums)
        spans = {d: self._sections(snap, d) for d in docnums}
        sections = best_sections(
            scorer,
            scored,
            spans,
        )
        # The words as typed (not their stems), to reward a title or summary that uses them.
        typed = {g.label.casefold() for g in plan.groups if g.counts and " " not in g.label}
        for ranked in top:
            ranked.proximity = PROXIMITY_WEIGHT * near.get(ranked.docnum, 0.0)
            found = sections.get(ranked.docnum)
            if found is not None:
                ranked.section = SECTION_WEIGHT * found.score
                ranked.section_doc = found.index
            stored = snap.fields(ranked.docnum)
            if typed:
                words = snap.title_words(ranked.docnum)
                ranked.exact = EXACT_WEIGHT * len(typed & words) / len(typed)
            ranked.score = ranked.score * (1.0 + ranked.proximity + ranked.exact) + ranked.section
            if stored.get("kind") == "reply":
                ranked.score *= REPLY_WEIGHT
            if prefer:
                language = str((stored.get("data") or {}).get("language", ""))
                if language and same_language(language, prefer):
                    ranked.language_boost = PREFERRED_LANGUAGE_BOOST
                    ranked.score *= PREFERRED_LANGUAGE_BOOST

    def _filtered_only(
        self, snap: _Snapshot, allowed: set[int] | None, query: str, limit: int
    ) -> SearchResult:
        """Filters without words ("kind:reply"): everything they allow, by title."""
        if snap.by_title is None:
            # Every item by title, read once per index version (not on every keystroke).
            snap.by_title = sorted(
                (str(snap.fields(d).get("title", "")).casefold(), d) for d in self._items(snap)
            )
        items = [(t, d) for t, d in snap.by_title if allowed is None or d in allowed]
        plan = Plan([], [], set(), set(), set())
        marks = _Marks.of(plan)
        hits = [self._hit(snap, Ranked(d, 1.0, 1.0, 1.0), marks, False) for _, d in items[:limit]]
        return SearchResult(hits, len(items), None, query)

    def _suggestion(
        self, scorer: Scorer, parsed: ParsedQuery, plan: Plan, shown: list[Ranked], explained: bool
    ) -> str | None:
        """The corrected query, when a correction is what one of the top hits matched."""
        if not plan.corrections:
            return None
        top = shown[:3]
        if not explained:
            explain_matches(scorer, plan.groups, top)
        best: dict[str, str] = {}
        for correction in plan.corrections:
            for ranked in top:
                how = next((m.how for m in ranked.matches if m.label == correction.word.raw), "")
                if how.startswith("typo: "):
                    # The hit matched the correction's stem; show the word as corrected.
                    term = how.removeprefix("typo: ")
                    best[correction.word.folded] = next(
                        (c for c in correction.candidates if stem(c) == term),
                        correction.candidates[0],
                    )
                    break
        return corrected_text(parsed.text, parsed.all_words(), best) if best else None

    def _allowed(self, snap: _Snapshot, filters: dict[str, tuple[str, ...]]) -> set[int] | None:
        key = tuple(sorted(filters.items()))
        if not key:
            return None
        found = snap.filters.get(key)
        if found is None:
            fq = filter_query(filters)
            found = set(snap.searcher.docs_for_query(fq)) if fq is not None else set()
            snap.filters[key] = found
        return found

    def _sections(self, snap: _Snapshot, docnum: int) -> list[SectionSpan]:
        """The sections of an article document (none for anything else)."""
        found = snap.sections.get(docnum)
        if found is None:
            data = snap.fields(docnum).get("data") or {}
            try:
                found = [SectionSpan.from_data(s) for s in data.get("sections", ())]
            except (KeyError, TypeError, ValueError):
                found = []  # written by another version: no sections rather than no search
            snap.sections[docnum] = found
        return found

    def _items(self, snap: _Snapshot) -> set[int]:
        """Document numbers of every article, reply template and facility."""
        if snap.items is None:
            snap.items = {d for k in KINDS for d in snap.searcher.document_numbers(kind=k)}
        return snap.items

    def _scorer(self, snap: _Snapshot) -> Scorer:
        if snap.scorer is None:
            snap.scorer = Scorer(snap.searcher, len(self._items(snap)))
        return snap.scorer

    def _group_builder(self, snap: _Snapshot) -> GroupBuilder:
        scorer = self._scorer(snap)
        reader = snap.searcher.reader()

        def documents_with(term: str) -> int:
            return max(int(reader.doc_frequency(f, term)) for f in SPELLING_FIELDS)

        return GroupBuilder(
            self._synonyms,
            scorer.frequency,
            lambda: self._stems(snap)[1],
            documents_with,
            lambda: self._stems(snap)[0],
        ).for_documents(scorer.stats.documents)

    def _hit(
        self, snap: _Snapshot, ranked: Ranked, marks: _Marks, explain: bool, extract: bool = True
    ) -> Hit:
        """A hit; without extract, with neither snippet nor answering section (not shown)."""
        fields = snap.fields(ranked.docnum)
        data = fields.get("data") or {}
        finder = marks.finder
        body = str(fields.get("body", ""))
        tags = tuple(data.get("tags", ()))
        answering: AnsweringSection | None = None
        texts: tuple[str, ...] = (body, fields.get("summary", ""), fields.get("title", ""))
        sections = self._sections(snap, ranked.docnum)
        shown = ""
        if extract and ranked.section_doc is not None and ranked.section_doc < len(sections):
            section = sections[ranked.section_doc]
            passage = body[section.start : section.end]
            # The passage's matches are found once, for both of its extracts.
            spans = finder.spans(passage)
            if section.path:  # the opening text has no heading to show or go to
                answering = AnsweringSection(
                    section.path,
                    section.anchor,
                    excerpt(passage, spans, fragments=1, width=SECTION_WIDTH),
                )
            # The snippet shows the answering passage first, not the article's opening.
            if spans:
                shown = excerpt(passage, spans)
            else:
                texts = (passage, *texts)
        return Hit(
            id=fields["id"],
            kind=fields["kind"],
            title=fields.get("title", ""),
            summary=fields.get("summary", ""),
            score=ranked.score,
            # Joined as text: a Path per hit costs more than its snippet.
            path=os.path.join(self._root_text, fields.get("file", "")),  # noqa: PTH118
            language=str(data.get("language", "")),
            snippet=(shown or snippet((*texts, ", ".join(tags)), finder)) if extract else "",
            tags=tags,
            category=str(data.get("category", "")),
            section=answering,
            explanation=_explanation(ranked) if explain else None,
        )

    # Words: known forms for corrections

    def _stems(self, snap: _Snapshot) -> tuple[frozenset[str], str]:
        """Every word stem in the index (letters only), and the non-ASCII letters used."""
        if snap.stems is None:
            reader = snap.searcher.reader()
            stems = frozenset(
                t for f in SPELLING_FIELDS for t in reader.field_terms(f) if t.isalpha()
            )
            letters = {c for w in stems if not w.isascii() for c in w}
            snap.stems = stems
            snap.alphabet = "".join(sorted(c for c in letters if not is_cjk(c)))
        return snap.stems, snap.alphabet


@dataclass(frozen=True)
class _Marks:
    """The word finder for snippets, made once per search (it caches each word it has seen)."""

    highlight: Highlight
    finder: WordFinder

    @classmethod
    def of(cls, plan: Plan) -> _Marks:
        highlight = Highlight(frozenset(plan.exact), frozenset(plan.stems), frozenset(plan.starts))
        return cls(highlight, WordFinder(highlight))


def _question(parsed: ParsedQuery) -> str:
    """What the model reads: the query as typed, or its words when it holds filters."""
    return " ".join(w.raw for w in parsed.words) if parsed.filters else parsed.text


def _version(name: str, searcher: Any) -> str:
    """The index version a searcher reads: vectors for search by meaning are for one version."""
    return f"{name}@{searcher.reader().generation()}"


_Fused = tuple[float, "Hit | None", "SectionMatch | None", "SectionMatch | None"]


def _fuse(words: list[Hit], ranking: MeaningRanking, allowed: set[int] | None) -> dict[str, _Fused]:
    """Reciprocal rank fusion of the word hits with both meaning rankings, per item key:
    (score, the word hit or None, its cosine-ranking match, its across-languages match)."""
    fused: dict[str, list[Any]] = {}
    for place, hit in enumerate(words, 1):
        fused[item_key(hit.kind, hit.id)] = [RRF_WORDS / (RRF_K + place), hit, None, None]
    for slot, weight, matches in (
        (2, RRF_COSINE, ranking.by_cosine),
        (3, RRF_ACROSS, ranking.across_languages),
    ):
        for match in matches:
            if allowed is not None and match.docnum not in allowed:
                continue  # a filter (kind:, lang:, tag:) rules it out
            entry = fused.setdefault(match.key, [0.0, None, None, None])
            entry[0] += weight / (RRF_K + match.rank)
            entry[slot] = match
    return {key: (e[0], e[1], e[2] or e[3], e[3]) for key, e in fused.items()}


def _answers_only(fused: dict[str, _Fused], families: dict[str, str]) -> dict[str, _Fused]:
    """Drop what meaning alone found but is not close enough to answer, unless a translation
    of it is an answer (a translation's cosine is lower across languages)."""

    def answers(entry: _Fused) -> bool:
        _score, hit, match, across = entry
        closest = max((m.cosine for m in (match, across) if m is not None), default=0.0)
        return hit is not None or closest >= MEANING_ONLY_FLOOR

    answering = {families.get(key, key) for key, entry in fused.items() if answers(entry)}
    return {key: e for key, e in fused.items() if families.get(key, key) in answering}


def _own_language_first(
    order: list[str], fused: dict[str, _Fused], families: dict[str, str], prefer: str
) -> list[str]:
    """An article and its translation both found: the one in the agent's language first."""

    def language(key: str) -> str:
        _score, hit, match, across = fused[key]
        if hit is not None:
            return hit.language
        found = match or across
        return found.language if found is not None else ""

    placed: set[str] = set()
    result: list[str] = []
    for key in order:
        if key in placed:
            continue
        family = families.get(key, key)
        own = next(
            (
                other
                for other in order
                if other not in placed
                and families.get(other, other) == family
                and same_language(language(other), prefer)
            ),
            None,
        )
        if own is not None and own != key and not same_language(language(key), prefer):
            result.append(own)
            placed.add(own)
        result.append(key)
        placed.add(key)
    return result


def _explanation(ranked: Ranked) -> dict[str, Any]:
    """Why a hit ranks where it does, for `kbassist search --explain`."""
    return {
        "score": round(ranked.score, 4),
        "words": [
            {"word": m.label, "score": m.score, "matched": m.how, "fields": m.fields}
            for m in ranked.matches
        ],
        "base": round(ranked.base, 4),
        "coverage": round(ranked.coverage, 3),
        "proximity_bonus": round(ranked.proximity, 3),
        "exact_form_bonus": round(ranked.exact, 3),
        "section_bonus": round(ranked.section, 4),
        "language_boost": ranked.language_boost,
    }
