"""Text analysis shared by indexing and querying: folding, stemming, Chinese words, prefixes."""

from __future__ import annotations

import contextlib
import functools
import logging
import marshal
import os
import re
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.snowball.english import EnglishStemmer

from kbassist.common.folding import fold
from kbassist.paths import cache_dir

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


def has_cjk(text: str) -> bool:
    """True when text contains Chinese characters (and so needs word segmentation)."""
    return _CJK.search(text) is not None


def is_cjk(word: str) -> bool:
    """True for a word made of Chinese characters only."""
    return _CJK.fullmatch(word) is not None


JIEBA_CACHE_FILE = "jieba.cache"
log = logging.getLogger(__name__)


def _read_dictionary_cache(path: Path) -> tuple[dict[str, int], int] | None:
    """jieba's prefix dictionary from the cache file; None when missing or unreadable."""
    try:
        with path.open("rb") as stream:
            freq, total = marshal.load(stream)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.warning("Chinese dictionary cache %s unreadable (%s): building it again", path, exc)
        return None
    if not isinstance(freq, dict) or not isinstance(total, int):
        return None
    return freq, total


def _write_dictionary_cache(path: Path, loaded: tuple[dict[str, int], int]) -> None:
    """Save the dictionary through a temporary file, so a full disk leaves no partial file."""
    temp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        temp = Path(name)
        with os.fdopen(handle, "wb") as stream:
            marshal.dump(loaded, stream)
            stream.flush()
            os.fsync(stream.fileno())
        temp.replace(path)
        temp = None
    except OSError as exc:
        # Only a cache: the next start builds the dictionary again (about a second).
        log.warning("Cannot save the Chinese dictionary cache %s: %s", path, exc)
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()


class ChineseSegmenter:
    """jieba, loaded on first use only (its dictionary takes about a second to load)."""

    def __init__(self, cache: Path | None = None) -> None:
        self._cache = cache
        self._lock = threading.Lock()
        self._tokenizer: Any = None

    def _load(self) -> Any:
        with self._lock:
            if self._tokenizer is None:
                with warnings.catch_warnings():
                    # jieba imports pkg_resources and has old escape sequences.
                    warnings.simplefilter("ignore")
                    import jieba

                # jieba logs to stderr at DEBUG and caches its dictionary in /tmp by default.
                jieba.setLogLevel(logging.WARNING)
                folder = self._cache or cache_dir() / "jieba"
                tokenizer = jieba.Tokenizer()
                # jieba's own cache writing leaves a partial temporary file when the disk is
                # full; the dictionary is cached here instead, replaced in one step.
                loaded = _read_dictionary_cache(folder / JIEBA_CACHE_FILE)
                if loaded is None:
                    loaded = tokenizer.gen_pfdict(tokenizer.get_dict_file())
                    _write_dictionary_cache(folder / JIEBA_CACHE_FILE, loaded)
                tokenizer.FREQ, tokenizer.total = loaded
                tokenizer.initialized = True
                self._tokenizer = tokenizer
            return self._tokenizer

    def words(self, text: str) -> list[tuple[str, int, int]]:
        """Words of a Chinese run as (word, start, end), in reading order."""
        tokenizer = self._load()
        return [(w, s, e) for w, s, e in tokenizer.tokenize(text) if w.strip()]

    def parts(self, word: str) -> list[tuple[str, int]]:
        """Dictionary words inside a long word, with their offsets (as jieba's search mode)."""
        freq = self._load().FREQ
        found = []
        for size in (2, 3):
            if len(word) > size:
                found += [
                    (word[i : i + size], i)
                    for i in range(len(word) - size + 1)
                    if freq.get(word[i : i + size])
                ]
        return found


# One segmenter per process: the dictionary is large and the same for every index.
SEGMENTER = ChineseSegmenter()


def split_words(text: str) -> Iterator[tuple[str, int, int]]:
    """Raw words of text as (word, start, end); Chinese runs are cut into words by jieba."""
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
