"""Ranking: every document matching any query word, scored by its best field and its coverage.

A caller's question rarely uses all of an article's words, and an article rarely uses all of
the caller's. So no word is required (quoted phrases and filters are): each query word is a
*group* of alternatives (its stem, the word being typed as a prefix, synonyms, a compound,
spelling corrections), a group scores a document by its best field (DisjunctionMax: the best
field plus a small share of the others, never a sum over fields), and the sum over groups is
multiplied by the document's *coverage*: the share of the query's information (IDF, and
how topical each word is) it matches, a strong match counting more than a passing one. A
document matching the two rare words of a question beats one that repeats its commonest
word in every field.

Scores are computed from the postings directly, with each term's per-field scores cached
per searcher, which is several times faster than Whoosh's tree of matchers per keystroke.
"""

from __future__ import annotations

import bisect
import math
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, Generic, TypeVar

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

from kbassist.search.schema import SectionSpan

# BM25 per field: weight, and how much the field's length matters (b).
K1 = 1.2
FIELD_WEIGHTS: dict[str, tuple[float, float]] = {
    "title": (2.6, 0.7),
    "questions": (2.2, 0.3),
    "tags": (1.5, 0.3),
    "summary": (1.6, 0.5),
    "headings": (1.3, 0.5),
    "body": (1.0, 0.75),
    # Prefixes of the word being typed, by where the word stands.
    "pre_title": (2.2, 0.3),
    "pre_head": (1.3, 0.5),
    "pre_body": (0.8, 0.75),
}
# A query word in a section's heading counts this much more than one in its text.
SECTION_HEADING_WEIGHT = 1.5
SECTION_B = 0.75
# Labels are there or not: three tags (or questions) that all say "refund" say it once.
BINARY_FIELDS = frozenset(("questions", "tags", "pre_title", "pre_head", "pre_body"))
TEXT_FIELDS = ("title", "questions", "tags", "summary", "headings", "body")
PREFIX_FIELDS = ("pre_title", "pre_head", "pre_body")
SHORT_PREFIX_FIELDS = ("pre_title",)
# DisjunctionMax: the best field counts whole, the others this much.
TIE_BREAK = 0.3
COVERAGE_POWER = 1.0
MIN_IDF = 0.01
# A word callers use to name a topic shows up in titles, tags and headings; one found
# only in bodies ("never", "came") is how people talk, not what they ask about. A group's
# weight is its IDF times a share of this floor and its topicality.
TOPICAL_FLOOR = 0.5
LABEL_FIELDS = ("title", "questions", "tags", "headings")
# How strongly a group must match to count whole in coverage: a word in a title counts
# nearly whole, one mention deep in a long body only partly, so a long document does not
# "cover" a question just by containing its words somewhere.
COVERAGE_SATURATION = 1.0
# Cached (field, term) postings and whole query groups per searcher.
CACHE_TERMS = 4096
CACHE_GROUPS = 512
# At most this many cached (document, score) entries in all, about 100 bytes each: common
# words of a large index hold thousands, and memory must stay bounded.
CACHE_ENTRIES = 600_000
# Documents scored in full per keystroke at most (see rank).
CANDIDATE_BUDGET = 4000

Scores = dict[int, float]
# An alternative of several words that must all be there, in any order (a synonym span);
# other alternatives of several words are phrases.
ALL_WORDS = "words"


@dataclass(frozen=True)
class Alternative:
    """One way a query group can match: a term (or a phrase) in some fields, with a weight."""

    terms: tuple[str, ...]
    fields: tuple[str, ...]
    weight: float = 1.0
    # What kind of alternative this is, for --explain and the "did you mean" decision.
    how: str = "word"


@dataclass
class Group:
    """A query word (or a synonym span, or a quoted phrase) and the ways it can match."""

    label: str
    alternatives: list[Alternative]
    # Quoted phrases must match; other groups only add.
    required: bool = False
    # Counted in coverage: not for a one-to-three-letter prefix, which only adds score.
    counts: bool = True
    # Index terms whose positions stand for this group when measuring proximity.
    anchor_terms: tuple[str, ...] = ()


@dataclass
class GroupMatch:
    """How one group matched one document (kept for the top hits, for --explain)."""

    label: str
    score: float
    how: str
    fields: dict[str, float]


