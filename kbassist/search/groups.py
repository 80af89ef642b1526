"""From a parsed query to ranking groups: what each word may match, and how much it counts.

Function words go (while a content word remains); each remaining word becomes a group of
alternatives: its stem in the text fields; while it is being typed, its prefix (discounted,
and for one to three letters only in titles and tags, adding score without counting in
coverage); its shared beginning in languages without a stemmer; a compound with its
neighbour ("check out" / "checkout"); synonyms from synonyms.txt; and, for a word the index
does not know at all, spelling corrections that the index holds in at least a few documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from kbassist.search.analysis import MAX_BODY_PREFIX, MAX_PREFIX, MIN_BODY_PREFIX, is_cjk, stem
from kbassist.search.function_words import is_function_word
from kbassist.search.query import ParsedQuery, Synonyms, Word, edits1, loose_stem
from kbassist.search.ranking import (
    ALL_WORDS,
    SHORT_PREFIX_FIELDS,
    TEXT_FIELDS,
    Alternative,
    Group,
)

# Weights of the alternatives against the word itself.
PREFIX_WEIGHT = 0.7
LOOSE_WEIGHT = 0.5
SYNONYM_WEIGHT = 0.8
COMPOUND_WEIGHT = 0.9
TYPO_WEIGHT = 0.7
# A short prefix ("re") matches too much to say what the agent means; from this length on
# it counts as a word.
COUNTED_PREFIX = 4
# Synonym phrases are looked for where editors put such words.
SYNONYM_PHRASE_FIELDS = ("title", "questions", "tags", "summary", "headings")
# Spelling: only words of letters, of a sensible length, unknown to the index, corrected to
# words it holds in at least this many documents.
TYPO_MIN_LETTERS = 4
MAX_CORRECTED_LETTERS = 20
CORRECTION_MIN_DOCUMENTS = 3
CORRECTIONS_PER_WORD = 2

Frequency = Callable[[str, str], int]


def correction_min_documents(documents: int) -> int:
    """In how many documents a word must be for a typo to be corrected to it.

    Three in a real knowledge base, so a rare word never "corrects" an ordinary one; fewer in
    a small one, where most words stand in a document or two.
    """
    return min(CORRECTION_MIN_DOCUMENTS, 1 + documents // 75)


@dataclass(frozen=True)
class Correction:
    """A word the index does not know, and the indexed words one edit away it may mean."""

    word: Word
    candidates: tuple[str, ...]


@dataclass
class Plan:
    """The groups of a query, the corrections tried, and the forms a snippet should show."""

    groups: list[Group]
    corrections: list[Correction]
    exact: set[str]
    stems: set[str]
    starts: set[str]


def content_words(parsed: ParsedQuery) -> list[Word]:
    """The query's words without function words, unless nothing else would be left."""
    # A caller's words typed in capitals are not all abbreviations.
    shouting = parsed.text.isupper()
    kept = [
        w for w in parsed.words if w.cjk or w.folded.isdigit() or not _function(w.raw, shouting)
    ]
    return kept or list(parsed.words)


def _function(raw: str, shouting: bool) -> bool:
    return is_function_word(raw.lower() if shouting else raw)


