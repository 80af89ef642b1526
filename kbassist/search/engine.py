"""Searching a content folder: the index kept up to date, and ranked hits with snippets."""

from __future__ import annotations

import contextlib
import heapq
import shutil
import string
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.scoring import BM25F

from kbassist.content.folder import Content
from kbassist.content.synonyms import SYNONYMS_FILE, load_synonyms
from kbassist.paths import cache_dir
from kbassist.problems import ProblemList
from kbassist.search.analysis import (
    MAX_BODY_PREFIX,
    MAX_PREFIX,
    SEGMENTER,
    fold,
    is_cjk,
    matcher,
    stem,
)
from kbassist.search.query import (
    AnyOf,
    ParsedQuery,
    QueryBuilder,
    QueryPlan,
    Synonyms,
    Word,
    corrected_text,
    edits1,
    filter_query,
    kind_value,
    parse,
)
from kbassist.search.schema import FILE_KIND, KINDS, FileState
from kbassist.search.snippets import snippet
from kbassist.search.store import (
    SETTINGS_FILE,
    IndexDamagedError,
    IndexStore,
    Progress,
    UpdateReport,
    apply_changes,
    find_changes,
    full_build,
    item_count,
    read_manifest,
    timed,
)

__all__ = ["Hit", "SearchIndex", "SearchResult", "UpdateReport"]

# Fewer hits than this and the query is retried with spelling corrections.
LITTLE = 3
# How much a hit in the agent's own language gains: enough to win a close call only.
PREFERRED_LANGUAGE_BOOST = 1.25
PREFERENCE_POOL = 40
# Another process may have changed the index; look at most this often (seconds).
FRESHNESS_INTERVAL = 0.25
LOCK_TIMEOUT = 120.0
ASCII_ALPHABET = string.ascii_lowercase + string.digits
# Past this many postings, a query looks at the short fields first (see _run).
POSTINGS_BUDGET = 1200
TIERS = (
    frozenset(("title", "tags", "pre_title")),
    frozenset(("title", "tags", "pre_title", "summary", "headings", "pre_head")),
)
# Words in these fields are what spelling corrections may suggest.
SPELLING_FIELDS = ("title", "body")
WEIGHTING = BM25F(B=0.75, K1=1.2, title_B=0.5, tags_B=0.3, category_B=0.3, headings_B=0.5)


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

    def as_dict(self) -> dict[str, Any]:
        """The JSON form used by `kbassist search --json`."""
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "summary": self.summary,
            "score": round(self.score, 4),
            "path": self.path,
            "language": self.language,
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class SearchResult:
    """Hits best first, how many matched in all, and a corrected query when words were unknown."""

    hits: list[Hit]
    total: int
    suggestion: str | None
    query: str


@dataclass
class _Snapshot:
    """A searcher on one version of the index, with caches that are valid for it only."""

    folder: str
    searcher: Any
    filters: dict[tuple[tuple[str, tuple[str, ...]], ...], set[int]] = field(default_factory=dict)
    stems: frozenset[str] | None = None
    alphabet: str = ""


