"""Policy articles: markdown files with YAML front matter, loaded into Article records."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from kbassist.common import i18n
from kbassist.common.fields import FieldReader, Scalar, scalar_facts
from kbassist.common.textfile import read_text
from kbassist.content.frontmatter import split_document
from kbassist.problems import ProblemList

ARTICLE_KEYS = (
    "title",
    "summary",
    # Imported help centres often call the summary "description"; it is read as one.
    "description",
    "questions",
    "tags",
    "category",
    "language",
    "audience",
    "owner",
    "review_by",
    "status",
    "facts",
    "related",
    "translations",
    "translated_from",
)
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Article:
    """One policy article; its id is its path under articles/ without .md."""

    id: str
    path: Path
    title: str
    body: str
    summary: str = ""
    # The ways callers ask for this article ("money back", "charged twice"), searched
    # as if they were its title.
    questions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    category: str = ""
    language: str = "en"
    audience: str = "public"
    owner: str = ""
    review_by: dt.date | None = None
    status: str = "published"
    facts: dict[str, Scalar] = field(default_factory=dict)
    related: tuple[str, ...] = ()
    translations: dict[str, str] = field(default_factory=dict)
    # For a translation: the day it last matched its source; a source changed after
    # that day makes it out of date, however recently the translation file was touched.
    translated_from: dt.date | None = None
    body_line: int = 1
    # Lines of the `related` and `translations` entries, for cross-reference problems.
    ref_lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # Line of each question, for duplicate-question warnings.
    question_lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # Set when the file is broken and this is its last valid version instead (see
    # content/last_good.py): when that version was kept. Agents are told so.
    kept_from: dt.datetime | None = None


def item_id(path: Path, folder: Path) -> str:
    """The id of a content file: its path under folder, without extension, with / separators."""
    return path.relative_to(folder).with_suffix("").as_posix()


def load_article(
    path: Path, folder: Path, default_language: str, problems: ProblemList
) -> Article | None:
    """Read one article file; None when it cannot be used at all."""
    text = read_text(path, problems)
    if text is None:
        return None
    return parse_article(text, path, folder, default_language, problems)


def parse_article(
    text: str, path: Path, folder: Path, default_language: str, problems: ProblemList
) -> Article | None:
    """The article text would be once saved at path (the editor checks unsaved text so)."""
    doc = split_document(text, path, problems)
    if doc is None:
        return None
    reader = FieldReader(doc.meta, path, doc.lines, problems)
    title = reader.text("title")
    if not doc.has_front_matter:
        heading = _HEADING.search(doc.body)
        title = heading.group(1) if heading else path.stem.replace("-", " ").capitalize()
        problems.warning(
            path,
            1,
            "no-front-matter",
            i18n._(
                "No front matter: the title '{title}' was taken from the {value}. Add a '---' "
                "block with at least title and summary."
            ).format(title=title, value="first heading" if heading else "file name"),
        )
    elif not title:
        problems.error(
            path,
            reader.line("title") if "title" in doc.meta else 2,
            "missing-title",
            i18n._("The article has no title. Add a line 'title: ...' to the front matter."),
        )
        return None
    reader.unknown_keys(ARTICLE_KEYS, "article")
    translations_raw = reader.mapping("translations", "a set of language: article-id pairs")
    translations = {str(lang): str(target) for lang, target in translations_raw.items()}
    related_lines = reader.text_items("related")
    related = tuple(target for target, _ in related_lines)
    ref_lines = {
        target: reader.lines.line("translations", lang) for lang, target in translations.items()
    }
    ref_lines.update(related_lines)
    summary = reader.text("summary") or reader.text("description")
    question_lines = dict(reader.text_items("questions"))
    return Article(
        id=item_id(path, folder),
        path=path,
        title=title,
        body=doc.body,
        summary=summary,
        questions=tuple(question_lines),
        tags=reader.text_list("tags"),
        category=reader.text("category"),
        language=reader.text("language", default_language) or default_language,
        audience=reader.choice("audience", ("public", "internal"), "public"),
        owner=reader.text("owner"),
        review_by=reader.date("review_by"),
        status=reader.choice("status", ("published", "draft"), "published"),
        facts=scalar_facts(reader, "facts"),
        related=related,
        translations=translations,
        translated_from=reader.date("translated_from"),
        body_line=doc.body_line,
        ref_lines=ref_lines,
        question_lines=question_lines,
    )
