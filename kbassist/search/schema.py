"""The search schema and the index documents made from articles, reply templates and facilities."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from kbassist.common.folding import fold
from kbassist.common.languages import normalise_tag, primary_language
from kbassist.content.articles import Article
from kbassist.content.markdown_html import drop_title_heading
from kbassist.content.plaintext import headings, plain_template
from kbassist.content.replies import ReplyTemplate
from kbassist.content.sections import sections
from kbassist.facilities.model import Facility
from kbassist.search.analysis import (
    MAX_BODY_PREFIX,
    MAX_PREFIX,
    MIN_BODY_PREFIX,
    MIN_PREFIX,
    TextTokenizer,
    count_positions,
    prefixes,
    word_set,
)

# Bump whenever the schema, the analysis or the documents change: older indexes are rebuilt.
SCHEMA_VERSION = 14
KINDS = ("article", "reply", "facility")
# Source-file entries share the index with the items, so they change in the same commit.
FILE_KIND = "_file"
# Kinds that are not content items: ranking and item counts leave them out.
BOOKKEEPING_KINDS = (FILE_KIND,)
# Documents without a language (facilities) match every language filter.
ANY_LANGUAGE = "*"

Item = Article | ReplyTemplate | Facility
Fields = dict[str, Any]


def build_schema() -> Schema:
    """Fields of the index. Prefix and spelling fields are made by us, so are not stored."""
    text = TextTokenizer()
    return Schema(
        key=ID(unique=True),
        id=ID(stored=True),
        kind=ID(stored=True),
        lang=KEYWORD(),
        file=ID(stored=True),
        title=TEXT(analyzer=text, stored=True),
        # The ways callers ask for an article, weighted as its title.
        questions=TEXT(analyzer=text),
        summary=TEXT(analyzer=text, stored=True),
        # Tags and the category: short labels an editor chose, so weighty.
        tags=TEXT(analyzer=text),
        headings=TEXT(analyzer=text),
        body=TEXT(analyzer=text, stored=True),
        tag=KEYWORD(commas=True),
        group=KEYWORD(commas=True),
        # Prefixes of words in titles, tags, summaries and headings are scored like words;
        # in bodies they start at four letters, which keeps the field small.
        pre_title=KEYWORD(scorable=True),
        pre_head=KEYWORD(scorable=True),
        pre_body=KEYWORD(scorable=True),
        data=STORED(),
    )


@dataclass(frozen=True)
class FileState:
    """What identifies one version of a content file."""

    size: int
    mtime_ns: int
    sha: str

    def as_dict(self) -> dict[str, Any]:
        """For the stored field of the file's entry."""
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha": self.sha}


def item_key(kind: str, ident: str) -> str:
    """The key of an item across kinds ("article:refunds/policy"): in the index, pins, history."""
    return f"{kind}:{ident}"


def split_item_key(key: str) -> tuple[str, str]:
    """(kind, id) of a key made by item_key; ids may hold ':' themselves, kinds never do."""
    kind, _, ident = key.partition(":")
    return kind, ident


def language_terms(language: str) -> str:
    """The lang field: the full tag and its primary language ("en-gb en", "zh-hans zh")."""
    tag = normalise_tag(language) or ANY_LANGUAGE
    primary = primary_language(tag)
    return tag if primary == tag else f"{tag} {primary}"


def _document(
    *,
    kind: str,
    ident: str,
    file: str,
    language: str,
    title: str,
    summary: str,
    tags: Iterable[str],
    category: str,
    heads: str,
    body: str,
    questions: Iterable[str] = (),
) -> Fields:
    tags = tuple(tags)
    tag_text = ", ".join(tags)
    question_text = "\n".join(questions)
    title_words = word_set((title, tag_text, question_text))
    head_words = word_set((summary, heads, category)) | title_words
    body_words = {w for w in word_set((body,)) - head_words if w.isalpha()}
    return {
        "key": item_key(kind, ident),
        "id": ident,
        "kind": kind,
        "lang": language_terms(language),
        "file": file,
        "title": title,
        "questions": question_text,
        "summary": summary,
        "tags": f"{tag_text}, {category}" if category else tag_text,
        "headings": heads,
        "body": body,
        "tag": ",".join(fold(t) for t in tags),
        "group": fold(category),
        "pre_title": " ".join(prefixes(title_words, MIN_PREFIX, MAX_PREFIX)),
        "pre_head": " ".join(prefixes(head_words - title_words, MIN_PREFIX, MAX_PREFIX)),
        "pre_body": " ".join(prefixes(body_words, MIN_BODY_PREFIX, MAX_BODY_PREFIX)),
        "data": {"language": language, "tags": list(tags), "category": category},
    }


