"""Language names as their speakers write them, for buttons that switch to a translation."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kbassist.common.languages import normalise_tag, primary_language

# Fixed names for the languages teams use most, so a button never reads "American English"
# or changes with the installed locale data; QLocale covers the rest.
ENDONYMS = {
    "en": "English",
    "sl": "Slovenščina",
    "zh": "中文",
    "zh-hans": "简体中文",
    "zh-hant": "繁體中文",
    "hr": "Hrvatski",
    "el": "Ελληνικά",
    "sr": "Srpski",
    "bs": "Bosanski",
    "mk": "Македонски",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "nl": "Nederlands",
    "pl": "Polski",
    "cs": "Čeština",
    "sk": "Slovenčina",
    "hu": "Magyar",
    "ro": "Română",
    "bg": "Български",
    "ru": "Русский",
    "uk": "Українська",
    "tr": "Türkçe",
    "ar": "العربية",
    "ja": "日本語",
    "ko": "한국어",
    "sv": "Svenska",
    "da": "Dansk",
    "nb": "Norsk bokmål",
    "no": "Norsk",
    "fi": "Suomi",
    "cy": "Cymraeg",
    "ga": "Gaeilge",
}


def endonym(tag: str) -> str:
    """The name of the language of a BCP 47 tag in that language; the tag when unknown."""
    key = normalise_tag(tag)
    if not key:
        return tag
    for candidate in (key, primary_language(key)):
        if candidate in ENDONYMS:
            return ENDONYMS[candidate]
    locale = QLocale(key)
    name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return name[:1].upper() + name[1:] if name else tag