@dataclass
class Ranked:
    """A scored document: total score and its parts."""

    docnum: int
    score: float
    base: float
    coverage: float
    matches: list[GroupMatch] = field(default_factory=list)
    proximity: float = 0.0
    exact: float = 0.0
    section: float = 0.0
    # The best section's document, when the article has sections that match.
    section_doc: int | None = None
    language_boost: float = 1.0


K = TypeVar("K")
V = TypeVar("V")


class SizedCache(Generic[K, V]):
    """Least recently used entries, bounded by their count and by their total size."""

    def __init__(self, max_items: int, max_size: int) -> None:
        self.max_items = max_items
        self.max_size = max_size
        self.size = 0
        self._entries: OrderedDict[K, tuple[V, int]] = OrderedDict()

    def get(self, key: K) -> V | None:
        """The value, now the most recently used; None when absent."""
        found = self._entries.get(key)
        if found is None:
            return None
        self._entries.move_to_end(key)
        return found[0]

    def put(self, key: K, value: V, size: int) -> None:
        """Keep value, dropping the least recently used entries while over a bound."""
        old = self._entries.pop(key, None)
        if old is not None:
            self.size -= old[1]
        self._entries[key] = (value, size)
        self.size += size
        while self._entries and (len(self._entries) > self.max_items or self.size > self.max_size):
            _key, (_value, dropped) = self._entries.popitem(last=False)
            self.size -= dropped

    def __len__(self) -> int:
        return len(self._entries)


def postings_blocks(
    reader: Any, fieldname: str, term: str
) -> Iterator[tuple[Sequence[int], Sequence[float]]]:
    """The postings of a term as (document numbers, term frequencies), a block at a time.

    Whoosh's matcher API costs several method calls per posting; its on-disk blocks already
    hold arrays of both, so reading them whole is several times faster on common words.
    Deleted documents are left out, as the matcher would.
    """
    for leaf, offset in reader.leaf_readers():
        if (fieldname, term) not in leaf:
            continue
        matcher = leaf.postings(fieldname, term)
        deleted: frozenset[int] | set[int] = frozenset()
        if isinstance(matcher, FilterMatcher):
            deleted, matcher = matcher._ids, matcher.child
        if not isinstance(matcher, W3LeafMatcher):
            items = list(matcher.items_as("weight"))
            yield [d + offset for d, _ in items], [w for _, w in items]
            continue
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            ids, weights = matcher._ids, matcher._weights
            if deleted:
                kept = [n for n, d in enumerate(ids) if d not in deleted]
                ids, weights = [ids[n] for n in kept], [weights[n] for n in kept]
            yield ([d + offset for d in ids] if offset else ids), weights
            matcher._next_block()


class FieldStats:
    """Document counts and field lengths of one searcher, read once."""

    def __init__(self, searcher: Any, documents: int) -> None:
        self.reader = searcher.reader()
        self.documents = max(documents, 1)
        self._lengths: dict[str, list[int]] = {}
        self._average: dict[str, float] = {}

    def lengths(self, fieldname: str) -> list[int]:
        """The length of fieldname in every document, by document number."""
        found = self._lengths.get(fieldname)
        if found is None:
            reader = self.reader
            found = [
                reader.doc_field_length(d, fieldname, 0) or 0 for d in range(reader.doc_count_all())
            ]
            self._lengths[fieldname] = found
            # Deleted documents (an edited article's old version) keep their lengths in
            # Whoosh until a merge: leave them out of the average.
            live = (
                [n for d, n in enumerate(found) if n and not reader.is_deleted(d)]
                if reader.has_deletions()
                else [n for n in found if n]
            )
            self._average[fieldname] = sum(live) / len(live) if live else 1.0
        return found

    def average(self, fieldname: str) -> float:
        """Mean length of fieldname over the documents that have it."""
        self.lengths(fieldname)
        return self._average[fieldname]

    def idf(self, matching: int) -> float:
        """BM25's inverse document frequency for a group matching this many documents."""
        n = self.documents
        # Never below a small positive weight: a word in every document still counts a bit,
        # and a negative weight would turn the ranking upside down.
        return max(MIN_IDF, math.log(1.0 + (n - matching + 0.5) / (matching + 0.5)))


