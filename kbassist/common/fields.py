"""Typed reading of YAML values: each wrong value becomes a problem with its line."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from kbassist.common import i18n
from kbassist.common.yamlio import LineMap
from kbassist.problems import ProblemList

Scalar = str | int | float | bool


@dataclass
class FieldReader:
    """Reads fields of one mapping, reporting each bad value at its line and using a default.

    Every kind of file (front matter, facilities, tone rules) reads through this, so one
    wrong value is reported in the same words, with the same code, wherever it is written.
    """

    meta: Mapping[str, Any]
    path: Path
    lines: LineMap
    problems: ProblemList
    prefix: tuple[str | int, ...] = ()
    # How many wrong values were reported, for callers that drop an entry with any.
    wrong_values: int = 0

    def line(self, key: str) -> int:
        """The file line of key."""
        return self.lines.line(*self.prefix, key)

    def _wrong(self, key: str, expected: str) -> None:
        found = _describe(self.meta[key])
        self._error(key, "wrong-type", f"'{key}' must be {expected}, not {found}.")

    def _error(self, key: str, code: str, message: str) -> None:
        self.wrong_values += 1
        self.problems.error(self.path, self.line(key), code, message)

    @overload
    def text(self, key: str, default: str = "") -> str: ...

    @overload
    def text(self, key: str, default: None) -> str | None: ...

    def text(self, key: str, default: str | None = "") -> str | None:
        """A single line or paragraph of text, trimmed; numbers are accepted as text."""
        value = self.meta.get(key)
        if value is None:
            return default
        if not _is_text(value):
            self._wrong(key, "text")
            return default
        return str(value).strip()

    def text_items(self, key: str) -> tuple[tuple[str, int], ...]:
        """The non-blank items of a list of text, trimmed, each with its line.

        A single text value is taken as a list of one.
        """
        value = self.meta.get(key)
        if value is None:
            return ()
        if _is_text(value):
            value = [value]
        if not isinstance(value, list) or not all(_is_text(v) for v in value):
            self._wrong(key, "a list of text, like [refund, returns]")
            return ()
        # Lines come from each item's own position, so a blank item left out moves none.
        return tuple(
            (str(v).strip(), self.lines.line(*self.prefix, key, index))
            for index, v in enumerate(value)
            if str(v).strip()
        )

    def text_list(self, key: str) -> tuple[str, ...]:
        """The non-blank items of a list of text, trimmed; a single text is a list of one."""
        return tuple(text for text, _ in self.text_items(key))

    def text_mapping(self, key: str, what: str) -> dict[str, str]:
        """A mapping of text to text, both trimmed; entries with a blank key are left out."""
        value = self.meta.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(
            _is_text(k) and _is_text(v) for k, v in value.items()
        ):
            self._wrong(key, what)
            return {}
        return {str(k).strip(): str(v).strip() for k, v in value.items() if str(k).strip()}

    @overload
    def choice(self, key: str, options: Iterable[str], default: str) -> str: ...

    @overload
    def choice(self, key: str, options: Iterable[str], default: None) -> str | None: ...

    def choice(self, key: str, options: Iterable[str], default: str | None) -> str | None:
        """One of a fixed set of words."""
        allowed = tuple(options)
        value = self.text(key, default)
        if value is not None and value not in allowed:
            self._error(
                key, "invalid-value", f"'{key}' is '{value}'; use one of: {', '.join(allowed)}."
            )
            return default
        return value

    def date(self, key: str) -> dt.date | None:
        """A calendar date written YYYY-MM-DD."""
        value = self.meta.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self._error(
                key,
                "invalid-date",
                f"'{key}' is '{value}', which is not a valid date. Write it as YYYY-MM-DD, "
                "for example 2027-03-31.",
            )
            return None

    def whole_number(self, key: str, minimum: int = 1) -> int | None:
        """A whole number of at least minimum, written as a number or as text ("12")."""
        value = self.meta.get(key)
        if value is None:
            return None
        number = _whole_number(value)
        if number is None or number < minimum:
            at_least = " above zero" if minimum == 1 else f", {minimum} or more"
            self._wrong(key, f"a whole number{at_least}")
            return None
        return number

    def number(self, key: str, minimum: float | None = None) -> float | None:
        """A finite number of at least minimum, written as a number or as text ("51.5")."""
        value = self.meta.get(key)
        if value is None:
            return None
        number = _number(value)
        if number is None or (minimum is not None and number < minimum):
            self._wrong(key, "a number" if minimum is None else f"a number, {minimum:g} or more")
            return None
        return number

    @overload
    def flag(self, key: str, default: bool = False) -> bool: ...

    @overload
    def flag(self, key: str, default: None) -> bool | None: ...

    def flag(self, key: str, default: bool | None = False) -> bool | None:
        """A yes/no value."""
        value = self.meta.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self._wrong(key, "true or false")
            return default
        return value

    def mapping(self, key: str, what: str) -> dict[str, Any]:
        """A nested mapping with text keys."""
        value = self.meta.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self._wrong(key, what)
            return {}
        return {str(k): v for k, v in value.items()}

    def entries(self, key: str, what: str) -> list[Any]:
        """A list whose entries the caller reads one by one (rules, facilities)."""
        value = self.meta.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self._wrong(key, what)
            return []
        return value

    def unknown_keys(self, known: Iterable[str], what: str) -> None:
        """Warn about keys this format does not know (they are kept out, not fatal)."""
        allowed = set(known)
        for key in self.meta:
            if str(key) not in allowed:
                self.problems.warning(
                    self.path,
                    self.line(str(key)),
                    "unknown-key",
                    i18n._("Unknown {what} field '{key}' is ignored. Known fields: {join}.").format(
                        what=what, key=key, join=", ".join(sorted(allowed))
                    ),
                )


def _is_text(value: object) -> bool:
    # YAML reads 30 and 1.5 as numbers where the writer meant text; yes/no is never text.
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return None
    # nan and inf parse as floats but are no count, limit or coordinate.
    return number if math.isfinite(number) else None


def _whole_number(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"yes/no ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of key: value pairs"
    return f"'{value}'"


def scalar_facts(reader: FieldReader, key: str) -> dict[str, Scalar]:
    """Named policy values: text, numbers or yes/no, never nested."""
    facts: dict[str, Scalar] = {}
    for name, value in reader.mapping(key, "a set of name: value pairs").items():
        if isinstance(value, dt.date):
            facts[name] = value.isoformat()
        elif isinstance(value, str | int | float | bool):
            facts[name] = value
        else:
            reader.problems.error(
                reader.path,
                reader.lines.line(*reader.prefix, key, name),
                "wrong-type",
                i18n._(
                    "Fact '{name}' must be a single value (text, number or yes/no), not {describe}."
                ).format(name=name, describe=_describe(value)),
            )
    return facts
