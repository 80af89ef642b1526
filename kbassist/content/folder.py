"""A whole content folder loaded and cross-checked: articles, replies, facilities, places."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kbassist.common.folding import fold
from kbassist.content.articles import Article, load_article
from kbassist.content.files import (
    ARTICLES_DIR,
    FACILITIES_DIR,
    REPLIES_DIR,
    ContentFile,
    list_content_files,
    safe_file,
)
from kbassist.content.replies import ReplyTemplate, load_reply
from kbassist.content.settings import SETTINGS_FILE, ContentSettings, load_settings
from kbassist.content.synonyms import SYNONYMS_FILE, load_synonyms
from kbassist.facilities.model import (
    GAZETTEER_FILE,
    Facility,
    Place,
    load_facility_file,
    load_gazetteer,
)
from kbassist.problems import ProblemList

_Item = TypeVar("_Item", Article, ReplyTemplate)
__all__ = ["ARTICLES_DIR", "FACILITIES_DIR", "REPLIES_DIR", "Content", "load_content"]


@dataclass
class Content:
    """Everything usable in a content folder, plus every problem found on the way."""

    root: Path
    settings: ContentSettings = field(default_factory=ContentSettings)
    articles: dict[str, Article] = field(default_factory=dict)
    replies: dict[str, ReplyTemplate] = field(default_factory=dict)
    facilities: dict[str, Facility] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    synonyms: list[tuple[str, ...]] = field(default_factory=list)
    problems: ProblemList = field(default_factory=ProblemList)


def load_content(root: Path, today: dt.date | None = None) -> Content:
    """Load and validate root; never raises for bad content, every problem is recorded."""
    content = Content(root=root)
    problems = content.problems
    if not root.is_dir():
        state = "is a file, not a folder" if root.exists() else "does not exist"
        problems.error(
            root,
            None,
            "no-content",
            f"The content folder {state}. Choose the folder that holds articles/ and replies/.",
        )
        return content
    if safe_file(root, root / SETTINGS_FILE, problems):
        content.settings = load_settings(root, problems)
    language = content.settings.default_language
    files = list_content_files(root, problems)
    for file in _under(files, ARTICLES_DIR):
        article = load_article(file.path, root / ARTICLES_DIR, language, problems)
        if article is not None:
            _add_unique(content.articles, article.id, article, file.path, problems)
    for file in _under(files, REPLIES_DIR):
        reply = load_reply(file.path, root / REPLIES_DIR, language, problems)
        if reply is not None:
            _add_unique(content.replies, reply.id, reply, file.path, problems)
    _load_facilities(content, _under(files, FACILITIES_DIR))
    if safe_file(root, root / SYNONYMS_FILE, problems):
        content.synonyms = load_synonyms(root / SYNONYMS_FILE, problems)
    _cross_check(content, today or dt.date.today())
    return content


def _add_unique(
    into: dict[str, _Item], ident: str, item: _Item, path: Path, problems: ProblemList
) -> None:
    # Ids come from paths, so duplicates appear only by case (Refund.md vs refund.md).
    clash = next((k for k in into if k.lower() == ident.lower()), None)
    if clash is not None:
        problems.error(
            path,
            None,
            "duplicate-id",
            f"Id '{ident}' clashes with '{clash}' (ids must be unique, ignoring case). Rename one.",
        )
        return
    into[ident] = item


def _under(files: list[ContentFile], top: str) -> list[ContentFile]:
    return [f for f in files if f.rel.startswith(f"{top}/")]


def _load_facilities(content: Content, files: list[ContentFile]) -> None:
    problems = content.problems
    for file in files:
        path = file.path
        if path.name == GAZETTEER_FILE:
            content.places = load_gazetteer(path, problems)
        else:
            for facility in load_facility_file(path, problems):
                first = content.facilities.get(facility.id)
                if first is not None:
                    problems.error(
                        path,
                        facility.line,
                        "duplicate-facility",
                        f"Facility id '{facility.id}' is already used at "
                        f"{first.path.name}:{first.line}. Give each facility its own id.",
                    )
                    continue
                content.facilities[facility.id] = facility


def _cross_check(content: Content, today: dt.date) -> None:
    problems = content.problems
    _check_shared_questions(content)
    for article in content.articles.values():
        for target in article.related:
            if target not in content.articles:
                problems.error(
                    article.path,
                    article.ref_lines.get(target),
                    "unknown-related",
                    f"'related' points to '{target}', which is not an article. "
                    "Use the target's path under articles/ without .md.",
                )
        for language, target in article.translations.items():
            if target not in content.articles:
                problems.error(
                    article.path,
                    article.ref_lines.get(target),
                    "unknown-translation",
                    f"The {language} translation '{target}' does not exist. "
                    "Fix the id or remove the line.",
                )
        if article.review_by is not None and article.review_by < today:
            problems.warning(
                article.path,
                None,
                "stale-article",
                f"Review date {article.review_by.isoformat()} has passed. Ask the owner "
                f"({article.owner or 'not set'}) to review it and set a new review_by.",
            )


def _check_shared_questions(content: Content) -> None:
    """A caller's question listed by two articles sends agents to either: warn on the second."""
    first_asked: dict[str, Article] = {}
    for article in sorted(content.articles.values(), key=lambda a: a.id):
        for question in article.questions:
            key = " ".join(fold(question).split())
            owner = first_asked.setdefault(key, article)
            if owner is not article:
                content.problems.warning(
                    article.path,
                    article.question_lines.get(question),
                    "shared-question",
                    f"The question '{question}' is also listed by '{owner.id}'. Keep it in "
                    "the article that answers it, or make each question more specific.",
                )
