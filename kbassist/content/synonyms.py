"""Search synonyms kept by content editors in synonyms.txt, one group per line."""

from __future__ import annotations

from pathlib import Path

from kbassist.common.i18n import _
from kbassist.common.textfile import read_text
from kbassist.problems import ProblemList

SYNONYMS_FILE = "synonyms.txt"


def load_synonyms(path: Path, problems: ProblemList) -> list[tuple[str, ...]]:
    """Groups of equivalent words or phrases, lower-cased; a one-word line is reported."""
    if not path.is_file():
        return []
    text = read_text(path, problems)
    if text is None:
        return []
    groups: list[tuple[str, ...]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        terms = tuple(dict.fromkeys(t.strip().lower() for t in line.split(",") if t.strip()))
        if len(terms) < 2:
            problems.warning(
                path,
                number,
                "lonely-synonym",
                _(
                    "'{line}' has nothing to be a synonym of. List two or more terms separated "
                    "by commas."
                ).format(line=line),
            )
            continue
        groups.append(terms)
    return groups