class Scorer:
    """Per-term, per-field scores from the postings of one searcher, cached."""

    def __init__(self, searcher: Any, documents: int) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.stats = FieldStats(searcher, documents)
        self._cache: SizedCache[tuple[str, str], Scores] = SizedCache(CACHE_TERMS, CACHE_ENTRIES)
        self._phrases: SizedCache[tuple[str, tuple[str, ...]], Scores] = SizedCache(
            CACHE_TERMS, CACHE_ENTRIES // 4
        )
        self._positions: dict[tuple[str, str], dict[int, list[int]]] = {}
        # Whole groups: the words typed so far are scored again on every keystroke.
        self.groups: SizedCache[tuple[Any, ...], GroupScores] = SizedCache(
            CACHE_GROUPS, CACHE_ENTRIES
        )

    def frequency(self, fieldname: str, term: str) -> int:
        """Live documents holding term in fieldname (Whoosh's own count keeps deleted ones
        until a merge, which made common words look commoner than every document)."""
        if (fieldname, term) not in self.reader:
            return 0
        return len(self.field_scores(fieldname, term))

    def field_scores(self, fieldname: str, term: str) -> Scores:
        """BM25's saturated term frequency of term in fieldname, for every document with it."""
        key = (fieldname, term)
        found = self._cache.get(key)
        if found is not None:
            return found
        found = {}
        if (fieldname, term) in self.reader:
            lengths = self.stats.lengths(fieldname)
            average = self.stats.average(fieldname)
            _, b = FIELD_WEIGHTS[fieldname]
            norm_a, norm_b = K1 * (1 - b), K1 * b / average
            saturated = K1 + 1
            for ids, weights in postings_blocks(self.reader, fieldname, term):
                if fieldname in BINARY_FIELDS:
                    found.update({d: saturated / (1.0 + norm_a + norm_b * lengths[d]) for d in ids})
                else:
                    found.update(
                        {
                            d: tf * saturated / (tf + norm_a + norm_b * lengths[d])
                            for d, tf in zip(ids, weights, strict=True)
                        }
                    )
        self._cache.put(key, found, len(found))
        return found

    def phrase_scores(self, fieldname: str, terms: tuple[str, ...]) -> Scores:
        """Documents with the terms next to each other in fieldname (score as a term's)."""
        key = (fieldname, terms)
        found = self._phrases.get(key)
        if found is not None:
            return found
        from whoosh import query as wq

        found = {}
        if all((fieldname, t) in self.reader for t in terms):
            matcher = wq.Phrase(fieldname, list(terms)).matcher(self.searcher)
            lengths = self.stats.lengths(fieldname)
            average = self.stats.average(fieldname)
            _, b = FIELD_WEIGHTS[fieldname]
            while matcher.is_active():
                docnum = matcher.id()
                found[docnum] = (K1 + 1) / (1 + K1 * (1 - b + b * lengths[docnum] / average))
                matcher.next()
        self._phrases.put(key, found, len(found))
        return found

    def positions(self, fieldname: str, term: str, docnums: list[int]) -> dict[int, list[int]]:
        """Word positions of term in fieldname for those of docnums that hold it.

        Only documents the term's postings list are looked up, and what was read is kept,
        so the next keystroke of the same question reads nothing again.
        """
        holding = self.field_scores(fieldname, term)
        wanted = sorted(d for d in docnums if d in holding)
        key = (fieldname, term)
        known = self._positions.get(key)
        if known is None:
            known = self._positions[key] = {}
            if len(self._positions) > CACHE_TERMS:
                self._positions.pop(next(iter(self._positions)))
        missing = [d for d in wanted if d not in known]
        if missing:
            matcher = self.reader.postings(fieldname, term)
            for docnum in missing:
                if not matcher.is_active():
                    break
                if matcher.id() < docnum:
                    matcher.skip_to(docnum)
                if matcher.is_active() and matcher.id() == docnum:
                    known[docnum] = list(matcher.value_as("positions"))
        return {d: known[d] for d in wanted if d in known}

    def alternative_fields(self, alt: Alternative) -> dict[str, Scores]:
        """The weighted per-field scores of one alternative."""
        out: dict[str, Scores] = {}
        for fieldname in alt.fields:
            weight = FIELD_WEIGHTS[fieldname][0] * alt.weight
            if len(alt.terms) == 1:
                raw = self.field_scores(fieldname, alt.terms[0])
            else:
                raw = self.phrase_scores(fieldname, alt.terms)
            if raw:
                out[fieldname] = {d: s * weight for d, s in raw.items()} if weight != 1 else raw
        return out


