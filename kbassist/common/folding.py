"""Accent folding: lower case without accents, so 'Šentvid' and 'sentvid' compare equal."""

from __future__ import annotations

import functools
import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark.
_NO_DECOMPOSITION = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without accents or tonos: 'Ispričati' -> 'ispricati', 'ά' -> 'α', 'Đ' -> 'd'.

    Compatibility forms fold too, so full-width 'ＮＷ１' typed with a Chinese input method
    is 'nw1' and the ligature 'ﬁ' is 'fi'.
    """
    if text.isascii():
        return text.lower()
    # Decompose first, so a letter with both an accent and no decomposition of its own
    # ('ǽ', 'ǿ') loses the accent before the table replaces it; lower-casing after the
    # compatibility decomposition catches the capitals it yields ('™' -> 'TM' -> 'tm').
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().translate(_NO_DECOMPOSITION)
