"""A content folder loaded with every check that needs more than the loaders: its templates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kbassist.content import Content, load_content
from kbassist.content.articles import Article, parse_article
from kbassist.content.files import ARTICLES_DIR, REPLIES_DIR
from kbassist.content.folder import cross_check
from kbassist.content.last_good import LastGoodStore
from kbassist.content.replies import ReplyTemplate, parse_reply
from kbassist.facilities.locate import PlaceSource
from kbassist.facilities.public_holidays import check_holiday_hours
from kbassist.problems import ProblemList
from kbassist.replies.checks import check_template
from kbassist.replies.variants import check_variants


def load_checked(
    root: Path,
    today: dt.date | None = None,
    last_good: LastGoodStore | None = None,
    places: PlaceSource | None = None,
) -> Content:
    """The content of ``root`` with template problems (syntax, names, fields) added.

    With last_good, broken articles are read from their last valid versions (see load_content),
    so the templates that use their facts keep working. places: as in load_content."""
    content = load_content(root, today, last_good, places)
    for reply in content.replies.values():
        check_template(reply, content.articles, content.problems)
    check_variants(content, content.problems)
    year = (today or dt.date.today()).year
    check_holiday_hours(content.facilities.values(), year, content.problems)
    return content


@dataclass(frozen=True)
class CheckedSource:
    """One article or reply template checked as edited, before it is saved."""

    problems: ProblemList
    article: Article | None = None
    reply: ReplyTemplate | None = None


def check_source(
    text: str, path: Path, content: Content, today: dt.date | None = None
) -> CheckedSource:
    """The problems `kbassist check` would report for path if it held text.

    The file is parsed by the loaders; an article is cross-checked (related, translations,
    review date, shared questions) against the rest of the loaded content, a reply template
    gets the template checks. Only this file's problems are returned.
    """
    problems = ProblemList()
    language = content.settings.default_language
    root = content.root
    if path.is_relative_to(root / REPLIES_DIR):
        reply = parse_reply(text, path, root / REPLIES_DIR, language, problems)
        if reply is not None:
            check_template(reply, content.articles, problems)
            # Its variants' fields, against the rest of the content with this text in place.
            edited = Content(root=root, settings=content.settings, replies={**content.replies})
            edited.replies[reply.id] = reply
            check_variants(edited, problems, only=[reply.id])
        return CheckedSource(problems, reply=reply)
    article = parse_article(text, path, root / ARTICLES_DIR, language, problems)
    if article is None:
        return CheckedSource(problems)
    # The id comes from the path, so the edited text takes the place of the file as loaded.
    edited = Content(root=root, settings=content.settings, articles={**content.articles})
    edited.articles[article.id] = article
    # The shared checks run over every article; this file's findings are the ones kept.
    cross_check(edited, today or dt.date.today())
    problems.extend(p for p in edited.problems if p.path == path)
    return CheckedSource(problems, article=article)