@dataclass
class GroupScores:
    """A group's score in every document it matches, and its information weight."""

    group: Group
    scores: Scores
    idf: float
    # Per document: which alternative won and its per-field scores (only kept on request).
    best: dict[int, tuple[Alternative, dict[str, float]]]
    # Per document: how much of the group's weight it covers (matched strongly: nearly all).
    coverage: Scores = field(default_factory=dict)
    # The scores and coverage as arrays (document numbers, scores, coverage), made once.
    _arrays: tuple[Any, Any, Any] | None = None

    def arrays(self) -> tuple[Any, Any, Any]:
        """Document numbers, weighted scores and coverage (zeros when not counted), as arrays."""
        if self._arrays is None:
            import numpy as np

            count = len(self.scores)
            ids = np.fromiter(self.scores.keys(), dtype=np.int64, count=count)
            values = np.fromiter(self.scores.values(), dtype=np.float64, count=count)
            coverage = (
                np.fromiter((self.coverage[d] for d in self.scores), dtype=np.float64, count=count)
                if self.coverage
                else np.zeros(count)
            )
            self._arrays = (ids, values, coverage)
        return self._arrays


def score_group(scorer: Scorer, group: Group, explain_docs: set[int] | None = None) -> GroupScores:
    """DisjunctionMax over fields for each alternative, then the best alternative per document."""
    key = (tuple(group.alternatives), group.counts, group.required)
    if explain_docs is None:
        cached = scorer.groups.get(key)
        if cached is not None:
            return replace(cached, group=group)
    scores: Scores = {}
    best: dict[int, tuple[Alternative, dict[str, float]]] = {}
    for alt in group.alternatives:
        if alt.how == ALL_WORDS and len(alt.terms) > 1:
            # The words of a synonym span in any order and any fields: every one is needed.
            per_word = [
                _dismax(scorer.alternative_fields(replace(alt, terms=(term,))))
                for term in alt.terms
            ]
            shared = set.intersection(*(set(w) for w in per_word))
            values = {d: sum(w[d] for w in per_word) / len(per_word) for d in shared}
            per_field = scorer.alternative_fields(replace(alt, terms=alt.terms[:1]))
        else:
            per_field = scorer.alternative_fields(alt)
            values = _dismax(per_field)
        if not scores:
            scores = dict(values)
            if explain_docs is not None:
                for docnum in explain_docs & values.keys():
                    best[docnum] = (
                        alt,
                        {f: s[docnum] for f, s in per_field.items() if docnum in s},
                    )
            continue
        for docnum, value in values.items():
            if value > scores.get(docnum, 0.0):
                scores[docnum] = value
                if explain_docs is not None and docnum in explain_docs:
                    best[docnum] = (
                        alt,
                        {f: s[docnum] for f, s in per_field.items() if docnum in s},
                    )
    idf = group_weight(scorer, group, len(scores))
    weighted = {d: s * idf for d, s in scores.items()}
    coverage = (
        {d: idf * s / (s + COVERAGE_SATURATION) for d, s in scores.items()} if group.counts else {}
    )
    found = GroupScores(group, weighted, idf, best, coverage)
    if explain_docs is None:
        found.arrays()  # made once, kept with the cached group
        scorer.groups.put(key, found, 2 * len(weighted))
    return found


def _dismax(per_field: dict[str, Scores]) -> Scores:
    """Per document: its best field's score plus a share of the others'."""
    if len(per_field) == 1:
        return next(iter(per_field.values()))
    top: Scores = {}
    total: Scores = {}
    for field_scores in per_field.values():
        for docnum, value in field_scores.items():
            if docnum in top:
                total[docnum] += value
                if value > top[docnum]:
                    top[docnum] = value
            else:
                top[docnum] = total[docnum] = value
    return {d: best + TIE_BREAK * (total[d] - best) for d, best in top.items()}


