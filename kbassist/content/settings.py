"""Content settings from a content folder's kbassist.toml (organisation, language, tone)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from kbassist.common.languages import normalise_tag, primary_language
from kbassist.common.textfile import read_text
from kbassist.problems import ProblemList

SETTINGS_FILE = "kbassist.toml"
# A table under [org] named like this is a language's own values: [org.sl], [org.zh-Hans].
_LANGUAGE_TABLE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class ContentSettings:
    """What a team sets once for its whole content folder."""

    org: dict[str, str] = field(default_factory=dict)
    default_language: str = "en"
    max_words: int = 200
    disabled_rules: tuple[str, ...] = ()
    # [org.sl] and the like, by normalised tag: what a reply in that language says in its own
    # words (name, signature, sign_off); anything it leaves out comes from [org].
    org_by_language: dict[str, dict[str, str]] = field(default_factory=dict)
    # [privacy] order_numbers: patterns of the team's order numbers, scrubbed from the usage log.
    order_numbers: tuple[str, ...] = ()

    def org_for(self, language: str) -> dict[str, str]:
        """The [org] values a reply in language uses: its language's table over the shared one
        ([org.zh-hans] over [org.zh] over [org])."""
        tag = normalise_tag(language)
        merged = dict(self.org)
        merged.update(self.org_by_language.get(primary_language(tag), {}))
        merged.update(self.org_by_language.get(tag, {}))
        return merged

    def has_org_language(self, language: str) -> bool:
        """True when kbassist.toml has a table of its own for language (or its primary one)."""
        tag = normalise_tag(language)
        return tag in self.org_by_language or primary_language(tag) in self.org_by_language


def load_settings(root: Path, problems: ProblemList) -> ContentSettings:
    """Read kbassist.toml; a missing file means defaults, a broken one a problem and defaults."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return ContentSettings()
    # Every key is optional, so an empty file is as good as none.
    text = read_text(path, problems, allow_empty=True)
    if text is None:
        return ContentSettings()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.error(
            path, _toml_line(str(exc)), "toml-syntax", f"TOML syntax error: {exc}. Defaults used."
        )
        return ContentSettings()
    except (RecursionError, ValueError) as exc:
        # tomllib recurses once per nesting level and refuses integers over 4300 digits.
        what = "is nested too deeply" if isinstance(exc, RecursionError) else f"is unusable ({exc})"
        problems.error(
            path,
            None,
            "toml-syntax",
            f"The settings file {what}. Keep it to the [org], [content], [tone] and "
            "[privacy] tables with plain values. Defaults used.",
        )
        return ContentSettings()
    check = _Checker(path, text, problems)
    org_table = check.table(data, "org")
    content_table = check.table(data, "content")
    tone_table = check.table(data, "tone")
    org: dict[str, str] = {}
    org_by_language: dict[str, dict[str, str]] = {}
    for key, value in org_table.items():
        if isinstance(value, str):
            org[key] = value
        elif isinstance(value, dict) and _LANGUAGE_TABLE.match(key):
            org_by_language[normalise_tag(key)] = _language_org(check, key, value)
        elif isinstance(value, dict):
            check.wrong(
                "org", key, value, "text in quotes, or a language's own table such as [org.sl]"
            )
        else:
            check.wrong("org", key, value, "text in quotes")
    language = content_table.get("default_language", "en")
    if not isinstance(language, str) or not language.strip():
        check.wrong("content", "default_language", language, 'a language tag such as "en"')
        language = "en"
    max_words = tone_table.get("max_words", 200)
    if isinstance(max_words, bool) or not isinstance(max_words, int) or not 0 < max_words < 10**6:
        check.wrong("tone", "max_words", max_words, "a whole number above 0 (like 200)")
        max_words = 200
    disable = tone_table.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(d, str) for d in disable):
        check.wrong("tone", "disable", disable, 'a list of rule ids, like ["filler-words"]')
        disable = []
    privacy_table = check.table(data, "privacy")
    orders = privacy_table.get("order_numbers", [])
    if not isinstance(orders, list) or not all(isinstance(p, str) for p in orders):
        check.wrong("privacy", "order_numbers", orders, "a list of patterns in quotes")
        orders = []
    return ContentSettings(
        org,
        language.strip(),
        max_words,
        tuple(disable),
        org_by_language,
        order_numbers=tuple(p for p in orders if check.pattern("privacy", "order_numbers", p)),
    )


def _language_org(check: _Checker, tag: str, table: dict[str, Any]) -> dict[str, str]:
    """The text values of one [org.xx] table; anything else is reported and left out."""
    values: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, str):
            values[key] = value
        else:
            check.wrong(f"org.{tag}", key, value, "text in quotes")
    return values


class _Checker:
    """Reports a wrong value in kbassist.toml at its line, rather than coercing it."""

    def __init__(self, path: Path, text: str, problems: ProblemList) -> None:
        self.path = path
        self.lines = text.split("\n")
        self.problems = problems

    def table(self, data: dict[str, Any], name: str) -> dict[str, Any]:
        value = data.get(name, {})
        if isinstance(value, dict):
            return value
        self.problems.error(
            self.path,
            self._line(None, name),
            "wrong-type",
            f"'{name}' must be a table ([{name}] followed by key = value lines), not "
            f"{_describe(value)}. Its settings are ignored.",
        )
        return {}

    def wrong(self, table: str, key: str, value: object, expected: str) -> None:
        self.problems.error(
            self.path,
            self._line(table, key),
            "wrong-type",
            f"[{table}] {key} must be {expected}, not {_describe(value)}. The default is used.",
        )

    def pattern(self, table: str, key: str, pattern: str) -> bool:
        """True when pattern is a usable regular expression; else a problem at its line."""
        try:
            regex.compile(pattern)
        except regex.error as exc:
            self.problems.error(
                self.path,
                self._line(table, key),
                "wrong-type",
                f"[{table}] {key}: '{pattern[:40]}' is not a regular expression ({exc}). "
                "It is not used.",
            )
            return False
        return True

    def _line(self, table: str | None, key: str) -> int | None:
        # tomllib keeps no positions; find `key =` (inside [table] when given), else the table.
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        current: str | None = None
        for number, raw in enumerate(self.lines, start=1):
            header = re.match(r"^\s*\[\s*([^\]]+?)\s*\]", raw)
            if header:
                current = header.group(1).strip("\"' ")
                continue
            if pattern.match(raw) and (table is None or current == table):
                return number
            # A dotted key (org.name = ...) names its table itself; any other line does not.
            dotted = raw.lstrip().startswith(f"{table}.") if table is not None else False
            if dotted and pattern.match(raw.lstrip()[len(f"{table}.") :]):
                return number
        return None


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    return f"'{str(value)[:40]}'"


def _toml_line(message: str) -> int | None:
    # tomllib reports "(at line N, column M)" in its message and nowhere else.
    marker = "at line "
    if marker not in message:
        return None
    digits = message.split(marker, 1)[1].split(",", 1)[0].strip(" )")
    return int(digits) if digits.isdigit() else None