class SearchIndex:
    """The search index of one content folder. search() may run while update() runs elsewhere."""

    def __init__(self, store: IndexStore, *, procs: int = 2, lock_timeout: float = LOCK_TIMEOUT):
        self.store = store
        self.content_root = store.content_root
        self.procs = procs
        self.lock_timeout = lock_timeout
        # Queries with more postings than this rank the short fields first (see _run).
        self.postings_budget = POSTINGS_BUDGET
        # Set when open() had to build the index (missing, damaged or from an older version).
        self.open_report: UpdateReport | None = None
        self._snapshot: _Snapshot | None = None
        self._checked = 0.0
        self._stale = True
        self._read_lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._manifest: tuple[tuple[str, int], dict[str, FileState]] | None = None
        self._synonyms = Synonyms()
        self._builder = QueryBuilder(self._synonyms)

    @classmethod
    def open(
        cls,
        content_root: Path,
        cache_root: Path | None = None,
        *,
        procs: int = 2,
        lock_timeout: float = LOCK_TIMEOUT,
    ) -> SearchIndex:
        """Open the index of content_root, building it first when missing, damaged or outdated."""
        root = content_root.expanduser().resolve()
        store = IndexStore(root, cache_root if cache_root is not None else cache_dir() / "index")
        index = cls(store, procs=procs, lock_timeout=lock_timeout)
        index.load_synonyms()
        name = store.pointer()
        try:
            if name is None:
                raise IndexDamagedError("no index yet")
            ix = store.open(name)
        except IndexDamagedError:
            index.open_report = index._ensure_built()
        else:
            # Checked just now: the first search need not open and check it again.
            index._snapshot = _Snapshot(name, ix.searcher(weighting=WEIGHTING))
            index._checked = time.monotonic()
            index._stale = False
        return index

    def load_synonyms(self, content: Content | None = None) -> None:
        """Read the synonym groups (from content when given, else synonyms.txt)."""
        if content is not None:
            groups = content.synonyms
        else:
            groups = load_synonyms(self.content_root / SYNONYMS_FILE, ProblemList())
        self._synonyms = Synonyms.from_groups(groups)
        self._builder = QueryBuilder(self._synonyms)

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
        self, content: Content | None = None, progress: Progress | None = None
    ) -> UpdateReport:
        """Re-index the files added, changed or removed since the last update."""
        start = time.perf_counter()
        if content is not None:
            self.load_synonyms(content)
        else:
            self.load_synonyms()
        with self._write_lock, self.store.write_lock(self.lock_timeout):
            name = self.store.pointer()
            try:
                if name is None:
                    raise IndexDamagedError("no index yet")
                ix = self.store.open(name, check=False)
                manifest = self._read_manifest(name, ix)
            except IndexDamagedError:
                return self._rebuild_locked(content, progress)
            changes = find_changes(self.content_root, manifest)
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
        name, ix = self.store.create()
        try:
            count, files = full_build(ix, self.content_root, content, progress, self.procs)
            generation = ix.latest_generation()
            self.store.save_manifest(name, generation, files)
            self.store.publish(name)
        except BaseException:
            shutil.rmtree(self.store.folder / name, ignore_errors=True)
            raise
        self._manifest = ((name, generation), files)
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
                self._snapshot = _Snapshot(name, ix.searcher(weighting=WEIGHTING))
                if snap is not None:
                    snap.searcher.close()
        except Exception:  # damaged or removed under us: keep the last good searcher
            self._stale = True
        return self._snapshot

    def warm_up(self) -> None:
        """Load what the first search would otherwise wait for: the searcher, the word list for
        spelling corrections, and the Chinese dictionary when the index holds Chinese."""
        with self._read_lock:
            snap = self._current()
            if snap is None:
                return
            self._stems(snap)
            if snap.searcher.reader().doc_frequency("lang", "zh"):
                SEGMENTER.words("中文")

    def close(self) -> None:
        """Release the searcher's files."""
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
    ) -> SearchResult:
        """Ranked hits for what the agent typed; bad input gives fewer hits, never an error."""
        parsed = parse(query)
        filters = dict(parsed.filters)
        if kind:
            wanted = kind_value(kind)
            if wanted is None:
                return SearchResult([], 0, None, query)
            filters["kind"] = (*filters.get("kind", ()), wanted)
        if lang and fold(lang.strip()):
            filters["lang"] = (*filters.get("lang", ()), fold(lang.strip()))
        parsed = ParsedQuery(parsed.text, parsed.words, parsed.phrases, filters)
        if limit <= 0 or parsed.empty:
            return SearchResult([], 0, None, query)
        with self._read_lock:
            snap = self._current()
            if snap is None:
                return SearchResult([], 0, None, query)
            return self._search(snap, parsed, query, limit, prefer_language)

    def _search(
        self,
        snap: _Snapshot,
        parsed: ParsedQuery,
        query: str,
        limit: int,
        prefer: str | None,
    ) -> SearchResult:
        allowed = self._allowed(snap, parsed.filters)
        fetch = max(limit, PREFERENCE_POOL) if prefer else limit

        def loose(word: Word) -> bool:
            if word.cjk:
                return False
            return not word.raw.isascii() or not self._known(snap, word)

        def run(q: wq.Query) -> Ranked:
            return self._run(snap, q, fetch, allowed)

        if not parsed.words and not parsed.phrases:
            plan = QueryPlan([AnyOf([wq.Term("kind", k) for k in KINDS])])
        else:
            plan = self._builder.plan(parsed, {}, loose)
        results = run(plan.strict())
        suggestion = None
        if len(results.hits) < LITTLE:
            corrections = self._corrections(snap, parsed)
            if corrections:
                fixed_plan = self._builder.plan(parsed, corrections, loose)
                fixed = run(fixed_plan.strict())
                if len(fixed.hits) > len(results.hits):
                    # Only a correction that finds more is worth suggesting.
                    plan, results = fixed_plan, fixed
                    best = {word: found[0] for word, found in corrections.items()}
                    suggestion = corrected_text(parsed.text, parsed.all_words(), best)
        if not results.hits and len(plan.groups) > 1:
            results = run(plan.relaxed())
        hits = self._hits(snap, results, plan, limit, prefer)
        return SearchResult(hits, results.total, suggestion, query)

    def _run(self, snap: _Snapshot, q: wq.Query, fetch: int, allowed: set[int] | None) -> Ranked:
        """Top documents for q, without scoring thousands of documents per keystroke.

        When q's postings are many, the short fields are searched first (titles and tags,
        then summaries and headings too); if they give enough hits, only those are ranked,
        each with the score of its other fields added by skipping through their postings.
        """
        searcher = snap.searcher
        reader = searcher.reader()
        terms = _terms(q)
        cost = _cost(reader, q)
        budget = self.postings_budget
        if cost > budget:
            for tier in TIERS:
                short = _within(q, tier)
                if short is None:
                    continue
                matched = _all_scores(searcher, short)
                if matched is not None:
                    if allowed is not None:
                        matched = {d: s for d, s in matched.items() if d in allowed}
                    if len(matched) < fetch:
                        continue
                    total = len(matched)
                    best = heapq.nsmallest(fetch * 3, matched.items(), key=_best_first)
                    scores = dict(best)
                else:
                    found = searcher.search(short, limit=fetch * 3, filter=allowed, terms=False)
                    if found.scored_length() < fetch:
                        continue
                    total = _count(found)
                    scores = {hit.docnum: hit.score for hit in found}
                rest = [t for t in terms if t[0] not in tier]
                for docnum, extra in _scores_for(searcher, scores, rest).items():
                    scores[docnum] += extra
                ranked = sorted(scores.items(), key=_best_first)
                return Ranked(ranked[:fetch], total)
        # Within budget, top-k skipping saves little and would cost a second pass to count.
        found = searcher.search(q, limit=fetch, filter=allowed, terms=False, optimize=cost > budget)
        return Ranked([(hit.docnum, hit.score) for hit in found], _count(found))

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

    def _hits(
        self, snap: _Snapshot, results: Ranked, plan: QueryPlan, limit: int, prefer: str | None
    ) -> list[Hit]:
        scored = []
        for docnum, raw_score in results.hits:
            fields = snap.searcher.stored_fields(docnum)
            if fields.get("kind") == FILE_KIND:
                continue
            data = fields.get("data") or {}
            language = str(data.get("language", ""))
            score = float(raw_score)
            if prefer and language and _primary(language) == _primary(prefer):
                score *= PREFERRED_LANGUAGE_BOOST
            scored.append((score, fields, data, language))
        scored.sort(key=lambda s: -s[0])
        matches = matcher(plan.exact, plan.stems, plan.starts)
        cjk_terms = sorted({t for t in plan.exact | plan.stems if is_cjk(t)}, key=len)[::-1]
        hits = []
        for score, fields, data, language in scored[:limit]:
            tags = tuple(data.get("tags", ()))
            texts = (fields.get("body", ""), fields.get("summary", ""), fields.get("title", ""))
            hits.append(
                Hit(
                    id=fields["id"],
                    kind=fields["kind"],
                    title=fields.get("title", ""),
                    summary=fields.get("summary", ""),
                    score=score,
                    path=str(self.content_root / fields.get("file", "")),
                    language=language,
                    snippet=snippet((*texts, ", ".join(tags)), matches, cjk_terms),
                    tags=tags,
                    category=str(data.get("category", "")),
                )
            )
        return hits

    # Words: known forms, corrections

    def _known(self, snap: _Snapshot, word: Word) -> bool:
        """The index holds the word (by its stem) or, while it is typed, words it begins."""
        reader = snap.searcher.reader()
        if is_cjk(word.folded) or _frequency(reader, word.term):
            return True
        return word.prefix and bool(
            reader.doc_frequency("pre_title", word.folded[:MAX_PREFIX])
            or reader.doc_frequency("pre_head", word.folded[:MAX_PREFIX])
            or reader.doc_frequency("pre_body", word.folded[:MAX_BODY_PREFIX])
        )

    def _corrections(self, snap: _Snapshot, parsed: ParsedQuery) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for word in parsed.all_words():
            if not word.correctable or self._known(snap, word):
                continue
            stems, alphabet = self._stems(snap)
            letters = ASCII_ALPHABET if word.folded.isascii() else alphabet
            # A candidate is a word form whose stem the index holds: "refnud" -> "refund".
            candidates = {c for c in edits1(word.folded, letters) if stem(c) in stems}
            if candidates:
                reader = snap.searcher.reader()
                ranked = sorted(candidates, key=lambda c: (-_frequency(reader, stem(c)), c))
                found[word.folded] = ranked[:3]
        return found

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
class Ranked:
    """Document numbers with scores, best first, and how many documents matched."""

    hits: list[tuple[int, float]]
    total: int


