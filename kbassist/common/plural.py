"""Counted nouns in the user's words: "1 result", "2 results"; the one place plurals are made."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import babel

# How a language picks the form of a noun for a number: (number, singular, plural) -> form.
# English, the one language of the interface today, has two forms; a translation plugs its
# own rule in here (gettext's ngettext has this very shape), and every caller follows.
PluralRule = Callable[[int, str, str], str]


def english(number: int, one: str, many: str) -> str:
    """The English rule: the singular for exactly one, the plural otherwise (0 results)."""
    return one if number == 1 else many


_rule: PluralRule = english


def use_rule(rule: PluralRule) -> None:
    """Make every count() from now on choose its noun form with rule (for a translation)."""
    global _rule
    _rule = rule


def noun(number: int, one: str, many: str = "") -> str:
    """The form of the noun that goes with number (many defaults to one + "s")."""
    return _rule(number, one, many or one + "s")


def count(number: int, one: str, many: str = "") -> str:
    """Number and the noun that goes with it: count(1, "result") is "1 result",
    count(3, "match", "matches") is "3 matches"."""
    return f"{number} {noun(number, one, many)}"


def plural_form(number: int, forms: Mapping[str, str], locale: babel.Locale) -> str:
    """The one of forms that goes with number in locale's language, by CLDR's plural rules.

    forms is keyed by CLDR plural category: Slovenian needs "one" (1, 101), "two" (2, 102),
    "few" (3, 4, 103) and "other"; Croatian "one" (1, 21), "few" (2-4, 22) and "other"; Greek
    "one" and "other"; Chinese only "other", the form any category lacking one falls back on.
    """
    return forms.get(locale.plural_form(number), forms["other"])
