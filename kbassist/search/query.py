"""What an agent types, parsed forgivingly into words, phrases and filters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from whoosh import query as wq

from kbassist.common.folding import fold
from kbassist.common.languages import normalise_tag
from kbassist.search.analysis import (
    MIN_PREFIX,
    STOP_WORDS,
    is_cjk,
    split_words,
    stem,
)

# A paste longer than this is searched by its beginning, and the result says so.
MAX_QUERY_CHARS = 512
# More words only slow the search down; a question has far fewer.
MAX_WORDS = 24
KIND_ALIASES = {
    "article": "article",
    "articles": "article",
    "reply": "reply",
    "replies": "reply",
    "template": "reply",
    "templates": "reply",
    "facility": "facility",
    "facilities": "facility",
    "store": "facility",
    "stores": "facility",
}
OPERATORS = {"kind": "kind", "type": "kind", "lang": "lang", "language": "lang"}
OPERATORS |= {"tag": "tag", "tags": "tag", "category": "category", "cat": "category"}
_TOKEN = re.compile(
    r"(?P<op>(?<![\w:])(?P<name>[A-Za-z]+):(?:\"(?P<quoted>[^\"]*)\"|(?P<value>[^\s\"]+))?)"
    r"|\"(?P<phrase>[^\"]*)\""
    r"|(?P<word>\w+)"
)


@dataclass(frozen=True)
class Word:
    """One word of the query, where it stands in the text, and its index term."""

    raw: str
    start: int
    end: int
    folded: str
    term: str
    prefix: bool = False

    @property
    def cjk(self) -> bool:
        """A Chinese word."""
        return is_cjk(self.folded)


@dataclass(frozen=True)
class ParsedQuery:
    """A query taken apart: free words (in order), quoted phrases and filters."""

    text: str
    words: tuple[Word, ...] = ()
    phrases: tuple[tuple[Word, ...], ...] = ()
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Nothing to search for and nothing to filter by."""
        return not self.words and not self.phrases and not self.filters

    def all_words(self) -> list[Word]:
        """Free words and phrase words."""
        return [*self.words, *(w for phrase in self.phrases for w in phrase)]


