"""Short highlighted extracts of stored text showing why a hit matched, without re-analysis."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kbassist.common.folding import fold
from kbassist.search.analysis import has_cjk, matcher
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


def find_spans(
    text: str,
    matches: Callable[[str], bool],
    cjk_terms: Sequence[str],
    scan: int = SCAN_CHARS,
    most: int = MAX_SPANS,
) -> list[Span]:
    """Where matching words are in text (a cheap scan: only words are folded and compared)."""
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
    scored = []
    for start, _end in spans[:MAX_SPANS]:
        window = _window(text, start, width)
        inside = {fold(text[s:e]) for s, e in spans if s >= window[0] and e <= window[1]}
        scored.append((-len(inside), window[0], window))
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


def snippet(
    texts: Sequence[str],
    matches: Callable[[str], bool],
    cjk_terms: Sequence[str] = (),
    fragments: int = 2,
    width: int = WIDTH,
) -> str:
    """One or two fragments of the first text that has a match, else the start of the first."""
    for text in texts:
        if not text:
            continue
        spans = find_spans(text, matches, cjk_terms)
        if spans:
            windows = _best_windows(text, spans, fragments, width)
            return " ".join(render(text, w, spans) for w in windows)
    first = next((t for t in texts if t), "")
    return render(first, _window(first, 0, width), []) if first else ""


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
        return find_spans(text, self.matches(), self.cjk_terms(), scan, most)

    def whole_words(self) -> Highlight:
        """Without the beginnings of the word being typed, unless nothing else is left: in an
        opened article, "eve" of "christmas eve" would mark every "every"."""
        if self.exact or self.stems:
            return Highlight(self.exact, self.stems, frozenset())
        return self