def _terms(q: wq.Query) -> list[tuple[str, str, float]]:
    """(field, text, boost) of every single-term query inside q."""
    if isinstance(q, wq.Term):
        return [(q.fieldname, q.text, q.boost)]
    if isinstance(q, wq.compound.CompoundQuery):
        return [t for sub in q.subqueries for t in _terms(sub)]
    return []


def _cost(reader: Any, q: wq.Query) -> int:
    """How many postings matching q reads: a phrase reads those of each of its words."""
    if isinstance(q, wq.Term):
        return int(reader.doc_frequency(q.fieldname, q.text))
    if isinstance(q, wq.Phrase):
        return sum(int(reader.doc_frequency(q.fieldname, w)) for w in q.words)
    if isinstance(q, wq.compound.CompoundQuery):
        return sum(_cost(reader, sub) for sub in q.subqueries)
    return 0


def _within(q: wq.Query, fields: frozenset[str]) -> wq.Query | None:
    """q restricted to fields; None when a required part cannot match in them."""
    if isinstance(q, (wq.Term, wq.Phrase)):
        return q if q.fieldname in fields else None
    if isinstance(q, wq.Or):
        subs = [s for s in (_within(sub, fields) for sub in q.subqueries) if s is not None]
        return AnyOf(subs, boost=q.boost, scale=q.scale) if subs else None
    if isinstance(q, wq.And):
        subs = [_within(sub, fields) for sub in q.subqueries]
        if any(s is None for s in subs):
            return None
        return wq.And([s for s in subs if s is not None], boost=q.boost)
    return q


