"""Short highlighted extracts of stored text showing why a hit matched, without re-analysis."""

from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kbassist.common.folding import fold
from kbassist.search.analysis import has_cjk, matcher, stem_beginnings
from kbassist.search.analysis import is_cjk as is_cjk_word

WIDTH = 170
BEFORE = 50
MAX_SPANS = 60
# A snippet is looked for in this much of a text at most: the answering section comes first
# when there is one, so a long document's tail is never scanned word by word per keystroke.
SCAN_CHARS = 8_000
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")

Span = tuple[int, int]


class WordFinder:
    """Finds a query's words in stored text: one regular-expression pass over the text, folded
    in place, finds the words that begin like a query form, and only those are tested.

    A text is never walked word by word in Python (a long document's body has thousands
    of words, and a keystroke shows thirty hits); only Chinese text, cut into words by its
    dictionary, and text whose folding changes its length are tested word by word.
    """

    def __init__(self, highlight: Highlight) -> None:
        self.matches = highlight.matches()
        self.cjk_terms = highlight.cjk_terms()
        beginnings = set(highlight.exact) | set(highlight.starts)
        for form in highlight.stems:
            beginnings |= stem_beginnings(form)
        self._pattern = _beginnings_pattern(
            tuple(
                sorted((b for b in beginnings if b and not has_cjk(b)), key=lambda b: (-len(b), b))
            )
        )

    def spans(self, text: str, scan: int = SCAN_CHARS, most: int = MAX_SPANS) -> list[Span]:
        """Where the query's words stand in the first `scan` characters of text, merged."""
        part = text[:scan]
        folded = _folded_in_place(part)
        if self._pattern is None or folded is None:
            return find_spans(part, self.matches, self.cjk_terms, scan, most)
        spans: list[Span] = []
        matches = self.matches
        for match in self._pattern.finditer(folded):
            start, end = match.span()
            if matches(part[start:end]):
                spans.append((start, end))
                if len(spans) >= most:
                    break
        return _merge(spans)


@functools.lru_cache(maxsize=256)
def _beginnings_pattern(beginnings: tuple[str, ...]) -> re.Pattern[str] | None:
    """Words starting with one of the beginnings (longest first, so the longest wins)."""
    if not beginnings:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, beginnings)) + r")\w*")


# The combining marks that folding drops (accents, Greek tonos and dialytika, Cyrillic).
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]")
# Letters folding replaces one for one (the others change a text's length).
_SINGLE_LETTERS = tuple(
    (a, b) for a, b in (("đ", "d"), ("ð", "d"), ("ł", "l"), ("ø", "o"), ("ı", "i"), ("ħ", "h"))
)


def _folded_in_place(text: str) -> str | None:
    """fold() of a whole text when it keeps every character where it was, else None
    (Chinese text, "ß", ligatures): the pattern's positions are then the text's own."""
    if text.isascii():
        return text.lower()
    if has_cjk(text):
        return None
    folded = _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()
    for letter, plain in _SINGLE_LETTERS:
        if letter in folded:
            folded = folded.replace(letter, plain)
    return folded if len(folded) == len(text) else None


def find_spans(
    text: str,
    matches: Callable[[str], bool],
    cjk_terms: Sequence[str],
    scan: int = SCAN_CHARS,
    most: int = MAX_SPANS,
) -> list[Span]:
    """Where matching words are in text, testing every word (see WordFinder for the fast way)."""
    spans: list[Span] = []
    for match in _WORD.finditer(text, 0, scan):
        word = match.group()
        if cjk_terms and has_cjk(word):
            folded = fold(word)
            for term in cjk_terms:
                at = folded.find(term)
                while at >= 0:
                    spans.append((match.start() + at, match.start() + at + len(term)))
                    at = folded.find(term, at + len(term))
        elif matches(word):
            spans.append(match.span())
        if len(spans) >= most:
            break
    spans.sort()
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _window(text: str, anchor: int, width: int = WIDTH) -> Span:
    start = max(0, anchor - BEFORE)
    if start > 0:
        space = text.find(" ", start, anchor)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", anchor, end)
        end = space if space > anchor else end
    return start, end


def _best_windows(text: str, spans: list[Span], count: int, width: int) -> list[Span]:
    """The count windows holding the most distinct matched words, earliest first on ties."""
    spans = spans[:MAX_SPANS]
    # Merged spans do not overlap, so their starts and ends are both in order.
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    words = [fold(text[s:e]) for s, e in spans]
    scored = []
    for start in starts:
        window = _window(text, start, width)
        first = bisect.bisect_left(starts, window[0])
        last = bisect.bisect_right(ends, window[1])
        scored.append((-len(set(words[first:last])), window[0], window))
    scored.sort()
    chosen: list[Span] = []
    for _score, _start, window in scored:
        if all(window[1] <= c[0] or window[0] >= c[1] for c in chosen):
            chosen.append(window)
            if len(chosen) == count:
                break
    return sorted(chosen)


def render(text: str, window: Span, spans: list[Span]) -> str:
    """The window of text, HTML-escaped, with matching words in <b>...</b>."""
    start, end = window
    out = ["…" if start > 0 else ""]
    at = start
    for s, e in spans:
        if s < start or e > end:
            continue
        out += [html.escape(text[at:s]), "<b>", html.escape(text[s:e]), "</b>"]
        at = e
    out += [html.escape(text[at:end]), "…" if end < len(text) else ""]
    return _SPACE.sub(" ", "".join(out)).strip()


def excerpt(text: str, spans: list[Span], fragments: int = 2, width: int = WIDTH) -> str:
    """The best fragments of text around spans found in it (its start when there are none)."""
    if not spans:
        return render(text, _window(text, 0, width), []) if text else ""
    windows = _best_windows(text, spans, fragments, width)
    return " ".join(render(text, w, spans) for w in windows)


def snippet(
    texts: Sequence[str],
    finder: WordFinder,
    fragments: int = 2,
    width: int = WIDTH,
) -> str:
    """One or two fragments of the first text that has a match, else the start of the first."""
    for text in texts:
        if not text:
            continue
        spans = finder.spans(text)
        if spans:
            return excerpt(text, spans, fragments, width)
    return excerpt(next((t for t in texts if t), ""), [], fragments, width)


@dataclass(frozen=True)
class Highlight:
    """The word forms a query matched, to mark them in any text (snippets, the article view)."""

    exact: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()
    starts: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        """Nothing to mark."""
        return not (self.exact or self.stems or self.starts)

    def matches(self) -> Callable[[str], bool]:
        """A test for one word of text."""
        return matcher(self.exact, self.stems, self.starts)

    def cjk_terms(self) -> list[str]:
        """Chinese words to find inside runs of Chinese text, longest first."""
        return sorted({t for t in self.exact | self.stems if is_cjk_word(t)}, key=len)[::-1]

    def spans(self, text: str, scan: int = SCAN_CHARS, most: int = MAX_SPANS) -> list[Span]:
        """Where the query's words stand in the first `scan` characters of text."""
        if self.empty:
            return []
        return WordFinder(self).spans(text, scan, most)

    def whole_words(self) -> Highlight:
        """Without the beginnings of the word being typed, unless nothing else is left: in an
        opened article, "eve" of "christmas eve" would mark every "every"."""
        if self.exact or self.stems:
            return Highlight(self.exact, self.stems, frozenset())
        return self