def group_weight(scorer: Scorer, group: Group, matching: int) -> float:
    """A group's information: the IDF of the word itself (its synonyms and prefixes would
    make every group look common), scaled by how topical the word is in this content."""
    main = group.alternatives[0] if group.alternatives else None
    if main is None or len(main.terms) != 1 or not set(main.fields) & set(TEXT_FIELDS):
        return scorer.stats.idf(matching)
    term = main.terms[0]
    short = max(scorer.frequency(f, term) for f in LABEL_FIELDS)
    everywhere = max(short, scorer.frequency("body", term))
    if not everywhere:
        return scorer.stats.idf(matching)
    topical = short / everywhere
    return scorer.stats.idf(everywhere) * (TOPICAL_FLOOR + (1 - TOPICAL_FLOOR) * math.sqrt(topical))


def rank(
    scorer: Scorer, groups: list[Group], allowed: set[int] | None, keep: int
) -> tuple[list[Ranked], int, list[GroupScores]]:
    """The best `keep` documents matching the query, the number matching, and the groups.

    Candidates come from the rarest groups first; once there are CANDIDATE_BUDGET of them,
    the commonest words (which match most documents and weigh least) only add to the
    candidates' scores, so a keystroke never walks every document of a large index. The
    sums run over arrays (a caller's sentence has a dozen words, each matching thousands of
    documents of a large index): the same additions in the same order as per document.
    """
    import numpy as np

    scored = [score_group(scorer, g) for g in groups]
    size = scorer.reader.doc_count_all()
    arrays = [s.arrays() for s in scored]
    required = [n for n, s in enumerate(scored) if s.group.required]
    if allowed is not None:
        permitted = np.zeros(size, dtype=bool)
        permitted[np.fromiter(allowed, dtype=np.int64, count=len(allowed))] = True
    if required:
        candidates = np.ones(size, dtype=bool)
        for n in required:
            candidates &= _mask(arrays[n][0], size)
        every = candidates
    else:
        candidates = np.zeros(size, dtype=bool)
        count = 0
        for n in sorted(range(len(scored)), key=lambda n: -scored[n].idf):
            if count >= CANDIDATE_BUDGET:
                break
            # Filters first: documents a filter rules out must not use up the budget.
            candidates[arrays[n][0]] = True
            count = int((candidates & permitted).sum() if allowed is not None else candidates.sum())
        every = np.zeros(size, dtype=bool)
        for ids, _values, _coverage in arrays:
            every[ids] = True
    if allowed is not None:
        candidates &= permitted
        every = every & permitted
    matching = int(every.sum())
    # Coverage counts the groups that match something; an unknown word scales every
    # document alike and so would only blur the explanation.
    counted = [s for s in scored if s.group.counts and s.scores]
    information = sum(s.idf for s in counted) or 1.0
    bases = np.zeros(size)
    matched = np.zeros(size)
    for s, (ids, values, coverage) in zip(scored, arrays, strict=True):
        bases += np.bincount(ids, values, minlength=size)
        if s.coverage:
            matched += np.bincount(ids, coverage, minlength=size)
    found = np.flatnonzero(candidates)
    final = (
        bases[found] * (matched[found] / information) ** COVERAGE_POWER if counted else bases[found]
    )
    if len(found) > keep:
        # The keep best, and every document tied with the last of them (order by docnum).
        cut = np.partition(final, len(final) - keep)[len(final) - keep]
        chosen = final >= cut
        found, final = found[chosen], final[chosen]
    order = np.lexsort((found, -final))[:keep]
    top = [
        Ranked(
            int(found[n]),
            float(final[n]),
            float(bases[found[n]]),
            float(matched[found[n]] / information) if counted else 1.0,
        )
        for n in order
    ]
    return top, matching, scored


def _mask(ids: Any, size: int) -> Any:
    import numpy as np

    mask = np.zeros(size, dtype=bool)
    mask[ids] = True
    return mask


def explain_matches(scorer: Scorer, groups: list[Group], hits: Iterable[Ranked]) -> None:
    """Fill in each hit's per-group matches (which alternative, which fields)."""
    hits = list(hits)
    wanted = {h.docnum for h in hits}
    detailed = [score_group(scorer, g, wanted) for g in groups]
    for hit in hits:
        for s in detailed:
            if hit.docnum in s.best:
                alt, fields = s.best[hit.docnum]
                hit.matches.append(
                    GroupMatch(
                        s.group.label,
                        round(s.scores[hit.docnum], 4),
                        f"{alt.how}: {' '.join(alt.terms)}",
                        {f: round(v * s.idf, 4) for f, v in fields.items()},
                    )
                )


