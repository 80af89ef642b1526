"""A suggestion accepted: its query added to an article's questions, front matter kept as is."""

from __future__ import annotations

from kbassist.analytics.scrub import normalise
from kbassist.content.front_matter_edit import FrontMatterEdit


def with_question(source: str, question: str) -> str:
    """The article source with question appended to its questions (unchanged when the article
    already asks it, in any case or accents). Raises FrontMatterError for broken front matter."""
    edit = FrontMatterEdit(source)
    current = edit.get("questions")
    asked = [str(q) for q in current] if isinstance(current, list) else []
    if isinstance(current, str) and current.strip():
        asked = [current]
    if normalise(question) in {normalise(q) for q in asked}:
        return source
    edit.set("questions", [*asked, question.strip()])
    return edit.text()
