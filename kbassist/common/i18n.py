"""Translated messages for the core and the command line (the UI uses Qt's tr()).

The messages live in gettext catalogues, kbassist/i18n/core_<language>.po. The set-up compiles
them to .mo beside them (`python -m kbassist.i18n.build`), which the standard library reads
in about a millisecond; a checkout that was not built yet reads the .po with babel instead, so
a translation works the moment it is written. The language is chosen once, at the first
message: the KBASSIST_LANGUAGE environment variable, else the system's locale; the app sets
it from its Setting before anything is shown (set_language).
"""

from __future__ import annotations

import gettext
import io
import locale
import logging
import os
from pathlib import Path

from kbassist.common import plural
from kbassist.i18n import LANGUAGES, compile_po, core_source

log = logging.getLogger(__name__)

# Overrides the system's locale for the whole program, e.g. KBASSIST_LANGUAGE=sl kbassist check.
LANGUAGE_VARIABLE = "KBASSIST_LANGUAGE"
SOURCE_LANGUAGE = "en"

_translations: gettext.NullTranslations | None = None
_language = SOURCE_LANGUAGE


def catalogue_language(tag: str) -> str:
    """The catalogue for a locale name or BCP 47 tag ("sl_SI.UTF-8", "zh-Hans-CN", "hr"):
    one of LANGUAGES, or "en" when there is none for it."""
    cleaned = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    parts = [part for part in cleaned.split("_") if part]
    if not parts:
        return SOURCE_LANGUAGE
    primary = parts[0].lower()
    if primary == "zh":
        rest = {part.lower() for part in parts[1:]}
        # Simplified Chinese is written in mainland China and Singapore; Taiwan, Hong Kong and
        # Macau write traditional characters, which the zh_CN catalogue would misrepresent.
        if rest & {"hant", "tw", "hk", "mo"}:
            return SOURCE_LANGUAGE
        return "zh_CN"
    return primary if primary in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The interface language the user's environment asks for, as catalogue_language gives it."""
    chosen = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    if chosen:
        return catalogue_language(chosen)
    # gettext's own order: LANGUAGE (a list), then LC_ALL, LC_MESSAGES and LANG.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for candidate in value.split(":"):
            if candidate and candidate not in ("C", "POSIX") and not candidate.startswith("C."):
                return catalogue_language(candidate)
    found = locale.getlocale(locale.LC_MESSAGES)[0] if hasattr(locale, "LC_MESSAGES") else None
    return catalogue_language(found or SOURCE_LANGUAGE)


def _load(language: str) -> gettext.NullTranslations:
    """language's catalogue: the compiled .mo, else the .po read with babel, else none."""
    if language not in LANGUAGES:
        return gettext.NullTranslations()
    source = core_source(language)
    compiled = source.with_suffix(".mo")
    try:
        if compiled.exists() and compiled.stat().st_mtime >= _mtime(source):
            with compiled.open("rb") as stream:
                return gettext.GNUTranslations(stream)
        if source.exists():
            return _from_po(source, language)
    except (OSError, ValueError) as exc:
        # A damaged catalogue must not stop the program: it speaks English instead.
        log.warning("cannot read the %s messages in %s: %s", language, source.parent, exc)
    return gettext.NullTranslations()


def _mtime(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


def _from_po(source: Path, language: str) -> gettext.GNUTranslations:
    """A .po compiled in memory, for a checkout whose catalogues are not built yet."""
    compiled = io.BytesIO()
    compile_po(source, language, compiled)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def set_language(tag: str | None = None) -> str:
    """Speak the language of tag from now on (the system's when tag is None or empty); the
    plural helper follows the catalogue's plural rule. Returns the catalogue language."""
    global _translations, _language
    _language = catalogue_language(tag) if tag else system_language()
    _translations = _load(_language)
    plural.use_rule(_plural_rule if _language != SOURCE_LANGUAGE else plural.english)
    return _language


def language() -> str:
    """The catalogue language in use ("en" for the source text)."""
    _active()
    return _language


def _active() -> gettext.NullTranslations:
    if _translations is None:
        set_language(None)
    assert _translations is not None
    return _translations


def _plural_rule(number: int, one: str, many: str) -> str:
    """plural's rule for a translation: the catalogue's form of the noun for number."""
    return _active().ngettext(one, many, number)


def _(message: str) -> str:
    """message in the user's language."""
    return _active().gettext(message)


def ngettext(singular: str, plural: str, number: int) -> str:
    """The form of a counted message that goes with number, in the user's language."""
    return _active().ngettext(singular, plural, number)
