"""Language tags: normalising a BCP 47 tag and finding its primary language."""

from __future__ import annotations

# The languages KB Assist is written for, English first: offered wherever a language is chosen.
SUPPORTED_LANGUAGES = ("en", "sl", "hr", "el", "zh")


def normalise_tag(tag: str) -> str:
    """The form tags are compared in: trimmed, lower case, '-' between parts ('zh-hans')."""
    # Tags reach us from front matter, settings and locales, which write "_" for "-" and
    # capitalise freely; BCP 47 says neither changes the meaning.
    return tag.strip().replace("_", "-").lower()


def primary_language(tag: str) -> str:
    """The language part of a tag: 'en-GB' -> 'en', 'zh_Hans' and 'zh-Hans-CN' -> 'zh'."""
    return normalise_tag(tag).split("-", 1)[0]


def same_language(tag: str, other: str) -> bool:
    """True when both tags name one language, whatever the region or script ('en-GB', 'en')."""
    return primary_language(tag) == primary_language(other)
