"""Text analysis shared by indexing and querying: folding, stemming, Chinese words, prefixes."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.snowball.english import EnglishStemmer

from kbassist.common.folding import fold

# Words that carry no meaning in a query. Kept short on purpose: "not", "back", "can" and
# "off" matter in customer-service phrases ("not received", "money back").
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "with",
    ]
)
# Prefix fields hold every prefix of a word between these lengths; a longer typed prefix is
# cut to the longest, which still narrows the matches enough. Titles, tags and summaries get
# short prefixes too; bodies only from four letters on, which keeps the index small.
MIN_PREFIX = 2
MAX_PREFIX = 12
MIN_BODY_PREFIX = 4
MAX_BODY_PREFIX = 7
_WORD = re.compile(r"\w+")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


# Snowball keeps families together that Porter splits (use/used/using, activate/activating);
# these irregular forms callers use would still stand apart from their family.
_FAMILIES = {
    "paid": "pay",
    "bought": "buy",
    "sent": "send",
    "lost": "lose",
    "broke": "break",
    "broken": "break",
    "stolen": "steal",
    "stole": "steal",
    "gave": "give",
    "given": "give",
    "chose": "choos",
    "chosen": "choos",
    "sold": "sell",
    "took": "take",
    "taken": "take",
    "came": "come",
    "went": "go",
    "gone": "go",
    "wrote": "write",
    "written": "write",
    "got": "get",
    "spent": "spend",
    "deliveri": "deliv",
    "subscript": "subscrib",
}
_ENGLISH = EnglishStemmer()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """English stem of a folded word; words in other scripts or with digits are kept as is."""
    if len(word) < 3 or not word.isascii() or not word.isalpha():
        return word
    found = _FAMILIES.get(word) or str(_ENGLISH.stem(word))
    return _FAMILIES.get(found, found)


def _beginning(word: str) -> str:
    return word[:1] if len(word) <= 3 else word[: len(word) - 2]


def stem_beginnings(stem_: str) -> set[str]:
    """Beginnings that every word with this stem starts with: Snowball changes at most the
    last two letters of a longer stem ("happi", "hope" from "hoping") and may rewrite short
    ones ("die" from "dying"); irregular forms ("paid" for "pay") have their own."""
    found = {_beginning(stem_)}
    found.update(_beginning(word) for word, family in _FAMILIES.items() if family == stem_)
    return found


def has_cjk(text: str) -> bool:
    """True when text contains Chinese characters (and so needs word segmentation)."""
    return _CJK.search(text) is not None


def is_cjk(word: str) -> bool:
    """True for a word made of Chinese characters only."""
    return _CJK.fullmatch(word) is not None


class ChineseSegmenter:
    """rjieba (jieba's dictionary and word cuts, compiled in Rust), loaded on first use only.

    It cuts Chinese text exactly as jieba did, with its dictionary built into the library:
    a tenth of a second and about 33 MB at first use, against jieba's second and 80 MB,
    and no dictionary cache to write.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokenizer: Any = None

    def _load(self) -> Any:
        with self._lock:
            if self._tokenizer is None:
                import rjieba

                self._tokenizer = rjieba
            return self._tokenizer

    def words(self, text: str) -> list[tuple[str, int, int]]:
        """Words of a Chinese run as (word, start, end), in reading order."""
        tokenizer = self._load()
        return [(w, s, e) for w, s, e in tokenizer.tokenize(text) if w.strip()]

    def parts(self, word: str) -> list[tuple[str, int]]:
        """Dictionary words inside a long word, with their offsets (as jieba's search mode)."""
        known = self._load().has_word
        found = []
        for size in (2, 3):
            if len(word) > size:
                found += [
                    (word[i : i + size], i)
                    for i in range(len(word) - size + 1)
                    if known(word[i : i + size])
                ]
        return found


# One segmenter per process: the dictionary is large and the same for every index.
SEGMENTER = ChineseSegmenter()


def split_words(text: str) -> Iterator[tuple[str, int, int]]:
    """Raw words of text as (word, start, end); Chinese runs are cut into words by rjieba."""
    if not has_cjk(text):
        for match in _WORD.finditer(text):
            yield match.group(), match.start(), match.end()
        return
    for match in _WORD.finditer(text):
        word = match.group()
        start = match.start()
        if word.isascii() or not has_cjk(word):
            yield word, start, match.end()
            continue
        last = 0
        for run in _CJK.finditer(word):
            if run.start() > last:
                yield word[last : run.start()], start + last, start + run.start()
            base = start + run.start()
            for piece, s, e in SEGMENTER.words(run.group()):
                yield piece, base + s, base + e
            last = run.end()
        if last < len(word):
            yield word[last:], start + last, match.end()


def terms(text: str) -> Iterator[tuple[str, int, int, int]]:
    """Index terms of text as (term, position, start, end): folded, stemmed, no stop words.

    Dictionary words inside a long Chinese word share its position, so a phrase still
    matches either way.
    """
    pos = 0
    for word, start, end in split_words(text):
        folded = fold(word)
        if folded in STOP_WORDS:
            continue
        if is_cjk(folded):
            for part, offset in SEGMENTER.parts(folded) if len(folded) > 2 else ():
                yield part, pos, start + offset, start + offset + len(part)
            yield folded, pos, start, end
        else:
            yield stem(folded), pos, start, end
        pos += 1


def count_positions(text: str) -> int:
    """How many word positions terms(text) would use, without stemming (for section spans)."""
    count = 0
    for word, _start, _end in split_words(text):
        lowered = word.lower() if word.isascii() else fold(word)
        if lowered not in STOP_WORDS:
            count += 1
    return count


def word_set(texts: Iterable[str]) -> set[str]:
    """Distinct folded, unstemmed words of texts (for prefixes and spelling)."""
    words: set[str] = set()
    for text in texts:
        if not text:
            continue
        if text.isascii():
            words.update(_WORD.findall(text.lower()))
        elif has_cjk(text):
            words.update(fold(w) for w, _, _ in split_words(text))
        else:
            words.update(map(fold, _WORD.findall(text)))
    return words


def prefixes(words: Iterable[str], low: int, high: int) -> set[str]:
    """Every prefix of each word from low to high letters (from one letter in Chinese)."""
    grams: set[str] = set()
    for word in words:
        start = low if word.isascii() or not is_cjk(word) else 1
        grams.update(word[:n] for n in range(start, min(len(word), high) + 1))
    return grams


class TextTokenizer(Tokenizer):  # type: ignore[misc]
    """The analyzer of every text field: words folded, stop words dropped, English stems."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for term, pos, start, end in terms(value):
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


def analyze(text: str) -> list[str]:
    """The index terms of text, in order (what a query word must equal)."""
    return [term for term, _, _, _ in terms(text)]


def matcher(
    exact: Iterable[str], stems: Iterable[str], starts: Iterable[str]
) -> Callable[[str], bool]:
    """A test for one raw word: does it match one of these folded words, stems or prefixes?"""
    exact_set, stem_set, start_tuple = set(exact), set(stems), tuple(starts)
    seen: dict[str, bool] = {}

    def matches(word: str) -> bool:
        found = seen.get(word)
        if found is None:
            folded = fold(word)
            found = (
                folded in exact_set
                or stem(folded) in stem_set
                or (bool(start_tuple) and folded.startswith(start_tuple))
            )
            seen[word] = found
        return found

    return matches