class GroupBuilder:
    """Builds the groups of a query against one index's vocabulary."""

    def __init__(
        self,
        synonyms: Synonyms,
        frequency: Frequency,
        alphabet: Callable[[], str],
        known_stem: Callable[[str], int],
        vocabulary: Callable[[], frozenset[str]] = frozenset,
    ) -> None:
        self.synonyms = synonyms
        self.frequency = frequency
        self.alphabet = alphabet
        self.known_stem = known_stem
        self.vocabulary = vocabulary
        # One-edit candidates generated so far: the work corrections cost.
        self.spelling_candidates = 0
        self.min_documents = CORRECTION_MIN_DOCUMENTS

    def for_documents(self, documents: int) -> GroupBuilder:
        """Set the correction threshold for an index of this many documents."""
        self.min_documents = correction_min_documents(documents)
        return self

    def plan(self, parsed: ParsedQuery) -> Plan:
        """Groups for the free words and phrases of parsed."""
        # Synonyms are looked for among all the words ("still waiting" holds a function
        # word); function words outside them are dropped afterwards.
        words = list(parsed.words)
        kept = {id(w) for w in content_words(parsed)}
        plan = Plan([], [], set(), set(), set())
        spans = self.synonyms.find([w.term for w in words])
        compounds = self._compounds([w for w in words if id(w) in kept])
        content_index = {id(w): n for n, w in enumerate(w for w in words if id(w) in kept)}
        i = 0
        for start, end, others in [*spans, (len(words), len(words), ())]:
            for word in words[i:start]:
                if id(word) in kept:
                    found = compounds.get(content_index[id(word)], [])
                    plan.groups.append(self._word(word, found, plan))
            if start < end:
                plan.groups.append(self._synonym(words[start:end], others, plan))
            i = end
        for phrase in parsed.phrases:
            terms = tuple(w.term for w in phrase)
            plan.stems.update(terms)
            plan.groups.append(
                Group(
                    " ".join(w.raw for w in phrase),
                    [Alternative(terms, TEXT_FIELDS, 1.0, "phrase")],
                    required=True,
                    anchor_terms=(terms[0],),
                )
            )
        return plan

    def _word(self, word: Word, compounds: list[str], plan: Plan) -> Group:
        alternatives = [Alternative((word.term,), TEXT_FIELDS, 1.0, "word")]
        plan.stems.add(word.term)
        plan.exact.add(word.folded)
        counts = True
        if word.prefix and not word.cjk and not word.folded.isdigit():
            head = word.folded
            if len(head) < COUNTED_PREFIX and not self._known(word.term):
                # A few letters of a word being typed: titles and tags only, and it only adds.
                alternatives = [
                    Alternative((head[:MAX_PREFIX],), SHORT_PREFIX_FIELDS, 1.0, "prefix")
                ]
                counts = False
            else:
                alternatives += self._prefixes(head, PREFIX_WEIGHT, "prefix")
            plan.starts.add(head[:MAX_PREFIX])
        elif word.cjk:
            alternatives += self._prefixes(word.folded, PREFIX_WEIGHT, "prefix")
        # Other forms of a word in a language without a stemmer (or typed without its
        # accents) share its beginning: vračila, vracila -> vracil.
        if not word.cjk and (not word.raw.isascii() or not self._known(word.term)):
            cut = loose_stem(word.folded)
            if cut and cut != word.folded:
                alternatives += self._prefixes(cut, LOOSE_WEIGHT, "form")
                plan.starts.add(cut)
        for compound in compounds:
            alternatives.append(Alternative((compound,), TEXT_FIELDS, COMPOUND_WEIGHT, "compound"))
            plan.stems.add(compound)
        if counts and not self._matches(alternatives):
            fixes = self._corrections(word)
            if fixes:
                plan.corrections.append(Correction(word, fixes))
                for fix in fixes:
                    term = stem(fix)
                    alternatives.append(Alternative((term,), TEXT_FIELDS, TYPO_WEIGHT, "typo"))
                    plan.stems.add(term)
                    plan.exact.add(fix)
        return Group(word.raw, alternatives, counts=counts, anchor_terms=(word.term,))

    def _prefixes(self, prefix: str, weight: float, how: str) -> list[Alternative]:
        head = prefix[:MAX_PREFIX]
        found = [Alternative((head,), ("pre_title", "pre_head"), weight, how)]
        if len(prefix) >= MIN_BODY_PREFIX or is_cjk(prefix):
            found.append(Alternative((prefix[:MAX_BODY_PREFIX],), ("pre_body",), weight, how))
        return found

    def _synonym(self, span: list[Word], others: tuple[tuple[str, ...], ...], plan: Plan) -> Group:
        label = " ".join(w.raw for w in span)
        if len(span) == 1:
            group = self._word(span[0], [], plan)
            alternatives = group.alternatives
        else:
            terms = tuple(w.term for w in span)
            alternatives = [Alternative(terms, TEXT_FIELDS, 1.0, ALL_WORDS)]
            plan.stems.update(terms)
        for member in others:
            fields = TEXT_FIELDS if len(member) == 1 else SYNONYM_PHRASE_FIELDS
            alternatives.append(Alternative(member, fields, SYNONYM_WEIGHT, "synonym"))
            if len(member) == 1:
                # Words of a synonym phrase ("not", "received") mean nothing marked alone.
                plan.stems.update(member)
        return Group(label, alternatives, anchor_terms=(span[0].term,))

    def _compounds(self, words: list[Word]) -> dict[int, list[str]]:
        """For neighbouring words that the index also holds as one word, that word."""
        found: dict[int, list[str]] = {}
        for n, (left, right) in enumerate(pairwise(words)):
            if left.cjk or right.cjk or not (left.folded + right.folded).isalpha():
                continue
            joined = stem(left.folded + right.folded)
            if self._known(joined):
                found.setdefault(n, []).append(joined)
                found.setdefault(n + 1, []).append(joined)
        return found

    def _known(self, term: str) -> bool:
        return self.known_stem(term) > 0

    def _matches(self, alternatives: list[Alternative]) -> bool:
        return any(self.frequency(f, a.terms[0]) for a in alternatives for f in a.fields)

    def _corrections(self, word: Word) -> tuple[str, ...]:
        folded = word.folded
        if (
            len(folded) < TYPO_MIN_LETTERS
            or len(folded) > MAX_CORRECTED_LETTERS
            or not folded.isalpha()
            or word.cjk
        ):
            return ()
        letters = "abcdefghijklmnopqrstuvwxyz" if folded.isascii() else self.alphabet()
        generated = edits1(folded, letters)
        self.spelling_candidates += len(generated)
        words = self.vocabulary()
        scored = []
        for candidate in generated:
            if words and stem(candidate) not in words:
                continue  # not a word of this content: no need to count its documents
            # Same script only: a Latin typo is never "corrected" into Greek.
            if candidate.isascii() != folded.isascii():
                continue
            documents = self.known_stem(stem(candidate))
            if documents >= self.min_documents:
                scored.append((-documents, candidate))
        scored.sort()
        best: list[str] = []
        for _, candidate in scored:
            if stem(candidate) not in {stem(b) for b in best}:
                best.append(candidate)
            if len(best) == CORRECTIONS_PER_WORD:
                break
        return tuple(best)
