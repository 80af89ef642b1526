"""Content settings from a content folder's kbassist.toml (organisation, language, tone)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kbassist.common.textfile import read_text
from kbassist.problems import ProblemList

SETTINGS_FILE = "kbassist.toml"


@dataclass(frozen=True)
class ContentSettings:
    """What a team sets once for its whole content folder."""

    org: dict[str, str] = field(default_factory=dict)
    default_language: str = "en"
    max_words: int = 200
    disabled_rules: tuple[str, ...] = ()


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
    org_table = data.get("org", {})
    content_table = data.get("content", {})
    tone_table = data.get("tone", {})
    org = {str(k): str(v) for k, v in org_table.items()} if isinstance(org_table, dict) else {}
    language = (
        content_table.get("default_language", "en") if isinstance(content_table, dict) else "en"
    )
    max_words = tone_table.get("max_words", 200) if isinstance(tone_table, dict) else 200
    disable = tone_table.get("disable", []) if isinstance(tone_table, dict) else []
    if not isinstance(max_words, int) or max_words <= 0:
        problems.error(path, None, "wrong-type", "[tone] max_words must be a whole number above 0.")
        max_words = 200
    if not isinstance(disable, list):
        problems.error(path, None, "wrong-type", "[tone] disable must be a list of rule ids.")
        disable = []
    return ContentSettings(org, str(language), max_words, tuple(str(d) for d in disable))


def _toml_line(message: str) -> int | None:
    # tomllib reports "(at line N, column M)" in its message and nowhere else.
    marker = "at line "
    if marker not in message:
        return None
    digits = message.split(marker, 1)[1].split(",", 1)[0].strip(" )")
    return int(digits) if digits.isdigit() else None
