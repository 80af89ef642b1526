"""Typed reading of front matter values: each wrong value becomes a problem with its line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kbassist.common.yamlio import LineMap
from kbassist.problems import ProblemList

Scalar = str | int | float | bool


@dataclass
class FieldReader:
    """Reads fields of one mapping, reporting each bad value at its line and using a default."""

    meta: Mapping[str, Any]
    path: Path
    lines: LineMap
    problems: ProblemList
    prefix: tuple[str | int, ...] = ()

    def line(self, key: str) -> int:
        """The file line of key."""
        return self.lines.line(*self.prefix, key)

    def _wrong(self, key: str, expected: str) -> None:
        value = self.meta[key]
        self.problems.error(
            self.path,
            self.line(key),
            "wrong-type",
            f"'{key}' must be {expected}, not {_describe(value)}.",
        )

    def text(self, key: str, default: str = "") -> str:
        """A single line or paragraph of text; numbers are accepted as text."""
        value = self.meta.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self._wrong(key, "text")
            return default
        return str(value).strip()

    def text_list(self, key: str) -> tuple[str, ...]:
        """A list of text; a single text value is taken as a list of one."""
        value = self.meta.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value.strip(),)
        if not isinstance(value, list) or not all(
            isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
        ):
            self._wrong(key, "a list of text, like [refund, returns]")
            return ()
        return tuple(str(v).strip() for v in value)

    def choice(self, key: str, options: Iterable[str], default: str) -> str:
        """One of a fixed set of words."""
        allowed = tuple(options)
        value = self.text(key, default)
        if value not in allowed:
            self.problems.error(
                self.path,
                self.line(key),
                "invalid-value",
                f"'{key}' is '{value}'; use one of: {', '.join(allowed)}.",
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
            self.problems.error(
                self.path,
                self.line(key),
                "invalid-date",
                f"'{key}' is '{value}', which is not a valid date. Write it as YYYY-MM-DD, "
                "for example 2027-03-31.",
            )
            return None

    def positive_int(self, key: str) -> int | None:
        """A whole number above zero."""
        value = self.meta.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self._wrong(key, "a whole number above zero")
            return None
        return value

    def number(self, key: str) -> float | None:
        """Any number."""
        value = self.meta.get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            self._wrong(key, "a number")
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            self._wrong(key, "a number")
            return None

    def flag(self, key: str, default: bool = False) -> bool:
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

    def unknown_keys(self, known: Iterable[str], what: str) -> None:
        """Warn about keys this format does not know (they are kept out, not fatal)."""
        allowed = set(known)
        for key in self.meta:
            if str(key) not in allowed:
                self.problems.warning(
                    self.path,
                    self.line(str(key)),
                    "unknown-key",
                    f"Unknown {what} field '{key}' is ignored. Known fields: "
                    f"{', '.join(sorted(allowed))}.",
                )


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
                f"Fact '{name}' must be a single value (text, number or yes/no), "
                f"not {_describe(value)}.",
            )
    return facts