def _best_first(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]


def _all_scores(searcher: Any, q: wq.Query) -> dict[int, float] | None:
    """The score of every document matching q, or None when q has parts this cannot add up.

    Used on the short fields, where a query of many synonyms matches a few thousand
    documents: adding up each term's postings is several times faster than Whoosh's tree of
    union matchers, and exact, where Whoosh's top-k skipping can drop a better document.
    """
    found: dict[int, float] = {}
    for sub, offset in searcher.leaf_searchers():
        context = searcher.context(needs_current=True, weighting=searcher.weighting)
        part = _leaf_scores(sub, q, context)
        if part is None:
            return None
        found.update((docnum + offset, score) for docnum, score in part.items())
    return found


def _leaf_scores(
    sub: Any, q: wq.Query, context: Any, only: list[int] | None = None
) -> dict[int, float] | None:
    """_all_scores within one segment: sums as Whoosh's union and intersection matchers do.

    With only (document numbers in order), just those documents are looked up.
    """
    if isinstance(q, (wq.Term, wq.Phrase)):
        matcher = q.matcher(sub, context)
        scores: dict[int, float] = {}
        if only is None:
            while matcher.is_active():
                scores[matcher.id()] = matcher.score()
                matcher.next()
            return scores
        for docnum in only:
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
            if matcher.is_active() and matcher.id() == docnum:
                scores[docnum] = matcher.score()
        return scores
    if isinstance(q, wq.Or) and not q.scale:
        total: dict[int, float] = {}
        for part in (_leaf_scores(sub, s, context, only) for s in q.subqueries):
            if part is None:
                return None
            for docnum, score in part.items():
                total[docnum] = total.get(docnum, 0.0) + score
    elif isinstance(q, wq.And) and q.subqueries:
        found = _intersection(sub, q.subqueries, context, only)
        if found is None:
            return None
        total = found
    else:
        return None
    if q.boost != 1.0:
        total = {docnum: score * q.boost for docnum, score in total.items()}
    return total