@dataclass(frozen=True)
class SectionSpan:
    """One section of an article as the index keeps it, to score it and to show it.

    Characters locate its text in the stored body (for the passage shown); word positions
    locate it among the body's indexed words (to count a query's words in it from the
    positions the body field already stores, without indexing any text twice).
    """

    path: tuple[str, ...]
    anchor: str
    start: int
    end: int
    first_word: int
    heading_words: int
    words: int

    def as_data(self) -> dict[str, Any]:
        """The stored form."""
        return {
            "path": list(self.path),
            "anchor": self.anchor,
            "chars": [self.start, self.end],
            "words": [self.first_word, self.heading_words, self.words],
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> SectionSpan:
        """Back from the stored form."""
        start, end = data["chars"]
        first, heading, words = data["words"]
        return cls(tuple(data["path"]), str(data["anchor"]), start, end, first, heading, words)


def article_body(article: Article) -> tuple[str, list[SectionSpan]]:
    """The article's plain text as stored (each heading on a line before its text), and
    where each section stands in it."""
    # The title has its own field; repeated in the body it would open every snippet.
    parts: list[str] = []
    spans: list[SectionSpan] = []
    at = position = 0
    for section in sections(drop_title_heading(article.body, article.title)):
        heading_words = count_positions(section.heading) if section.heading else 0
        words = heading_words + count_positions(section.text)
        block = f"{section.heading}\n{section.text}" if section.heading else section.text
        start = at + (len(section.heading) + 1 if section.heading else 0)
        spans.append(
            SectionSpan(
                section.path,
                section.anchor,
                start,
                start + len(section.text),
                position,
                heading_words,
                words,
            )
        )
        parts.append(block)
        at += len(block) + 2
        position += words
    return "\n\n".join(parts), _with_subsections(spans)


def _is_below(path: tuple[str, ...], span: SectionSpan) -> bool:
    return span.path[: len(path)] == path and len(span.path) > len(path)


def _with_subsections(spans: list[SectionSpan]) -> list[SectionSpan]:
    """A heading with no text of its own ("## Returning a mattress" straight above its "###"
    parts) stands for its subsections: its span runs to the end of the last of them."""
    grown = []
    for n, span in enumerate(spans):
        if span.start == span.end and span.path:
            inner = list(itertools.takewhile(partial(_is_below, span.path), spans[n + 1 :]))
            if inner:
                last = inner[-1]
                span = replace(
                    span,
                    end=last.end,
                    words=last.first_word + last.words - span.first_word,
                )
        grown.append(span)
    return grown


def article_document(article: Article, file: str) -> Fields:
    """The index document of an article; headings get their own, weightier field, and its
    sections are kept with it."""
    body, spans = article_body(article)
    document = _document(
        kind="article",
        ident=article.id,
        file=file,
        language=article.language,
        title=article.title,
        summary=article.summary,
        tags=article.tags,
        category=article.category,
        heads=headings(article.body),
        body=body,
        questions=article.questions,
    )
    document["data"]["sections"] = [span.as_data() for span in spans]
    # Search by meaning puts an article and its translation together, the agent's first.
    document["data"]["translations"] = dict(article.translations)
    # Search by meaning reads the questions as a passage of their own.
    document["data"]["questions"] = list(article.questions)
    return document


def reply_document(reply: ReplyTemplate, file: str) -> Fields:
    """A reply template: its subject (or first line) is its summary, its kind the category."""
    body = plain_template(reply.body)
    subject = plain_template(reply.subject)
    summary = subject or next((line for line in body.splitlines() if line.strip()), "")
    return _document(
        kind="reply",
        ident=reply.id,
        file=file,
        language=reply.language,
        title=reply.title,
        summary=summary,
        tags=reply.tags,
        category=reply.kind,
        heads="",
        body=body,
    )


def facility_address(facility: Facility) -> str:
    """One line: street, postcode and city."""
    town = " ".join(p for p in (facility.postcode, facility.city) if p)
    return ", ".join(p for p in (*facility.address, town) if p)


def facility_document(facility: Facility, file: str) -> Fields:
    """A facility: its address is the summary, its services the tags, its city the category."""
    lines = [
        "Services: " + ", ".join(facility.services) if facility.services else "",
        facility_address(facility),
        facility.country,
        facility.phone,
        facility.email,
        facility.notes,
        facility.accessibility,
    ]
    return _document(
        kind="facility",
        ident=facility.id,
        file=file,
        language="",
        title=facility.name,
        summary=facility_address(facility),
        tags=facility.services,
        category=facility.city,
        heads="",
        body="\n".join(line for line in lines if line),
    )


def item_document(item: Item, file: str) -> Fields:
    """The index document of any content item."""
    if isinstance(item, Article):
        return article_document(item, file)
    if isinstance(item, ReplyTemplate):
        return reply_document(item, file)
    return facility_document(item, file)


def file_document(file: str, state: FileState) -> Fields:
    """The entry recording which version of a source file the index holds."""
    return {
        "key": item_key(FILE_KIND, file),
        "id": file,
        "kind": FILE_KIND,
        "file": file,
        "data": state.as_dict(),
    }
