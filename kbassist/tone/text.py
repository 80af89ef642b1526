"""Text preparation for the tone checker: template placeholders, words, sentences, lines."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kbassist.common.folding import fold

# A placeholder stands for a word the writer fills in; this neutral word takes its place so
# that counts stay honest and no rule can match text inside the placeholder.
NEUTRAL_WORD = "xxxx"
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_POLICY_REFERENCE = re.compile(r"\bkb\s*[\[.]")

CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_CJK = re.compile(f"[{CJK_CHARS}]")
_LETTER = rf"(?:(?![{CJK_CHARS}])[^\W_])"
# Contractions, hyphenated words, decimals and codes (don't, e-mail, 149.99, LK-123456) are one.
_WORD = re.compile(rf"{_LETTER}+(?:['’.,\-/]{_LETTER}+)*")
_WORD_OR_CJK = re.compile(rf"[{CJK_CHARS}]|{_WORD.pattern}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LIST_ITEM = re.compile(r"\n(?=[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t])")
_CLOSERS = "\"'”’)]»"


@dataclass(frozen=True)
class Region:
    """A template placeholder or tag, and whether it quotes a policy fact (kb[...])."""

    start: int
    end: int
    policy: bool
    # The placeholder's expression ("org.sign_off"); empty for tags and comments.
    expression: str = ""


@dataclass(frozen=True)
class Prepared:
    """A draft with placeholders neutralised; same length, so every offset still matches."""

    original: str
    text: str
    regions: tuple[Region, ...]


def prepare(text: str) -> Prepared:
    """Replace `{{ ... }}` with a neutral word and `{% ... %}` / `{# ... #}` with spaces."""
    if "{" not in text:
        return Prepared(text, text, ())
    parts: list[str] = []
    regions: list[Region] = []
    last = 0
    for match in _JINJA.finditer(text):
        start, end = match.span()
        parts.append(text[last:start])
        chunk = match.group()
        if chunk.startswith("{{"):
            # Padding goes first, so the word stays next to what follows ("{{ x }}," -> "xxxx,").
            filler = " " * (len(chunk) - len(NEUTRAL_WORD)) + NEUTRAL_WORD
        else:
            filler = " " * len(chunk)
        # Line breaks stay put so that lines and columns are unchanged.
        parts.append("".join("\n" if c == "\n" else f for c, f in zip(chunk, filler, strict=True)))
        expression = chunk[2:-2].strip() if chunk.startswith("{{") else ""
        regions.append(Region(start, end, bool(_POLICY_REFERENCE.search(chunk)), expression))
        last = end
    parts.append(text[last:])
    return Prepared(text, "".join(parts), tuple(regions))


class _BareLetters(dict[int, str]):
    """str.translate table, filled on demand: a letter without its accents, in its own case."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = fold(char)
        # Only one-for-one changes ('ά' -> 'α', 'ς' -> 'σ', 'č' -> 'c'), so offsets stay put.
        if len(folded) != 1 or not char.isalpha():
            bare = char
        else:
            bare = folded.upper() if char.isupper() else folded
        self[code] = bare
        return bare


_BARE_LETTERS = _BareLetters()


def without_accents(text: str) -> str:
    """text with accents, tonos and diaeresis dropped and final 'ς' written 'σ'.

    Same length and same case as text, so every offset into it is an offset into text.
    """
    return text if text.isascii() else text.translate(_BARE_LETTERS)


def is_cjk(char: str) -> bool:
    """True for a Chinese or Japanese character (no spaces between words in those scripts)."""
    return bool(_CJK.match(char))


def word_spans(text: str, by_character: bool = False) -> list[tuple[int, int]]:
    """Spans of the words in text; with by_character each Chinese character counts as one."""
    pattern = _WORD_OR_CJK if by_character else _WORD
    return [m.span() for m in pattern.finditer(text)]


def sentence_spans(
    text: str, enders: str, abbreviations: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of the sentences: split after end marks, at blank lines and before list items.

    enders holds the end marks; full-width marks (。！？) end a sentence without a space after.
    """
    cuts: set[int] = set()
    ascii_enders = re.escape("".join(c for c in enders if c.isascii()))
    wide_enders = re.escape("".join(c for c in enders if not c.isascii()))
    if ascii_enders:
        closers = re.escape(_CLOSERS)
        for match in re.finditer(rf"[{ascii_enders}]+[{closers}]*(?=\s|$)", text):
            if match.group().startswith(".") and (
                _before_is_abbreviation(text, match.start(), abbreviations)
                or (match.group() == "." and _is_ordinal(text, match.start()))
            ):
                continue
            cuts.add(match.end())
    if wide_enders:
        cuts.update(m.end() for m in re.finditer(rf"[{wide_enders}]+[」』”’）]*", text))
    cuts.update(m.start() for m in _PARAGRAPH_BREAK.finditer(text))
    cuts.update(m.start() for m in _LIST_ITEM.finditer(text))
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in sorted(cuts | {len(text)}):
        span = _trim(text, start, cut)
        if span is not None:
            spans.append(span)
        start = cut
    return spans


def _before_is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    begin = dot
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "."):
        begin -= 1
    token = text[begin:dot]
    if (
        token.isdigit()
        and len(token) <= 2
        and text[text.rfind("\n", 0, begin) + 1 : begin].strip() == ""
    ):
        return True  # the number of a numbered list item: "1. Reply to this email"
    return token.lower() in abbreviations


_ORDINAL = re.compile(r"(?<![\w.,])\d{1,4}\.\s+[^\W\d_]")


def _is_ordinal(text: str, dot: int) -> bool:
    """True for a number with a full stop and a lower-case word after it: "do 15. ožujka",
    "am 3. März" write dates and ordinals that way, and no sentence starts in lower case."""
    begin = dot
    while begin > 0 and text[begin - 1].isdigit():
        begin -= 1
    match = _ORDINAL.match(text, begin)
    return match is not None and match.group()[-1].islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end or not any(c.isalnum() for c in text[start:end]):
        return None
    return start, end


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) around offset."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text, 0, offset):
        start = match.end()
    after = _PARAGRAPH_BREAK.search(text, offset)
    return start, after.start() if after else len(text)


def nonblank_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that hold something other than spaces, without their indentation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        span = _trim(text, start, start + len(line))
        if span is not None:
            spans.append(span)
        start += len(line) + 1
    return spans


class LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column) of offset, both counted from 1."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