def _intersection(
    sub: Any, subqueries: list[wq.Query], context: Any, only: list[int] | None
) -> dict[int, float] | None:
    """Documents matching every subquery, with their summed scores.

    The subquery with the fewest postings is scored first; the others are only looked up for
    the documents it found, as Whoosh's intersection skips to the rarest word. Scores are
    added in the query's order, so they equal Whoosh's to the last bit.
    """
    reader = sub.reader()
    order = sorted(range(len(subqueries)), key=lambda i: _cost(reader, subqueries[i]))
    parts: dict[int, dict[int, float]] = {}
    for i in order:
        part = _leaf_scores(sub, subqueries[i], context, only)
        if part is None:
            return None
        parts[i] = part
        if not part:
            return {}
        only = sorted(part)
    candidates = only or []
    return {d: _left_sum(parts[i][d] for i in range(len(subqueries))) for d in candidates}


def _left_sum(scores: Iterator[float]) -> float:
    total = next(scores)
    for score in scores:
        total += score
    return total


def _scores_for(
    searcher: Any, scores: dict[int, float], terms: list[tuple[str, str, float]]
) -> dict[int, float]:
    """The score of terms for a few documents, found by skipping through the postings."""
    extra = dict.fromkeys(scores, 0.0)
    wanted = sorted(scores)
    for sub, offset in searcher.leaf_searchers():
        local = [d - offset for d in wanted if offset <= d < offset + sub.doc_count_all()]
        if not local:
            continue
        for fieldname, text, boost in terms:
            if (fieldname, text) not in sub.reader():
                continue
            matcher = sub.postings(fieldname, text)
            scorer = WEIGHTING.scorer(sub, fieldname, text)
            for docnum in local:
                if not matcher.is_active():
                    break
                if matcher.id() < docnum:
                    matcher.skip_to(docnum)
                if matcher.is_active() and matcher.id() == docnum:
                    extra[docnum + offset] += boost * scorer.score(matcher)
    return extra


def _count(found: Any) -> int:
    """How many documents matched: counted when the search did, else estimated, since
    counting would take a second pass over many postings."""
    if found.has_exact_length():
        return len(found)
    return max(int(found.estimated_min_length()), int(found.scored_length()))


def _frequency(reader: Any, term: str) -> int:
    """In how many documents the term is in a title or body."""
    return int(sum(reader.doc_frequency(f, term) for f in SPELLING_FIELDS))


def _primary(language: str) -> str:
    return language.strip().lower().split("-")[0]
