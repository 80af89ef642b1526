"""A whole content folder loaded and cross-checked: articles, replies, facilities, places."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kbassist.common.folding import fold
from kbassist.common.i18n import _
from kbassist.common.textfile import read_text
from kbassist.content.articles import Article, item_id, load_article, parse_article
from kbassist.content.files import (
    ARTICLES_DIR,
    FACILITIES_DIR,
    REPLIES_DIR,
    ContentFile,
    list_content_files,
    safe_file,
)
from kbassist.content.last_good import (
    LastGoodSession,
    LastGoodStore,
    article_source,
    shown_time,
)
from kbassist.content.replies import ReplyTemplate, load_reply
from kbassist.content.settings import SETTINGS_FILE, ContentSettings, load_settings
from kbassist.content.synonyms import SYNONYMS_FILE, load_synonyms
from kbassist.facilities.locate import Gazetteer, PlaceSource, place_facilities
from kbassist.facilities.model import (
    GAZETTEER_FILE,
    Facility,
    Place,
    load_facility_file,
    load_gazetteer,
)
from kbassist.problems import Problem, ProblemList, Severity

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
    # The size and modification time of each file listed (by path under root, case clashes
    # left out) when the loader kept them: the index compares them instead of listing again.
    files: Mapping[str, tuple[int, int]] | None = None


def load_content(
    root: Path,
    today: dt.date | None = None,
    last_good: LastGoodStore | None = None,
    places: PlaceSource | None = None,
) -> Content:
    """Load and validate root; never raises for bad content, every problem is recorded.

    With last_good, an article whose file is broken is loaded from its last valid version
    (its kept_from says when that was kept) and each valid article becomes its kept version.
    places (the imported postcode list, placestore.PlaceStore) places the facilities that
    facilities/places.csv cannot; the caller owns it and closes it.
    """
    content = Content(root=root)
    problems = content.problems
    if not root.is_dir():
        state = "is a file, not a folder" if root.exists() else "does not exist"
        problems.error(
            root,
            None,
            "no-content",
            _(
                "The content folder {state}. Choose the folder that holds articles/ and replies/."
            ).format(state=state),
        )
        return content
    if safe_file(root, root / SETTINGS_FILE, problems):
        content.settings = load_settings(root, problems)
    language = content.settings.default_language
    files = list_content_files(root, problems)
    article_files = _under(files, ARTICLES_DIR)
    if last_good is None:
        taken: dict[str, str] = {}
        for file in article_files:
            article = load_article(file.path, root / ARTICLES_DIR, language, problems)
            if article is not None:
                _add_unique(content.articles, taken, article.id, article, file.path, problems)
    else:
        with last_good.session() as kept:
            _load_articles_keeping(content, article_files, kept)
    taken = {}
    for file in _under(files, REPLIES_DIR):
        reply = load_reply(file.path, root / REPLIES_DIR, language, problems)
        if reply is not None:
            _add_unique(content.replies, taken, reply.id, reply, file.path, problems)
    _load_facilities(content, _under(files, FACILITIES_DIR), places)
    if safe_file(root, root / SYNONYMS_FILE, problems):
        content.synonyms = load_synonyms(root / SYNONYMS_FILE, problems)
    cross_check(content, today or dt.date.today())
    return content


def _add_unique(
    into: dict[str, _Item],
    taken: dict[str, str],
    ident: str,
    item: _Item,
    path: Path,
    problems: ProblemList | None,
) -> bool:
    """Add item unless its id clashes with one in into; taken maps each id in lower case.

    The clash is recorded in problems (when given). True when the item was added."""
    # Ids come from paths, so duplicates appear only by case (Refund.md vs refund.md).
    clash = taken.setdefault(ident.lower(), ident)
    if clash != ident or ident in into:
        if problems is not None:
            problems.error(
                path,
                None,
                "duplicate-id",
                _(
                    "Id '{ident}' clashes with '{clash}' (ids must be unique, ignoring case). "
                    "Rename one."
                ).format(ident=ident, clash=clash),
            )
        return False
    into[ident] = item
    return True


def _load_articles_keeping(
    content: Content, files: list[ContentFile], kept: LastGoodSession
) -> None:
    """Load the articles; a broken one is replaced by its last valid version when kept."""
    root, problems = content.root, content.problems
    folder = root / ARTICLES_DIR
    language = content.settings.default_language
    taken: dict[str, str] = {}
    present: set[str] = set()
    for file in files:
        own = ProblemList()
        text = read_text(file.path, own)
        article = (
            parse_article(text, file.path, folder, language, own) if text is not None else None
        )
        # The id is the article's own when it loaded: computing it costs as much as a hash.
        ident = article.id if article is not None else item_id(file.path, folder)
        present.add(ident)
        if article is not None and text is not None and not own.has_errors:
            kept.remember(ident, text)
        else:
            article = _kept_article(content, kept, ident, file.path, own) or article
        problems.extend(own)
        if article is not None:
            _add_unique(content.articles, taken, article.id, article, file.path, problems)
    # A kept article whose file is there but not listed (unreadable, a bad link, in an
    # unreadable folder) is still being fixed; one whose file is gone was deleted.
    for ident in sorted(kept.ids - present):
        path = article_source(root, ARTICLES_DIR, ident)
        if path is None or not os.path.lexists(path):
            continue
        present.add(ident)
        if taken.get(ident.lower(), ident) != ident:
            continue  # its id clashes with a file in use (the listing said so): that one wins
        article = _kept_article(content, kept, ident, path, problems)
        if article is not None:
            _add_unique(content.articles, taken, ident, article, path, problems)
    kept.finish(present)


def _kept_article(
    content: Content, kept: LastGoodSession, ident: str, path: Path, own: ProblemList
) -> Article | None:
    """The last valid version of a broken article, with a note on the problem it has now."""
    version = kept.kept(ident)
    if version is None:
        return None
    scratch = ProblemList()
    folder = content.root / ARTICLES_DIR
    article = parse_article(version.text, path, folder, content.settings.default_language, scratch)
    if article is None or scratch.has_errors or article.id != ident:
        # Kept by an older KB Assist whose rules were looser: it is not valid any more.
        return None
    note = f" Agents see the version from {shown_time(version.saved_at)} until it is fixed."
    for n, problem in enumerate(own):
        if problem.path == path and problem.severity is Severity.ERROR:
            own[n] = dataclasses.replace(problem, message=problem.message + note)
            break
    return dataclasses.replace(article, kept_from=version.saved_at)


def _under(files: list[ContentFile], top: str) -> list[ContentFile]:
    return [f for f in files if f.rel.startswith(f"{top}/")]


def _load_facilities(
    content: Content, files: list[ContentFile], more_places: PlaceSource | None
) -> None:
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
                        _(
                            "Facility id '{id}' is already used at {name}:{line}. Give each "
                            "facility its own id."
                        ).format(id=facility.id, name=first.path.name, line=first.line),
                    )
                    continue
                content.facilities[facility.id] = facility
    if any(f.lat is None for f in content.facilities.values()):
        # By postcode, district or town, from places.csv and the imported postcode list.
        gazetteer = Gazetteer(content.places, more_places)
        content.facilities = place_facilities(content.facilities, gazetteer, problems)


def cross_check(content: Content, today: dt.date) -> None:
    """The checks across files (references, shared questions, stale reviews), recorded in
    content.problems; the editor runs them on the content with its unsaved text in place."""
    _check_shared_questions(content)
    for article in content.articles.values():
        check_references(article, content.articles, today, content.problems)


def check_references(
    article: Article, articles: Container[str], today: dt.date, problems: ProblemList
) -> None:
    """One article's checks against the others (related, translations) and its review date."""
    if article.kept_from is not None:
        return  # an old version: its file's problems are about the text there now
    for target in article.related:
        if target not in articles:
            problems.error(
                article.path,
                article.ref_lines.get(target),
                "unknown-related",
                _(
                    "'related' points to '{target}', which is not an article. Use the "
                    "target's path under articles/ without .md."
                ).format(target=target),
            )
    for language, target in article.translations.items():
        if target not in articles:
            problems.error(
                article.path,
                article.ref_lines.get(target),
                "unknown-translation",
                _(
                    "The {language} translation '{target}' does not exist. Fix the id or "
                    "remove the line."
                ).format(language=language, target=target),
            )
    if article.review_by is not None and article.review_by < today:
        problems.warning(
            article.path,
            None,
            "stale-article",
            _(
                "Review date {date} has passed. Ask the owner ({value}) to review it "
                "and set a new review_by."
            ).format(date=article.review_by.isoformat(), value=article.owner or "not set"),
        )


def question_key(question: str) -> str:
    """What two questions share when they ask the same (case, accents and spaces aside)."""
    return " ".join(fold(question).split())


def shared_question_warning(article: Article, question: str, owner: str) -> Problem:
    """The warning for a question article lists that the article owner listed first."""
    return Problem(
        article.path,
        article.question_lines.get(question),
        Severity.WARNING,
        "shared-question",
        _(
            "The question '{question}' is also listed by '{id}'. Keep it in the "
            "article that answers it, or make each question more specific."
        ).format(question=question, id=owner),
    )


def _check_shared_questions(content: Content) -> None:
    """A caller's question listed by two articles sends agents to either: warn on the second."""
    first_asked: dict[str, Article] = {}
    for article in sorted(content.articles.values(), key=lambda a: a.id):
        for question in article.questions:
            owner = first_asked.setdefault(question_key(question), article)
            if owner is not article and article.kept_from is None:
                content.problems.append(shared_question_warning(article, question, owner.id))