def bounded(query: str) -> tuple[str, bool]:
    """The query cut to MAX_QUERY_CHARS at a word boundary, and whether it was cut."""
    if len(query) <= MAX_QUERY_CHARS:
        return query, False
    head = query[:MAX_QUERY_CHARS]
    space = head.rfind(" ")
    return (head[:space] if space > MAX_QUERY_CHARS // 2 else head), True


def clean(text: str) -> str:
    """Line breaks and tabs become spaces; other control and format characters go."""
    text = text[:MAX_QUERY_CHARS]
    if text.isprintable():
        return text
    return "".join(
        " " if c.isspace() else c for c in text if c.isspace() or unicodedata.category(c)[0] != "C"
    )


def _words(text: str, offset: int) -> list[Word]:
    found = []
    for raw, start, end in split_words(text):
        folded = fold(raw)
        if folded in STOP_WORDS or not folded.strip("_"):
            continue
        term = folded if is_cjk(folded) else stem(folded)
        found.append(Word(raw, offset + start, offset + end, folded, term))
    return found


def kind_value(value: str) -> str | None:
    """The kind a kind: value names, also by an unambiguous beginning ("fac")."""
    value = fold(value)
    if value in KIND_ALIASES:
        return KIND_ALIASES[value]
    kinds = {k for alias, k in KIND_ALIASES.items() if alias.startswith(value)}
    return kinds.pop() if value and len(kinds) == 1 else None


def _filter_value(name: str, value: str) -> str | None:
    """An operator's value in the form the index holds it."""
    if name == "kind":
        return kind_value(value)
    # The index holds language tags normalised ("zh_Hans" as "zh-hans"), not folded.
    return normalise_tag(value) if name == "lang" else fold(value.strip())


def parse(query: str) -> ParsedQuery:
    """Parse query text; never fails: what cannot be understood is searched as plain words."""
    text = clean(query)
    words: list[Word] = []
    phrases: list[tuple[Word, ...]] = []
    filters: dict[str, list[str]] = {}
    for match in _TOKEN.finditer(text):
        if match.group("op"):
            name = OPERATORS.get(match.group("name").lower())
            value = match.group("quoted") if match.group("quoted") is not None else None
            value = value if value is not None else match.group("value")
            if name is None:
                # Not an operator after all ("note:", "10:30"): search its words.
                words += _words(match.group("op"), match.start())
                continue
            if not value or not value.strip():
                continue
            normal = _filter_value(name, value)
            if normal:
                filters.setdefault(name, []).append(normal)
        elif match.group("phrase") is not None:
            phrase = tuple(_words(match.group("phrase"), match.start("phrase")))
            if len(phrase) > 1:
                phrases.append(phrase)
            else:
                words += phrase
        else:
            words += _words(match.group("word"), match.start())
    words = _dedupe(words)[:MAX_WORDS]
    if words and text and not text[-1].isspace() and words[-1].end == len(text.rstrip()):
        last = words[-1]
        if len(last.folded) < MIN_PREFIX and not last.cjk and not last.folded.isdigit():
            # One letter of a word being typed matches nearly everything: wait for more.
            words.pop()
        else:
            words[-1] = replace(last, prefix=True)
    return ParsedQuery(
        text=text,
        words=tuple(words),
        phrases=tuple(phrases[:4]),
        filters={k: tuple(dict.fromkeys(v)) for k, v in filters.items()},
    )


def _dedupe(words: list[Word]) -> list[Word]:
    seen: set[str] = set()
    unique = []
    for word in words:
        if word.term not in seen:
            seen.add(word.term)
            unique.append(word)
    return unique


def phrase_terms(text: str) -> tuple[str, ...]:
    """Index terms of a synonym or phrase, in order."""
    return tuple(w.term for w in _words(text, 0))


@dataclass(frozen=True)
class Synonyms:
    """Synonym groups as term sequences, longest first, for matching against a query."""

    groups: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @classmethod
    def from_groups(cls, groups: Iterable[Sequence[str]]) -> Synonyms:
        """Analyze each word or phrase of each group."""
        analysed = []
        for group in groups:
            members = tuple(dict.fromkeys(t for t in (phrase_terms(m) for m in group) if t))
            if len(members) > 1:
                analysed.append(members)
        return cls(tuple(analysed))

    def find(self, terms: Sequence[str]) -> list[tuple[int, int, tuple[tuple[str, ...], ...]]]:
        """Non-overlapping (start, end, other members) for each synonym found in terms."""
        found = []
        i = 0
        while i < len(terms):
            best: tuple[int, tuple[tuple[str, ...], ...]] | None = None
            for members in self.groups:
                for member in members:
                    size = len(member)
                    if tuple(terms[i : i + size]) == member and (best is None or size > best[0]):
                        best = (size, tuple(m for m in members if m != member))
            if best is None:
                i += 1
                continue
            found.append((i, i + best[0], best[1]))
            i += best[0]
        return found


def loose_stem(folded: str) -> str | None:
    """The shared beginning of a word's forms where no stemmer exists: vračilo -> vracil."""
    if len(folded) < 5 or not folded.isalpha():
        return None
    return folded[: len(folded) - (1 if len(folded) < 7 else 2)]


def filter_query(filters: dict[str, tuple[str, ...]]) -> wq.Query | None:
    """Documents allowed by the filters: any value of one filter, every filter."""
    parts: list[wq.Query] = []
    for name, values in sorted(filters.items()):
        if name == "kind":
            parts.append(wq.Or([wq.Term("kind", v) for v in values]))
        elif name == "lang":
            terms = [wq.Term("lang", v) for v in values] + [wq.Term("lang", "*")]
            parts.append(wq.Or(terms))
        elif name == "tag":
            parts.append(wq.Or([wq.Term("tag", v) for v in values]))
        elif name == "category":
            parts.append(wq.Or([wq.Term("group", v) for v in values]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def edits1(word: str, alphabet: str) -> set[str]:
    """Every string one edit away: a letter deleted, swapped with its neighbour, changed, added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in alphabet}
    inserts = {a + c + b for a, b in splits for c in alphabet}
    return (deletes | swaps | changes | inserts) - {word}


def corrected_text(text: str, words: Iterable[Word], best: dict[str, str]) -> str | None:
    """The query text with each corrected word replaced; None when nothing changed."""
    out = text
    changed = False
    for word in sorted(words, key=lambda w: w.start, reverse=True):
        fix = best.get(word.folded)
        if fix and fix != word.folded:
            out = out[: word.start] + fix + out[word.end :]
            changed = True
    return " ".join(out.split()) if changed else None