def closeness(
    scorer: Scorer,
    groups: list[Group],
    docnums: list[int],
    fields: tuple[str, ...] = ("title", "questions", "summary", "headings", "body"),
    window: int = 3,
) -> dict[int, float]:
    """Per document, the share of neighbouring query groups found within `window` words."""
    anchored = [g for g in groups if g.anchor_terms and g.counts]
    pairs = len(anchored) - 1
    if pairs < 1 or not docnums:
        return {}
    ordered = sorted(docnums)
    # Per document, which neighbouring pairs are close somewhere (one pair counts once,
    # however many fields it is close in).
    close: dict[int, set[int]] = {d: set() for d in docnums}
    for fieldname in fields:
        where: list[dict[int, list[int]]] = []
        for group in anchored:
            merged: dict[int, list[int]] = {}
            for term in group.anchor_terms:
                for docnum, found in scorer.positions(fieldname, term, ordered).items():
                    merged.setdefault(docnum, []).extend(found)
            where.append(merged)
        for pair, (left, right) in enumerate(pairwise(where)):
            for docnum, first in left.items():
                second = right.get(docnum)
                if second and pair not in close[docnum] and _near(first, second, window):
                    close[docnum].add(pair)
    return {d: len(found) / pairs for d, found in close.items() if found}


def _near(first: list[int], second: list[int], window: int) -> bool:
    a, b = sorted(first), sorted(second)
    i = j = 0
    while i < len(a) and j < len(b):
        if abs(a[i] - b[j]) <= window:
            return True
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return False


@dataclass(frozen=True)
class SectionScore:
    """An article's best section: its number among the article's sections, and its score."""

    index: int
    score: float


def best_sections(
    scorer: Scorer,
    scored: list[GroupScores],
    articles: dict[int, list[SectionSpan]],
) -> dict[int, SectionScore]:
    """For each article document given with its sections, its best-matching section.

    The query's words are counted in each section from the positions the body field
    stores (nothing is indexed twice), scored as BM25 on the section with each group's
    article-level weight, and the section's own coverage applied, so the passage holding
    most of the question wins.
    """
    docnums = sorted(d for d, spans in articles.items() if spans)
    if not docnums:
        return {}
    counted = [s for s in scored if s.group.counts and s.scores]
    information = sum(s.idf for s in counted) or 1.0
    found: dict[int, SectionScore] = {}
    per_group: list[tuple[GroupScores, dict[int, list[int]]]] = []
    for group_scores in scored:
        terms = {
            alt.terms[0]
            for alt in group_scores.group.alternatives
            if set(alt.fields) & set(TEXT_FIELDS)  # prefixes: too vague for a passage
        }
        where: dict[int, list[int]] = {}
        for term in terms:
            for docnum, found_at in scorer.positions("body", term, docnums).items():
                where.setdefault(docnum, []).extend(found_at)
        per_group.append((group_scores, where))
    for docnum in docnums:
        spans = articles[docnum]
        average = max(sum(s.words for s in spans) / len(spans), 1.0)
        best: SectionScore | None = None
        # Each group's positions in order, so a section's count is two binary searches (a
        # long document has dozens of sections and a caller's question a dozen words).
        placed = [(g, sorted(where[docnum])) for g, where in per_group if where.get(docnum)]
        for number, span in enumerate(spans):
            total = matched = 0.0
            end = span.first_word + span.words
            heading_end = span.first_word + span.heading_words
            for group_scores, positions in placed:
                first = bisect.bisect_left(positions, span.first_word)
                count = bisect.bisect_left(positions, end, first) - first
                if not count:
                    continue
                in_heading = bisect.bisect_left(positions, heading_end, first) - first
                tf = count + (SECTION_HEADING_WEIGHT - 1) * in_heading
                norm = K1 * (1 - SECTION_B + SECTION_B * span.words / average)
                total += group_scores.idf * tf * (K1 + 1) / (tf + norm)
                if group_scores.group.counts:
                    matched += group_scores.idf
            if not total:
                continue
            score = total * (matched / information) ** COVERAGE_POWER
            if best is None or score > best.score:
                best = SectionScore(number, score)
        if best is not None:
            found[docnum] = best
    return found
